import { useState } from "react";
import { Link } from "react-router-dom";
import { useClient, useQuery } from "urql";
import { BarChart } from "../components/BarChart";
import { ErrorMessage } from "../components/Errors";
import { QueryState } from "../components/Loading";
import { ResultWaitNote } from "../components/ResultWait";
import { saveFile } from "../download";
import { formatDate, formatZet } from "../format";
import { AccreditationPortfolioDocument, DashboardDocument, type DashboardQuery } from "../generated/graphql";
import { DOCUMENT_KINDS, ELEMENT_KINDS, FRMR } from "../labels";
import { groupBars, targetPercent, yearBars } from "../progressChart";

type CycleData = DashboardQuery["myCycles"][number];

export default function Dashboard() {
  const [{ data, fetching, error }] = useQuery({ query: DashboardDocument, requestPolicy: "cache-and-network" });
  const cycles = data?.myCycles ?? [];
  return (
    <section>
      <h1>Мои циклы</h1>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && cycles.length === 0 ? (
        <p>
          Циклов пока нет. <Link to="/documents">Добавьте сертификат или свидетельство об аккредитации</Link> —
          с даты документа откроется пятилетний цикл.
        </p>
      ) : null}
      {cycles.map((cycle) => <CycleCard key={cycle.id} cycle={cycle} />)}
    </section>
  );
}

function CycleCard({ cycle }: { cycle: CycleData }) {
  const progress = cycle.progress;
  const document = cycle.document;
  const frmr = document ? FRMR[document.frmrStatus] : undefined;
  const specialty = cycle.specialty?.name ?? cycle.specialtyCode;
  const waiting = cycle.plan.filter((item) => item.resultWait);
  return (
    <article className="card cycle" aria-labelledby={`cycle-${cycle.id}`} data-testid="cycle">
      <h2 id={`cycle-${cycle.id}`}>{specialty}</h2>
      <p className="muted">
        Цикл {formatDate(cycle.startsOn)} — {formatDate(cycle.endsOn)}
      </p>
      {document ? (
        <p>
          {DOCUMENT_KINDS[document.kind] ?? document.kind} № {document.series} {document.number} от {formatDate(document.issuedOn)}
          {" · "}
          {/* The register's own note when there is one (it says why), else the status's name. */}
          <span className={`frmr frmr-${document.frmrStatus.toLowerCase()}`}>{document.frmrNote || frmr?.label || document.frmrStatus}</span>
          {frmr?.todo ? <small className="block">{frmr.todo}</small> : null}
        </p>
      ) : null}
      <PortfolioDownload cycleId={cycle.id} />
      <p>
        Правила: {cycle.ruleSet.title} <small className="muted">(источник: {cycle.ruleSet.source})</small>
      </p>
      {progress ? (
        <>
          <p className="total" data-testid="cycle-total">
            Набрано <strong>{formatZet(progress.totalZet)}</strong> из {formatZet(progress.targetZet)}
          </p>
          <progress max={100} value={targetPercent(progress.totalZet, progress.targetZet)} aria-label={`Выполнено ${targetPercent(progress.totalZet, progress.targetZet)}% цели`} />
          <p className={progress.onTrack ? "ok" : "warn"}>
            {progress.complete
              ? "Цель цикла достигнута."
              : progress.onTrack
                ? "Вы идёте по графику."
                : `Отставание от графика: к этому времени рекомендуется ${formatZet(progress.expectedToDateZet)}, не хватает ${formatZet(progress.missingZet)} до цели.`}
          </p>
          <div className="charts">
            <BarChart title="По годам цикла: набрано и рекомендовано" bars={yearBars(progress.byYear)} />
            <BarChart title="По видам: ДПП ПК и ОМ/ИОМ за цикл" bars={groupBars(progress.byGroup)} />
          </div>
          {progress.credits.length > 0 ? (
            <details>
              <summary>Зачтённые элементы ({progress.credits.length})</summary>
              <ul>
                {progress.credits.map((credit) => (
                  <li key={credit.creditId}>
                    {credit.element?.title ?? ELEMENT_KINDS[credit.kind] ?? credit.kind}: {formatZet(credit.countedZet)},{" "}
                    {formatDate(credit.completedOn)}
                    {credit.countsInSeveralCycles ? <span className="badge" title="Засчитывается в нескольких циклах">x2</span> : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p className="muted">Прогресс рассчитывается…</p>
      )}
      {waiting.length > 0 ? (
        <section aria-labelledby={`waiting-${cycle.id}`}>
          <h3 id={`waiting-${cycle.id}`}>Ожидаются результаты</h3>
          <ul>
            {waiting.map((item) => (
              <li key={item.id}>
                <Link to={`/catalog/${item.elementId}`}>{item.element?.title ?? item.elementId}</Link>
                {item.resultWait ? <ResultWaitNote wait={item.resultWait} providerName={item.element?.providerName} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** The cycle's accreditation portfolio, rendered by the server when asked (never cached). */
function PortfolioDownload({ cycleId }: { cycleId: string }) {
  const client = useClient();
  const [state, setState] = useState<{ busy: boolean; error?: Parameters<typeof ErrorMessage>[0]["error"] }>({ busy: false });
  async function download() {
    setState({ busy: true });
    const result = await client.query(AccreditationPortfolioDocument, { cycleId }, { requestPolicy: "network-only" }).toPromise();
    const portfolio = result.data?.accreditationPortfolio;
    if (portfolio) saveFile(portfolio.fileName, portfolio.contentType, portfolio.contentBase64);
    setState({ busy: false, error: result.error });
  }
  return (
    <div className="portfolio">
      <button type="button" onClick={download} disabled={state.busy}>
        {state.busy ? "Готовим портфолио…" : "Скачать портфолио (PDF)"}
      </button>
      <ErrorMessage error={state.error} />
    </div>
  );
}
