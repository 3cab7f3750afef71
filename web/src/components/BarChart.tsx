import type { Bar } from "../progressChart";
import { formatNumber } from "../format";

/** Horizontal bars: actual (filled) against recommended (outline), with the numbers as text. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label} className={bar.met ? "met" : "behind"}>
            <span className="chart-label">{bar.label}</span>
            <span className="chart-track" aria-hidden="true">
              <span className="chart-recommended" style={{ width: `${bar.recommendedShare * 100}%` }} />
              <span className="chart-actual" style={{ width: `${bar.actualShare * 100}%` }} />
            </span>
            <span className="chart-value">
              {formatNumber(bar.actual)} из {formatNumber(bar.recommended)} рекомендованных
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
