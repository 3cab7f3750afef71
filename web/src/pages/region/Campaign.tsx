import { formatDate, formatDateTime } from "../../format";
import type { RegionCampaignPartsFragment } from "../../generated/graphql";
import { QueryState } from "../../components/Loading";
import { CancelCampaign, EditCampaign, OpenCampaign } from "./CampaignForms";
import { RegionQuestionnaire } from "./Questionnaire";
import { RegionQuotas } from "./Quotas";
import { campaignDays } from "./campaignWindows";
import { CampaignPicker, WithRegion, useCampaign } from "./scope";

function openState(open: boolean): string {
  return open ? "открыто сейчас" : "закрыто";
}

function CampaignCard({ campaign, reload, cancelled }: { campaign: RegionCampaignPartsFragment; reload: () => void; cancelled: () => void }) {
  const days = campaignDays(campaign);
  return (
    <article className="card" data-testid="campaign" data-id={campaign.id} data-year={campaign.year} aria-labelledby="campaign-heading">
      <h2 id="campaign-heading">Кампания {campaign.year} года</h2>
      <dl>
        <dt>Анкетирование</dt>
        <dd>{formatDate(days.questionnaireFrom)} – {formatDate(days.questionnaireTo)} ({openState(campaign.questionnaireOpenNow)})</dd>
        <dt>Подача заявлений</dt>
        <dd>{formatDate(days.applicationsFrom)} – {formatDate(days.applicationsTo)} ({openState(campaign.applicationsOpenNow)})</dd>
        <dt>Часов в заявлении</dt>
        <dd>{campaign.requiredHours}</dd>
        <dt>Распределение номеров</dt>
        <dd data-testid="campaign-allocated">{campaign.allocatedAt ? `проведено ${formatDateTime(campaign.allocatedAt)}` : "ещё не проводилось"}</dd>
      </dl>
      <EditCampaign key={campaign.id} campaign={campaign} onSaved={reload} />
      <CancelCampaign key={`cancel-${campaign.id}`} campaign={campaign} onCancelled={cancelled} />
    </article>
  );
}

function CampaignOf({ regionCode }: { regionCode: string }) {
  const { campaigns, campaign, choose, fetching, error, loaded, reload } = useCampaign(regionCode);
  function opened(id: string) {
    choose(id);
    reload();
  }
  function cancelled() {
    choose("");
    reload();
  }
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={loaded} />
      {loaded ? <CampaignPicker campaigns={campaigns} campaign={campaign} choose={choose} /> : null}
      {campaign ? (
        <>
          <CampaignCard campaign={campaign} reload={reload} cancelled={cancelled} />
          {/* One per campaign: a hook's data never carries over from another year. */}
          <RegionQuotas key={`quotas-${campaign.id}`} campaignId={campaign.id} regionCode={regionCode} />
          <RegionQuestionnaire key={`questions-${campaign.id}`} campaignId={campaign.id} />
        </>
      ) : null}
      <OpenCampaign regionCode={regionCode} onOpened={opened} />
    </>
  );
}

/** The region's campaign years: windows, hours, quotas per municipality and school, the
 * teachers' questionnaire; a new year. */
export default function Campaign() {
  return (
    <section>
      <h1>Кампания и квоты</h1>
      <WithRegion>{(regionCode) => <CampaignOf regionCode={regionCode} />}</WithRegion>
    </section>
  );
}
