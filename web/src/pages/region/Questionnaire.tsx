// The campaign's questionnaire as the regional operator writes it: questions in display order,
// each free text or a choice of options, required or not (teachers answer in its window).
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  type QuestionKind, type RegionQuestionPartsFragment, RegionQuestionnaireDocument, RegionSetQuestionnaireDocument,
} from "../../generated/graphql";

const KINDS: Record<QuestionKind, string> = {
  TEXT: "свободный ответ",
  SINGLE_CHOICE: "один вариант",
  MULTIPLE_CHOICE: "несколько вариантов",
};

interface Draft {
  id: string;
  text: string;
  kind: QuestionKind;
  options: string;
  required: boolean;
}

function draftOf(question: RegionQuestionPartsFragment): Draft {
  return { ...question, options: question.options.join("\n") };
}

const NEW_QUESTION: Draft = { id: "", text: "", kind: "SINGLE_CHOICE", options: "", required: true };

function QuestionFields({ index, draft, onChange, onRemove }: {
  index: number; draft: Draft; onChange: (next: Draft) => void; onRemove: () => void;
}) {
  const name = `Вопрос ${index + 1}`;
  return (
    <fieldset data-testid="question">
      <legend>{name}</legend>
      <TextField label={`${name}: текст`} required maxLength={1000} value={draft.text} onChange={(e) => onChange({ ...draft, text: e.target.value })} />
      <SelectField label={`${name}: вид ответа`} value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as QuestionKind })}>
        {Object.entries(KINDS).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
      </SelectField>
      {draft.kind !== "TEXT" ? (
        <div className="field">
          <label htmlFor={`question-${index}-options`}>{name}: варианты ответа (по одному в строке)</label>
          <textarea id={`question-${index}-options`} rows={3} value={draft.options} onChange={(e) => onChange({ ...draft, options: e.target.value })} />
        </div>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={draft.required} onChange={(e) => onChange({ ...draft, required: e.target.checked })} />
        {name}: обязательный
      </label>
      <button type="button" onClick={onRemove}>Удалить: {name.toLowerCase()}</button>
    </fieldset>
  );
}

function QuestionnaireForm({ campaignId, questions }: { campaignId: string; questions: RegionQuestionPartsFragment[] }) {
  const [{ fetching }, save] = useMutation(RegionSetQuestionnaireDocument);
  const [drafts, setDrafts] = useState<Draft[]>(() => questions.map(draftOf));
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  function change(index: number, next: Draft | null) {
    setDrafts(next ? drafts.map((d, i) => (i === index ? next : d)) : drafts.filter((_, i) => i !== index));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = drafts.map((d) => ({
      id: d.id, text: d.text, kind: d.kind, required: d.required,
      options: d.kind === "TEXT" ? [] : d.options.split("\n").map((o) => o.trim()).filter(Boolean),
    }));
    const reply = await save({ campaignId, questions: input });
    const result = reply.data?.setQuestionnaire;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось сохранить анкету" } : null));
    if (result?.__typename === "QuestionList") {
      setDrafts(result.questions.map(draftOf));
      setSaved(true);
    }
  }

  return (
    <form aria-label="Анкета кампании" className="form" onSubmit={submit}>
      {drafts.length === 0 ? <p>Вопросов пока нет.</p> : null}
      {drafts.map((draft, index) => (
        <QuestionFields key={draft.id || `new-${index}`} index={index} draft={draft}
          onChange={(next) => change(index, next)} onRemove={() => change(index, null)} />
      ))}
      <button type="button" onClick={() => setDrafts([...drafts, NEW_QUESTION])}>Добавить вопрос</button>
      <ErrorMessage error={failure} />
      <button type="submit" className="primary" disabled={fetching}>Сохранить анкету</button>
      {saved ? <p role="status">Анкета сохранена</p> : null}
    </form>
  );
}

/** «Анкета»: the questions teachers answer in the campaign's questionnaire window. */
export function RegionQuestionnaire({ campaignId }: { campaignId: string }) {
  const [{ data, fetching, error, operation }] = useQuery({ query: RegionQuestionnaireDocument, variables: { campaignId }, requestPolicy: "network-only" });
  // The form keeps what it was opened with: saving rewrites the cached questions, which may
  // leave the query without data for a moment, and the form must not be remounted meanwhile.
  const [loaded, setLoaded] = useState<{ campaignId: string; questions: RegionQuestionPartsFragment[] } | null>(null);
  useEffect(() => {
    const forThisCampaign = operation?.variables.campaignId === campaignId;
    if (data && forThisCampaign && loaded?.campaignId !== campaignId) setLoaded({ campaignId, questions: data.questionnaire.questions });
  }, [data, operation, loaded, campaignId]);
  const current = loaded?.campaignId === campaignId ? loaded : null;
  return (
    <section aria-labelledby="questionnaire-heading">
      <h2 id="questionnaire-heading">Анкета учителей</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(current)} />
      {current ? <QuestionnaireForm key={campaignId} campaignId={campaignId} questions={current.questions} /> : null}
    </section>
  );
}
