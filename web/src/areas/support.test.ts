import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";
import { messageReady } from "../pages/support/labels";

describe("the support area", () => {
  it("opens for support staff and admins and owns /support paths", () => {
    expect(areasFor(new Set(["support"])).map((a) => a.id)).toEqual(["specialist", "support"]);
    expect(areasFor(new Set(["admin"])).map((a) => a.id)).toContain("support");
    expect(areasFor(new Set(["specialist"])).map((a) => a.id)).not.toContain("support");
    expect(areaOfPath("/support/0b0e").id).toBe("support");
  });

  it("sends messages of 10 to 4000 characters once trimmed", () => {
    expect(messageReady("   коротко   ")).toBe(false);
    expect(messageReady("Десять букв")).toBe(true);
    expect(messageReady("я".repeat(4001))).toBe(false);
  });
});
