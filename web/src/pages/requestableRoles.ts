// The roles a person may request on «Роли» (as identity_svc.domain.requestable_roles: admin,
// the SMK exam centre, CMKP and trainee are granted by an admin only) and the scope each is
// asked on: an accredited training unit and a voivodeship are picked from lists, other scopes
// are typed as ids.
import { GRANTABLE_ROLES, scopeFor } from "./admin/grantable";

export const REQUESTABLE_ROLES: readonly string[] = [
  "provider_staff",
  "provider_admin",
  "school_head",
  "school_operator",
  "municipal_operator",
  "regional_operator",
  "smk_supervisor",
  "smk_unit_staff",
  "smk_voivodeship_office",
];

// Poland's voivodeships by TERYT code (as cpd_platform.voivodeships).
export const VOIVODESHIPS: readonly (readonly [string, string])[] = [
  ["02", "dolnośląskie"],
  ["04", "kujawsko-pomorskie"],
  ["06", "lubelskie"],
  ["08", "lubuskie"],
  ["10", "łódzkie"],
  ["12", "małopolskie"],
  ["14", "mazowieckie"],
  ["16", "opolskie"],
  ["18", "podkarpackie"],
  ["20", "podlaskie"],
  ["22", "pomorskie"],
  ["24", "śląskie"],
  ["26", "świętokrzyskie"],
  ["28", "warmińsko-mazurskie"],
  ["30", "wielkopolskie"],
  ["32", "zachodniopomorskie"],
];

/** How the scope of a role is picked: from the training units, from the voivodeships, or typed. */
export type ScopePicker = "training_unit" | "voivodeship" | "typed";

export function scopePickerOf(role: string): ScopePicker {
  const kind = GRANTABLE_ROLES[role]?.scopeKind;
  return kind === "training_unit" || kind === "voivodeship" ? kind : "typed";
}

export interface UnitOption {
  id: string;
  name: string;
  city: string;
  voivodeship: string;
}

/** A unit as the picker lists it: «Szpital…, Warszawa (mazowieckie)». */
export function unitLabel(unit: UnitOption): string {
  const voivodeship = VOIVODESHIPS.find(([code]) => code === unit.voivodeship)?.[1] ?? unit.voivodeship;
  return `${unit.name}, ${unit.city} (${voivodeship})`;
}

/** The scope string to request, or null while the role is not requestable or its id is missing. */
export function requestedScope(role: string, scopeId: string): string | null {
  return REQUESTABLE_ROLES.includes(role) ? scopeFor(role, scopeId) : null;
}
