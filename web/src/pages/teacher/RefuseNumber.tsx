// A refusal of a unique number with a reason from the list: by the teacher for their own number,
// or by an operator of the teacher's school. The number returns to the school's pool.
import { useState } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { RefuseNumberDocument, type RefusalReason } from "../../generated/graphql";
import { REFUSAL_REASONS } from "./campaign";

export function RefuseNumber({ holdingId, summary, confirm, onDone }: {
  holdingId: string;
  /** What opens the form, e.g. «Отказаться от номера». */
  summary: string;
  /** The button that refuses. */
  confirm: string;
  /** Called after the attempt: whether the number was refused. */
  onDone: (refused: boolean) => void;
}) {
  const [, refuse] = useMutation(RefuseNumberDocument);
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  async function submit() {
    const reply = (await refuse({ holdingId, reason: reason as RefusalReason, note })).data?.refuseNumber;
    const problem = userErrorOf(reply);
    setFailure(problem);
    onDone(!problem);
  }
  return (
    <details>
      <summary>{summary}</summary>
      <div className="form inline">
        <SelectField label="Причина отказа" value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">выберите причину</option>
          {REFUSAL_REASONS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <TextField label="Комментарий (необязательно)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        <ErrorMessage error={failure} />
        <button type="button" disabled={!reason} onClick={submit}>{confirm}</button>
      </div>
    </details>
  );
}
