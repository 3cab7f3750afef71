import { describe, expect, it } from "vitest";
import { countsForLabel, eligibleCycles } from "./eligibility";

describe("eligible cycles", () => {
  it("matches main and additional specialties", () => {
    const cycles = [{ specialtyCode: "31.08.36" }, { specialtyCode: "31.08.49" }, { specialtyCode: "34.02.01" }];
    const element = { mainSpecialtyCode: "31.08.36", additionalSpecialtyCodes: ["31.08.49"] };
    expect(eligibleCycles(element, cycles).map((c) => c.specialtyCode)).toEqual(["31.08.36", "31.08.49"]);
    expect(eligibleCycles({ mainSpecialtyCode: "00", additionalSpecialtyCodes: [] }, cycles)).toEqual([]);
  });

  it("names the cycles a catalog result counts for", () => {
    const cardiology = { specialtyCode: "31.08.36", specialty: { name: "Кардиология" } };
    expect(countsForLabel([])).toBe("");
    expect(countsForLabel([cardiology])).toBe("Засчитывается в цикле: Кардиология");
    expect(countsForLabel([cardiology, { specialtyCode: "31.08.49", specialty: null }])).toBe("Засчитывается в циклах: Кардиология, 31.08.49");
  });
});
