import { SelectField } from "../../components/Field";
import type { QualificationSessionPartsFragment } from "../../generated/graphql";
import { formatDate } from "../../format";
import { qualificationSessionName, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");
type Session = QualificationSessionPartsFragment;

/** The session `chosen` names, or the newest. */
export function chosenSession(sessions: Session[] | undefined, chosen: string): Session | undefined {
  return sessions?.find((s) => s.id === chosen) ?? sessions?.[0];
}

/** A choice among the qualification sessions (newest first) and the shown one's window, rule set
 * and round. */
export function SessionPicker({
  sessions, shown, onChoose,
}: { sessions: Session[]; shown: Session | undefined; onChoose: (id: string) => void }) {
  if (!shown) return <p>{t.noSessions}</p>;
  return (
    <>
      <SelectField label={t.qualificationSession} value={shown.id} onChange={(e) => onChoose(e.target.value)}>
        {sessions.map((s) => <option key={s.id} value={s.id}>{qualificationSessionName(s)}</option>)}
      </SelectField>
      <p data-testid="session-facts">
        {t.window}: {formatDate(shown.applicationsOpenOn)} – {formatDate(shown.applicationsCloseOn)} · {t.ruleSet}:{" "}
        <abbr title={shown.rulesSource}>{shown.rulesVersion}</abbr> · {t.round}: {shown.round}
      </p>
    </>
  );
}
