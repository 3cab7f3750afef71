// What the municipal operator's screens share: the municipality's campaign being looked at and
// the names of its schools.
import { useQuery } from "urql";
import { type RegionCampaignPartsFragment, RegionSchoolsPageDocument } from "../../generated/graphql";
import { type MunicipalScope, WithCampaign, WithMunicipality } from "../region/scope";

/** The page of a campaign of the operator's municipality (the campaign chosen on the page). */
export function MunicipalPage({ title, children }: {
  title: string;
  children: (scope: MunicipalScope, campaign: RegionCampaignPartsFragment) => JSX.Element;
}) {
  return (
    <section>
      <h1>{title}</h1>
      <WithMunicipality>
        {(scope) => <WithCampaign regionCode={scope.regionCode}>{(campaign) => children(scope, campaign)}</WithCampaign>}
      </WithMunicipality>
    </section>
  );
}

/** The municipality's schools (at most 500), and a school's name by id. */
export function useMunicipalSchools(municipalityId: string) {
  const [{ data, fetching, error }] = useQuery({ query: RegionSchoolsPageDocument, variables: { municipalityId, first: 500 } });
  const schools = (data?.regionalSchools.edges ?? []).map(({ node }) => node);
  const names = new Map(schools.map((s) => [s.id, s.name]));
  return { schools, nameOf: (id: string) => names.get(id) ?? "—", fetching, error, loaded: Boolean(data) };
}
