import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { GrantRoleDocument, RevokeRoleDocument } from "../../generated/graphql";
import { formatSnils } from "../../format";
import { useSchoolGrant } from "./office";

const ROLE = "school_operator";

function OperatorsOf({ schoolId }: { schoolId: string }) {
  const [, grant] = useMutation(GrantRoleDocument);
  const [, revoke] = useMutation(RevokeRoleDocument);
  const [snils, setSnils] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const scope = `school:${schoolId}`;

  async function act(event: FormEvent, appoint: boolean) {
    event.preventDefault();
    const reply = appoint
      ? (await grant({ role: ROLE, scope, snils })).data?.grantRole
      : (await revoke({ role: ROLE, scope, snils })).data?.revokeRole;
    const problem = userErrorOf(reply);
    setFailure(problem);
    setDone(problem ? "" : appoint
      ? `Оператор назначен: ${formatSnils(snils)}. Раздел школы откроется у него после нового входа.`
      : `Роль оператора снята: ${formatSnils(snils)}.`);
  }

  return (
    <form className="form inline" aria-label="Оператор школы" onSubmit={(e) => act(e, true)}>
      <TextField label="СНИЛС сотрудника" value={snils} onChange={(e) => setSnils(e.target.value)} inputMode="numeric" required
        hint="Сотрудник должен быть зарегистрирован на портале." />
      <ErrorMessage error={failure} />
      {done ? <p role="status" className="ok">{done}</p> : null}
      <div className="actions">
        <button type="submit" className="primary">Назначить оператором</button>
        <button type="button" disabled={!snils.trim()} onClick={(e) => act(e, false)}>Снять роль оператора</button>
      </div>
    </form>
  );
}

/** The school head appoints the school's operators (and takes the role back). */
export default function Operators() {
  const { schoolId, isHead, fetching } = useSchoolGrant();
  return (
    <section>
      <h1>Операторы школы</h1>
      {fetching && !schoolId ? <Loading /> : null}
      {schoolId && isHead ? <OperatorsOf schoolId={schoolId} /> : null}
      {schoolId && !isHead ? <p>Операторов школы назначает директор школы.</p> : null}
    </section>
  );
}
