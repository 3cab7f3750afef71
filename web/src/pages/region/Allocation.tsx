import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { formatDateTime } from "../../format";
import {
  type RegionCampaignPartsFragment, RegionAllocationReportDocument, RegionMunicipalitiesDocument, RegionRunAllocationDocument,
} from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import { WithCampaign, WithRegion } from "./scope";

/** «Муниципальное образование»: all of the region's, or one. */
function MunicipalityFilter({ regionCode, value, onChange }: { regionCode: string; value: string; onChange: (id: string) => void }) {
  const [{ data }] = useQuery({ query: RegionMunicipalitiesDocument, variables: { regionCode } });
  return (
    <SelectField label="Муниципальное образование" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">все</option>
      {(data?.municipalities ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
    </SelectField>
  );
}

/** Who received a number and why the others did not, page by page («Показать ещё»). */
export function AllocationOutcomes({ campaignId, municipalityId }: { campaignId: string; municipalityId?: string }) {
  const [notGrantedOnly, setNotGrantedOnly] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: RegionAllocationReportDocument,
    variables: { campaignId, municipalityId: municipalityId ?? null, notGrantedOnly, after },
    requestPolicy: "network-only",
  });
  const report = data?.allocationReport;
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Результат распределения</h2>
      <label className="checkbox">
        <input type="checkbox" checked={notGrantedOnly} onChange={(e) => { setNotGrantedOnly(e.target.checked); setAfter(null); }} />
        Только не получившие номер
      </label>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {report ? (
        <>
          <p data-testid="allocation-summary" data-granted={report.summary.granted} data-not-granted={report.summary.notGranted}>
            Номера получили: <strong>{report.summary.granted}</strong>; не получили: <strong>{report.summary.notGranted}</strong>
            {report.summary.allocatedAt ? ` (распределение ${formatDateTime(report.summary.allocatedAt)})` : " (распределение ещё не проводилось)"}
          </p>
          <ScrollTable label="Кандидаты и их номера">
            <table>
              <thead><tr><th scope="col">Учитель</th><th scope="col">Место в очереди</th><th scope="col">Номер</th><th scope="col">Причина</th></tr></thead>
              <tbody>
                {report.edges.map(({ node }) => (
                  <tr key={node.teacherId} data-testid="allocation-outcome" data-teacher-id={node.teacherId} data-reason={node.reason}>
                    <td>{node.teacherName}</td><td>{node.rank || "—"}</td><td>{node.numberCode ? <code>{node.numberCode}</code> : "—"}</td><td>{node.reasonText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <p className="muted">Показано {report.edges.length} из {report.totalCount}.</p>
          <div className="form inline">
            {after ? <button type="button" onClick={() => setAfter(null)}>К началу списка</button> : null}
            {report.pageInfo.hasNextPage ? <button type="button" onClick={() => setAfter(report.pageInfo.endCursor ?? null)}>Следующая страница</button> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function AllocationOf({ campaign }: { campaign: RegionCampaignPartsFragment }) {
  const [{ fetching }, run] = useMutation(RegionRunAllocationDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");
  const [round, setRound] = useState(0);
  const [municipalityId, setMunicipalityId] = useState("");

  async function allocate() {
    const reply = await run({ campaignId: campaign.id });
    const result = reply.data?.runAllocation;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось провести распределение" } : null));
    if (result?.__typename === "AllocationSummary") {
      setDone(
        (result.ranNow ? "Распределение проведено" : "Распределение уже было проведено раньше") +
          `: номера получили ${result.granted}, не получили ${result.notGranted}.`,
      );
      setRound(round + 1);
    }
  }

  const allocated = Boolean(campaign.allocatedAt) || Boolean(done);
  return (
    <>
      <p className="muted">
        Номера распределяются один раз, в пределах квот школ и муниципальных образований: сначала никогда не обучавшиеся,
        затем обучавшиеся раньше других. Участвуют только подтверждённые кандидаты.
      </p>
      {!allocated ? (
        <button type="button" className="primary" onClick={allocate} disabled={fetching}>Провести распределение номеров</button>
      ) : null}
      <ErrorMessage error={failure} />
      {done ? <p role="status">{done}</p> : null}
      <MunicipalityFilter regionCode={campaign.regionCode} value={municipalityId} onChange={setMunicipalityId} />
      <AllocationOutcomes key={`${campaign.id}-${round}-${municipalityId}`} campaignId={campaign.id} municipalityId={municipalityId || undefined} />
    </>
  );
}

/** The allocation of the campaign's unique numbers: run it once, then see who got one and why not. */
export default function Allocation() {
  return (
    <section>
      <h1>Распределение номеров</h1>
      <WithRegion>
        {(regionCode) => <WithCampaign regionCode={regionCode}>{(campaign) => <AllocationOf key={campaign.id} campaign={campaign} />}</WithCampaign>}
      </WithRegion>
    </section>
  );
}
