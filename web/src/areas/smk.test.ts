import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";
import { currentExamSession, placeName, qualificationSessionName, smkTexts } from "../texts/smk";

describe("SMK areas", () => {
  it("open for their realm roles and own their paths", () => {
    expect(areasFor(new Set(["smk_trainee"])).map((a) => a.id)).toEqual(["specialist", "smk-trainee"]);
    expect(areasFor(new Set(["smk_supervisor"])).map((a) => a.id)).toEqual(["specialist", "smk-supervisor"]);
    expect(areaOfPath("/smk").id).toBe("smk-trainee");
    expect(areaOfPath("/smk-kierownik").id).toBe("smk-supervisor");
    expect(areaOfPath("/smk-cem").id).toBe("smk-exam-centre");
    expect(areaOfPath("/smk/wniosek").id).toBe("smk-trainee");
    expect(areaOfPath("/smk-urzad").id).toBe("smk-office");
    expect(areasFor(new Set(["smk_voivodeship_office"])).map((a) => a.id)).toEqual(["specialist", "smk-office"]);
    expect(areaOfPath("/catalog").id).toBe("specialist");
  });

  it("take their labels from the Polish texts", () => {
    const t = smkTexts("pl");
    expect(areasFor(new Set(["smk_trainee"]))[1]?.label).toBe(t.traineeArea);
    expect(t.confirm).toBe("Potwierdź");
  });

  it("offer the session whose application window holds the day", () => {
    expect(currentExamSession(new Date(2026, 11, 4))).toBe("2027-spring");
    expect(currentExamSession(new Date(2027, 0, 1))).toBe("2027-autumn");
    expect(currentExamSession(new Date(2027, 6, 31))).toBe("2027-autumn");
    expect(currentExamSession(new Date(2027, 7, 1))).toBe("2028-spring");
  });

  it("name qualification sessions and places in Polish", () => {
    expect(qualificationSessionName({ year: 2027, term: "AUTUMN" })).toBe("Postępowanie jesienne 2027");
    expect(placeName({ specialty: "kardiologia", voivodeship: "14", mode: "NON_RESIDENCY" })).toBe(
      "kardiologia, woj. 14, poza rezydenturą",
    );
  });
});
