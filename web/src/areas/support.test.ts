import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";
import { messageReady, queueOrder } from "../pages/support/labels";

describe("the support area", () => {
  it("opens for support staff and admins and owns /support paths", () => {
    expect(areasFor(new Set(["support"])).map((a) => a.id)).toEqual(["specialist", "support"]);
    expect(areasFor(new Set(["admin"])).map((a) => a.id)).toContain("support");
    expect(areasFor(new Set(["specialist"])).map((a) => a.id)).not.toContain("support");
    expect(areaOfPath("/support/0b0e").id).toBe("support");
  });

  it("lists open requests first, the longest waiting first", () => {
    const requests = [
      { id: "a", status: "RESOLVED", updatedAt: "2026-01-01T00:00:00Z" },
      { id: "b", status: "NEW", updatedAt: "2026-03-01T00:00:00Z" },
      { id: "c", status: "NEW", updatedAt: "2026-01-02T00:00:00Z" },
      { id: "d", status: "IN_PROGRESS", updatedAt: "2026-02-01T00:00:00Z" },
    ];
    expect(queueOrder(requests).map((r) => r.id)).toEqual(["c", "d", "b", "a"]);
    expect(requests.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("sends messages of 10 to 4000 characters once trimmed", () => {
    expect(messageReady("   коротко   ")).toBe(false);
    expect(messageReady("Десять букв")).toBe(true);
    expect(messageReady("я".repeat(4001))).toBe(false);
  });
});
