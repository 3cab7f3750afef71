import { AllocationOutcomes } from "../region/Allocation";
import { OperatorsAudit } from "../region/Audit";
import { CampaignReport } from "../region/Reports";
import { MunicipalPage } from "./municipal";

/** The municipality's reports for a campaign year: charts, exports, the allocation's result and the operators' audit trail. */
export default function Reports() {
  return (
    <MunicipalPage title="Отчёты муниципального образования">
      {(scope, campaign) => (
        <>
          <CampaignReport key={campaign.id} campaignId={campaign.id} scope={scope} />
          <AllocationOutcomes key={`outcomes-${campaign.id}`} campaignId={campaign.id} municipalityId={scope.municipalityId} />
          <OperatorsAudit scope={scope} />
        </>
      )}
    </MunicipalPage>
  );
}
