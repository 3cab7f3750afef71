// The campaign's questionnaire: the teacher answers it, or an operator of the teacher's school
// answers on their behalf (teacherId).
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { AnswerQuestionnaireDocument, CampaignQuestionnaireDocument, type QuestionKind } from "../../generated/graphql";
import { formatDateTime } from "../../format";

interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  options: string[];
  required: boolean;
}

function QuestionField({ question, values, onChange }: { question: Question; values: string[]; onChange: (values: string[]) => void }) {
  const label = `${question.text}${question.required ? " (обязательно)" : ""}`;
  if (question.kind === "TEXT") {
    return <TextField label={label} value={values[0] ?? ""} onChange={(e) => onChange([e.target.value])} required={question.required} />;
  }
  const single = question.kind === "SINGLE_CHOICE";
  return (
    <fieldset>
      <legend>{label}</legend>
      {question.options.map((option) => (
        <label key={option} className="check">
          <input
            type={single ? "radio" : "checkbox"}
            name={question.id}
            checked={values.includes(option)}
            onChange={(e) => onChange(single ? [option] : e.target.checked ? [...values, option] : values.filter((v) => v !== option))}
          />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

export function QuestionnaireForm({ campaignId, teacherId, given, open }: {
  campaignId: string;
  /** An operator fills it for this teacher; absent: the signed-in teacher's own answers. */
  teacherId?: string;
  /** The teacher's stored answers when an operator fills the form (the teacher's own come with the questionnaire). */
  given?: { questionId: string; values: string[] }[];
  open: boolean;
}) {
  const [{ data, fetching, error }] = useQuery({ query: CampaignQuestionnaireDocument, variables: { campaignId } });
  const [, answer] = useMutation(AnswerQuestionnaireDocument);
  const stored = given ?? data?.questionnaire.myAnswers ?? [];
  const [answers, setAnswers] = useState<Record<string, string[]> | null>(null);
  const current = answers ?? Object.fromEntries(stored.map((a) => [a.questionId, a.values]));
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [savedAt, setSavedAt] = useState("");
  const questions = data?.questionnaire.questions ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const list = questions.map((q) => ({ questionId: q.id, values: (current[q.id] ?? []).filter((v) => v.trim()) }));
    const reply = (await answer({ campaignId, answers: list, teacherId: teacherId ?? null })).data?.answerQuestionnaire;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "AnswersPayload") setSavedAt(reply.answeredAt);
  }

  if (data && questions.length === 0) return <p>В анкете кампании пока нет вопросов.</p>;
  return (
    <form className="form" aria-label="Анкета кампании" onSubmit={submit}>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {!teacherId && data?.questionnaire.answeredAt ? <p className="muted">Ответы сохранены {formatDateTime(data.questionnaire.answeredAt)}.</p> : null}
      {questions.map((q) => (
        <QuestionField key={q.id} question={q} values={current[q.id] ?? []} onChange={(values) => setAnswers({ ...current, [q.id]: values })} />
      ))}
      {open ? null : <p className="muted">Окно анкетирования закрыто: ответы сейчас не принимаются.</p>}
      <ErrorMessage error={failure} />
      {savedAt ? <p role="status" className="ok">Ответы сохранены</p> : null}
      <button type="submit" className="primary" disabled={!open}>Сохранить ответы</button>
    </form>
  );
}
