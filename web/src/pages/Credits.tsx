import { useState } from "react";
import { useQuery } from "urql";
import { ErrorMessage } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { formatDate, formatDateTime, formatZet } from "../format";
import { CreditHistoryDocument, MyCreditsDocument } from "../generated/graphql";
import { CREDIT_STATUS, ELEMENT_KINDS } from "../labels";

export default function Credits() {
  const [{ data, fetching, error }] = useQuery({ query: MyCreditsDocument, requestPolicy: "cache-and-network" });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section>
      <h1>Баллы (ЗЕТ)</h1>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && data.myCredits.length === 0 ? <p>Зачтённых баллов пока нет: они появятся, когда организация передаст результат.</p> : null}
      <ul className="cards">
        {data?.myCredits.map((credit) => (
          <li key={credit.id} className="card" data-testid="credit" data-status={credit.status} data-credit-id={credit.id}>
            <h2>{credit.element?.title ?? ELEMENT_KINDS[credit.elementKind] ?? "Элемент"}</h2>
            <p>
              {formatZet(credit.zet)} · завершено {formatDate(credit.completedOn)} ·{" "}
              <strong className={`status status-${credit.status.toLowerCase()}`}>{CREDIT_STATUS[credit.status] ?? credit.status}</strong>
              {credit.statusReason ? <> — {credit.statusReason}</> : null}
            </p>
            {credit.daysLate > 0 ? <p className="warn">Организация передала результат с опозданием на {credit.daysLate} дн. (срок — {formatDate(credit.deadline)}).</p> : null}
            <p className="muted">{SOURCES[credit.source] ?? credit.source} · внесено {formatDateTime(credit.recordedAt)}{credit.documentNumber ? ` · документ № ${credit.documentNumber}` : ""}</p>
            <button type="button" aria-expanded={open === credit.id} onClick={() => setOpen(open === credit.id ? null : credit.id)}>
              История записи
            </button>
            {open === credit.id ? <History creditId={credit.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const SOURCES: Record<string, string> = {
  POSTING: "результат от организации",
  CORRECTION: "исправление",
  CODE: "код подтверждения",
};

const ACTIONS: Record<string, string> = { RECORDED: "внесена", CORRECTED: "исправлена", VOIDED: "аннулирована" };

function History({ creditId }: { creditId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: CreditHistoryDocument, variables: { creditId } });
  const history = data?.creditHistory;
  if (!history) return <QueryState fetching={fetching} error={error} hasData={false} />;
  if (history.__typename === "UserError") return <ErrorMessage error={history} />;
  return (
    <ol className="history">
      {history.audit.map((entry, index) => (
        <li key={index}>
          {formatDateTime(entry.at)}: {ACTIONS[entry.action] ?? entry.action}
          {entry.actor || entry.actorClientId ? ` (${entry.actor || entry.actorClientId})` : ""}
          {entry.reason ? ` — ${entry.reason}` : ""}
        </li>
      ))}
    </ol>
  );
}
