import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";

describe("the operators' areas of the regional model", () => {
  it("open for regional and municipal operators and own their paths", () => {
    expect(areasFor(new Set(["regional_operator"])).map((a) => a.id)).toContain("region");
    expect(areasFor(new Set(["municipal_operator"])).map((a) => a.id)).toContain("municipality");
    expect(areasFor(new Set(["municipal_operator"])).map((a) => a.id)).not.toContain("region");
    expect(areasFor(new Set(["teacher"])).map((a) => a.id)).not.toContain("municipality");
    expect(areaOfPath("/region/import").id).toBe("region");
    expect(areaOfPath("/municipality/refusals").id).toBe("municipality");
  });
});
