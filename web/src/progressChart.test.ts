import { describe, expect, it } from "vitest";
import { groupBars, targetPercent, yearBars } from "./progressChart";

const year = (y: number, total: number, met = false) => ({
  year: y, startsOn: `${2023 + y}-03-15`, endsOn: `${2024 + y}-03-14`, totalZet: total, programZet: total, eventAndModuleZet: 0,
  recommendedTotalZet: 50, recommendedProgramZet: 36, recommendedEventAndModuleZet: 14, recommendationMet: met,
});

describe("progress chart data", () => {
  it("orders years and scales bars to the largest value", () => {
    const bars = yearBars([year(2, 0), year(1, 100, true)]);
    expect(bars.map((b) => b.label)).toEqual([
      "1-й год (15.03.2024 — 14.03.2025)",
      "2-й год (15.03.2025 — 14.03.2026)",
    ]);
    expect(bars[0]).toMatchObject({ actual: 100, recommended: 50, actualShare: 1, recommendedShare: 0.5, met: true });
    expect(bars[1]).toMatchObject({ actual: 0, actualShare: 0, met: false });
  });
  it("compares ДПП with ОМ and ИОМ", () => {
    const bars = groupBars([
      { group: "PROGRAM", actualZet: 36, recommendedZet: 180 },
      { group: "EVENT_AND_MODULE", actualZet: 80, recommendedZet: 70 },
    ]);
    expect(bars.map((b) => [b.label, b.met])).toEqual([["ДПП ПК", false], ["ОМ и ИОМ", true]]);
    expect(bars[0].recommendedShare).toBe(1);
  });
  it("caps the target percentage", () => {
    expect(targetPercent(44, 250)).toBe(18);
    expect(targetPercent(300, 250)).toBe(100);
  });
});
