// The operators' audit trail in a scope (the region, or one municipality), newest first.
import { useState } from "react";
import { useQuery } from "urql";
import { SelectField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { formatDateTime } from "../../format";
import { RegionAuditDocument } from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import type { ReportScope } from "./Reports";

const ACTIONS: Record<string, string> = {
  create_municipality: "создано муниципальное образование",
  import_schools: "импорт школ",
  import_teachers: "импорт учителей",
  fill_profile_for_teacher: "анкета заполнена за учителя",
  open_campaign: "открыта кампания",
  update_campaign: "изменены сроки кампании",
  cancel_campaign: "кампания отменена",
  set_quotas: "установлены квоты",
  set_questions: "изменена анкета",
  answer_questionnaire_for_teacher: "ответы на анкету за учителя",
  decide_candidate: "решение по кандидату",
  run_allocation: "распределение номеров",
  refuse_number: "отказ от номера",
  reassign_number: "номер передан другому кандидату",
  submit_application: "подано заявление",
  cancel_application: "заявление отозвано",
  record_completion: "внесён документ о завершении",
};

const ENTITIES: Record<string, string> = {
  municipality: "муниципальное образование",
  region: "регион",
  teacher: "учитель",
  campaign: "кампания",
  holding: "номер учителя",
  number: "номер",
  application: "заявление",
};

/** «Журнал действий операторов»: who did what, filtered by action, page after page. */
export function OperatorsAudit({ scope }: { scope: ReportScope }) {
  const [action, setAction] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: RegionAuditDocument,
    variables: { regionCode: scope.municipalityId ? null : scope.regionCode, municipalityId: scope.municipalityId ?? null, action: action || null, after },
    requestPolicy: "network-only",
  });
  const events = (data?.regionalAudit.edges ?? []).map(({ node }) => node);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Журнал действий операторов</h2>
      <SelectField label="Действие" value={action} onChange={(e) => { setAction(e.target.value); setAfter(null); }}>
        <option value="">все</option>
        {Object.entries(ACTIONS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && events.length === 0 ? <p>Записей нет.</p> : null}
      <ScrollTable label="Журнал действий">
        <table>
          <thead><tr><th scope="col">Когда</th><th scope="col">Действие</th><th scope="col">Объект</th></tr></thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-testid="audit-event" data-action={e.action}>
                <td>{formatDateTime(e.at)}</td><td>{ACTIONS[e.action] ?? e.action}</td><td>{ENTITIES[e.entityType] ?? e.entityType}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <div className="form inline">
        {after ? <button type="button" onClick={() => setAfter(null)}>К последним записям</button> : null}
        {data?.regionalAudit.pageInfo.hasNextPage ? (
          <button type="button" onClick={() => setAfter(data.regionalAudit.pageInfo.endCursor ?? null)}>Более ранние записи</button>
        ) : null}
      </div>
    </section>
  );
}
