// What every screen of the school's office shares: the school one works for (from one's
// school_head / school_operator grants), whether one may act there, and the campaign chosen.
import { useQuery } from "urql";
import { Loading } from "../../components/Loading";
import { type Campaign, WithCampaignWindows } from "../teacher/campaign";
import { SchoolGrantsDocument, SchoolsInScopeDocument } from "../../generated/graphql";

const SCHOOL_SCOPE = "school:";
const SCHOOL_ROLES = new Set(["school_head", "school_operator"]);

export interface SchoolContext {
  schoolId: string;
  schoolName: string;
  regionCode: string;
  /** A school operator acts (confirms, refuses, reassigns, records); a head only watches. */
  canOperate: boolean;
  /** The school's head appoints its operators. */
  isHead: boolean;
  campaign: Campaign;
}

/** The school of the person's first school grant, with their right to act there. */
export function useSchoolGrant(): { schoolId: string; canOperate: boolean; isHead: boolean; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: SchoolGrantsDocument });
  const grants = (data?.myGrants ?? []).filter((g) => SCHOOL_ROLES.has(g.role) && g.scope.startsWith(SCHOOL_SCOPE));
  const schoolId = grants[0]?.scope.slice(SCHOOL_SCOPE.length) ?? "";
  const holds = (role: string) => grants.some((g) => g.role === role && g.scope === `${SCHOOL_SCOPE}${schoolId}`);
  return { schoolId, canOperate: holds("school_operator"), isHead: holds("school_head"), fetching };
}

/** Renders the page for the person's school and the chosen campaign, or says why it cannot. */
export function WithSchool({ children }: { children: (school: SchoolContext) => JSX.Element }) {
  const { schoolId, canOperate, isHead, fetching } = useSchoolGrant();
  const [{ data }] = useQuery({ query: SchoolsInScopeDocument, pause: !schoolId });
  if (fetching && !schoolId) return <Loading />;
  if (!schoolId) {
    return <p role="alert" className="error">Нет прав директора или оператора школы: роль выдаёт директор школы или муниципальный оператор.</p>;
  }
  const school = data?.regionalSchools.edges.map((e) => e.node).find((s) => s.id === schoolId);
  if (!school) return <Loading />;
  return (
    <>
      <p data-testid="school-name"><strong>{school.name}</strong>{canOperate ? "" : " · только просмотр (директор)"}</p>
      <WithCampaignWindows regionCode={school.regionCode}>
        {(campaign) => children({ schoolId, schoolName: school.name, regionCode: school.regionCode, canOperate, isHead, campaign })}
      </WithCampaignWindows>
    </>
  );
}
