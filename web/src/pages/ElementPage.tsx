import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { eligibleCycles } from "../eligibility";
import { formatDate, formatRubles, formatZet } from "../format";
import { AddPlanItemDocument, ElementDetailDocument } from "../generated/graphql";
import { ELEMENT_KINDS, FUNDING, PLAN_STATUS } from "../labels";
import { ApplicationForm } from "./ApplicationForm";

export default function ElementPage() {
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ElementDetailDocument, variables: { id }, requestPolicy: "cache-and-network" });
  const [adding, addPlanItem] = useMutation(AddPlanItemDocument);
  const [planError, setPlanError] = useState<{ cycleId: string; error: UserErrorShape } | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  if (!data) return <QueryState fetching={fetching} error={error} hasData={false} />;
  const element = data.element;
  const eligible = eligibleCycles(element, data.myCycles);

  async function plan(cycleId: string) {
    const reply = await addPlanItem({ cycleId, elementId: element.id });
    const result = reply.data?.addPlanItem;
    const failure = userErrorOf(result);
    setPlanError(failure ? { cycleId, error: failure } : null);
    if (result?.__typename === "PlanItem") {
      setAdded("Элемент добавлен в план.");
      refetch({ requestPolicy: "network-only" });
    }
  }

  return (
    <article>
      <p><Link to="/catalog">← К каталогу</Link></p>
      <h1>{element.title}</h1>
      <p className="muted">
        {ELEMENT_KINDS[element.kind]} · {formatZet(element.zet)} · {element.providerName}
        {eligible.length > 1 ? <span className="badge" title="Засчитывается в нескольких ваших циклах">x{eligible.length}</span> : null}
      </p>
      {element.status !== "PUBLISHED" ? <p className="warn">Элемент снят с публикации; в планах он остаётся.</p> : null}
      <p>{element.annotation}</p>
      <dl className="facts">
        <dt>Специальность</dt><dd>{element.mainSpecialty?.name ?? element.mainSpecialtyCode}</dd>
        {element.additionalSpecialtyCodes.length ? <><dt>Дополнительные специальности</dt><dd>{element.additionalSpecialtyCodes.join(", ")}</dd></> : null}
        {element.startsOn ? <><dt>Даты</dt><dd>{formatDate(element.startsOn)}{element.endsOn ? ` — ${formatDate(element.endsOn)}` : ""}</dd></> : null}
        <dt>Стоимость</dt><dd>{element.free ? "бесплатно" : element.priceKopecks > 0 ? formatRubles(element.priceKopecks) : "платно"}</dd>
        {element.kind === "EVENT" && element.ticketsTotal > 0 ? <><dt>Свободных мест</dt><dd>{element.ticketsFree} из {element.ticketsTotal}</dd></> : null}
        {element.confirmationRequirements ? <><dt>Подтверждение участия</dt><dd>{element.confirmationRequirements}</dd></> : null}
      </dl>

      {element.cycles.length > 0 ? (
        <table className="table">
          <caption>Циклы программы</caption>
          <thead><tr><th scope="col">Даты</th><th scope="col">Места</th><th scope="col">Место проведения</th></tr></thead>
          <tbody>
            {element.cycles.map((cycle) => (
              <tr key={cycle.id}>
                <td>{formatDate(cycle.startsOn)} — {formatDate(cycle.endsOn)}</td>
                <td>
                  {cycle.seats.map((seat) => (
                    <div key={seat.basis}>
                      {FUNDING[seat.basis] ?? seat.basis}: свободно {seat.free} из {seat.total}
                      {seat.priceKopecks > 0 ? `, ${formatRubles(seat.priceKopecks)}` : ""}
                    </div>
                  ))}
                </td>
                <td>{cycle.place || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>В план</h2>
      {eligible.length === 0 ? (
        <p>Элемент не подходит ни к одному вашему циклу: его специальности не совпадают со специальностями ваших документов.</p>
      ) : (
        <ul className="plain">
          {eligible.map((cycle) => {
            const item = cycle.plan.find((p) => p.elementId === element.id);
            const label = cycle.specialty?.name ?? cycle.specialtyCode;
            return (
              <li key={cycle.id}>
                {item ? (
                  <span>Цикл «{label}»: в плане ({PLAN_STATUS[item.status] ?? item.status})</span>
                ) : (
                  <button type="button" onClick={() => plan(cycle.id)} disabled={adding.fetching}>
                    Добавить в план цикла «{label}»
                  </button>
                )}
                {planError?.cycleId === cycle.id ? <ErrorMessage error={planError.error} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage error={adding.error} />
      {added ? <p role="status" className="ok">{added} <Link to="/plan">Открыть план</Link></p> : null}

      {element.kind === "PROGRAM" && element.cycles.length > 0 && eligible.length > 0 ? (
        <ApplicationForm programCycles={element.cycles} myCycles={eligible} />
      ) : null}
    </article>
  );
}
