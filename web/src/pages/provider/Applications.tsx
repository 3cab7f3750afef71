import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  type ApplicationStatus, ProviderAcceptDocument, ProviderApplicationsDocument, ProviderRejectDocument,
} from "../../generated/graphql";
import { formatDate } from "../../format";
import { APPLICATION_STATUS, FUNDING } from "../../labels";
import { SeatList, WithProvider } from "./office";

function ApplicationsOf({ providerId }: { providerId: string }) {
  const [status, setStatus] = useState<string>("SUBMITTED");
  const [basis, setBasis] = useState<string>("");
  const [program, setProgram] = useState<string>("");
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProviderApplicationsDocument,
    variables: { providerId, status: (status || null) as ApplicationStatus | null },
    requestPolicy: "cache-and-network",
  });
  const [, accept] = useMutation(ProviderAcceptDocument);
  const [, reject] = useMutation(ProviderRejectDocument);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const all = data?.providerApplications ?? [];
  const programs = [...new Map(all.map((a) => [a.elementId, a.element?.title ?? a.elementId])).entries()];
  const applications = all.filter((a) => (!basis || a.fundingBasis === basis) && (!program || a.elementId === program));

  async function decide(id: string, ok: boolean) {
    const reply = ok
      ? (await accept({ id })).data?.acceptApplication
      : (await reject({ id, reason: reasons[id] ?? "" })).data?.rejectApplication;
    setFailure(userErrorOf(reply));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <div className="form inline">
        <SelectField label="Статус" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">все</option>
          {Object.entries(APPLICATION_STATUS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <SelectField label="Основа обучения" value={basis} onChange={(e) => setBasis(e.target.value)}>
          <option value="">все</option>
          {["BUDGET", "CONTRACT", "OMS"].map((value) => <option key={value} value={value}>{FUNDING[value]}</option>)}
        </SelectField>
        <SelectField label="Программа" value={program} onChange={(e) => setProgram(e.target.value)}>
          <option value="">все</option>
          {programs.map(([id, title]) => <option key={id} value={id}>{title}</option>)}
        </SelectField>
      </div>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && applications.length === 0 ? <p>Заявок нет.</p> : null}
      <ul className="cards">
        {applications.map((a) => {
          const cycle = a.element?.cycles.find((c) => c.id === a.programCycleId);
          return (
            <li key={a.id} className="card" data-testid="provider-application" data-id={a.id} data-status={a.status}>
              <h3>{a.element?.title ?? a.elementId}</h3>
              <p>
                Цикл {formatDate(a.startsOn)} – {formatDate(a.endsOn)} · специальность {a.specialtyCode} ·{" "}
                {FUNDING[a.fundingBasis] ?? a.fundingBasis} · <strong>{APPLICATION_STATUS[a.status] ?? a.status}</strong>
                {a.decisionReason ? `: ${a.decisionReason}` : ""}
              </p>
              <p className="muted">{a.employment.organization}, {a.employment.position}</p>
              {cycle ? <><p>Места в цикле:</p><SeatList seats={cycle.seats} /></> : null}
              {a.status === "SUBMITTED" ? (
                <div className="form inline">
                  <button type="button" className="primary" onClick={() => decide(a.id, true)}>Принять</button>
                  <label>
                    Причина отказа
                    <input value={reasons[a.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [a.id]: e.target.value })} />
                  </label>
                  <button type="button" onClick={() => decide(a.id, false)} disabled={!(reasons[a.id] ?? "").trim()}>Отклонить</button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Applications to the provider's cycles: filter, accept, or refuse with a reason; seats left per basis. */
export default function Applications() {
  return (
    <section>
      <h1>Заявки на обучение</h1>
      <WithProvider>{(providerId) => <ApplicationsOf providerId={providerId} />}</WithProvider>
    </section>
  );
}
