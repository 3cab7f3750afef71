import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { RefuseNumber } from "../teacher/RefuseNumber";
import { NUMBER_STATUS, teacherName } from "../region/scope";
import {
  SchoolCandidatesDocument, SchoolNumbersDocument, SchoolReassignNumberDocument,
} from "../../generated/graphql";
import { type SchoolContext, WithSchool } from "./office";

/** A holding that can still be refused (not ended). */
const REFUSABLE = new Set(["EXPECTED", "ASSIGNED", "APPLICATION_DRAFT", "APPLICATION_SUBMITTED"]);

function NumbersOf({ schoolId, canOperate, campaign }: SchoolContext) {
  const variables = { campaignId: campaign.id, schoolId };
  const [{ data, fetching, error }, refetch] = useQuery({ query: SchoolNumbersDocument, variables, requestPolicy: "cache-and-network" });
  const [candidates, refetchCandidates] = useQuery({ query: SchoolCandidatesDocument, variables, requestPolicy: "cache-and-network", pause: !canOperate });
  const [, reassign] = useMutation(SchoolReassignNumberDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const [receivers, setReceivers] = useState<Record<string, string>>({});
  const holdings = (data?.uniqueNumbers.edges ?? []).map((e) => e.node).filter((h) => h.status !== "FREE");
  // Confirmed candidates without a number may receive a freed one.
  const waiting = (candidates.data?.candidates.edges ?? []).map((e) => e.node).filter((c) => c.decision === "CONFIRMED" && !c.numberStatus);

  function after(error: UserErrorShape | null, text: string) {
    setFailure(error);
    setDone(error ? "" : text);
    refetch({ requestPolicy: "network-only" });
    refetchCandidates({ requestPolicy: "network-only" });
  }

  async function give(numberId: string) {
    const reply = (await reassign({ numberId, teacherId: receivers[numberId] ?? "" })).data?.reassignNumber;
    after(userErrorOf(reply), "Номер передан");
  }

  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {done ? <p role="status" className="ok">{done}</p> : null}
      <ErrorMessage error={failure} />
      <h2>Номера учителей</h2>
      {data && holdings.length === 0 ? <p>Номеров пока нет: их раздаёт распределение после подтверждения кандидатов.</p> : null}
      <ul className="cards">
        {holdings.map((h) => (
          <li key={h.holdingId} className="card" data-testid="number-holding" data-number={h.numberCode} data-status={h.status}>
            <h3>{h.teacherName}</h3>
            <p>
              Номер <code>{h.numberCode}</code> · <strong>{NUMBER_STATUS[h.status] ?? h.statusText}</strong>
              {h.status === "REFUSED" ? `: ${h.refusalText}${h.refusalNote ? ` (${h.refusalNote})` : ""}` : ""}
            </p>
            {canOperate && REFUSABLE.has(h.status) ? <RefuseNumber holdingId={h.holdingId} summary="Оформить отказ" confirm="Подтвердить отказ" onDone={(refused) => after(null, refused ? "Отказ оформлен, номер вернулся в пул школы" : "")} /> : null}
          </li>
        ))}
      </ul>
      <h2>Свободные номера школы</h2>
      {data ? <p data-testid="pool-count">{data.schoolPool.message || `Свободных номеров: ${data.schoolPool.freeCount}`}</p> : null}
      <ul className="cards">
        {(data?.schoolPool.freeNumbers ?? []).map((n) => (
          <li key={n.numberId} className="card" data-testid="free-number" data-number={n.numberCode}>
            <p>Номер <code>{n.numberCode}</code>{n.teacherName ? ` · прежний держатель: ${n.teacherName}` : ""}</p>
            {canOperate ? (
              <div className="form inline">
                <SelectField label={`Кому передать номер ${n.numberCode}`} value={receivers[n.numberId] ?? ""}
                  onChange={(e) => setReceivers({ ...receivers, [n.numberId]: e.target.value })}>
                  <option value="">выберите учителя</option>
                  {waiting.map((c) => <option key={c.teacher.id} value={c.teacher.id}>{teacherName(c.teacher)}</option>)}
                </SelectField>
                <button type="button" className="primary" disabled={!receivers[n.numberId]} onClick={() => give(n.numberId)}>Передать номер</button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The school's unique numbers: refusals with a reason from the list, freed numbers reassigned. */
export default function Numbers() {
  return (
    <section>
      <h1>Уникальные номера</h1>
      <WithSchool>{(school) => <NumbersOf {...school} />}</WithSchool>
    </section>
  );
}
