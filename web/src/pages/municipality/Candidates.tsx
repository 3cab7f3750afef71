import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { type CandidateDecision, MunicipalCandidatesDocument, MunicipalDecideCandidatesDocument } from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import { CANDIDATE_DECISION, NUMBER_STATUS, teacherName } from "../region/scope";
import { MunicipalPage, useMunicipalSchools } from "./municipal";

function sinceTraining(c: { neverTrained: boolean; yearsSinceTraining?: number | null }): string {
  if (c.neverTrained) return "не обучался";
  return c.yearsSinceTraining == null ? "—" : String(c.yearsSinceTraining);
}

function CandidatesOf({ municipalityId, campaignId, allocated }: { municipalityId: string; campaignId: string; allocated: boolean }) {
  const { nameOf } = useMunicipalSchools(municipalityId);
  const [decision, setDecision] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MunicipalCandidatesDocument,
    variables: { campaignId, municipalityId, decision: (decision || null) as CandidateDecision | null, after },
    requestPolicy: "cache-and-network",
  });
  const [{ fetching: deciding }, decide] = useMutation(MunicipalDecideCandidatesDocument);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const page = data?.candidates;

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }

  async function apply(next: CandidateDecision) {
    const reply = await decide({ campaignId, teacherIds: [...chosen], decision: next });
    const result = reply.data?.decideCandidates;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось сохранить решение" } : null));
    if (result?.__typename === "CandidateList") {
      setDone(`Решение «${CANDIDATE_DECISION[next]}» сохранено для ${result.items.length}`);
      setChosen(new Set());
    }
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <SelectField label="Решение" value={decision} onChange={(e) => { setDecision(e.target.value); setAfter(null); }}>
        <option value="">все</option>
        {Object.entries(CANDIDATE_DECISION).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {page ? <p className="muted">Кандидатов: {page.totalCount}. Кандидат — учитель, не обучавшийся 3 года и более (или никогда).</p> : null}
      <ScrollTable label="Кандидаты на уникальные номера">
        <table>
          <thead>
            <tr><th scope="col">Выбор</th><th scope="col">Учитель</th><th scope="col">Школа</th><th scope="col">Лет с обучения</th><th scope="col">Решение</th><th scope="col">Номер</th></tr>
          </thead>
          <tbody>
            {(page?.edges ?? []).map(({ node }) => {
              const name = teacherName(node.teacher);
              return (
                <tr key={node.teacher.id} data-testid="candidate" data-id={node.teacher.id} data-decision={node.decision}>
                  <td>
                    <input type="checkbox" aria-label={`Выбрать: ${name}`} disabled={allocated}
                      checked={chosen.has(node.teacher.id)} onChange={(e) => toggle(node.teacher.id, e.target.checked)} />
                  </td>
                  <td>{name}{node.budgetNumberWithinThreeYears ? " (бюджетный номер менее 3 лет назад)" : ""}</td>
                  <td>{nameOf(node.teacher.schoolId)}</td>
                  <td>{sinceTraining(node)}</td>
                  <td>{CANDIDATE_DECISION[node.decision] ?? node.decision}</td>
                  <td>{node.numberStatus ? NUMBER_STATUS[node.numberStatus] ?? node.numberStatus : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      {page?.pageInfo.hasNextPage ? <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>Следующая страница</button> : null}
      {allocated ? <p className="muted">Распределение проведено: решения по кандидатам больше не меняются.</p> : (
        <div className="form inline">
          <button type="button" className="primary" disabled={deciding || chosen.size === 0} onClick={() => apply("CONFIRMED")}>Подтвердить выбранных</button>
          <button type="button" disabled={deciding || chosen.size === 0} onClick={() => apply("REMOVED")}>Исключить выбранных</button>
          <button type="button" disabled={deciding || chosen.size === 0} onClick={() => apply("PENDING")}>Отменить решение</button>
        </div>
      )}
      <ErrorMessage error={failure} />
      {done ? <p role="status">{done}</p> : null}
    </>
  );
}

/** The municipality's candidates for unique numbers: see them, confirm or remove them. */
export default function Candidates() {
  return (
    <MunicipalPage title="Кандидаты">
      {(scope, campaign) => (
        <CandidatesOf key={campaign.id} municipalityId={scope.municipalityId} campaignId={campaign.id} allocated={Boolean(campaign.allocatedAt)} />
      )}
    </MunicipalPage>
  );
}
