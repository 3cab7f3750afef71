import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";

describe("the provider's office", () => {
  it("opens for provider staff and provider admins and owns /provider paths", () => {
    expect(areasFor(new Set(["provider_staff"])).map((a) => a.id)).toEqual(["specialist", "provider"]);
    expect(areasFor(new Set(["provider_admin"])).map((a) => a.id)).toContain("provider");
    expect(areasFor(new Set(["specialist"])).map((a) => a.id)).not.toContain("provider");
    expect(areaOfPath("/provider/results").id).toBe("provider");
  });
});
