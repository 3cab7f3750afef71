// What the operators' screens (region and municipality) share: the scope one acts for (from
// one's grants), the campaign year being looked at, and the Russian names of the model's codes.
import { useState } from "react";
import { useQuery } from "urql";
import { SelectField } from "../../components/Field";
import { Loading, QueryState } from "../../components/Loading";
import {
  MunicipalityOwnDocument, type RegionCampaignPartsFragment, RegionCampaignsDocument, RegionOperatorGrantsDocument,
} from "../../generated/graphql";

/** The scopes ("region:16" → "16") of the person's grants of a role, in grant order. */
export function useGrantScopes(role: string, prefix: string): { scopes: string[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: RegionOperatorGrantsDocument });
  const scopes = [
    ...new Set(
      (data?.myGrants ?? [])
        .filter((grant) => grant.role === role && grant.scope.startsWith(prefix))
        .map((grant) => grant.scope.slice(prefix.length)),
    ),
  ];
  return { scopes, fetching };
}

function NoGrant({ text }: { text: string }) {
  return <p role="alert" className="error">{text}</p>;
}

/** Renders the page for the regional operator's (first) region, or says why it cannot. */
export function WithRegion({ children }: { children: (regionCode: string) => JSX.Element }) {
  const { scopes, fetching } = useGrantScopes("regional_operator", "region:");
  if (fetching && scopes.length === 0) return <Loading />;
  if (scopes.length === 0) return <NoGrant text="Нет прав регионального оператора: роль выдаёт администратор." />;
  return children(scopes[0]);
}

export interface MunicipalScope {
  municipalityId: string;
  regionCode: string;
}

/** Renders the page for the municipal operator's (first) municipality and its region (read by
 * the municipality's id, so a municipality without schools sees its region's campaign too). */
export function WithMunicipality({ children }: { children: (scope: MunicipalScope) => JSX.Element }) {
  const { scopes, fetching } = useGrantScopes("municipal_operator", "municipality:");
  const municipalityId = scopes[0] ?? "";
  const [{ data, error }] = useQuery({
    query: MunicipalityOwnDocument,
    variables: { municipalityId },
    pause: !municipalityId,
  });
  if (fetching && scopes.length === 0) return <Loading />;
  if (!municipalityId) return <NoGrant text="Нет прав муниципального оператора: роль выдаёт региональный оператор." />;
  if (!data) return <QueryState fetching error={error} hasData={false} />;
  const regionCode = data.municipalitiesById[0]?.regionCode;
  if (!regionCode) return <p>Муниципальное образование не найдено в реестре региона: обратитесь к региональному оператору.</p>;
  return children({ municipalityId, regionCode });
}

/** The region's campaigns (newest year first) and the one chosen, the newest by default. */
export function useCampaign(regionCode: string) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RegionCampaignsDocument,
    variables: { regionCode },
    requestPolicy: "cache-and-network",
  });
  const campaigns = data?.regionalCampaigns ?? [];
  const [chosenId, choose] = useState("");
  // A campaign just opened is chosen before the list has it: nothing is shown until it has
  // (showing the newest meanwhile would put another year's figures under the new one).
  const campaign = chosenId ? campaigns.find((c) => c.id === chosenId) ?? null : campaigns[0] ?? null;
  return { campaigns, campaign, choose, fetching, error, loaded: Boolean(data), reload: () => refetch({ requestPolicy: "network-only" }) };
}

/** «Год кампании»: the choice of the campaign the screen shows. */
export function CampaignPicker({ campaigns, campaign, choose }: {
  campaigns: RegionCampaignPartsFragment[];
  campaign: RegionCampaignPartsFragment | null;
  choose: (id: string) => void;
}) {
  if (campaigns.length === 0) return <p>Кампаний пока нет.</p>;
  return (
    <SelectField label="Год кампании" value={campaign?.id ?? ""} onChange={(e) => choose(e.target.value)}>
      {campaigns.map((c) => <option key={c.id} value={c.id}>{c.year}</option>)}
    </SelectField>
  );
}

/** The campaign picker for a page that needs a campaign; the page is given the chosen one. */
export function WithCampaign({ regionCode, children }: {
  regionCode: string;
  children: (campaign: RegionCampaignPartsFragment) => JSX.Element;
}) {
  const { campaigns, campaign, choose, fetching, error, loaded } = useCampaign(regionCode);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={loaded} />
      {loaded ? <CampaignPicker campaigns={campaigns} campaign={campaign} choose={choose} /> : null}
      {campaign ? children(campaign) : null}
    </>
  );
}

export const MUNICIPALITY_KIND: Record<string, string> = {
  MUNICIPAL_DISTRICT: "муниципальный район",
  URBAN_OKRUG: "городской округ",
  CITY_DISTRICT: "внутригородской район",
};

export const SCHOOL_KIND: Record<string, string> = {
  PRESCHOOL: "дошкольная",
  GENERAL: "общеобразовательная",
  ADDITIONAL: "дополнительного образования",
  VOCATIONAL: "профессиональная",
};

export const CANDIDATE_DECISION: Record<string, string> = {
  PENDING: "ожидает решения",
  CONFIRMED: "подтверждён",
  REMOVED: "исключён",
};

export function teacherName(t: { familyName: string; givenName: string; middleName: string }): string {
  return [t.familyName, t.givenName, t.middleName].filter(Boolean).join(" ");
}

export const NUMBER_STATUS: Record<string, string> = {
  EXPECTED: "ожидается",
  ASSIGNED: "присвоен",
  APPLICATION_DRAFT: "заявление: черновик",
  APPLICATION_SUBMITTED: "заявление: подано",
  REFUSED: "отказ",
  COMPLETED: "обучение завершено",
  FREE: "свободен",
};
