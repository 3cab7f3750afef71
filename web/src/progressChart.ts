// Chart data for a cycle's progress: per year (actual vs recommended) and per kind group.
import { formatDate } from "./format";

export interface YearInput {
  /** The year of the cycle, 1…5 (from the document's date, not calendar years). */
  year: number;
  startsOn: string;
  endsOn: string;
  totalZet: number;
  programZet: number;
  eventAndModuleZet: number;
  recommendedTotalZet: number;
  recommendedProgramZet: number;
  recommendedEventAndModuleZet: number;
  recommendationMet: boolean;
}

export interface Bar {
  label: string;
  actual: number;
  recommended: number;
  met: boolean;
  /** Share of the chart's scale, 0..1, for the actual and the recommended values. */
  actualShare: number;
  recommendedShare: number;
}

export interface GroupInput {
  group: string;
  actualZet: number;
  recommendedZet: number;
}

export const GROUP_LABELS: Record<string, string> = {
  PROGRAM: "ДПП ПК",
  EVENT_AND_MODULE: "ОМ и ИОМ",
};

function withShares(rows: Omit<Bar, "actualShare" | "recommendedShare">[]): Bar[] {
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.actual, r.recommended)));
  return rows.map((r) => ({ ...r, actualShare: r.actual / scale, recommendedShare: r.recommended / scale }));
}

/** One bar per year of the cycle, in year order (years without credits show 0). */
export function yearBars(years: YearInput[]): Bar[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return withShares(
    sorted.map((y) => ({
      label: `${y.year}-й год (${formatDate(y.startsOn)} — ${formatDate(y.endsOn)})`,
      actual: y.totalZet,
      recommended: y.recommendedTotalZet,
      met: y.recommendationMet,
    })),
  );
}

/** ДПП vs ОМ/ИОМ: what is counted against what the rule set recommends over the cycle. */
export function groupBars(groups: GroupInput[]): Bar[] {
  return withShares(
    groups.map((g) => ({
      label: GROUP_LABELS[g.group] ?? g.group,
      actual: g.actualZet,
      recommended: g.recommendedZet,
      met: g.actualZet >= g.recommendedZet,
    })),
  );
}

/** Percent of the target reached, capped at 100. */
export function targetPercent(total: number, target: number): number {
  if (target <= 0) return 100;
  return Math.min(100, Math.round((total / target) * 100));
}
