import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { formatDate } from "../format";
import { MyApplicationsDocument, WithdrawApplicationDocument } from "../generated/graphql";
import { APPLICATION_STATUS, FUNDING } from "../labels";
import { usePolling } from "../usePolling";

export default function Applications() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyApplicationsDocument, requestPolicy: "cache-and-network" });
  const [withdrawing, withdraw] = useMutation(WithdrawApplicationDocument);
  const [failure, setFailure] = useState<{ id: string; error: UserErrorShape } | null>(null);
  // The provider decides on its side: the list is polled so a decision shows up by itself.
  usePolling(() => refetch({ requestPolicy: "network-only" }));

  async function withdrawOne(id: string) {
    const result = (await withdraw({ applicationId: id })).data?.withdrawApplication;
    const userError = userErrorOf(result);
    setFailure(userError ? { id, error: userError } : null);
  }

  return (
    <section>
      <h1>Заявки на ДПП ПК</h1>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && data.myApplications.length === 0 ? <p>Заявок нет. Заявку подают на странице программы в <Link to="/catalog">каталоге</Link>.</p> : null}
      <ul className="cards">
        {data?.myApplications.map((a) => (
          <li key={a.id} className="card" data-testid="application" data-status={a.status}>
            <h2><Link to={`/catalog/${a.elementId}`}>{a.element?.title ?? "Программа"}</Link></h2>
            <p>
              Цикл {formatDate(a.startsOn)} — {formatDate(a.endsOn)} · {FUNDING[a.fundingBasis.toUpperCase()] ?? a.fundingBasis}
            </p>
            <p>Статус: <strong className={`status status-${a.status.toLowerCase()}`}>{APPLICATION_STATUS[a.status] ?? a.status}</strong>
              {a.decisionReason ? <> — {a.decisionReason}</> : null}
            </p>
            {a.note ? <p className="muted">{a.note}</p> : null}
            {a.status === "SUBMITTED" ? (
              <button type="button" disabled={withdrawing.fetching} onClick={() => withdrawOne(a.id)}>Отозвать заявку</button>
            ) : null}
            {failure?.id === a.id ? <ErrorMessage error={failure.error} /> : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={withdrawing.error} />
    </section>
  );
}
