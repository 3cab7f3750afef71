import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { OpenTrainingCardDocument, SmkProgrammesAndUnitsDocument } from "../../generated/graphql";
import { MODES_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** A trainee without a card opens one: a specialty's programme, an accredited unit, the mode. */
export function OpenCard({ onOpened }: { onOpened: () => void }) {
  const [specialty, setSpecialty] = useState("");
  const [{ data }] = useQuery({ query: SmkProgrammesAndUnitsDocument, variables: { specialty } });
  const [opening, open] = useMutation(OpenTrainingCardDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const chosen = specialty || data?.smkProgrammes[0]?.specialty || "";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const result = (await open({
      unitId: text("unitId"), specialty: chosen, mode: text("mode"), startedOn: text("startedOn"),
    })).data?.openTrainingCard;
    setFailure(userErrorOf(result));
    if (result?.__typename === "TrainingCard") onOpened();
  }

  return (
    <form onSubmit={submit} className="form">
      <h2>{t.openCard}</h2>
      <SelectField label={t.specialty} value={chosen} onChange={(e) => setSpecialty(e.target.value)}>
        {data?.smkProgrammes.map((p) => (
          <option key={p.specialty} value={p.specialty}>{p.specialtyName} ({t.version} {p.version})</option>
        ))}
      </SelectField>
      <SelectField label={t.unit} name="unitId">
        {data?.smkTrainingUnits.map((u) => <option key={u.id} value={u.id}>{u.name}, {u.city}</option>)}
      </SelectField>
      <SelectField label={t.mode} name="mode">
        {Object.entries(MODES_PL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      <TextField label={t.startDay} name="startedOn" type="date" required />
      <ErrorMessage error={failure ?? opening.error} />
      <button type="submit" className="primary" disabled={opening.fetching}>{t.openCard}</button>
    </form>
  );
}
