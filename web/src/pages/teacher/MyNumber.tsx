import { useQuery } from "urql";
import { ErrorMessage } from "../../components/Errors";
import { Loading, QueryState } from "../../components/Loading";
import { type Campaign, REGIONAL_APPLICATION_STATUS, WithCampaignWindows } from "./campaign";
import { RefuseNumber } from "./RefuseNumber";
import { CANDIDATE_DECISION } from "../region/scope";
import { MyCampaignStatusDocument, MyTeacherProfileDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { ApplicationForm, type Prefill } from "./ApplicationForm";
import { MyCompletions } from "./MyCompletions";

const LIVE = new Set(["ASSIGNED", "APPLICATION_DRAFT", "APPLICATION_SUBMITTED"]);

function StatusIn({ campaign, regionCode, prefill }: { campaign: Campaign; regionCode: string; prefill: Prefill }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyCampaignStatusDocument,
    variables: { campaignId: campaign.id },
    requestPolicy: "cache-and-network",
  });
  const status = data?.myCampaignStatus;
  const holding = status?.holding;
  const application = status?.application;
  const reload = () => refetch({ requestPolicy: "network-only" });
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {status ? (
        <div className="card" data-testid="my-number" data-status={holding?.status ?? ""}>
          <h2>Уникальный номер</h2>
          {holding ? (
            <p>
              Номер <code>{holding.numberCode || "будет присвоен при распределении"}</code>: <strong>{holding.statusText}</strong>
              {holding.status === "REFUSED" ? ` (${holding.refusalText})` : ""}
            </p>
          ) : (
            <p>
              {status.candidate
                ? `Вы в списке кандидатов: ${CANDIDATE_DECISION[status.decision] ?? status.decision}.`
                : "Номера нет: бюджетное обучение положено не чаще раза в три года."}
            </p>
          )}
          {application ? (
            <p data-testid="my-application" data-status={application.status}>
              Заявление: <strong>{REGIONAL_APPLICATION_STATUS[application.status] ?? application.status}</strong>
              {application.submittedAt ? ` ${formatDateTime(application.submittedAt)}` : ""}, часов: {application.totalHours} из {campaign.requiredHours}
            </p>
          ) : null}
          {holding?.status === "COMPLETED" ? (
            <p className="ok" data-testid="my-completion">Обучение завершено: документ записан оператором школы.</p>
          ) : null}
          {holding && LIVE.has(holding.status) ? <RefuseNumber holdingId={holding.holdingId} summary="Отказаться от номера" confirm="Отказаться" onDone={reload} /> : null}
        </div>
      ) : null}
      {holding && LIVE.has(holding.status) ? (
        <>
          <h2>Заявление на обучение</h2>
          <ApplicationForm
            campaignId={campaign.id}
            regionCode={regionCode}
            requiredHours={campaign.requiredHours}
            open={campaign.applicationsOpenNow}
            application={application}
            prefill={prefill}
            onChanged={reload}
          />
        </>
      ) : null}
    </>
  );
}

/** The teacher's unique number, their application to program groups, the completion and their documents. */
export default function MyNumber() {
  const [{ data, fetching, error }] = useQuery({ query: MyTeacherProfileDocument });
  const me = data?.myTeacherProfile;
  if (fetching && !me) return <Loading />;
  const prefill: Prefill = {
    phone: me?.profile.phone ?? "",
    position: me?.profile.position ?? "",
    subject: me?.profile.subjects[0] ?? "",
    qualificationCategory: me?.profile.qualificationCategory ?? "",
  };
  return (
    <section>
      <h1>Номер и заявление</h1>
      {error && !me ? <ErrorMessage error={error} /> : null}
      {me ? (
        <WithCampaignWindows regionCode={me.regionCode}>
          {(campaign) => <StatusIn key={campaign.id} campaign={campaign} regionCode={me.regionCode} prefill={prefill} />}
        </WithCampaignWindows>
      ) : null}
      {me ? <MyCompletions /> : null}
    </section>
  );
}
