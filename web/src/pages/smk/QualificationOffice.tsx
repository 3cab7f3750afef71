import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  ComputeQualificationListsDocument, OpenQualificationSessionDocument, PublishQualificationListDocument,
  QualificationSessionsDocument, type QualificationTerm,
} from "../../generated/graphql";
import { QUALIFICATION_TERMS_PL, smkTexts } from "../../texts/smk";
import { OfficeList } from "./OfficeList";
import { OfficePlaces } from "./OfficePlaces";
import { chosenSession, SessionPicker } from "./SessionPicker";

const t = smkTexts("pl");

/** The voivodeship office's qualification proceedings: open a session, set the voivodeship's
 * places, compute the lists, publish the voivodeship's list and read it. */
export default function QualificationOffice() {
  const [sessions, refetchSessions] = useQuery({ query: QualificationSessionsDocument, requestPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState("");
  const [voivodeship, setVoivodeship] = useState("");
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [, openSession] = useMutation(OpenQualificationSessionDocument);
  const [, compute] = useMutation(ComputeQualificationListsDocument);
  const [, publish] = useMutation(PublishQualificationListDocument);
  const session = chosenSession(sessions.data?.qualificationSessions, chosen);
  const code = /^\d{2}$/.test(voivodeship) ? voivodeship : "";
  const reloadSessions = () => refetchSessions({ requestPolicy: "network-only" });

  async function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = (await openSession({
      year: Number(form.get("year")), term: String(form.get("term")) as QualificationTerm,
    })).data?.openQualificationSession;
    setFailure(userErrorOf(result));
    if (result?.__typename === "QualificationSession") setChosen(result.id);
    reloadSessions();
  }

  async function computeLists() {
    if (!session) return;
    const result = (await compute({ sessionId: session.id })).data?.computeQualificationLists;
    setFailure(userErrorOf(result));
    if (result?.__typename === "ComputedQualificationLists") {
      setMessage(`${t.computed} (${t.round} ${result.session.round}): ${t.assigned} ${result.assigned}, ${t.unassigned} ${result.unassigned}`);
    }
    setVersion(version + 1);
    reloadSessions();
  }

  async function publishList() {
    if (!session) return;
    const result = (await publish({ sessionId: session.id, voivodeship: code })).data?.publishQualificationList;
    setFailure(userErrorOf(result));
    if (result?.__typename === "QualificationListPublication") setMessage(`${t.published} (${t.round} ${result.round})`);
    setVersion(version + 1);
  }

  return (
    <section lang="pl">
      <h1>{t.qualification}</h1>
      <QueryState fetching={sessions.fetching} error={sessions.error} hasData={Boolean(sessions.data)} />
      <form onSubmit={open} className="form inline">
        <TextField label={t.year} name="year" type="number" min={2000} max={2100} defaultValue={String(new Date().getFullYear() + 1)} required />
        <SelectField label={t.term} name="term">
          {Object.entries(QUALIFICATION_TERMS_PL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <button type="submit">{t.openSession}</button>
      </form>
      {sessions.data ? <SessionPicker sessions={sessions.data.qualificationSessions} shown={session} onChoose={setChosen} /> : null}
      <TextField label={t.voivodeship} value={voivodeship} onChange={(e) => setVoivodeship(e.target.value.trim())} inputMode="numeric" maxLength={2} />
      <ErrorMessage error={failure} />
      {message ? <p role="status">{message}</p> : null}
      {session && code ? (
        <>
          <OfficePlaces key={`${session.id}-${code}`} sessionId={session.id} voivodeship={code} />
          <div className="form inline">
            <button type="button" className="primary" onClick={computeLists}>{t.compute}</button>
            <button type="button" onClick={publishList}>{t.publish}</button>
          </div>
          <OfficeList sessionId={session.id} voivodeship={code} version={version} />
        </>
      ) : null}
    </section>
  );
}
