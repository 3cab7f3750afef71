import { useState, type ChangeEvent, type FormEvent } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import {
  ProviderCorrectCreditDocument, ProviderCreditHistoryDocument, ProviderLatenessSummaryDocument, ProviderOverdueDocument,
  ProviderPostResultsDocument, ProviderVoidCreditDocument,
} from "../../generated/graphql";
import { saveText } from "../../download";
import { formatDate, formatDateTime } from "../../format";
import { CREDIT_STATUS } from "../../labels";
import { ScrollTable, WithProvider } from "./office";
import { parseResultsCsv, rejectedCsv, type ParsedFile, type RejectedRow } from "./resultsCsv";
import { uploadRows, type BatchReply, type UploadReport } from "./upload";

function Lateness({ providerId }: { providerId: string }) {
  const [{ data, error }] = useQuery({ query: ProviderLatenessSummaryDocument, variables: { providerId }, requestPolicy: "cache-and-network" });
  const row = data?.providerLateness[0];
  return (
    <section aria-labelledby="lateness-heading">
      <h2 id="lateness-heading">Сроки размещения результатов</h2>
      <p className="muted">Результаты ДПП размещаются в течение месяца после окончания цикла.</p>
      <ErrorMessage error={error} />
      {row ? (
        <p data-testid="lateness">
          Результатов со сроком: {row.resultsWithDeadline}; с опозданием: {row.lateResults}
          {row.lateResults ? ` (всего ${row.totalDaysLate} дн., наибольшее ${row.maxDaysLate} дн.)` : ""}
        </p>
      ) : data ? <p data-testid="lateness">Результатов со сроком пока нет.</p> : null}
    </section>
  );
}

