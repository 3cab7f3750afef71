import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { DecideExamApplicationDocument, ExamApplicationsDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { currentExamSession, EXAM_STATUSES_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** The exam centre's list of a session's PES applications: accept or return with a reason. */
export default function ExamCentre() {
  const [session, setSession] = useState(currentExamSession(new Date()));
  const [shown, setShown] = useState(session);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ExamApplicationsDocument, variables: { session: shown }, requestPolicy: "cache-and-network",
  });
  const [, decide] = useMutation(DecideExamApplicationDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  async function decideOne(id: string, accept: boolean) {
    const result = (await decide({ id, accept, reason: reasons[id] ?? "" })).data?.decideExamApplication;
    setFailure(userErrorOf(result));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <section lang="pl">
      <h1>{t.examApplications}</h1>
      <form className="form inline" onSubmit={(event) => { event.preventDefault(); setShown(session.trim()); }}>
        <label>
          {t.session}
          <input value={session} onChange={(event) => setSession(event.target.value)} />
        </label>
        <button type="submit">{t.show}</button>
      </form>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && data.examApplications.length === 0 ? <p>{t.noApplications}</p> : null}
      <ul className="cards">
        {data?.examApplications.map((a) => (
          <li key={a.id} className="card" data-testid="centre-application" data-status={a.status}>
            <p>
              {a.specialty} · {a.session} · {t.submittedAt} {formatDateTime(a.submittedAt)} —{" "}
              <strong>{EXAM_STATUSES_PL[a.status] ?? a.status}</strong>{a.returnReason ? `: ${a.returnReason}` : ""}
            </p>
            {a.status === "SUBMITTED" ? (
              <div className="form inline">
                <button type="button" className="primary" onClick={() => decideOne(a.id, true)}>{t.accept}</button>
                <label>
                  {t.reason}
                  <input value={reasons[a.id] ?? ""} onChange={(event) => setReasons({ ...reasons, [a.id]: event.target.value })} />
                </label>
                <button type="button" onClick={() => decideOne(a.id, false)}>{t.giveBack}</button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
