// What the teacher's and the school's screens of the regional model (ЭОРТ) add to the
// operators' shared ones (../region/scope): the campaign's windows shown with it, the refusal
// reasons of the list and the application statuses.
import { WithCampaign } from "../region/scope";
import type { RegionCampaignPartsFragment } from "../../generated/graphql";
import { formatDateTime } from "../../format";

export type Campaign = RegionCampaignPartsFragment;

/** The region's campaign picker («Год кампании»), the chosen campaign's windows, then the page. */
export function WithCampaignWindows({ regionCode, children }: { regionCode: string; children: (campaign: Campaign) => JSX.Element }) {
  return (
    <WithCampaign regionCode={regionCode}>
      {(campaign) => (
        <>
          <p className="muted" data-testid="campaign-windows">
            Анкетирование: {formatDateTime(campaign.questionnaireOpensAt)} – {formatDateTime(campaign.questionnaireClosesAt)}
            {campaign.questionnaireOpenNow ? " (открыто)" : ""}; приём заявлений: {formatDateTime(campaign.applicationsOpenAt)} –{" "}
            {formatDateTime(campaign.applicationsCloseAt)}{campaign.applicationsOpenNow ? " (открыт)" : ""}; требуется часов: {campaign.requiredHours}.
          </p>
          {children(campaign)}
        </>
      )}
    </WithCampaign>
  );
}

/** Refusal reasons in the order of the regulation's list (the service's RefusalReason); the
 * off-budget one is the teacher's choice in the application, not picked from the list. */
export const REFUSAL_REASONS: [string, string][] = [
  ["LIQUIDATION_OR_RESIGNATION", "ликвидация/отставка"],
  ["MATERNITY_LEAVE", "декретный отпуск"],
  ["DISMISSAL", "увольнение"],
  ["ILLNESS", "болезнь"],
  ["TRAINED_ELSEWHERE", "обучение пройдено в другой организации"],
  ["OTHER", "другое"],
];

export const REGIONAL_APPLICATION_STATUS: Record<string, string> = {
  DRAFT: "черновик",
  SUBMITTED: "подано",
  CLOSED: "закрыто",
};