function Overdue({ providerId }: { providerId: string }) {
  const [{ data, error }] = useQuery({ query: ProviderOverdueDocument, variables: { providerId }, requestPolicy: "cache-and-network" });
  const overdue = (data?.providerOverdueResults.edges ?? []).map((edge) => edge.node);
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">Результаты, срок которых истёк</h2>
      <ErrorMessage error={error} />
      {data ? <p data-testid="overdue-count">Не размещено: {data.providerOverdueResults.totalCount}</p> : null}
      <ul className="cards">
        {overdue.slice(0, 50).map((item, index) => (
          <li key={`${item.personId}-${item.elementId}-${index}`} className="card" data-testid="overdue-result">
            {item.element?.title ?? item.elementId} · обучение окончено {formatDate(item.endsOn)} · срок {formatDate(item.deadline)} ·{" "}
            <strong>просрочено на {item.daysOverdue} дн.</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Upload({ onReport }: { onReport: (report: UploadReport, parsed: ParsedFile, name: string) => void }) {
  const client = useClient();
  const [parsed, setParsed] = useState<ParsedFile | null>(null);
  const [name, setName] = useState("");
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProgress(null);
    setFailure(null);
    if (!file) return setParsed(null);
    setName(file.name);
    setParsed(parseResultsCsv(await file.text()));
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!parsed || parsed.layoutError) return;
    const series = `portal-${crypto.randomUUID()}`;
    try {
      const report = await uploadRows(parsed.rows, async (records, index): Promise<BatchReply> => {
        const reply = await client.mutation(ProviderPostResultsDocument, {
          batchId: `${series}-${index + 1}`, seriesId: series, sequence: index + 1,
          records: records.map(({ line: _line, ...record }) => record),
        }).toPromise();
        const result = reply.data?.postResults;
        if (result?.__typename === "PostedBatch") {
          return result.status === "REJECTED"
            ? { refused: { reasonCode: result.reasonCode, message: result.message } }
            : { outcomes: result.outcomes };
        }
        const refusal = userErrorOf(result);
        if (refusal) return { refused: { reasonCode: refusal.code.toLowerCase(), message: refusal.message } };
        throw new Error(reply.error?.message ?? "нет ответа");
      }, (done, total) => setProgress([done, total]));
      onReport({ ...report, rejected: [...parsed.bad, ...report.rejected] }, parsed, name);
    } catch {
      setFailure("Отправка прервалась: отправьте файл ещё раз, уже зачтённые строки не задвоятся.");
    }
  }

  return (
    <form className="form" onSubmit={send} aria-labelledby="upload-heading">
      <h2 id="upload-heading">Загрузка результатов</h2>
      <p className="muted">
        CSV со столбцами external_id, snils, element_id, completion_date, zet и по желанию document_number,
        program_cycle_id — как для программы cpd-provider.
      </p>
      <div className="field">
        <label htmlFor="results-file">Файл результатов (CSV)</label>
        <input id="results-file" type="file" accept=".csv,text/csv" onChange={choose} />
      </div>
      {parsed?.layoutError ? <ErrorMessage error={parsed.layoutError} /> : null}
      {parsed && !parsed.layoutError ? (
        <p>Строк к отправке: {parsed.rows.length}{parsed.bad.length ? `; не прочитано: ${parsed.bad.length}` : ""}</p>
      ) : null}
      {progress ? (
        <div className="field">
          <label htmlFor="upload-progress">Отправлено строк: {progress[0]} из {progress[1]}</label>
          <progress id="upload-progress" max={progress[1] || 1} value={progress[0]} />
        </div>
      ) : null}
      <ErrorMessage error={failure} />
      <button type="submit" className="primary" disabled={!parsed || Boolean(parsed.layoutError)}>Отправить результаты</button>
    </form>
  );
}

function CreditActions({ creditId }: { creditId: string }) {
  const [open, setOpen] = useState(false);
  const [{ data }, refetch] = useQuery({ query: ProviderCreditHistoryDocument, variables: { creditId }, pause: !open, requestPolicy: "network-only" });
  const [, voidCredit] = useMutation(ProviderVoidCreditDocument);
  const [, correctCredit] = useMutation(ProviderCorrectCreditDocument);
  const [reason, setReason] = useState("");
  const [zet, setZet] = useState("");
  const [completedOn, setCompletedOn] = useState("");
  const [documentNumber, setDocumentNumber] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const history = data?.creditHistory.__typename === "CreditHistory" ? data.creditHistory : null;
  const current = history?.chain[history.chain.length - 1];

  async function act(correct: boolean) {
    const reply = correct
      ? (await correctCredit({ creditId: current?.id ?? creditId, reason, zet: Number(zet || current?.zet), completedOn: completedOn || current?.completedOn || "", documentNumber })).data?.correctCredit
      : (await voidCredit({ creditId: current?.id ?? creditId, reason })).data?.voidCredit;
    setFailure(userErrorOf(reply));
    refetch();
  }

  if (!open) return <button type="button" onClick={() => setOpen(true)}>Изменить</button>;
  return (
    <div className="card">
      {userErrorOf(data?.creditHistory) ? <ErrorMessage error={userErrorOf(data?.creditHistory)} /> : null}
      {history ? (
        <ul>
          {history.chain.map((credit) => (
            <li key={credit.id} data-testid="credit-version" data-status={credit.status}>
              {credit.element?.title ?? ""} · {credit.zet} ЗЕТ · {formatDate(credit.completedOn)} · <strong>{CREDIT_STATUS[credit.status] ?? credit.status}</strong>
              {credit.statusReason ? `: ${credit.statusReason}` : ""}
              {credit.deadline ? ` · срок ${formatDate(credit.deadline)}${credit.daysLate ? `, опоздание ${credit.daysLate} дн.` : ""}` : ""}
            </li>
          ))}
          {history.audit.map((step, index) => (
            <li key={index} className="muted">{formatDateTime(step.at)} · {step.action}: {step.reason}</li>
          ))}
        </ul>
      ) : null}
      {current?.status === "ACCEPTED" ? (
        <div className="form">
          <TextField label="Причина изменения" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" onClick={() => act(false)} disabled={!reason.trim()}>Аннулировать</button>
          <TextField label="Исправленные ЗЕТ" type="number" min={0} value={zet} onChange={(e) => setZet(e.target.value)} placeholder={String(current.zet)} />
          <TextField label="Исправленная дата завершения" type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />
          <TextField label="Номер документа" value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />
          <button type="button" onClick={() => act(true)} disabled={!reason.trim()}>Исправить</button>
        </div>
      ) : null}
      <ErrorMessage error={failure} />
    </div>
  );
}

function Report({ report, header, name }: { report: UploadReport; header: string[]; name: string }) {
  const rejected: RejectedRow[] = [...report.rejected].sort((a, b) => a.line - b.line);
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Итог загрузки</h2>
      <p role="status" data-testid="upload-summary">
        Зачтено: {report.credited.filter((c) => !c.duplicate).length}; уже были зачтены: {report.credited.filter((c) => c.duplicate).length};
        отклонено: {rejected.length}
      </p>
      {rejected.length ? (
        <>
          <h3>Отклонённые строки</h3>
          <button type="button" onClick={() => saveText(name.replace(/\.csv$/i, "") + ".rejected.csv", "text/csv;charset=utf-8", rejectedCsv(header, rejected))}>
            Скачать отклонённые строки (CSV)
          </button>
          <ScrollTable label="Отклонённые строки">
            <table>
              <thead><tr><th scope="col">Строка</th><th scope="col">external_id</th><th scope="col">Причина</th></tr></thead>
              <tbody>
                {rejected.map((row) => (
                  <tr key={row.line} data-testid="rejected-row" data-code={row.reasonCode}>
                    <td>{row.line}</td><td>{row.values.external_id}</td><td>{row.message} ({row.reasonCode})</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
      {report.credited.length ? (
        <>
          <h3>Зачтённые строки</h3>
          <ul className="cards">
            {report.credited.map((c) => (
              <li key={c.row.line} className="card" data-testid="credited-row" data-record={c.recordId}>
                Строка {c.row.line}: {c.row.externalId} · {c.row.zet} ЗЕТ · {formatDate(c.row.completedOn)}
                {c.duplicate ? " · уже было зачтено" : " · зачтено"}
                {c.daysLate ? ` · опоздание ${c.daysLate} дн.` : ""}
                <CreditActions creditId={c.recordId} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ResultsOf({ providerId }: { providerId: string }) {
  const [done, setDone] = useState<{ report: UploadReport; header: string[]; name: string } | null>(null);
  return (
    <>
      <Upload onReport={(report, parsed, name) => setDone({ report, header: parsed.header, name })} />
      {done ? <Report {...done} /> : null}
      <Lateness providerId={providerId} />
      <Overdue providerId={providerId} />
    </>
  );
}

/** Results: a CSV upload with progress and the rejected rows, lateness, voids and corrections. */
export default function Results() {
  return (
    <section>
      <h1>Результаты обучения</h1>
      <WithProvider>{(providerId) => <ResultsOf providerId={providerId} />}</WithProvider>
    </section>
  );
}
