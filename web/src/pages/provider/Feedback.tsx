import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import {
  ProviderAnswerReviewDocument, ProviderCloseErrorReportDocument, ProviderErrorReportsDocument, ProviderReviewsDocument,
  ProviderSupportAnswerDocument, ProviderSupportRequestsDocument, ProviderSupportThreadDocument,
} from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { SUPPORT_AUTHOR, SUPPORT_STATUS, WithProvider } from "./office";

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

function ReviewsOf({ providerId }: { providerId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ProviderReviewsDocument, variables: { providerId }, requestPolicy: "cache-and-network" });
  const [, answer] = useMutation(ProviderAnswerReviewDocument);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const reviewed = (data?.catalog.edges ?? []).map((edge) => edge.node).filter((element) => element.reviews.edges.length > 0);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && reviewed.length === 0 ? <p>Отзывов пока нет.</p> : null}
      {reviewed.map((element) => (
        <div key={element.id}>
          <h3>{element.title}</h3>
          <ul className="cards">
            {element.reviews.edges.map(({ node: review }) => (
              <li key={review.id} className="card" data-testid="review">
                <p><strong>{review.score} из 10</strong> · {formatDateTime(review.createdAt)}</p>
                {review.text ? <p>{review.text}</p> : null}
                {review.answer ? <p className="muted">Ответ организации: {review.answer}</p> : null}
                <div className="form inline">
                  <label>
                    Ответ на отзыв
                    <input value={answers[review.id] ?? ""} onChange={(e) => setAnswers({ ...answers, [review.id]: e.target.value })} />
                  </label>
                  <button type="button" disabled={!(answers[review.id] ?? "").trim()}
                    onClick={async () => setFailure(userErrorOf((await answer({ reviewId: review.id, answer: answers[review.id] ?? "" })).data?.answerReview))}>
                    Ответить
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function SupportThread({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: ProviderSupportThreadDocument, variables: { id }, requestPolicy: "cache-and-network" });
  const [, post] = useMutation(ProviderSupportAnswerDocument);
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const thread = data?.supportRequest.__typename === "SupportRequest" ? data.supportRequest : null;

  async function send() {
    const reply = (await post({ id, text, idempotencyKey: crypto.randomUUID() })).data?.postSupportMessage;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "SupportRequest") setText("");
  }

  return (
    <div>
      <ErrorMessage error={userErrorOf(data?.supportRequest)} />
      <ul>
        {thread?.messages.map((m) => (
          <li key={m.id}>{SUPPORT_AUTHOR[m.authorKind] ?? m.authorKind} · {formatDateTime(m.createdAt)}: {m.text}</li>
        ))}
      </ul>
      <div className="form">
        <label>
          Ответ (от 10 символов)
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
        </label>
        <ErrorMessage error={failure} />
        <button type="button" onClick={send} disabled={text.trim().length < 10}>Отправить ответ</button>
      </div>
    </div>
  );
}

function SupportOf({ providerId }: { providerId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ProviderSupportRequestsDocument, requestPolicy: "cache-and-network" });
  const [open, setOpen] = useState<string | null>(null);
  const requests = (data?.supportRequests.edges ?? []).map((edge) => edge.node).filter((r) => r.providerId === providerId);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && requests.length === 0 ? <p>Обращений о результатах организации нет.</p> : null}
      <ul className="cards">
        {requests.map((r) => (
          <li key={r.id} className="card" data-testid="support-request" data-status={r.status}>
            <h3>{r.subject}</h3>
            <p className="muted">{SUPPORT_STATUS[r.status] ?? r.status} · {formatDateTime(r.updatedAt)}</p>
            {open === r.id ? <SupportThread id={r.id} /> : <button type="button" onClick={() => setOpen(r.id)}>Открыть</button>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Feedback on the provider's elements: error reports (close with a note), reviews (answer) and
 * support requests about its results (answer). */
export default function Feedback() {
  return (
    <section>
      <h1>Отзывы и обращения</h1>
      <WithProvider>
        {(providerId) => (
          <>
            <section aria-labelledby="reports-heading">
              <h2 id="reports-heading">Сообщения об ошибках в описаниях</h2>
              <ReportsOf providerId={providerId} />
            </section>
            <section aria-labelledby="reviews-heading">
              <h2 id="reviews-heading">Отзывы</h2>
              <ReviewsOf providerId={providerId} />
            </section>
            <section aria-labelledby="support-heading">
              <h2 id="support-heading">Обращения о результатах</h2>
              <SupportOf providerId={providerId} />
            </section>
          </>
        )}
      </WithProvider>
    </section>
  );
}
