import { describe, expect, it } from "vitest";
import { REQUESTABLE_ROLES, VOIVODESHIPS, requestedScope, scopePickerOf, unitLabel } from "./requestableRoles";

describe("requestable roles", () => {
  it("offers the SMK roles of a training unit and a voivodeship, not those an admin grants", () => {
    expect(REQUESTABLE_ROLES).toEqual(expect.arrayContaining(["smk_supervisor", "smk_unit_staff", "smk_voivodeship_office"]));
    for (const adminOnly of ["admin", "smk_exam_centre", "smk_cmkp", "smk_trainee"]) {
      expect(REQUESTABLE_ROLES).not.toContain(adminOnly);
    }
  });

  it("picks a training unit or a voivodeship from a list, other scopes are typed", () => {
    expect(scopePickerOf("smk_supervisor")).toBe("training_unit");
    expect(scopePickerOf("smk_unit_staff")).toBe("training_unit");
    expect(scopePickerOf("smk_voivodeship_office")).toBe("voivodeship");
    expect(scopePickerOf("provider_staff")).toBe("typed");
  });

  it("builds the requested scope only for a requestable role with its id", () => {
    expect(requestedScope("smk_supervisor", "u-1")).toBe("training_unit:u-1");
    expect(requestedScope("smk_voivodeship_office", "14")).toBe("voivodeship:14");
    expect(requestedScope("smk_voivodeship_office", "")).toBeNull();
    expect(requestedScope("admin", "")).toBeNull();
  });

  it("lists the sixteen voivodeships by TERYT code and names a unit's", () => {
    expect(VOIVODESHIPS).toHaveLength(16);
    expect(VOIVODESHIPS.map(([code]) => code)).toEqual(Array.from({ length: 16 }, (_, i) => String(2 * (i + 1)).padStart(2, "0")));
    expect(unitLabel({ id: "u", name: "Szpital Demo", city: "Warszawa", voivodeship: "14" })).toBe("Szpital Demo, Warszawa (mazowieckie)");
  });
});
