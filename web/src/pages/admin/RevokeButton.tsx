import { useState } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { RevokeRoleDocument } from "../../generated/graphql";

/** «Отозвать роль» for one grant, and what came of it. */
export function RevokeButton({ personId, snils, role, scope, disabled = false }: {
  personId?: string;
  snils?: string;
  role: string;
  scope: string;
  disabled?: boolean;
}) {
  const [, revoke] = useMutation(RevokeRoleDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function submit() {
    const reply = (await revoke({ personId: personId ?? null, snils: snils ?? null, role, scope })).data?.revokeRole;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "RoleRevoke") setOutcome(reply.revoked ? "Роль отозвана." : "Роли уже нет.");
  }

  return (
    <div className="form inline">
      <button type="button" onClick={submit} disabled={disabled || outcome !== null}>Отозвать роль</button>
      <ErrorMessage error={failure} />
      {outcome ? <p role="status" className="ok">{outcome}</p> : null}
    </div>
  );
}
