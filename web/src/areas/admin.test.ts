import { describe, expect, it } from "vitest";
import { areaOfPath, areasFor } from ".";
import { extractFormat } from "../pages/admin/extract";
import { describeGrant, scopeFor } from "../pages/admin/grantable";

describe("the admin area", () => {
  it("opens for admins only and owns /admin paths", () => {
    expect(areasFor(new Set(["admin"])).map((a) => a.id)).toEqual(expect.arrayContaining(["specialist", "support", "admin"]));
    expect(areasFor(new Set(["support"])).map((a) => a.id)).not.toContain("admin");
    expect(areaOfPath("/admin/register").id).toBe("admin");
  });

  it("builds a grant's scope from the role's scope kind and the id", () => {
    expect(scopeFor("provider_staff", " 42 ")).toBe("provider:42");
    expect(scopeFor("regional_operator", "16")).toBe("region:16");
    expect(scopeFor("school_head", "  ")).toBeNull();
    expect(scopeFor("admin", "")).toBe("platform:*");
    expect(scopeFor("unknown", "1")).toBeNull();
    expect(describeGrant("school_head", "school:7")).toBe("Директор школы (school:7)");
  });

  it("tells the extract's format by the file's extension", () => {
    expect(extractFormat("frmr-2026.CSV")).toBe("csv");
    expect(extractFormat("выписка.json")).toBe("json");
    expect(extractFormat("frmr.xlsx")).toBeNull();
    expect(extractFormat("frmr")).toBeNull();
  });
});
