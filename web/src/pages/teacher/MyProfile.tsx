import { useQuery } from "urql";
import { ErrorMessage } from "../../components/Errors";
import { Loading } from "../../components/Loading";
import { WithCampaignWindows } from "./campaign";
import { MyTeacherProfileDocument } from "../../generated/graphql";
import { ProfileForm } from "./ProfileForm";
import { QuestionnaireForm } from "./QuestionnaireForm";

/** «Моя анкета»: the teacher's profile and the campaign's questionnaire. */
export default function MyProfile() {
  const [{ data, fetching, error }] = useQuery({ query: MyTeacherProfileDocument });
  const me = data?.myTeacherProfile;
  return (
    <section>
      <h1>Моя анкета</h1>
      {fetching && !me ? <Loading /> : null}
      {error && !me ? (
        <>
          <ErrorMessage error={error} />
          <p>Учителя нет в реестре региона: обратитесь к оператору своей школы.</p>
        </>
      ) : null}
      {me ? (
        <>
          <p>{[me.familyName, me.givenName, me.middleName].filter(Boolean).join(" ")}</p>
          <ProfileForm profile={me.profile} missing={me.missingProfileFields} />
          <h2>Анкета кампании</h2>
          <WithCampaignWindows regionCode={me.regionCode}>
            {(campaign) => <QuestionnaireForm key={campaign.id} campaignId={campaign.id} open={campaign.questionnaireOpenNow} />}
          </WithCampaignWindows>
        </>
      ) : null}
    </section>
  );
}
