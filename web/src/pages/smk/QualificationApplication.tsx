import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import {
  MyQualificationResultDocument, QualificationSessionsDocument, WithdrawQualificationApplicationDocument,
} from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { placeName, QUALIFICATION_OUTCOMES_PL, smkTexts } from "../../texts/smk";
import { QualificationForm } from "./QualificationForm";
import { chosenSession, SessionPicker } from "./SessionPicker";

const t = smkTexts("pl");

/** The trainee's qualification proceedings: a session, their application with its variants and
 * the published result (the variant got, or why none), or the form to apply. */
export default function QualificationApplication() {
  const [sessions] = useQuery({ query: QualificationSessionsDocument, requestPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState("");
  const session = chosenSession(sessions.data?.qualificationSessions, chosen);
  const [mine, refetch] = useQuery({
    query: MyQualificationResultDocument, variables: { sessionId: session?.id ?? "" }, pause: !session,
    requestPolicy: "cache-and-network",
  });
  const [, withdraw] = useMutation(WithdrawQualificationApplicationDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const found = mine.data?.myQualificationResult.__typename === "MyQualificationResult" ? mine.data.myQualificationResult : null;
  const application = found?.application;
  const standing = application && !application.withdrawnAt;
  const reload = () => refetch({ requestPolicy: "network-only" });

  async function withdrawMine() {
    if (!application) return;
    setFailure(userErrorOf((await withdraw({ applicationId: application.id })).data?.withdrawQualificationApplication));
    reload();
  }

  return (
    <section lang="pl">
      <h1>{t.qualification}</h1>
      <QueryState fetching={sessions.fetching} error={sessions.error} hasData={Boolean(sessions.data)} />
      {sessions.data ? (
        <SessionPicker sessions={sessions.data.qualificationSessions} shown={session} onChoose={setChosen} />
      ) : null}
      <ErrorMessage error={failure} />
      {application ? (
        <article className="card" data-testid="my-application" data-withdrawn={application.withdrawnAt ? "yes" : "no"}>
          <h2>{t.myApplication}</h2>
          <p>
            {t.score}: <strong>{application.score}</strong> ({t.examPercent}: {application.examPercent}, {t.additionalPoints}:{" "}
            {application.additionalPoints}) · {t.submittedAt} {formatDateTime(application.submittedAt)}
            {application.withdrawnAt ? ` · ${t.withdrawn} ${formatDateTime(application.withdrawnAt)}` : ""}
          </p>
          <ol>{application.variants.map((v, i) => <li key={i}>{placeName(v)}</li>)}</ol>
          <h3>{t.result}</h3>
          {found?.result ? (
            <p data-testid="qualification-result" data-outcome={found.result.outcome}>
              <strong>{QUALIFICATION_OUTCOMES_PL[found.result.outcome] ?? found.result.outcome}</strong> ({t.round}{" "}
              {found.result.round}, {t.rank} {found.result.rank}): {found.result.explanation}
            </p>
          ) : <p>{t.noResultYet}</p>}
          {standing ? <button type="button" onClick={withdrawMine}>{t.withdraw}</button> : null}
        </article>
      ) : null}
      {session && mine.data && !standing ? <QualificationForm key={session.id} sessionId={session.id} onSubmitted={reload} /> : null}
    </section>
  );
}
