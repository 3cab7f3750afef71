import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { ResultWaitNote } from "../components/ResultWait";
import { formatDate, formatZet } from "../format";
import { MyPlanDocument, RemovePlanItemDocument } from "../generated/graphql";
import { ELEMENT_KINDS, PLAN_STATUS } from "../labels";

export default function Plan() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyPlanDocument, requestPolicy: "cache-and-network" });
  const [removing, remove] = useMutation(RemovePlanItemDocument);
  const [failure, setFailure] = useState<{ itemId: string; error: UserErrorShape } | null>(null);

  async function removeItem(itemId: string, cycleId: string, elementId: string) {
    const result = (await remove({ cycleId, elementId })).data?.removePlanItem;
    const userError = userErrorOf(result);
    setFailure(userError ? { itemId, error: userError } : null);
    if (!userError) refetch({ requestPolicy: "network-only" });
  }

  if (!data) return <section><h1>План</h1><QueryState fetching={fetching} error={error} hasData={false} /></section>;
  const applications = data.myApplications;
  return (
    <section>
      <h1>План</h1>
      {data.myCycles.length === 0 ? <p>Сначала <Link to="/documents">добавьте документ</Link>: план ведётся по циклам.</p> : null}
      {data.myCycles.map((cycle) => (
        <article key={cycle.id} className="card" aria-labelledby={`plan-${cycle.id}`}>
          <h2 id={`plan-${cycle.id}`}>
            {cycle.specialty?.name ?? cycle.specialtyCode}{" "}
            <small className="muted">{formatDate(cycle.startsOn)} — {formatDate(cycle.endsOn)}</small>
          </h2>
          {cycle.plan.length === 0 ? <p>План пуст. <Link to="/catalog">Найдите программы и мероприятия в каталоге</Link>.</p> : (
            <ul className="plan-items">
              {cycle.plan.map((item) => {
                const application = applications.find((a) => a.elementId === item.elementId && a.status !== "WITHDRAWN");
                return (
                  <li key={item.id} data-testid="plan-item" data-status={item.status}>
                    <Link to={`/catalog/${item.elementId}`}>{item.element?.title ?? item.elementId}</Link>{" "}
                    <span className="muted">{ELEMENT_KINDS[item.elementKind] ?? item.elementKind}{item.element ? ` · ${formatZet(item.element.zet)}` : ""}</span>
                    {item.multiplier > 1 ? <span className="badge" title="Засчитывается в нескольких циклах">x{item.multiplier}</span> : null}
                    <div>
                      Статус: <strong className={`status status-${item.status.toLowerCase()}`}>{item.statusLabel || PLAN_STATUS[item.status] || item.status}</strong>
                      {application?.status === "REJECTED" && application.decisionReason ? <span> · заявка отклонена: {application.decisionReason}</span> : null}
                    </div>
                    {item.resultWait ? <ResultWaitNote wait={item.resultWait} providerName={item.element?.providerName} /> : null}
                    {item.status === "PLANNED" ? (
                      <button type="button" disabled={removing.fetching} onClick={() => removeItem(item.id, cycle.id, item.elementId)}>
                        Убрать из плана
                      </button>
                    ) : null}
                    {failure?.itemId === item.id ? <ErrorMessage error={failure.error} /> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </article>
      ))}
      <ErrorMessage error={removing.error} />
    </section>
  );
}
