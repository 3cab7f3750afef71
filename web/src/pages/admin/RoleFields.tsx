import { SelectField, TextField } from "../../components/Field";
import { GRANTABLE_ROLES } from "./grantable";

/** The role and its scope's id, as both the admin's grant form and the person's request ask them. */
export function RoleFields({ role, scopeId, onRole, onScopeId }: {
  role: string;
  scopeId: string;
  onRole: (role: string) => void;
  onScopeId: (id: string) => void;
}) {
  const scopeLabel = GRANTABLE_ROLES[role]?.scopeLabel;
  return (
    <>
      <SelectField label="Полномочия" value={role} onChange={(e) => onRole(e.target.value)}>
        {Object.entries(GRANTABLE_ROLES).map(([value, { label }]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      {scopeLabel ? <TextField label={scopeLabel} value={scopeId} onChange={(e) => onScopeId(e.target.value)} required /> : null}
    </>
  );
}
