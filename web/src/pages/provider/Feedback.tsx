import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { ProviderCloseErrorReportDocument, ProviderErrorReportsDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { WithProvider } from "./office";

function ReportsOf({ providerId }: { providerId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProviderErrorReportsDocument, variables: { providerId }, requestPolicy: "cache-and-network" });
  const [, close] = useMutation(ProviderCloseErrorReportDocument);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const reports = (data?.errorReports.edges ?? []).map((edge) => edge.node);

  async function closeReport(id: string) {
    setFailure(userErrorOf((await close({ id, resolution: notes[id] ?? "" })).data?.closeErrorReport));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && reports.length === 0 ? <p>Сообщений об ошибках нет.</p> : null}
      <ul className="cards">
        {reports.map((r) => (
          <li key={r.id} className="card" data-testid="error-report" data-status={r.status}>
            <h3>{r.elementTitle}</h3>
            <p>{r.text}</p>
            <p className="muted">{formatDateTime(r.createdAt)}{r.resolution ? ` · ответ: ${r.resolution}` : ""}</p>
            {r.status === "OPEN" ? (
              <div className="form inline">
                <label>
                  Ответ сообщившему
                  <input value={notes[r.id] ?? ""} onChange={(e) => setNotes({ ...notes, [r.id]: e.target.value })} />
                </label>
                <button type="button" onClick={() => closeReport(r.id)}>Закрыть сообщение</button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Error reports on the provider's element descriptions: read and close with a note. */
export default function Feedback() {
  return (
    <section>
      <h1>Сообщения об ошибках в описаниях</h1>
      <WithProvider>{(providerId) => <ReportsOf providerId={providerId} />}</WithProvider>
    </section>
  );
}
