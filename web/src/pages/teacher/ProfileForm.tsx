// «Моя анкета»: the teacher's profile (what the allocation and the operators need). The teacher
// fills it, or an operator of the teacher's school fills it for them (teacherId).
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { errorFor, formError, TextField } from "../../components/Field";
import { type TeacherProfilePartsFragment, UpdateTeacherProfileDocument } from "../../generated/graphql";

/** The names of the profile's fields as the service reports missing or invalid ones. */
export const PROFILE_FIELD_LABELS: Record<string, string> = {
  birth_year: "Год рождения",
  position: "Должность",
  subjects: "Предметы (через запятую)",
  qualification_category: "Квалификационная категория",
  teaching_since_year: "Год начала педагогической работы",
  graduation_year: "Год окончания учебного заведения",
  last_training_on: "Дата последнего повышения квалификации",
  last_training_topic: "Тема последнего повышения квалификации",
  last_training_organisation: "Организация, проводившая обучение",
  last_retraining_on: "Дата последней переподготовки",
  last_retraining_topic: "Тема последней переподготовки",
  phone: "Телефон",
};

type TextName = keyof typeof PROFILE_FIELD_LABELS;
type Texts = Record<TextName, string>;

function textsOf(p: TeacherProfilePartsFragment): Texts {
  const text = (value: number | null | undefined) => (value == null ? "" : String(value));
  return {
    birth_year: text(p.birthYear), position: p.position, subjects: p.subjects.join(", "),
    qualification_category: p.qualificationCategory, teaching_since_year: text(p.teachingSinceYear),
    graduation_year: text(p.graduationYear), last_training_on: p.lastTrainingOn, last_training_topic: p.lastTrainingTopic,
    last_training_organisation: p.lastTrainingOrganisation, last_retraining_on: p.lastRetrainingOn,
    last_retraining_topic: p.lastRetrainingTopic, phone: p.phone,
  };
}

function year(value: string): number | null {
  return value.trim() ? Number(value) : null;
}

export function ProfileForm({ profile, missing, teacherId, onSaved }: {
  profile: TeacherProfilePartsFragment;
  missing: string[];
  teacherId?: string;
  onSaved?: () => void;
}) {
  const [, update] = useMutation(UpdateTeacherProfileDocument);
  const [form, setForm] = useState<Texts>(() => textsOf(profile));
  const [neverTrained, setNeverTrained] = useState(profile.neverTrained);
  const [noRetraining, setNoRetraining] = useState(profile.noRetraining);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [left, setLeft] = useState<string[]>(missing);
  const [saved, setSaved] = useState(false);
  const field = (name: TextName, type = "text") => (
    <TextField
      label={PROFILE_FIELD_LABELS[name]}
      type={type}
      value={form[name]}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      error={errorFor(failure, name)}
      inputMode={type === "number" ? "numeric" : undefined}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = (await update({
      teacherId: teacherId ?? null,
      profile: {
        birthYear: year(form.birth_year), position: form.position.trim(),
        subjects: form.subjects.split(",").map((s) => s.trim()).filter(Boolean),
        qualificationCategory: form.qualification_category.trim(), teachingSinceYear: year(form.teaching_since_year),
        graduationYear: year(form.graduation_year), neverTrained,
        lastTrainingOn: neverTrained ? "" : form.last_training_on, lastTrainingTopic: neverTrained ? "" : form.last_training_topic,
        lastTrainingOrganisation: neverTrained ? "" : form.last_training_organisation,
        noRetraining, lastRetrainingOn: noRetraining ? "" : form.last_retraining_on,
        lastRetrainingYear: noRetraining ? null : profile.lastRetrainingYear ?? null, lastRetrainingTopic: noRetraining ? "" : form.last_retraining_topic, phone: form.phone.trim(),
      },
    })).data?.updateMyTeacherProfile;
    const problem = userErrorOf(reply);
    setFailure(problem);
    setSaved(!problem);
    if (reply?.__typename === "RegionalTeacher") {
      setLeft(reply.missingProfileFields);
      onSaved?.();
    }
  }

  return (
    <form className="form" aria-label="Анкета учителя" onSubmit={submit}>
      {left.length ? (
        <p className="warn" data-testid="profile-missing">Не заполнено: {left.map((name) => PROFILE_FIELD_LABELS[name] ?? name).join(", ")}.</p>
      ) : <p className="ok" data-testid="profile-complete">Анкета заполнена полностью.</p>}
      {field("birth_year", "number")}
      {field("position")}
      {field("subjects")}
      {field("qualification_category")}
      {field("teaching_since_year", "number")}
      {field("graduation_year", "number")}
      <label className="check">
        <input type="checkbox" checked={neverTrained} onChange={(e) => setNeverTrained(e.target.checked)} />
        Повышение квалификации ещё не проходил(а)
      </label>
      {neverTrained ? null : (
        <>
          {field("last_training_on", "date")}
          {field("last_training_topic")}
          {field("last_training_organisation")}
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={noRetraining} onChange={(e) => setNoRetraining(e.target.checked)} />
        Профессиональную переподготовку не проходил(а)
      </label>
      {noRetraining ? null : (
        <>
          {field("last_retraining_on", "date")}
          {field("last_retraining_topic")}
        </>
      )}
      {field("phone", "tel")}
      <ErrorMessage error={formError(failure, ...Object.keys(PROFILE_FIELD_LABELS))} />
      {saved ? <p role="status" className="ok">Анкета сохранена</p> : null}
      <button type="submit" className="primary">Сохранить анкету</button>
    </form>
  );
}
