import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { DecideRoleRequestDocument, RoleRequestsToDecideDocument } from "../../generated/graphql";
import { formatDateTime, formatSnils } from "../../format";
import { RevokeButton } from "./RevokeButton";
import { ROLE_REQUEST_STATUS, describeGrant } from "./grantable";

/** Role requests the admin decides: approve, or refuse with a reason; approved grants can be revoked. */
export function RoleRequestsToDecide() {
  const [pendingOnly, setPendingOnly] = useState(true);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RoleRequestsToDecideDocument,
    variables: { pendingOnly },
    requestPolicy: "cache-and-network",
  });
  const [, decide] = useMutation(DecideRoleRequestDocument);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const requests = (data?.roleRequestsToDecide.edges ?? []).map((edge) => edge.node);

  async function submit(id: string, approve: boolean) {
    const reply = (await decide({ id, approve, refusalReason: approve ? "" : reasons[id] ?? "" })).data?.decideRoleRequest;
    setFailure(userErrorOf(reply));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <label>
        <input type="checkbox" checked={!pendingOnly} onChange={(e) => setPendingOnly(!e.target.checked)} /> Показать решённые
      </label>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && requests.length === 0 ? <p>Запросов на рассмотрении нет.</p> : null}
      <ul className="cards">
        {requests.map((r) => (
          <li key={r.id} className="card" data-testid="role-request" data-status={r.status}>
            <h3>{describeGrant(r.role, r.scope)}</h3>
            <p data-testid="requester">
              <strong>{r.requesterName || r.personId}</strong>
              {r.requesterSnils ? ` · СНИЛС ${formatSnils(r.requesterSnils)}` : ""}
              {r.requesterPesel ? ` · PESEL ${r.requesterPesel}` : ""}
            </p>
            <p>{r.justification}</p>
            <p className="muted">
              Запрошено {formatDateTime(r.createdAt)} · <strong>{ROLE_REQUEST_STATUS[r.status] ?? r.status}</strong>
              {r.refusalReason ? `: ${r.refusalReason}` : ""}
            </p>
            {r.status === "PENDING" ? (
              <div className="form inline">
                <button type="button" className="primary" onClick={() => submit(r.id, true)}>Одобрить</button>
                <label>
                  Причина отказа
                  <input value={reasons[r.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })} />
                </label>
                <button type="button" onClick={() => submit(r.id, false)} disabled={!(reasons[r.id] ?? "").trim()}>Отказать</button>
              </div>
            ) : null}
            {r.status === "APPROVED" ? <RevokeButton personId={r.personId} role={r.role} scope={r.scope} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
