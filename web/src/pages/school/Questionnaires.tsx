import { useQuery } from "urql";
import { Disclosure } from "../../components/Disclosure";
import { QueryState } from "../../components/Loading";
import { teacherName } from "../region/scope";
import { SchoolQuestionnaireResponsesDocument, TeacherProfileOfDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { ProfileForm } from "../teacher/ProfileForm";
import { QuestionnaireForm } from "../teacher/QuestionnaireForm";
import { type SchoolContext, WithSchool } from "./office";

function ResponsesOf({ schoolId, canOperate, campaign }: SchoolContext) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SchoolQuestionnaireResponsesDocument,
    variables: { campaignId: campaign.id, schoolId },
    requestPolicy: "cache-and-network",
  });
  const [profiles, refetchProfiles] = useQuery({ query: TeacherProfileOfDocument, variables: { schoolId }, pause: !canOperate });
  const responses = (data?.questionnaireResponses.edges ?? []).map((e) => e.node);
  const profileOf = new Map((profiles.data?.regionalTeachers.edges ?? []).map((e) => [e.node.id, e.node]));
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data ? (
        <p data-testid="answered-total">
          Ответили на анкету кампании: {data.questionnaireResponses.answeredTotal} из {data.questionnaireResponses.totalCount}
        </p>
      ) : null}
      <ul className="cards">
        {responses.map((r) => {
          const teacher = profileOf.get(r.teacher.id);
          return (
            <li key={r.teacher.id} className="card" data-testid="questionnaire-response" data-id={r.teacher.id} data-answered={r.answered}>
              <h3>{teacherName(r.teacher)}</h3>
              <p>
                Анкета кампании: {r.answered ? `заполнена ${formatDateTime(r.answeredAt)}${r.filledBy ? " (оператором)" : ""}` : "не заполнена"}
                {" · "}Моя анкета: {r.teacher.profileComplete ? "заполнена" : `не заполнено полей: ${r.teacher.missingProfileFields.length}`}
              </p>
              {canOperate ? (
                <>
                  <Disclosure summary="Заполнить анкету кампании за учителя">
                    {() => <QuestionnaireForm campaignId={campaign.id} teacherId={r.teacher.id} given={r.answers} open={campaign.questionnaireOpenNow} />}
                  </Disclosure>
                  {teacher ? (
                    <Disclosure summary="Заполнить «Мою анкету» за учителя">
                      {() => (
                        <ProfileForm profile={teacher.profile} missing={teacher.missingProfileFields} teacherId={teacher.id}
                          onSaved={() => { refetch({ requestPolicy: "network-only" }); refetchProfiles({ requestPolicy: "network-only" }); }} />
                      )}
                    </Disclosure>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The teachers' questionnaires at the school: who has answered; an operator fills one for a teacher. */
export default function Questionnaires() {
  return (
    <section>
      <h1>Анкеты учителей</h1>
      <WithSchool>{(school) => <ResponsesOf {...school} />}</WithSchool>
    </section>
  );
}
