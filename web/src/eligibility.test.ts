import { describe, expect, it } from "vitest";
import { eligibleCycles } from "./eligibility";

describe("eligible cycles", () => {
  it("matches main and additional specialties", () => {
    const cycles = [{ specialtyCode: "31.08.36" }, { specialtyCode: "31.08.49" }, { specialtyCode: "34.02.01" }];
    const element = { mainSpecialtyCode: "31.08.36", additionalSpecialtyCodes: ["31.08.49"] };
    expect(eligibleCycles(element, cycles).map((c) => c.specialtyCode)).toEqual(["31.08.36", "31.08.49"]);
    expect(eligibleCycles({ mainSpecialtyCode: "00", additionalSpecialtyCodes: [] }, cycles)).toEqual([]);
  });
});
