import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { QualificationPlacesDocument, SetQualificationPlacesDocument, type TrainingMode } from "../../generated/graphql";
import { smkTexts, TRAINING_MODES_PL } from "../../texts/smk";

const t = smkTexts("pl");

/** The voivodeship's places in a session, and the office's form to set those of a specialty and
 * mode: a number, or the places of the units accredited in the catalog. */
export function OfficePlaces({ sessionId, voivodeship }: { sessionId: string; voivodeship: string }) {
  const [{ data }, refetch] = useQuery({
    query: QualificationPlacesDocument, variables: { sessionId, voivodeship }, requestPolicy: "cache-and-network",
  });
  const [saving, save] = useMutation(SetQualificationPlacesDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = (await save({
      input: {
        sessionId, voivodeship,
        specialty: String(form.get("specialty") ?? "").trim(),
        mode: String(form.get("mode")) as TrainingMode,
        places: Number(form.get("places") || "0"),
        fromCatalog: form.get("fromCatalog") === "on",
      },
    })).data?.setQualificationPlaces;
    setFailure(userErrorOf(result));
    refetch({ requestPolicy: "network-only" });
  }

  const places = data?.qualificationPlaces ?? [];
  return (
    <>
      <h2>{t.places}</h2>
      {data && places.length === 0 ? <p>{t.noPlaces}</p> : null}
      {places.length ? (
        <table>
          <thead><tr><th scope="col">{t.specialty}</th><th scope="col">{t.mode}</th><th scope="col">{t.places}</th><th scope="col">{t.unit}</th></tr></thead>
          <tbody>
            {places.map((p) => (
              <tr key={`${p.specialty}-${p.mode}`} data-testid="place">
                <td>{p.specialty}</td><td>{TRAINING_MODES_PL[p.mode] ?? p.mode}</td><td>{p.places}</td><td>{p.unitIds.length || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form onSubmit={submit} className="form">
        <TextField label={t.specialty} name="specialty" required />
        <SelectField label={t.mode} name="mode">
          {Object.entries(TRAINING_MODES_PL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <TextField label={t.places} name="places" type="number" min={0} defaultValue="0" />
        <label className="check"><input type="checkbox" name="fromCatalog" /> {t.fromCatalog}</label>
        <ErrorMessage error={failure ?? saving.error} />
        <button type="submit" disabled={saving.fetching}>{t.setPlaces}</button>
      </form>
    </>
  );
}
