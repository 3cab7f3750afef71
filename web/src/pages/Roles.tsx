import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { MyRoleRequestsDocument, RequestRoleDocument } from "../generated/graphql";
import { formatDateTime } from "../format";
import { ROLE_REQUEST_STATUS, describeGrant } from "./admin/grantable";
import { RequestRoleFields } from "./RequestRoleFields";
import { requestedScope } from "./requestableRoles";

const MIN_JUSTIFICATION = 10;

function RequestForm({ onRequested }: { onRequested: () => void }) {
  const [, request] = useMutation(RequestRoleDocument);
  const [role, setRole] = useState("provider_staff");
  const [scopeId, setScopeId] = useState("");
  const [justification, setJustification] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [sent, setSent] = useState(false);
  const scope = requestedScope(role, scopeId);

  async function submit() {
    if (!scope) return;
    const reply = (await request({ role, scope, justification })).data?.requestRole;
    setFailure(userErrorOf(reply));
    setSent(reply?.__typename === "RoleRequest");
    if (reply?.__typename === "RoleRequest") {
      setJustification("");
      onRequested();
    }
  }

  return (
    <form className="form" aria-label="Запросить роль" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <RequestRoleFields role={role} scopeId={scopeId} onRole={setRole} onScopeId={setScopeId} />
      <label>
        Зачем нужна роль (от {MIN_JUSTIFICATION} символов)
        <textarea value={justification} onChange={(e) => { setJustification(e.target.value); setSent(false); }} rows={3} />
      </label>
      <ErrorMessage error={failure} />
      <button type="submit" className="primary" disabled={!scope || justification.trim().length < MIN_JUSTIFICATION}>Отправить запрос</button>
      {sent ? <p role="status" className="ok">Запрос отправлен. После одобрения войдите заново, чтобы открылись разделы роли.</p> : null}
    </form>
  );
}

/** «Роли»: request a role in a scope, and one's role requests with their decisions. */
export default function Roles() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyRoleRequestsDocument, requestPolicy: "cache-and-network" });
  const requests = (data?.myRoleRequests.edges ?? []).map((edge) => edge.node);
  return (
    <section>
      <h1>Роли</h1>
      <h2>Мои запросы</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && requests.length === 0 ? <p>Запросов ролей нет.</p> : null}
      <ul className="cards">
        {requests.map((r) => (
          <li key={r.id} className="card" data-testid="my-role-request" data-status={r.status}>
            <p><strong>{describeGrant(r.role, r.scope)}</strong> · {ROLE_REQUEST_STATUS[r.status] ?? r.status}{r.refusalReason ? `: ${r.refusalReason}` : ""}</p>
            <p className="muted">Запрошено {formatDateTime(r.createdAt)}{r.decidedAt ? ` · решено ${formatDateTime(r.decidedAt)}` : ""}</p>
          </li>
        ))}
      </ul>
      <h2>Запросить роль</h2>
      <RequestForm onRequested={() => refetch({ requestPolicy: "network-only" })} />
    </section>
  );
}
