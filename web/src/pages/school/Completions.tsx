import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { errorFor, formError, SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { SchoolApplicationsDocument, SchoolCompletionsDocument, SchoolRecordCompletionDocument } from "../../generated/graphql";
import { formatDate } from "../../format";
import { type SchoolContext, WithSchool } from "./office";

const FIELDS = ["teacher_id", "document_type", "series", "number", "issued_on", "hours", "organisation", "programme"];
const EMPTY = { teacherId: "", documentType: "удостоверение о повышении квалификации", series: "", number: "", issuedOn: "", hours: "", organisation: "", programme: "" };

function CompletionForm({ schoolId, campaign, onRecorded }: SchoolContext & { onRecorded: () => void }) {
  const [applications] = useQuery({
    query: SchoolApplicationsDocument,
    variables: { campaignId: campaign.id, schoolId },
    requestPolicy: "cache-and-network",
  });
  const [, record] = useMutation(SchoolRecordCompletionDocument);
  const [form, setForm] = useState(EMPTY);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const submitted = (applications.data?.regionalApplications.edges ?? []).map((e) => e.node).filter((a) => a.status === "SUBMITTED");
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  function chooseTeacher(teacherId: string) {
    const application = submitted.find((a) => a.teacherId === teacherId);
    setForm({ ...form, teacherId, hours: application ? String(application.totalHours) : form.hours });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = (await record({ input: { ...form, hours: Number(form.hours), campaignId: campaign.id } })).data?.recordCompletion;
    const problem = userErrorOf(reply);
    setFailure(problem);
    if (!problem && reply?.__typename === "RecordCompletionPayload") {
      setDone(reply.closedNumber ? `Документ записан, номер ${reply.closedNumber.numberCode}: ${reply.closedNumber.statusText}` : "Документ записан");
      setForm(EMPTY);
      onRecorded();
    }
  }

  return (
    <form className="form" aria-label="Документ об обучении" onSubmit={submit}>
      <h2>Записать документ об обучении</h2>
      <SelectField label="Учитель" value={form.teacherId} onChange={(e) => chooseTeacher(e.target.value)} error={errorFor(failure, "teacher_id")} required>
        <option value="">выберите учителя с поданным заявлением</option>
        {submitted.map((a) => <option key={a.teacherId} value={a.teacherId}>{a.teacherName}</option>)}
      </SelectField>
      <TextField label="Вид документа" value={form.documentType} onChange={set("documentType")} error={errorFor(failure, "document_type")} required />
      <TextField label="Серия" value={form.series} onChange={set("series")} error={errorFor(failure, "series")} />
      <TextField label="Номер документа" value={form.number} onChange={set("number")} error={errorFor(failure, "number")} required />
      <TextField label="Дата выдачи" type="date" value={form.issuedOn} onChange={set("issuedOn")} error={errorFor(failure, "issued_on")} required />
      <TextField label="Часов" type="number" min={1} value={form.hours} onChange={set("hours")} error={errorFor(failure, "hours")} required />
      <TextField label="Организация, выдавшая документ" value={form.organisation} onChange={set("organisation")} error={errorFor(failure, "organisation")} required />
      <TextField label="Программа" value={form.programme} onChange={set("programme")} error={errorFor(failure, "programme")} required />
      <ErrorMessage error={formError(failure, ...FIELDS)} />
      {done ? <p role="status" className="ok">{done}</p> : null}
      <button type="submit" className="primary">Записать документ</button>
    </form>
  );
}

function CompletionsOf(school: SchoolContext) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SchoolCompletionsDocument,
    variables: { schoolId: school.schoolId },
    requestPolicy: "cache-and-network",
  });
  const documents = (data?.completionDocuments.edges ?? []).map((e) => e.node);
  return (
    <>
      {school.canOperate ? <CompletionForm {...school} onRecorded={() => refetch({ requestPolicy: "network-only" })} /> : null}
      <h2>Записанные документы</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && documents.length === 0 ? <p>Документов пока нет.</p> : null}
      <ul className="cards">
        {documents.map((d) => (
          <li key={d.id} className="card" data-testid="completion-document">
            <h3>{d.teacherName}</h3>
            <p>{d.documentType} {d.series} № {d.number} от {formatDate(d.issuedOn)} · {d.hours} ч.</p>
            <p className="muted">{d.organisation}: {d.programme}{d.numberCode ? ` · номер ${d.numberCode}` : ""}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Completion documents of the school's teachers: recorded by the operator; school, municipality and region see them. */
export default function Completions() {
  return (
    <section>
      <h1>Документы об обучении</h1>
      <WithSchool>{(school) => <CompletionsOf {...school} />}</WithSchool>
    </section>
  );
}
