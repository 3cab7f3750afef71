import type { SmkCardPartsFragment } from "../../generated/graphql";
import { MODES_PL, REQUIREMENT_KINDS_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** A card's header and its progress per module against the programme (Polish). */
export function CardProgress({ card, actions }: {
  card: SmkCardPartsFragment;
  actions?: (module: SmkCardPartsFragment["modules"][number]) => React.ReactNode;
}) {
  return (
    <>
      <dl className="facts">
        <dt>{t.unit}</dt><dd>{card.unitName}</dd>
        <dt>{t.programme}</dt><dd>{card.programmeTitle} ({t.version} {card.programmeVersion})</dd>
        <dt>{t.started}</dt><dd>{card.startedOn}</dd>
        <dt>{t.mode}</dt><dd>{MODES_PL[card.mode] ?? card.mode}</dd>
        <dt>{t.pending}</dt><dd data-testid="pending">{card.pendingEntries}</dd>
      </dl>
      {card.complete ? <p role="status" className="ok">{t.complete}</p> : null}
      {card.modules.map((module) => (
        <section key={module.code} className="card" data-testid="module" data-module={module.code}
          data-state={module.completed ? "completed" : module.requirementsMet ? "met" : "open"}>
          <h3>{t.module}: {module.title}</h3>
          <p>
            <strong>{module.completed ? t.moduleCompleted : module.requirementsMet ? t.moduleMet : t.moduleOpen}</strong>
          </p>
          <table>
            <thead><tr><th scope="col">{t.requirement}</th><th scope="col">{t.required}</th><th scope="col">{t.confirmed}</th></tr></thead>
            <tbody>
              {module.requirements.map((r) => (
                <tr key={`${r.kind}-${r.code}`}>
                  <td>{REQUIREMENT_KINDS_PL[r.kind] ?? r.kind}{r.code ? `: ${r.title} (${r.code})` : ""}</td>
                  <td>{r.required}</td>
                  <td>{r.confirmed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {actions ? actions(module) : null}
        </section>
      ))}
    </>
  );
}
