import { useState } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import { GrantRoleDocument } from "../../generated/graphql";
import { RevokeButton } from "./RevokeButton";
import { RoleFields } from "./RoleFields";
import { describeGrant, scopeFor } from "./grantable";

interface Granted {
  personId: string;
  snils: string;
  role: string;
  scope: string;
}

/** Grant a role in a scope to a person found by SNILS; the grants made here can be revoked. */
export function GrantForm() {
  const [, grant] = useMutation(GrantRoleDocument);
  const [snils, setSnils] = useState("");
  const [role, setRole] = useState("provider_staff");
  const [scopeId, setScopeId] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [granted, setGranted] = useState<Granted[]>([]);
  const scope = scopeFor(role, scopeId);

  async function submit() {
    if (!scope) return;
    const reply = (await grant({ role, scope, snils })).data?.grantRole;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "RoleGrant") setGranted([{ personId: reply.personId, snils, role, scope }, ...granted]);
  }

  return (
    <>
      <form className="form" aria-label="Выдать роль" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <TextField label="СНИЛС" value={snils} onChange={(e) => setSnils(e.target.value)} inputMode="numeric" required />
        <RoleFields role={role} scopeId={scopeId} onRole={setRole} onScopeId={setScopeId} />
        <ErrorMessage error={failure} />
        <button type="submit" className="primary" disabled={!scope || !snils.trim()}>Выдать роль</button>
      </form>
      {granted.length > 0 ? (
        <ul className="cards" aria-label="Выданные роли">
          {granted.map((g) => (
            <li key={`${g.personId} ${g.role} ${g.scope}`} className="card" data-testid="granted-role">
              <p>СНИЛС {g.snils}: {describeGrant(g.role, g.scope)}</p>
              <RevokeButton personId={g.personId} role={g.role} scope={g.scope} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Revoke a person's role in a scope, the person found by SNILS. */
export function RevokeForm() {
  const [snils, setSnils] = useState("");
  const [role, setRole] = useState("provider_staff");
  const [scopeId, setScopeId] = useState("");
  const scope = scopeFor(role, scopeId);
  // A new person, role or scope is a new revocation (the button's outcome starts afresh).
  const key = `${snils} ${role} ${scope ?? ""}`;
  return (
    <div className="form" role="group" aria-label="Отозвать роль">
      <TextField label="СНИЛС" value={snils} onChange={(e) => setSnils(e.target.value)} inputMode="numeric" />
      <RoleFields role={role} scopeId={scopeId} onRole={setRole} onScopeId={setScopeId} />
      <RevokeButton key={key} snils={snils} role={role} scope={scope ?? ""} disabled={!scope || !snils.trim()} />
    </div>
  );
}
