import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { SelectField, TextField } from "../components/Field";
import { QueryState } from "../components/Loading";
import { MySupportRequestsDocument, OpenSupportRequestDocument, type SupportTopic } from "../generated/graphql";
import { formatDateTime } from "../format";
import { MIN_MESSAGE_LENGTH, SUPPORT_STATUS, SUPPORT_TOPIC, messageReady } from "./support/labels";

function NewRequest() {
  const [, open] = useMutation(OpenSupportRequestDocument);
  const navigate = useNavigate();
  const [topic, setTopic] = useState<SupportTopic>("OTHER");
  const [subject, setSubject] = useState("");
  const [text, setText] = useState("");
  const [key] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<UserErrorShape | null>(null);

  async function submit() {
    const reply = (await open({ input: { topic, subject, text, idempotencyKey: key } })).data?.openSupportRequest;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "SupportRequest") navigate(`/my-support/${reply.id}`);
  }

  return (
    <form className="form" aria-label="Новое обращение" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label="Тема" value={topic} onChange={(e) => setTopic(e.target.value as SupportTopic)}>
        {Object.entries(SUPPORT_TOPIC).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      <TextField label="Кратко, о чём обращение" value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />
      <label>
        Вопрос (от {MIN_MESSAGE_LENGTH} символов)
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} />
      </label>
      <ErrorMessage error={failure} />
      <button type="submit" className="primary" disabled={!messageReady(text)}>Отправить обращение</button>
    </form>
  );
}

/** «Обращения»: the person's support requests with their status, and a new one. */
export default function SupportRequests() {
  const [{ data, fetching, error }] = useQuery({ query: MySupportRequestsDocument, requestPolicy: "cache-and-network" });
  const requests = (data?.mySupportRequests.edges ?? []).map((edge) => edge.node);
  return (
    <section>
      <h1>Обращения в поддержку</h1>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && requests.length === 0 ? <p>Обращений пока нет.</p> : null}
      <ul className="cards">
        {requests.map((r) => (
          <li key={r.id} className="card" data-testid="my-support-request" data-status={r.status}>
            <h2><Link to={`/my-support/${r.id}`}>{r.subject || "Без темы"}</Link></h2>
            <p className="muted">
              {SUPPORT_TOPIC[r.topic] ?? r.topic} · <strong>{SUPPORT_STATUS[r.status] ?? r.status}</strong> · {formatDateTime(r.updatedAt)}
            </p>
          </li>
        ))}
      </ul>
      <h2>Новое обращение</h2>
      <NewRequest />
    </section>
  );
}
