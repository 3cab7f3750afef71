import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { PostSupportMessageDocument, SupportThreadDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { MIN_MESSAGE_LENGTH, SUPPORT_AUTHOR, SUPPORT_STATUS, SUPPORT_TOPIC, messageReady } from "./labels";

/**
 * A support request's thread with the reply form: the person writes back to support; support
 * staff (`staff`) answer and may resolve the request with their answer.
 */
export function SupportThread({ id, staff = false }: { id: string; staff?: boolean }) {
  const [{ data, fetching, error }] = useQuery({ query: SupportThreadDocument, variables: { id }, requestPolicy: "cache-and-network" });
  const [, post] = useMutation(PostSupportMessageDocument);
  const [text, setText] = useState("");
  const [resolve, setResolve] = useState(false);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [sent, setSent] = useState(false);
  const request = data?.supportRequest.__typename === "SupportRequest" ? data.supportRequest : null;

  async function send() {
    const reply = (await post({ id, text, resolve: staff && resolve, idempotencyKey: crypto.randomUUID() })).data?.postSupportMessage;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "SupportRequest") {
      setText("");
      setResolve(false);
      setSent(true);
    }
  }

  return (
    <div data-testid="support-thread" data-status={request?.status}>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={userErrorOf(data?.supportRequest)} />
      {request ? (
        <>
          <h2>{request.subject || "Без темы"}</h2>
          <p>
            <strong>{SUPPORT_STATUS[request.status] ?? request.status}</strong> · {SUPPORT_TOPIC[request.topic] ?? request.topic} ·
            открыто {formatDateTime(request.createdAt)}
            {request.contextReference ? ` · касается: ${request.contextReference}` : ""}
          </p>
          <ol className="thread" aria-label="Переписка">
            {request.messages.map((m) => (
              <li key={m.id} data-testid="support-message" data-author={m.authorKind}>
                <p className="muted">{SUPPORT_AUTHOR[m.authorKind] ?? m.authorKind} · {formatDateTime(m.createdAt)}</p>
                <p>{m.text}</p>
              </li>
            ))}
          </ol>
          <form className="form" aria-label="Ответ" onSubmit={(e) => { e.preventDefault(); void send(); }}>
            <label>
              {staff ? "Ответ специалисту" : "Ваше сообщение"} (от {MIN_MESSAGE_LENGTH} символов)
              <textarea value={text} onChange={(e) => { setText(e.target.value); setSent(false); }} rows={4} />
            </label>
            {staff && request.status !== "RESOLVED" ? (
              <label>
                <input type="checkbox" checked={resolve} onChange={(e) => setResolve(e.target.checked)} /> Отметить обращение решённым
              </label>
            ) : null}
            <ErrorMessage error={failure} />
            <button type="submit" className="primary" disabled={!messageReady(text)}>Отправить</button>
            {sent ? <p role="status" className="ok">Сообщение отправлено.</p> : null}
          </form>
        </>
      ) : null}
    </div>
  );
}
