// The scoped roles identity-svc grants, with the kind of scope each is granted on (as
// cpd_platform.principal.SCOPE_OF_ROLE) and the labels people see.

export interface GrantableRole {
  label: string;
  /** The scope kind ("provider", "school"…); "platform" has the one scope "platform:*". */
  scopeKind: string;
  /** What the scope's id is, for the form's label; empty for the platform. */
  scopeLabel: string;
}

export const GRANTABLE_ROLES: Record<string, GrantableRole> = {
  provider_staff: { label: "Сотрудник организации обучения", scopeKind: "provider", scopeLabel: "Идентификатор организации" },
  provider_admin: { label: "Администратор организации обучения", scopeKind: "provider", scopeLabel: "Идентификатор организации" },
  school_head: { label: "Директор школы", scopeKind: "school", scopeLabel: "Идентификатор школы" },
  school_operator: { label: "Оператор школы", scopeKind: "school", scopeLabel: "Идентификатор школы" },
  municipal_operator: { label: "Муниципальный оператор", scopeKind: "municipality", scopeLabel: "Идентификатор муниципалитета" },
  regional_operator: { label: "Региональный оператор", scopeKind: "region", scopeLabel: "Код региона (две цифры)" },
  smk_supervisor: { label: "SMK: kierownik specjalizacji", scopeKind: "training_unit", scopeLabel: "Идентификатор аккредитованной единицы" },
  smk_unit_staff: { label: "SMK: pracownik jednostki", scopeKind: "training_unit", scopeLabel: "Идентификатор аккредитованной единицы" },
  smk_voivodeship_office: { label: "SMK: urząd wojewódzki", scopeKind: "voivodeship", scopeLabel: "Код воеводства (TERYT)" },
  admin: { label: "Администратор платформы", scopeKind: "platform", scopeLabel: "" },
};

/** The scope string of a grant: "<kind>:<id>", or "platform:*"; null while the id is missing. */
export function scopeFor(role: string, id: string): string | null {
  const grantable = GRANTABLE_ROLES[role];
  if (!grantable) return null;
  if (grantable.scopeKind === "platform") return "platform:*";
  const trimmed = id.trim();
  return trimmed ? `${grantable.scopeKind}:${trimmed}` : null;
}

/** A role and scope as people read them: «Директор школы (school:…)». */
export function describeGrant(role: string, scope: string): string {
  return `${GRANTABLE_ROLES[role]?.label ?? role} (${scope})`;
}

export const ROLE_REQUEST_STATUS: Record<string, string> = {
  PENDING: "на рассмотрении",
  APPROVED: "одобрен",
  REFUSED: "отказано",
};
