import { describe, expect, it } from "vitest";
import { AREAS, areaOfPath, areasFor, rolesOf } from ".";
import { defineArea, detail, section } from "./define";
import type { User } from "../auth/session";

function userWithRoles(roles: string[]): User {
  const payload = btoa(JSON.stringify({ realm_access: { roles } })).replace(/=+$/, "");
  return { access_token: `header.${payload}.signature` } as User;
}

describe("areas", () => {
  it("reads the realm roles from the access token", () => {
    expect([...rolesOf(userWithRoles(["admin", "support"]))].sort()).toEqual(["admin", "support"]);
    expect(rolesOf(null).size).toBe(0);
    expect(rolesOf({ access_token: "not-a-jwt" } as User).size).toBe(0);
  });

  it("opens the specialist's account to everyone and role areas to their roles only", () => {
    expect(areasFor(new Set()).map((area) => area.id)).toEqual(["specialist"]);
    for (const area of AREAS.filter((candidate) => candidate.roles.length > 0)) {
      expect(areasFor(new Set(area.roles.slice(0, 1))).map((open) => open.id)).toContain(area.id);
    }
  });

  it("tells the area of a path by its prefix", () => {
    expect(areaOfPath("/catalog/42").id).toBe("specialist");
    for (const area of AREAS) {
      expect(areaOfPath(area.home).id).toBe(area.id);
    }
  });

  it("gives every route of an area a path under its prefix", () => {
    for (const area of AREAS.filter((candidate) => candidate.home !== "/")) {
      for (const route of area.routes) expect(route.path.startsWith(area.home)).toBe(true);
    }
  });

  it("builds an area's navigation from its labelled screens and routes every screen", () => {
    const page = () => Promise.resolve({ default: () => null });
    const area = defineArea({
      id: "x",
      label: "X",
      roles: ["x"],
      home: "/x",
      screens: [section("/x", "Первый", page), detail("/x/:id", page), section("/x/two", "Второй", page)],
    });
    expect(area.sections).toEqual([
      ["/x", "Первый"],
      ["/x/two", "Второй"],
    ]);
    expect(area.routes.map((route) => route.path)).toEqual(["/x", "/x/:id", "/x/two"]);
  });
});
