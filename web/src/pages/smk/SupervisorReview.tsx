import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import {
  ConfirmModuleDocument, MySmkGrantsDocument, ReviewCardEntryDocument, SmkTrainingCardDocument, UnitTrainingCardsDocument,
} from "../../generated/graphql";
import { ENTRY_KINDS_PL, ENTRY_STATUSES_PL, smkTexts } from "../../texts/smk";
import { CardProgress } from "./CardProgress";

const t = smkTexts("pl");
const UNIT_SCOPE = "training_unit:";

/** The units the person supervises, from their grants. */
function useSupervisedUnits(): { units: string[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: MySmkGrantsDocument });
  const units = (data?.myGrants ?? [])
    .filter((g) => g.role === "smk_supervisor" && g.scope.startsWith(UNIT_SCOPE))
    .map((g) => g.scope.slice(UNIT_SCOPE.length));
  return { units, fetching };
}

function UnitCards({ unitId, onOpen }: { unitId: string; onOpen: (id: string) => void }) {
  const [{ data, fetching, error }] = useQuery({
    query: UnitTrainingCardsDocument, variables: { unitId, pendingOnly: false }, requestPolicy: "cache-and-network",
  });
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && data.unitTrainingCards.length === 0 ? <p>{t.noCards}</p> : null}
      <ul className="cards">
        {data?.unitTrainingCards.map((card) => (
          <li key={card.id} className="card" data-testid="unit-card">
            <p>{card.unitName} · {card.specialty} · {t.pending}: {card.pendingEntries}</p>
            <button type="button" onClick={() => onOpen(card.id)}>{t.open}</button>
          </li>
        ))}
      </ul>
    </>
  );
}

function CardReview({ cardId }: { cardId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SmkTrainingCardDocument, variables: { id: cardId }, requestPolicy: "cache-and-network",
  });
  const [, review] = useMutation(ReviewCardEntryDocument);
  const [, confirmModule] = useMutation(ConfirmModuleDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const card = data?.trainingCard.__typename === "TrainingCard" ? data.trainingCard : null;

  async function decide(entryId: string, confirm: boolean) {
    const result = (await review({ cardId, entryId, confirm, reason: reasons[entryId] ?? "" })).data?.reviewCardEntry;
    setFailure(userErrorOf(result));
    refetch({ requestPolicy: "network-only" });
  }

  async function complete(moduleCode: string) {
    const result = (await confirmModule({ cardId, moduleCode })).data?.confirmModule;
    setFailure(userErrorOf(result));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <section aria-label={t.cardTitle}>
      <h2>{t.cardTitle}</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {card ? (
        <>
          <CardProgress card={card} actions={(module) =>
            module.requirementsMet && !module.completed ? (
              <button type="button" className="primary" onClick={() => complete(module.code)}>
                {t.completeModule}: {module.title}
              </button>
            ) : null
          } />
          <h3>{t.entries}</h3>
          <ul className="cards">
            {card.entries.map((e) => (
              <li key={e.id} className="card" data-testid="review-entry" data-status={e.status}>
                <p>
                  {e.performedOn} · {ENTRY_KINDS_PL[e.kind] ?? e.kind} {e.elementCode}
                  {e.patientCode ? ` (${e.patientCode})` : ""}{e.quantity > 1 ? ` × ${e.quantity}` : ""} —{" "}
                  <strong>{ENTRY_STATUSES_PL[e.status] ?? e.status}</strong>{e.returnReason ? `: ${e.returnReason}` : ""}
                </p>
                {e.status === "SUBMITTED" ? (
                  <div className="form inline">
                    <button type="button" className="primary" onClick={() => decide(e.id, true)}>{t.confirm}</button>
                    <label>
                      {t.reason}
                      <input value={reasons[e.id] ?? ""} onChange={(event) => setReasons({ ...reasons, [e.id]: event.target.value })} />
                    </label>
                    <button type="button" onClick={() => decide(e.id, false)}>{t.giveBack}</button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The supervisor's confirmations: the cards of their units, entries to confirm or return. */
export default function SupervisorReview() {
  const { units, fetching } = useSupervisedUnits();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section lang="pl">
      <h1>{t.confirmations}</h1>
      {fetching ? <p className="muted">{t.loading}</p> : null}
      {!fetching && units.length === 0 ? <p>{t.noUnits}</p> : null}
      {units.map((unitId) => <UnitCards key={unitId} unitId={unitId} onOpen={setOpen} />)}
      {open ? <CardReview cardId={open} /> : null}
    </section>
  );
}
