import { adminArea } from "./admin";
import { municipalityArea } from "./municipality";
import { providerArea } from "./provider";
import { regionArea } from "./region";
import { schoolArea } from "./school";
import { smkExamCentreArea, smkOfficeArea, smkSupervisorArea, smkTraineeArea } from "./smk";
import { specialistArea } from "./specialist";
import { teacherArea } from "./teacher";
import { supportArea } from "./support";
import type { Area } from "./types";

export type { Area, AreaRoute } from "./types";
export { rolesOf } from "./roles";

/** Every area of the portal; each role's area registers itself here (one line per area). */
export const AREAS: Area[] = [specialistArea, smkTraineeArea, smkSupervisorArea, smkExamCentreArea, smkOfficeArea, providerArea, supportArea, adminArea, schoolArea, teacherArea, regionArea, municipalityArea];

/** The areas a person with these realm roles may open, in the registry's order. */
export function areasFor(roles: Set<string>): Area[] {
  return AREAS.filter((area) => area.roles.length === 0 || area.roles.some((role) => roles.has(role)));
}

/** The area a path belongs to: the one with the longest matching home prefix ("/" last). */
export function areaOfPath(pathname: string): Area {
  const owner = [...AREAS]
    .filter((area) => area.home !== "/" && (pathname === area.home || pathname.startsWith(`${area.home}/`)))
    .sort((a, b) => b.home.length - a.home.length)[0];
  return owner ?? specialistArea;
}
