import { describe, expect, it } from "vitest";
import { chosenHours } from "./ApplicationForm";

describe("the teacher's application", () => {
  it("adds up the hours of the chosen groups (36 + 36 = 72)", () => {
    expect(chosenHours(36, [])).toBe(0);
    expect(chosenHours(36, ["g1"])).toBe(36);
    expect(chosenHours(36, ["g1", "g2"])).toBe(72);
  });
});
