import { useState } from "react";
import { useClient, useQuery } from "urql";
import { CountChart } from "../../components/CountChart";
import { ErrorMessage } from "../../components/Errors";
import { QueryState } from "../../components/Loading";
import { saveFile } from "../../download";
import {
  type ReportKind, RegionExportDocument, RegionMunicipalitiesDocument, RegionQuotasDocument, RegionReportCountsDocument,
} from "../../generated/graphql";
import { OperatorsAudit } from "./Audit";
import { WithCampaign, WithRegion } from "./scope";

/** Where a report looks: the whole region, or one municipality. */
export interface ReportScope {
  regionCode: string;
  municipalityId?: string;
}

const EXPORTS: [ReportKind, string][] = [
  ["ALLOCATION", "Распределение"],
  ["CANDIDATES", "Кандидаты"],
  ["NUMBERS", "Номера"],
  ["APPLICATIONS", "Заявления"],
  ["COMPLETIONS", "Документы о завершении"],
  ["TEACHERS", "Учителя"],
];

function Exports({ campaignId, scope }: { campaignId: string; scope: ReportScope }) {
  const client = useClient();
  const [failure, setFailure] = useState("");
  const [saved, setSaved] = useState("");
  async function download(kind: ReportKind, title: string) {
    const filter = { campaignId, regionCode: scope.municipalityId ? null : scope.regionCode, municipalityId: scope.municipalityId ?? null };
    const reply = await client.query(RegionExportDocument, { kind, filter }, { requestPolicy: "network-only" }).toPromise();
    const file = reply.data?.regionalExport;
    setFailure(file ? "" : `Не удалось выгрузить «${title}»`);
    if (!file) return;
    saveFile(file.filename, file.contentType, file.contentBase64);
    setSaved(`«${title}»: ${file.filename}, строк: ${file.rows}`);
  }
  return (
    <section aria-labelledby="exports-heading">
      <h2 id="exports-heading">Выгрузки CSV</h2>
      <div className="form inline">
        {EXPORTS.map(([kind, title]) => (
          <button key={kind} type="button" onClick={() => download(kind, title)}>Скачать CSV: {title}</button>
        ))}
      </div>
      <ErrorMessage error={failure} />
      {saved ? <p role="status">Выгружено {saved}</p> : null}
    </section>
  );
}

/** Numbers given per municipality (the quotas' use), the region's report only. */
function GivenByMunicipality({ campaignId, regionCode }: { campaignId: string; regionCode: string }) {
  const [{ data: places }] = useQuery({ query: RegionMunicipalitiesDocument, variables: { regionCode } });
  const [{ data }] = useQuery({ query: RegionQuotasDocument, variables: { campaignId }, requestPolicy: "network-only" });
  if (!data || !places) return null;
  const names = new Map(places.municipalities.map((m) => [m.id, m.name]));
  const counts = data.regionalQuotas
    .filter((q) => !q.schoolId)
    .map((q) => ({ label: names.get(q.municipalityId) ?? q.municipalityId, value: q.used }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "ru"));
  return <CountChart title="Выдано номеров по муниципальным образованиям" counts={counts} empty="Квоты не назначены." />;
}

/** A campaign's counts in a scope as charts: numbers given, refused by reason, applications, completions. */
export function CampaignReport({ campaignId, scope }: { campaignId: string; scope: ReportScope }) {
  const [{ data, fetching, error }] = useQuery({
    query: RegionReportCountsDocument,
    variables: { campaignId, regionCode: scope.municipalityId ? null : scope.regionCode, municipalityId: scope.municipalityId ?? null },
    requestPolicy: "network-only",
  });
  const summary = data?.allocation.summary;
  const refusals = (data?.allocation.refusalsByReason ?? []).map((r) => ({ label: r.reasonText, value: r.count }));
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && summary ? (
        <div className="charts" data-testid="region-report">
          <CountChart title="Уникальные номера" counts={[
            { label: "выдано при распределении", value: summary.granted },
            { label: "не получили номер", value: summary.notGranted },
            { label: "отказов от номера", value: data.refused.totalCount },
            { label: "свободно в резерве школ", value: data.free.totalCount },
          ]} />
          <CountChart title="Отказы по причинам" counts={refusals} empty="Отказов нет." />
          <CountChart title="Заявления" counts={[
            { label: "номер присвоен, заявления нет", value: data.assigned.totalCount },
            { label: "черновики заявлений", value: data.drafts.totalCount },
            { label: "заявления поданы", value: data.submitted.totalCount },
            { label: "всего заявлений", value: data.applications.totalCount },
          ]} />
          <CountChart title="Завершение обучения" counts={[
            { label: "обучение завершено (номер закрыт)", value: data.completed.totalCount },
            { label: "документов о завершении", value: data.completions.totalCount },
          ]} />
        </div>
      ) : null}
      {scope.municipalityId ? null : <GivenByMunicipality campaignId={campaignId} regionCode={scope.regionCode} />}
      <Exports campaignId={campaignId} scope={scope} />
    </>
  );
}

/** The region's reports for a campaign year (charts of the counts, CSV exports) and the operators' audit trail. */
export default function Reports() {
  return (
    <section>
      <h1>Отчёты региона</h1>
      <WithRegion>
        {(regionCode) => (
          <>
            <WithCampaign regionCode={regionCode}>{(campaign) => <CampaignReport key={campaign.id} campaignId={campaign.id} scope={{ regionCode }} />}</WithCampaign>
            <OperatorsAudit scope={{ regionCode }} />
          </>
        )}
      </WithRegion>
    </section>
  );
}
