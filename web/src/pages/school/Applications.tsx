import { useQuery } from "urql";
import { QueryState } from "../../components/Loading";
import { REGIONAL_APPLICATION_STATUS } from "../teacher/campaign";
import { SchoolApplicationsDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { type SchoolContext, WithSchool } from "./office";

function ApplicationsOf({ schoolId, campaign }: SchoolContext) {
  const [{ data, fetching, error }] = useQuery({
    query: SchoolApplicationsDocument,
    variables: { campaignId: campaign.id, schoolId },
    requestPolicy: "cache-and-network",
  });
  const applications = (data?.regionalApplications.edges ?? []).map((e) => e.node);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && applications.length === 0 ? <p>Заявлений пока нет.</p> : null}
      <ul className="cards">
        {applications.map((a) => (
          <li key={a.id} className="card" data-testid="school-application" data-status={a.status}>
            <h3>{a.teacherName}</h3>
            <p>
              Номер <code>{a.numberCode}</code> · <strong>{REGIONAL_APPLICATION_STATUS[a.status] ?? a.status}</strong>
              {a.submittedAt ? ` ${formatDateTime(a.submittedAt)}` : ""}
            </p>
            <p>
              {a.position}, {a.subject}, категория: {a.qualificationCategory || "—"} · групп: {a.groupIds.length},
              {" "}часов: {a.totalHours} из {campaign.requiredHours}
            </p>
            <p className="muted">Паспорт {a.passportMasked || "не указан"} · телефон {a.phone || "не указан"}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Teachers' applications to the registry's program groups at the school. */
export default function SchoolApplications() {
  return (
    <section>
      <h1>Заявления учителей</h1>
      <WithSchool>{(school) => <ApplicationsOf {...school} />}</WithSchool>
    </section>
  );
}
