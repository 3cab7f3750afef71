import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { type SupportStatus, type SupportTopic, SupportQueueDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { ScrollTable } from "../provider/office";
import { SUPPORT_STATUS, SUPPORT_TOPIC } from "./labels";

interface Filters {
  status: SupportStatus | null;
  topic: SupportTopic | null;
}

/** One page of the queue (50 requests from `after`); the last page shown offers the next. */
function QueuePage({ filters, after, onMore }: { filters: Filters; after: string | null; onMore?: (cursor: string) => void }) {
  const [{ data }] = useQuery({ query: SupportQueueDocument, variables: { ...filters, after }, requestPolicy: "cache-and-network" });
  const page = data?.supportRequests;
  return (
    <>
      {page?.edges.map(({ node: r }) => (
        <tr key={r.id} data-testid="support-queue-row" data-status={r.status}>
          <td><Link to={`/support/${r.id}`}>{r.subject || "Без темы"}</Link></td>
          <td>{SUPPORT_TOPIC[r.topic] ?? r.topic}</td>
          <td>{SUPPORT_STATUS[r.status] ?? r.status}</td>
          <td>{formatDateTime(r.updatedAt)}</td>
        </tr>
      ))}
      {onMore && page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={4}>
            <button type="button" onClick={() => onMore(page.pageInfo.endCursor as string)}>Показать ещё</button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The support staff's queue: requests by status and topic, the latest changed first, page by page. */
export default function Queue() {
  const [status, setStatus] = useState<string>("NEW");
  const [topic, setTopic] = useState<string>("");
  // The cursors of the pages shown after the first; new filters start from the first page again.
  const [cursors, setCursors] = useState<string[]>([]);
  const filters: Filters = { status: (status || null) as SupportStatus | null, topic: (topic || null) as SupportTopic | null };
  const [{ data, fetching, error }] = useQuery({ query: SupportQueueDocument, variables: { ...filters, after: null }, requestPolicy: "cache-and-network" });
  const pages = [null, ...cursors];
  const filter = (set: (value: string) => void) => (value: string) => { set(value); setCursors([]); };
  return (
    <section>
      <h1>Очередь обращений</h1>
      <div className="form inline">
        <SelectField label="Статус" value={status} onChange={(e) => filter(setStatus)(e.target.value)}>
          <option value="">все</option>
          {Object.entries(SUPPORT_STATUS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <SelectField label="Тема" value={topic} onChange={(e) => filter(setTopic)(e.target.value)}>
          <option value="">все</option>
          {Object.entries(SUPPORT_TOPIC).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
      </div>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data ? <p className="muted">Обращений: {data.supportRequests.totalCount}.</p> : null}
      {data && data.supportRequests.totalCount > 0 ? (
        <ScrollTable label="Очередь обращений">
          <table>
            <thead>
              <tr><th scope="col">Тема обращения</th><th scope="col">Раздел</th><th scope="col">Статус</th><th scope="col">Изменено</th></tr>
            </thead>
            <tbody>
              {pages.map((after, index) => (
                <QueuePage key={after ?? "first"} filters={filters} after={after}
                  onMore={index === pages.length - 1 ? (cursor) => setCursors([...cursors, cursor]) : undefined} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
