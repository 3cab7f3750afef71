import { useState } from "react";
import { formatDate } from "../format";
import type { ResultWaitFieldsFragment } from "../generated/graphql";

/** The provider's result the person waits for: the deadline from the server and, once it has
 * passed, the support request the server drafted (no request mutation exists yet: the text is
 * offered for copying). */
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
      {wait.supportRequest ? <SupportRequestDraft subject={wait.supportRequest.subject} text={wait.supportRequest.text} /> : null}
    </div>
  );
}

function SupportRequestDraft({ subject, text }: { subject: string; text: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(`${subject}\n\n${text}`);
    setCopied(true);
  }
  return (
    <details className="support-draft">
      <summary>Обращение в поддержку готово — скопируйте его текст</summary>
      <p><strong>{subject}</strong></p>
      <p data-testid="support-request-text" className="draft-text">{text}</p>
      <button type="button" onClick={copy}>Скопировать текст</button>
      {copied ? <span role="status" className="ok"> Текст скопирован.</span> : null}
    </details>
  );
}
