import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { CANDIDATE_DECISION, NUMBER_STATUS, teacherName } from "../region/scope";
import { type CandidateDecision, SchoolCandidatesDocument, SchoolDecideCandidatesDocument } from "../../generated/graphql";
import { type SchoolContext, WithSchool } from "./office";

function sinceTraining(c: { neverTrained: boolean; yearsSinceTraining?: number | null }): string {
  if (c.neverTrained || c.yearsSinceTraining == null) return "не обучался";
  return `последнее обучение ${c.yearsSinceTraining} г. назад`;
}

function CandidatesOf({ schoolId, canOperate, campaign }: SchoolContext) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SchoolCandidatesDocument,
    variables: { campaignId: campaign.id, schoolId },
    requestPolicy: "cache-and-network",
  });
  const [, decide] = useMutation(SchoolDecideCandidatesDocument);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const candidates = (data?.candidates.edges ?? []).map((e) => e.node);

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  async function apply(decision: CandidateDecision) {
    const reply = (await decide({ campaignId: campaign.id, teacherIds: [...selected], decision })).data?.decideCandidates;
    const problem = userErrorOf(reply);
    setFailure(problem);
    if (!problem) {
      setDone(`${CANDIDATE_DECISION[decision]}: ${selected.size}`);
      setSelected(new Set());
    }
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data ? <p data-testid="candidates-total">Кандидатов: {data.candidates.totalCount}</p> : null}
      {data && candidates.length === 0 ? <p>Кандидатов нет: у всех учителей обучение было меньше трёх лет назад.</p> : null}
      <ul className="cards">
        {candidates.map((c) => (
          <li key={c.teacher.id} className="card" data-testid="candidate" data-id={c.teacher.id} data-decision={c.decision}>
            {canOperate ? (
              <label className="check">
                <input type="checkbox" checked={selected.has(c.teacher.id)} onChange={(e) => toggle(c.teacher.id, e.target.checked)} />
                {teacherName(c.teacher)}
              </label>
            ) : <strong>{teacherName(c.teacher)}</strong>}
            <p>
              {sinceTraining(c)} · <strong>{CANDIDATE_DECISION[c.decision] ?? c.decision}</strong>
              {c.numberStatus ? ` · номер: ${NUMBER_STATUS[c.numberStatus] ?? c.numberStatus}` : ""}
            </p>
            {c.budgetNumberWithinThreeYears ? <p className="warn">Бюджетный номер уже был в последние три года: распределение откажет.</p> : null}
            {c.teacher.profileComplete ? null : <p className="muted">Анкета не заполнена: {c.teacher.missingProfileFields.length} полей.</p>}
          </li>
        ))}
      </ul>
      {canOperate && candidates.length ? (
        <div className="actions">
          <button type="button" className="primary" disabled={selected.size === 0} onClick={() => apply("CONFIRMED")}>Подтвердить выбранных</button>
          <button type="button" disabled={selected.size === 0} onClick={() => apply("REMOVED")}>Исключить выбранных</button>
          <button type="button" onClick={() => setSelected(new Set(candidates.filter((c) => c.decision === "PENDING").map((c) => c.teacher.id)))}>
            Выбрать всех ожидающих
          </button>
        </div>
      ) : null}
      {done ? <p role="status" className="ok">{done}</p> : null}
      <ErrorMessage error={failure} />
    </>
  );
}

/** Candidates of the school (3 years or more since training): the operator confirms them for the allocation. */
export default function Candidates() {
  return (
    <section>
      <h1>Кандидаты на уникальный номер</h1>
      <WithSchool>{(school) => <CandidatesOf {...school} />}</WithSchool>
    </section>
  );
}
