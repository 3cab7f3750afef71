import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { type SupportStatus, type SupportTopic, SupportQueueDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { ScrollTable } from "../provider/office";
import { SUPPORT_STATUS, SUPPORT_TOPIC, queueOrder } from "./labels";

/** The support staff's queue: requests by status and topic, open ones first, the longest waiting first. */
export default function Queue() {
  const [status, setStatus] = useState<string>("NEW");
  const [topic, setTopic] = useState<string>("");
  const [{ data, fetching, error }] = useQuery({
    query: SupportQueueDocument,
    variables: { status: (status || null) as SupportStatus | null, topic: (topic || null) as SupportTopic | null },
    requestPolicy: "cache-and-network",
  });
  const requests = queueOrder((data?.supportRequests.edges ?? []).map((edge) => edge.node));
  return (
    <section>
      <h1>Очередь обращений</h1>
      <div className="form inline">
        <SelectField label="Статус" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">все</option>
          {Object.entries(SUPPORT_STATUS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <SelectField label="Тема" value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value="">все</option>
          {Object.entries(SUPPORT_TOPIC).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
      </div>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data ? <p className="muted">Показано {requests.length} из {data.supportRequests.totalCount}.</p> : null}
      {data && requests.length === 0 ? <p>Обращений нет.</p> : null}
      {requests.length > 0 ? (
        <ScrollTable label="Очередь обращений">
          <table>
            <thead>
              <tr><th scope="col">Тема обращения</th><th scope="col">Раздел</th><th scope="col">Статус</th><th scope="col">Изменено</th></tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="support-queue-row" data-status={r.status}>
                  <td><Link to={`/support/${r.id}`}>{r.subject || "Без темы"}</Link></td>
                  <td>{SUPPORT_TOPIC[r.topic] ?? r.topic}</td>
                  <td>{SUPPORT_STATUS[r.status] ?? r.status}</td>
                  <td>{formatDateTime(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
