import { useQuery } from "urql";
import { QueryState } from "../../components/Loading";
import { RegionQuotasDocument } from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import { SCHOOL_KIND } from "../region/scope";
import { MunicipalPage, useMunicipalSchools } from "./municipal";

function SchoolsAndQuotas({ municipalityId, campaignId }: { municipalityId: string; campaignId: string }) {
  const { schools, fetching, error, loaded } = useMunicipalSchools(municipalityId);
  const [{ data }] = useQuery({ query: RegionQuotasDocument, variables: { campaignId, municipalityId }, requestPolicy: "cache-and-network" });
  const quotas = data?.regionalQuotas ?? [];
  const own = quotas.find((q) => !q.schoolId && q.municipalityId === municipalityId);
  const bySchool = new Map(quotas.filter((q) => q.schoolId).map((q) => [q.schoolId, q]));
  return (
    <>
      <p data-testid="municipal-quota">
        {own ? `Квота муниципального образования: ${own.count}, выдано: ${own.used}.` : "Квота муниципальному образованию ещё не назначена."}
      </p>
      <p className="muted">Школа без своей квоты получает долю квоты муниципального образования при распределении.</p>
      <QueryState fetching={fetching} error={error} hasData={loaded} />
      {loaded && schools.length === 0 ? <p>Школ нет.</p> : null}
      <ScrollTable label="Школы муниципального образования">
        <table>
          <thead><tr><th scope="col">Школа</th><th scope="col">Код</th><th scope="col">Вид</th><th scope="col">Квота</th><th scope="col">Выдано</th></tr></thead>
          <tbody>
            {schools.map((s) => (
              <tr key={s.id} data-testid="municipal-school" data-id={s.id}>
                <th scope="row">{s.name}</th><td>{s.code}</td><td>{SCHOOL_KIND[s.kind] ?? s.kind}</td>
                <td>{bySchool.get(s.id)?.count ?? "—"}</td><td>{bySchool.get(s.id)?.used ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** The municipality's schools with their quotas of the campaign year. */
export default function Schools() {
  return (
    <MunicipalPage title="Школы и квоты">
      {(scope, campaign) => <SchoolsAndQuotas key={campaign.id} municipalityId={scope.municipalityId} campaignId={campaign.id} />}
    </MunicipalPage>
  );
}
