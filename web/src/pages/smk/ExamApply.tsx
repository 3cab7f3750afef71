import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import { ApplyForExamDocument, ExamApplicationsDocument } from "../../generated/graphql";
import { currentExamSession, EXAM_STATUSES_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** The trainee's exam (PES) applications, and a new one once the card is complete. */
export function ExamApply({ cardId, complete }: { cardId: string; complete: boolean }) {
  const [{ data }, refetch] = useQuery({ query: ExamApplicationsDocument, variables: { session: "" }, requestPolicy: "cache-and-network" });
  const [applying, apply] = useMutation(ApplyForExamDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [applied, setApplied] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const session = String(new FormData(event.currentTarget).get("session") ?? "").trim();
    const result = (await apply({ cardId, session, key: crypto.randomUUID() })).data?.applyForExam;
    setFailure(userErrorOf(result));
    setApplied(result?.__typename === "ExamApplication");
    refetch({ requestPolicy: "network-only" });
  }

  const mine = (data?.examApplications ?? []).filter((a) => a.cardId === cardId);
  return (
    <section aria-labelledby="pes">
      <h2 id="pes">{t.exam}</h2>
      {mine.length === 0 ? <p>{t.noApplications}</p> : null}
      <ul className="cards">
        {mine.map((a) => (
          <li key={a.id} className="card" data-testid="exam-application" data-status={a.status}>
            {a.session}: <strong>{EXAM_STATUSES_PL[a.status] ?? a.status}</strong>{a.returnReason ? ` — ${a.returnReason}` : ""}
          </li>
        ))}
      </ul>
      {complete ? (
        <form onSubmit={submit} className="form inline">
          <TextField label={t.session} name="session" defaultValue={currentExamSession(new Date())} required />
          <ErrorMessage error={failure ?? applying.error} />
          <button type="submit" className="primary" disabled={applying.fetching}>{t.apply}</button>
        </form>
      ) : null}
      {applied ? <p role="status" className="ok">{t.applied}</p> : null}
    </section>
  );
}
