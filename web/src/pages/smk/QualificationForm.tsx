import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import {
  QualificationPlacesDocument, SubmitQualificationApplicationDocument, type QualificationVariantInput,
} from "../../generated/graphql";
import { placeName, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** The trainee's application in a session: the LEK/LDEK result, additional points and variants
 * chosen among the session's places, in order of preference. One request id per form, so a
 * second click returns the same application. */
export function QualificationForm({ sessionId, onSubmitted }: { sessionId: string; onSubmitted: () => void }) {
  const [{ data }] = useQuery({ query: QualificationPlacesDocument, variables: { sessionId, voivodeship: "" } });
  const [submitting, submit] = useMutation(SubmitQualificationApplicationDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [variants, setVariants] = useState<QualificationVariantInput[]>([]);
  const [picked, setPicked] = useState("0");
  const [requestId] = useState(() => crypto.randomUUID());
  const places = data?.qualificationPlaces ?? [];

  function addVariant() {
    const place = places[Number(picked)];
    if (place) setVariants([...variants, { specialty: place.specialty, voivodeship: place.voivodeship, mode: place.mode }]);
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim().replace(",", ".");
    const result = (await submit({
      input: { sessionId, requestId, examPercent: text("examPercent"), additionalPoints: text("additionalPoints") || "0", variants },
    })).data?.submitQualificationApplication;
    setFailure(userErrorOf(result));
    if (result?.__typename === "QualificationApplication") onSubmitted();
  }

  return (
    <form onSubmit={send} className="form">
      <h2>{t.myApplication}</h2>
      <TextField label={t.examPercent} name="examPercent" inputMode="decimal" required />
      <TextField label={t.additionalPoints} name="additionalPoints" inputMode="decimal" defaultValue="0" />
      <h3>{t.variants}</h3>
      {variants.length === 0 ? <p>{t.noVariants}</p> : null}
      <ol>
        {variants.map((v, index) => (
          <li key={`${index}-${v.specialty}-${v.voivodeship}-${v.mode}`} data-testid="variant">
            {placeName(v)}{" "}
            <button type="button" onClick={() => setVariants(variants.filter((_, i) => i !== index))}>{t.remove}</button>
          </li>
        ))}
      </ol>
      <div className="form inline">
        <SelectField label={t.place} value={picked} onChange={(e) => setPicked(e.target.value)}>
          {places.map((p, index) => (
            <option key={`${p.specialty}-${p.voivodeship}-${p.mode}`} value={String(index)}>
              {placeName(p)} ({t.places}: {p.places})
            </option>
          ))}
        </SelectField>
        <button type="button" onClick={addVariant}>{t.addVariant}</button>
      </div>
      <ErrorMessage error={failure ?? submitting.error} />
      <button type="submit" className="primary" disabled={submitting.fetching}>{t.submitApplication}</button>
    </form>
  );
}
