import { useState, type ChangeEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  ProviderElementsDocument, ProviderEventCodesDocument, ProviderIssueCodesDocument, ProviderUploadAttendanceDocument,
} from "../../generated/graphql";
import { saveText } from "../../download";
import { formatDate, formatDateTime, formatSnils } from "../../format";
import { EVENT_CODE_STATUS, ScrollTable, WithProvider } from "./office";
import { snilsList, toCsv } from "./resultsCsv";

function EventCodes({ eventId }: { eventId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProviderEventCodesDocument, variables: { eventId }, requestPolicy: "cache-and-network" });
  const [, issue] = useMutation(ProviderIssueCodesDocument);
  const [, upload] = useMutation(ProviderUploadAttendanceDocument);
  const [count, setCount] = useState("10");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const codes = data?.eventCodes ?? [];

  async function issueCodes() {
    const reply = (await issue({ eventId, count: Number(count), idempotencyKey: crypto.randomUUID() })).data?.issueCodes;
    setFailure(userErrorOf(reply));
    refetch({ requestPolicy: "network-only" });
  }

  async function attendance(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const reply = (await upload({ eventId, snils: snilsList(await file.text()) })).data?.uploadAttendance;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "AttendanceUpload") {
      setUploaded(`В списке присутствовавших: ${reply.attendees}` + (reply.invalidSnils.length ? `; неверные СНИЛС пропущены: ${reply.invalidSnils.join(", ")}` : ""));
    }
    refetch({ requestPolicy: "network-only" });
  }

  function download() {
    saveText(`codes-${eventId}.csv`, "text/csv;charset=utf-8", toCsv(
      ["code", "snils", "status", "issued_at"], codes.map((c) => [c.code, c.snils, c.status.toLowerCase(), c.issuedAt ?? ""]),
    ));
  }

  return (
    <>
      <div className="form inline">
        <TextField label="Сколько кодов выдать" type="number" min={1} max={5000} value={count} onChange={(e) => setCount(e.target.value)} />
        <button type="button" className="primary" onClick={issueCodes}>Выдать коды</button>
        <button type="button" onClick={download} disabled={codes.length === 0}>Скачать коды (CSV)</button>
      </div>
      <div className="field">
        <label htmlFor="attendance-file">Список присутствовавших (СНИЛС, CSV или текст)</label>
        <input id="attendance-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={attendance} />
      </div>
      {uploaded ? <p role="status">{uploaded}</p> : null}
      <ErrorMessage error={failure} />
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <h3>Коды и их погашение</h3>
      {data ? (
        <p className="muted">
          Выдано: {codes.length}; введено: {codes.filter((c) => c.status !== "ISSUED").length}; подтверждено: {codes.filter((c) => c.status === "ACCEPTED").length}
        </p>
      ) : null}
      <ScrollTable label="Коды мероприятия">
        <table>
          <thead><tr><th scope="col">Код</th><th scope="col">СНИЛС</th><th scope="col">Статус</th><th scope="col">Выдан</th></tr></thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.code} data-testid="event-code" data-status={c.status}>
                <td><code>{c.code}</code></td><td>{c.snils ? formatSnils(c.snils) : "—"}</td>
                <td>{EVENT_CODE_STATUS[c.status] ?? c.status}</td><td>{formatDateTime(c.issuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

function CodesOf({ providerId }: { providerId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ProviderElementsDocument, variables: { providerId, kind: "EVENT" } });
  const [eventId, setEventId] = useState("");
  const events = (data?.catalog.edges ?? []).map((edge) => edge.node);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <SelectField label="Мероприятие" value={eventId} onChange={(e) => setEventId(e.target.value)}>
        <option value="">— выберите —</option>
        {events.map((event) => (
          <option key={event.id} value={event.id}>{event.title} ({formatDate(event.startsOn)})</option>
        ))}
      </SelectField>
      {eventId ? <EventCodes eventId={eventId} /> : null}
    </>
  );
}

/** Event codes: issue, download as CSV, upload the attendance list, see redemptions. */
export default function Codes() {
  return (
    <section>
      <h1>Коды подтверждения</h1>
      <WithProvider>{(providerId) => <CodesOf providerId={providerId} />}</WithProvider>
    </section>
  );
}
