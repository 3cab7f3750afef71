import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { AddCardEntryDocument, MyTrainingCardsDocument, SmkTrainingCardDocument, type EntryKind } from "../../generated/graphql";
import { ENTRY_KINDS_PL, ENTRY_STATUSES_PL, smkTexts } from "../../texts/smk";
import { CardProgress } from "./CardProgress";
import { ExamApply } from "./ExamApply";
import { OpenCard } from "./OpenCard";

const t = smkTexts("pl");
const KIND_OF_REQUIREMENT: Record<string, EntryKind> = {
  course: "COURSE", internship: "INTERNSHIP", procedure_a: "PROCEDURE", procedure_b: "PROCEDURE",
};

/** The trainee's electronic training card: progress per module, entries, a new entry. */
export default function TraineeCard() {
  const [cards, refetchCards] = useQuery({ query: MyTrainingCardsDocument, requestPolicy: "cache-and-network" });
  const cardId = cards.data?.myTrainingCards[0]?.id;
  const [detail, refetch] = useQuery({
    query: SmkTrainingCardDocument, variables: { id: cardId ?? "" }, pause: !cardId, requestPolicy: "cache-and-network",
  });
  const [adding, add] = useMutation(AddCardEntryDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const [moduleCode, setModuleCode] = useState("");
  const [kind, setKind] = useState<EntryKind>("PROCEDURE");

  const card = detail.data?.trainingCard.__typename === "TrainingCard" ? detail.data.trainingCard : null;
  const module = card?.modules.find((m) => m.code === moduleCode) ?? card?.modules[0];
  const elements = module?.requirements.filter((r) => r.code && KIND_OF_REQUIREMENT[r.kind] === kind) ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!card || !module) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const result = (await add({
      cardId: card.id,
      key: crypto.randomUUID(),
      entry: {
        moduleCode: module.code, kind, elementCode: text("elementCode"), quantity: Number(text("quantity") || "1"),
        performedOn: text("performedOn"), patientCode: text("patientCode"), catalogElementId: text("catalogElementId"),
      },
    })).data?.addCardEntry;
    setFailure(userErrorOf(result));
    setSaved(result?.__typename === "CardEntryChange");
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <section lang="pl">
      <h1>{t.cardTitle}</h1>
      <QueryState fetching={cards.fetching} error={cards.error} hasData={Boolean(cards.data)} />
      {cards.data && !cardId ? (
        <>
          <p>{t.noCard}</p>
          <OpenCard onOpened={() => refetchCards({ requestPolicy: "network-only" })} />
        </>
      ) : null}
      {detail.data?.trainingCard.__typename === "UserError" ? <ErrorMessage error={detail.data.trainingCard} /> : null}
      {card ? (
        <>
          <CardProgress card={card} />
          <h2>{t.entries}</h2>
          {card.entries.length === 0 ? <p>{t.noEntries}</p> : null}
          <table>
            <thead><tr><th scope="col">{t.date}</th><th scope="col">{t.module}</th><th scope="col">{t.kind}</th><th scope="col">{t.element}</th><th scope="col">{t.status}</th></tr></thead>
            <tbody>
              {card.entries.map((e) => (
                <tr key={e.id} data-testid="entry" data-status={e.status}>
                  <td>{e.performedOn}</td>
                  <td>{e.moduleCode}</td>
                  <td>{ENTRY_KINDS_PL[e.kind] ?? e.kind}{e.quantity > 1 ? ` × ${e.quantity}` : ""}</td>
                  <td>{e.elementCode}{e.patientCode ? ` (${e.patientCode})` : ""}</td>
                  <td>
                    {ENTRY_STATUSES_PL[e.status] ?? e.status}
                    {e.returnReason ? `: ${e.returnReason}` : ""}
                    {e.decidedBy.startsWith("posting:") ? ` (${t.byPosting})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t.addEntry}</h2>
          <form onSubmit={submit} className="form">
            <SelectField label={t.module} value={module?.code ?? ""} onChange={(e) => setModuleCode(e.target.value)}>
              {card.modules.map((m) => <option key={m.code} value={m.code}>{m.title}</option>)}
            </SelectField>
            <SelectField label={t.kind} value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
              {Object.entries(ENTRY_KINDS_PL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </SelectField>
            {elements.length > 0 ? (
              <SelectField label={t.element} name="elementCode">
                {elements.map((r) => <option key={r.code} value={r.code}>{r.title} ({r.code})</option>)}
              </SelectField>
            ) : null}
            {kind === "INTERNSHIP" || kind === "DUTY" || kind === "SELF_STUDY" ? (
              <TextField label={t.quantity} name="quantity" type="number" min={1} defaultValue="1" required />
            ) : null}
            <TextField label={t.date} name="performedOn" type="date" required />
            {kind === "PROCEDURE" ? <TextField label={t.patientCode} name="patientCode" maxLength={40} required /> : null}
            {kind === "COURSE" ? <TextField label={t.catalogElement} name="catalogElementId" /> : null}
            <ErrorMessage error={failure ?? adding.error} />
            <button type="submit" className="primary" disabled={adding.fetching}>{t.save}</button>
          </form>
          {saved ? <p role="status" className="ok">{t.saved}</p> : null}
          <ExamApply cardId={card.id} complete={card.complete} />
        </>
      ) : null}
    </section>
  );
}
