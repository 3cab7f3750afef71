// The teacher's application: budget or off-budget, passport data, phone, position, subject,
// qualification category, a course of the registry and its groups whose hours add up to the
// campaign's requirement (e.g. 36 + 36 = 72). Saving a draft reserves nothing; submitting
// reserves the groups' seats.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { errorFor, formError, SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  CancelRegionalApplicationDocument, type FundingChoice, SaveRegionalApplicationDocument,
  SubmitRegionalApplicationDocument, type TeacherApplicationPartsFragment, TeachersCoursesDocument,
} from "../../generated/graphql";
import { formatDate } from "../../format";

// Errors shown next to their field; the others at the form's end.
const FIELDS = ["phone", "position", "subject", "qualification_category", "course_id", "group_ids", "passport"];

export interface Prefill {
  phone: string;
  position: string;
  subject: string;
  qualificationCategory: string;
}

/** Hours of the chosen groups: each group of a course gives the course's hours. */
export function chosenHours(courseHours: number, groupIds: string[]): number {
  return courseHours * groupIds.length;
}

export function ApplicationForm({ campaignId, regionCode, requiredHours, open, application, prefill, onChanged }: {
  campaignId: string;
  regionCode: string;
  requiredHours: number;
  open: boolean;
  application: TeacherApplicationPartsFragment | null | undefined;
  prefill: Prefill;
  onChanged: () => void;
}) {
  const [courses] = useQuery({ query: TeachersCoursesDocument, variables: { regionCode } });
  const [, save] = useMutation(SaveRegionalApplicationDocument);
  const [, submitApplication] = useMutation(SubmitRegionalApplicationDocument);
  const [, cancel] = useMutation(CancelRegionalApplicationDocument);
  const [basis, setBasis] = useState<FundingChoice>("BUDGET");
  const [passport, setPassport] = useState({ series: "", number: "", issuer: "", issuedOn: "" });
  const [fields, setFields] = useState<Prefill>({
    phone: application?.phone || prefill.phone,
    position: application?.position || prefill.position,
    subject: application?.subject || prefill.subject,
    qualificationCategory: application?.qualificationCategory || prefill.qualificationCategory,
  });
  const [courseId, setCourseId] = useState(application?.courseId ?? "");
  const [groupIds, setGroupIds] = useState<string[]>(application?.groupIds ?? []);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const list = (courses.data?.catalog.edges ?? []).map((e) => e.node);
  const course = list.find((c) => c.id === courseId);
  const hours = chosenHours(course?.zet ?? 0, groupIds);
  const submitted = application?.status === "SUBMITTED";
  const passportGiven = Object.values(passport).some((v) => v.trim());

  function report(problem: UserErrorShape | null, text: string) {
    setFailure(problem);
    setDone(problem ? "" : text);
    onChanged();
  }

  async function saveDraft(): Promise<string | null> {
    const reply = (await save({
      input: basis === "OFF_BUDGET"
        ? { campaignId, basis, phone: "", position: "", subject: "", qualificationCategory: "", courseId: "", groupIds: [] }
        : { campaignId, basis, passport: passportGiven ? passport : null, ...fields, courseId, groupIds },
    })).data?.saveRegionalApplication;
    const problem = userErrorOf(reply);
    if (problem || reply?.__typename !== "SaveApplicationPayload") {
      report(problem, "");
      return null;
    }
    report(null, basis === "OFF_BUDGET" ? `Выбрано внебюджетное обучение: ${reply.holding.statusText}` : "Черновик сохранён");
    return reply.application?.id ?? null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = await saveDraft();
    if (!id || basis === "OFF_BUDGET") return;
    const reply = (await submitApplication({ applicationId: id })).data?.submitRegionalApplication;
    report(userErrorOf(reply), "Заявление подано, места в группах закреплены");
  }

  async function withdraw() {
    if (!application) return;
    const reply = (await cancel({ applicationId: application.id })).data?.cancelRegionalApplication;
    report(userErrorOf(reply), "Заявление отозвано, места освобождены");
  }

  if (!open) return <p className="muted">Приём заявлений сейчас закрыт.</p>;
  if (submitted) {
    return (
      <>
        {done ? <p role="status" className="ok">{done}</p> : null}
        <ErrorMessage error={failure} />
        <button type="button" onClick={withdraw}>Отозвать заявление</button>
      </>
    );
  }
  return (
    <form className="form" aria-label="Заявление на обучение" onSubmit={submit}>
      <fieldset>
        <legend>Основа обучения</legend>
        <label className="check">
          <input type="radio" name="basis" checked={basis === "BUDGET"} onChange={() => setBasis("BUDGET")} />
          За счёт бюджета (по уникальному номеру)
        </label>
        <label className="check">
          <input type="radio" name="basis" checked={basis === "OFF_BUDGET"} onChange={() => setBasis("OFF_BUDGET")} />
          Внебюджетное обучение (это отказ от номера в этом году)
        </label>
      </fieldset>
      {basis === "BUDGET" ? (
        <>
          <fieldset>
            <legend>Паспорт{application?.passportFilled ? ` (сохранён: ${application.passportMasked}; заполните, чтобы изменить)` : ""}</legend>
            <TextField label="Серия паспорта" value={passport.series} inputMode="numeric" onChange={(e) => setPassport({ ...passport, series: e.target.value })} />
            <TextField label="Номер паспорта" value={passport.number} inputMode="numeric" onChange={(e) => setPassport({ ...passport, number: e.target.value })} />
            <TextField label="Кем выдан" value={passport.issuer} onChange={(e) => setPassport({ ...passport, issuer: e.target.value })} />
            <TextField label="Дата выдачи паспорта" type="date" value={passport.issuedOn} onChange={(e) => setPassport({ ...passport, issuedOn: e.target.value })} />
            <ErrorMessage error={errorFor(failure, "passport")} />
          </fieldset>
          <TextField label="Телефон" type="tel" value={fields.phone} onChange={(e) => setFields({ ...fields, phone: e.target.value })} error={errorFor(failure, "phone")} />
          <TextField label="Должность" value={fields.position} onChange={(e) => setFields({ ...fields, position: e.target.value })} error={errorFor(failure, "position")} />
          <TextField label="Предмет" value={fields.subject} onChange={(e) => setFields({ ...fields, subject: e.target.value })} error={errorFor(failure, "subject")} />
          <TextField label="Квалификационная категория" value={fields.qualificationCategory}
            onChange={(e) => setFields({ ...fields, qualificationCategory: e.target.value })} error={errorFor(failure, "qualification_category")} />
          <QueryState fetching={courses.fetching} error={courses.error} hasData={Boolean(courses.data)} />
          <SelectField label="Курс из реестра программ" value={courseId} error={errorFor(failure, "course_id")}
            onChange={(e) => { setCourseId(e.target.value); setGroupIds([]); }}>
            <option value="">выберите курс</option>
            {list.map((c) => <option key={c.id} value={c.id}>{c.title} ({c.zet} ч.)</option>)}
          </SelectField>
          {course ? (
            <fieldset>
              <legend>Группы курса (по {course.zet} ч.)</legend>
              {course.cycles.map((g) => {
                const free = g.seats.filter((s) => s.basis === "BUDGET").reduce((sum, s) => sum + s.free, 0);
                return (
                  <label key={g.id} className="check" data-testid="course-group">
                    <input type="checkbox" checked={groupIds.includes(g.id)}
                      onChange={(e) => setGroupIds(e.target.checked ? [...groupIds, g.id] : groupIds.filter((id) => id !== g.id))} />
                    {formatDate(g.startsOn)} – {formatDate(g.endsOn)}{g.place ? `, ${g.place}` : ""}: {course.zet} ч., свободно мест {free}
                  </label>
                );
              })}
            </fieldset>
          ) : null}
          <p data-testid="hours-total" className={hours === requiredHours ? "ok" : "warn"} aria-live="polite">
            Выбрано часов: {hours} из {requiredHours}
          </p>
          <ErrorMessage error={errorFor(failure, "group_ids")} />
        </>
      ) : null}
      <ErrorMessage error={formError(failure, ...FIELDS)} />
      {done ? <p role="status" className="ok">{done}</p> : null}
      <div className="actions">
        {basis === "BUDGET" ? <button type="button" onClick={saveDraft}>Сохранить черновик</button> : null}
        <button type="submit" className="primary">{basis === "BUDGET" ? "Подать заявление" : "Выбрать внебюджетное обучение"}</button>
      </div>
    </form>
  );
}
