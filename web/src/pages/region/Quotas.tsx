// Quotas of unique numbers of a campaign: per municipality, and per school of a municipality
// (a school without its own quota gets a share of its municipality's when the allocation runs).
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  type QuotaInput, RegionMunicipalitiesDocument, RegionQuotasDocument, RegionSchoolsPageDocument, RegionSetQuotasDocument,
} from "../../generated/graphql";
import { ScrollTable } from "../provider/office";

interface QuotaRow {
  id: string;
  name: string;
  count: number | null;
  used: number;
}

/** One level's quotas as a table of inputs; saves the ones changed. */
function QuotaTable({ title, unit, rows, save }: {
  title: string;
  unit: "municipalityId" | "schoolId";
  rows: QuotaRow[];
  save: (quotas: QuotaInput[]) => Promise<UserErrorShape | null>;
}) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const changed = Object.entries(drafts).filter(([id, value]) => value !== "" && Number(value) !== rows.find((r) => r.id === id)?.count);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const error = await save(changed.map(([id, value]) => ({ count: Number(value), [unit]: id })));
    setFailure(error);
    setSaved(!error);
    if (!error) setDrafts({});
  }

  return (
    <form aria-label={title} onSubmit={submit}>
      <ScrollTable label={`${title}: таблица`}>
        <table>
          <thead><tr><th scope="col">{unit === "schoolId" ? "Школа" : "Муниципальное образование"}</th><th scope="col">Квота</th><th scope="col">Выдано</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="quota" data-id={row.id}>
                <th scope="row">{row.name}</th>
                <td>
                  <input type="number" min={0} max={1000000} inputMode="numeric" aria-label={`Квота: ${row.name}`}
                    value={drafts[row.id] ?? (row.count === null ? "" : String(row.count))}
                    onChange={(e) => { setDrafts({ ...drafts, [row.id]: e.target.value }); setSaved(false); }} />
                </td>
                <td>{row.used}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ErrorMessage error={failure} />
      <button type="submit" className="primary" disabled={changed.length === 0}>Сохранить квоты</button>
      {saved ? <p role="status">Квоты сохранены</p> : null}
    </form>
  );
}

function useSetQuotas(campaignId: string, after: () => void) {
  const [, setQuotas] = useMutation(RegionSetQuotasDocument);
  return async (quotas: QuotaInput[]): Promise<UserErrorShape | null> => {
    const reply = await setQuotas({ campaignId, quotas });
    after();
    return userErrorOf(reply.data?.setRegionalQuotas) ?? (reply.error ? { code: "", message: "Не удалось сохранить квоты" } : null);
  };
}

function SchoolQuotas({ campaignId, municipalityId, quotas, reload }: {
  campaignId: string; municipalityId: string; quotas: Map<string, { count: number; used: number }>; reload: () => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: RegionSchoolsPageDocument, variables: { municipalityId, first: 500 } });
  const save = useSetQuotas(campaignId, reload);
  const schools = (data?.regionalSchools.edges ?? []).map(({ node }) => node);
  const rows = schools.map((s) => ({ id: s.id, name: s.name, count: quotas.get(s.id)?.count ?? null, used: quotas.get(s.id)?.used ?? 0 }));
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && schools.length === 0 ? <p>В муниципальном образовании нет школ.</p> : null}
      {schools.length ? <QuotaTable key={municipalityId} title="Квоты школ" unit="schoolId" rows={rows} save={save} /> : null}
    </>
  );
}

/** The campaign's quotas in the region: municipalities, then the schools of a chosen one. */
export function RegionQuotas({ campaignId, regionCode }: { campaignId: string; regionCode: string }) {
  const [{ data: places }] = useQuery({ query: RegionMunicipalitiesDocument, variables: { regionCode } });
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegionQuotasDocument, variables: { campaignId }, requestPolicy: "cache-and-network" });
  const reload = () => refetch({ requestPolicy: "network-only" });
  const save = useSetQuotas(campaignId, reload);
  const [municipalityId, setMunicipalityId] = useState("");
  const usage = data?.regionalQuotas ?? [];
  const byUnit = new Map(usage.map((q) => [q.schoolId || q.municipalityId, { count: q.count, used: q.used }]));
  const municipalities = places?.municipalities ?? [];
  const rows = municipalities.map((m) => ({ id: m.id, name: m.name, count: byUnit.get(m.id)?.count ?? null, used: byUnit.get(m.id)?.used ?? 0 }));
  return (
    <section aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">Квоты уникальных номеров</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && places ? <QuotaTable key={campaignId} title="Квоты муниципальных образований" unit="municipalityId" rows={rows} save={save} /> : null}
      <h3>Квоты школ</h3>
      <p className="muted">Школа без своей квоты получает долю квоты муниципального образования при распределении.</p>
      <SelectField label="Муниципальное образование для квот школ" value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)}>
        <option value="">— выберите —</option>
        {municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </SelectField>
      {municipalityId ? <SchoolQuotas campaignId={campaignId} municipalityId={municipalityId} quotas={byUnit} reload={reload} /> : null}
    </section>
  );
}
