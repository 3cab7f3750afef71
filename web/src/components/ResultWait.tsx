import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "./Errors";
import { formatDate } from "../format";
import { OpenSupportRequestDocument, type ResultWaitFieldsFragment } from "../generated/graphql";

/** The provider's result the person waits for: the deadline from the server and, once it has
 * passed, the support request the server drafted, sent to support (and the provider's staff)
 * with one button. */
export function ResultWaitNote({ wait, providerName }: { wait: ResultWaitFieldsFragment; providerName?: string | null }) {
  const provider = providerName ? `Организация «${providerName}»` : "Организация";
  if (!wait.overdue) {
    return (
      <p data-testid="result-wait" data-overdue="false">
        Обучение завершено {formatDate(wait.endsOn)}: {provider} передаёт результат до {formatDate(wait.deadline)}.
      </p>
    );
  }
  return (
    <div data-testid="result-wait" data-overdue="true" className="result-overdue">
      <p className="warn">
        Результат просрочен на {wait.daysOverdue} дн.: {provider} должна была передать его до {formatDate(wait.deadline)}{" "}
        (обучение завершено {formatDate(wait.endsOn)}).
      </p>
      {wait.supportRequest ? <SupportRequestDraft draft={wait.supportRequest} providerId={wait.providerId} /> : null}
    </div>
  );
}

type Draft = NonNullable<ResultWaitFieldsFragment["supportRequest"]>;

/** The request's idempotency key: one request per overdue plan item, however often it is sent. */
export function draftKey(draft: Draft): string {
  return `result-wait:${draft.contextReference}`;
}

function SupportRequestDraft({ draft, providerId }: { draft: Draft; providerId?: string | null }) {
  const [, open] = useMutation(OpenSupportRequestDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [sentId, setSentId] = useState<string | null>(null);

  async function send() {
    const input = {
      topic: "CREDITS_NOT_POSTED" as const,
      subject: draft.subject,
      text: draft.text,
      contextReference: draft.contextReference,
      providerId: providerId ?? null,
      idempotencyKey: draftKey(draft),
    };
    const reply = (await open({ input })).data?.openSupportRequest;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "SupportRequest") setSentId(reply.id);
  }

  return (
    <details className="support-draft">
      <summary>Обращение в поддержку готово — проверьте и отправьте</summary>
      <p><strong>{draft.subject}</strong></p>
      <p data-testid="support-request-text" className="draft-text">{draft.text}</p>
      <ErrorMessage error={failure} />
      {sentId ? (
        <p role="status" className="ok">
          Обращение отправлено. <Link to={`/my-support/${sentId}`}>Открыть обращение</Link>
        </p>
      ) : (
        <button type="button" onClick={send}>Отправить обращение</button>
      )}
    </details>
  );
}
