import { formatNumber } from "../format";

export interface Count {
  label: string;
  value: number;
}

/** Horizontal bars of counts against the largest of them, each with its number as text. */
export function CountChart({ title, counts, empty = "Нет данных." }: { title: string; counts: Count[]; empty?: string }) {
  const scale = Math.max(1, ...counts.map((count) => count.value));
  return (
    <figure className="chart" data-testid="count-chart" data-title={title}>
      <figcaption>{title}</figcaption>
      {counts.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul>
        {counts.map((count) => (
          <li key={count.label} data-testid="count" data-label={count.label} data-value={count.value}>
            <span className="chart-label">{count.label}</span>
            <span className="chart-track" aria-hidden="true">
              <span className="chart-actual" style={{ width: `${(count.value / scale) * 100}%` }} />
            </span>
            <span className="chart-value">{formatNumber(count.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** How many items fall under each label, the most frequent first (ties by label). */
export function countBy<T>(items: T[], labelOf: (item: T) => string): Count[] {
  const counts = new Map<string, number>();
  items.forEach((item) => counts.set(labelOf(item), (counts.get(labelOf(item)) ?? 0) + 1));
  return [...counts.entries()]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "ru"));
}
