import { useQuery } from "urql";
import { SelectField, TextField } from "../components/Field";
import { RequestableTrainingUnitsDocument } from "../generated/graphql";
import { GRANTABLE_ROLES } from "./admin/grantable";
import { REQUESTABLE_ROLES, VOIVODESHIPS, scopePickerOf, unitLabel } from "./requestableRoles";

function TrainingUnitPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [{ data, fetching }] = useQuery({ query: RequestableTrainingUnitsDocument });
  const units = data?.smkTrainingUnits ?? [];
  return (
    <SelectField label="Аккредитованная единица (jednostka szkoląca)" value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="">{fetching ? "Загрузка…" : "Выберите единицу"}</option>
      {units.map((u) => <option key={u.id} value={u.id}>{unitLabel(u)}</option>)}
    </SelectField>
  );
}

function VoivodeshipPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  return (
    <SelectField label="Воеводство (województwo)" value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="">Выберите воеводство</option>
      {VOIVODESHIPS.map(([code, name]) => <option key={code} value={code}>{name} ({code})</option>)}
    </SelectField>
  );
}

/** The role a person requests and its scope: SMK units and voivodeships picked from lists. */
export function RequestRoleFields({ role, scopeId, onRole, onScopeId }: {
  role: string;
  scopeId: string;
  onRole: (role: string) => void;
  onScopeId: (id: string) => void;
}) {
  const picker = scopePickerOf(role);
  return (
    <>
      <SelectField label="Полномочия" value={role} onChange={(e) => { onRole(e.target.value); onScopeId(""); }}>
        {REQUESTABLE_ROLES.map((value) => <option key={value} value={value}>{GRANTABLE_ROLES[value]?.label ?? value}</option>)}
      </SelectField>
      {picker === "training_unit" ? <TrainingUnitPicker value={scopeId} onChange={onScopeId} /> : null}
      {picker === "voivodeship" ? <VoivodeshipPicker value={scopeId} onChange={onScopeId} /> : null}
      {picker === "typed" ? <TextField label={GRANTABLE_ROLES[role]?.scopeLabel ?? "Область"} value={scopeId} onChange={(e) => onScopeId(e.target.value)} required /> : null}
    </>
  );
}
