import { useState } from "react";
import { useQuery } from "urql";
import { CountChart } from "../../components/CountChart";
import { QueryState } from "../../components/Loading";
import { formatDateTime } from "../../format";
import { MunicipalNumbersDocument, MunicipalRefusalsByReasonDocument } from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import { MunicipalPage, useMunicipalSchools } from "./municipal";

export function RefusalsOf({ municipalityId, campaignId }: { municipalityId: string; campaignId: string }) {
  const { nameOf } = useMunicipalSchools(municipalityId);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: MunicipalNumbersDocument,
    variables: { campaignId, municipalityId, status: "REFUSED", after },
    requestPolicy: "cache-and-network",
  });
  const [{ data: free }] = useQuery({ query: MunicipalNumbersDocument, variables: { campaignId, municipalityId, status: "FREE" }, requestPolicy: "cache-and-network" });
  const [{ data: reasons }] = useQuery({ query: MunicipalRefusalsByReasonDocument, variables: { campaignId, municipalityId }, requestPolicy: "cache-and-network" });
  const refused = (data?.uniqueNumbers.edges ?? []).map(({ node }) => node);
  const byReason = (reasons?.allocationReport.refusalsByReason ?? []).map((r) => ({ label: r.reasonText, value: r.count }));
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data ? (
        <p data-testid="refusals-summary" data-refused={data.uniqueNumbers.totalCount}>
          Отказов от номеров: {data.uniqueNumbers.totalCount}. Свободных номеров в резерве школ: {free?.uniqueNumbers.totalCount ?? "…"}
          {" "}(школа может передать свободный номер подтверждённому кандидату).
        </p>
      ) : null}
      <CountChart title="Причины отказов" counts={byReason} empty="Отказов нет." />
      <ScrollTable label="Отказы от номеров">
        <table>
          <thead><tr><th scope="col">Номер</th><th scope="col">Учитель</th><th scope="col">Школа</th><th scope="col">Причина</th><th scope="col">Комментарий</th><th scope="col">Когда</th></tr></thead>
          <tbody>
            {refused.map((n) => (
              <tr key={n.holdingId || n.numberId} data-testid="refusal" data-reason={n.refusalReason ?? ""}>
                <td><code>{n.numberCode}</code></td><td>{n.teacherName}</td><td>{nameOf(n.schoolId)}</td>
                <td>{n.refusalText}</td><td>{n.refusalNote || "—"}</td><td>{formatDateTime(n.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {data?.uniqueNumbers.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => setAfter(data.uniqueNumbers.pageInfo.endCursor ?? null)}>Следующая страница</button>
      ) : null}
    </>
  );
}

/** Refused numbers in the municipality with their reasons, and the free numbers left in the schools' pools. */
export default function Refusals() {
  return (
    <MunicipalPage title="Отказы от номеров">
      {(scope, campaign) => <RefusalsOf key={campaign.id} municipalityId={scope.municipalityId} campaignId={campaign.id} />}
    </MunicipalPage>
  );
}
