import { useId, useState, type ChangeEvent } from "react";
import { useClient, useMutation, type Client } from "urql";
import { ErrorMessage } from "../../components/Errors";
import {
  type MunicipalityKind, RegionCreateMunicipalityDocument, type RegionImportSchoolsMutation, RegionImportSchoolsDocument,
  RegionImportTeachersDocument,
} from "../../generated/graphql";
import { ScrollTable } from "../provider/office";
import {
  CHANGE_LABEL, type Change, type Preview, previewMunicipalities, previewSchools, previewTeachers, readMunicipalityKind,
} from "./importPreview";
import { loadMunicipalities, loadSchools, loadTeachers } from "./lists";
import { WithRegion } from "./scope";

/** What the service did with a file: counts and the rejected rows with their reasons. */
interface Applied {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; reason: string }[];
}

const ORDER: Change[] = ["invalid", "new", "changed", "unchanged"];
const SHOWN_ROWS = 200;

function PreviewTable({ title, preview }: { title: string; preview: Preview }) {
  const rows = [...preview.rows].sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change) || a.line - b.line);
  return (
    <>
      <p data-testid="import-preview" data-new={preview.counts.new} data-changed={preview.counts.changed}
        data-unchanged={preview.counts.unchanged} data-invalid={preview.counts.invalid}>
        {ORDER.map((change) => `${CHANGE_LABEL[change]}: ${preview.counts[change]}`).join(" · ")}
      </p>
      <ScrollTable label={`Что изменится: ${title}`}>
        <table>
          <thead><tr><th scope="col">Строка</th><th scope="col">Ключ</th><th scope="col">Запись</th><th scope="col">Изменение</th><th scope="col">Подробности</th></tr></thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.line} data-testid="import-preview-row" data-change={row.change}>
                <td>{row.line}</td><td>{row.key}</td><td>{row.title}</td><td>{CHANGE_LABEL[row.change]}</td><td>{row.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {rows.length > SHOWN_ROWS ? <p className="muted">Показаны первые {SHOWN_ROWS} строк из {rows.length}.</p> : null}
    </>
  );
}

function AppliedReport({ applied }: { applied: Applied }) {
  return (
    <div data-testid="import-report">
      <p role="status">
        Импорт выполнен. Добавлено: {applied.created}, изменено: {applied.updated}, без изменений: {applied.unchanged}, отклонено: {applied.rejected.length}.
      </p>
      {applied.rejected.length ? (
        <ul>
          {applied.rejected.map((r) => <li key={`${r.row}-${r.reason}`} data-testid="import-rejected">Строка {r.row}: {r.reason}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

/** One kind of import: choose a file, see what will change, apply it, see what was done. */
function ImportSection({ title, columns, makePreview, apply }: {
  title: string;
  columns: string;
  makePreview: (text: string) => Promise<Preview>;
  apply: (text: string, preview: Preview) => Promise<Applied | string>;
}) {
  const inputId = useId();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreview(null);
    setApplied(null);
    setFailure("");
    if (!file) return;
    const content = await file.text();
    setText(content);
    try {
      setPreview(await makePreview(content));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  async function run() {
    if (!preview) return;
    setBusy(true);
    const result = await apply(text, preview);
    setBusy(false);
    if (typeof result === "string") setFailure(result);
    else {
      setApplied(result);
      setPreview(null);
    }
  }

  const nothingToDo = !preview || preview.counts.new + preview.counts.changed === 0;
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">Столбцы: {columns}. Кодировка UTF-8, разделитель — запятая или точка с запятой.</p>
      <div className="field">
        <label htmlFor={inputId}>Файл CSV: {title.toLowerCase()}</label>
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={choose} />
      </div>
      <ErrorMessage error={preview?.layoutError ?? failure} />
      {preview && !preview.layoutError ? <PreviewTable title={title} preview={preview} /> : null}
      {preview && !preview.layoutError ? (
        <button type="button" className="primary" onClick={run} disabled={busy || nothingToDo}>Применить импорт: {title.toLowerCase()}</button>
      ) : null}
      {applied ? <AppliedReport applied={applied} /> : null}
    </section>
  );
}

type ImportField = "importRegionalSchools" | "importRegionalTeachers";
type ImportResult = RegionImportSchoolsMutation["importRegionalSchools"];

/** What the service did with the file (or why it refused it), from a mutation's reply. */
function fromReply(reply: { data?: Partial<Record<ImportField, ImportResult>>; error?: unknown }, field: ImportField): Applied | string {
  const result = reply.data?.[field];
  const error = reply.error;
  if (result?.__typename === "ImportReport") {
    return { ...result, rejected: result.rejected.map((r) => ({ row: r.row, reason: r.reason })) };
  }
  if (result?.__typename === "UserError") return result.message;
  return `Не удалось выполнить импорт${error ? `: ${String(error)}` : ""}`;
}

function ImportsOf({ regionCode, client }: { regionCode: string; client: Client }) {
  const [, createMunicipality] = useMutation(RegionCreateMunicipalityDocument);
  const [, importSchools] = useMutation(RegionImportSchoolsDocument);
  const [, importTeachers] = useMutation(RegionImportTeachersDocument);

  async function applyMunicipalities(_text: string, preview: Preview): Promise<Applied> {
    const applied: Applied = { created: 0, updated: 0, unchanged: preview.counts.unchanged, rejected: [] };
    for (const row of preview.rows.filter((r) => r.change === "new")) {
      const kind = readMunicipalityKind(row.values.kind) as MunicipalityKind;
      const reply = await createMunicipality({ regionCode, name: row.key, kind });
      const result = reply.data?.createMunicipality;
      if (result?.__typename === "MunicipalityPayload") applied[result.created ? "created" : "unchanged"] += 1;
      else applied.rejected.push({ row: row.line, reason: result?.__typename === "UserError" ? result.message : "нет ответа сервера" });
    }
    preview.rows.filter((r) => r.change === "invalid").forEach((r) => applied.rejected.push({ row: r.line, reason: r.details }));
    return applied;
  }

  return (
    <>
      <ImportSection
        title="Муниципальные образования"
        columns="name (название), kind (municipal_district, urban_okrug, city_district или по-русски)"
        makePreview={async (text) => previewMunicipalities(text, await loadMunicipalities(client, regionCode))}
        apply={applyMunicipalities}
      />
      <ImportSection
        title="Школы"
        columns="municipality, code, name, kind (preschool, general, additional, vocational)"
        makePreview={async (text) => {
          const [municipalities, schools] = await Promise.all([loadMunicipalities(client, regionCode), loadSchools(client, regionCode)]);
          return previewSchools(text, municipalities, schools);
        }}
        apply={async (csv) => fromReply(await importSchools({ regionCode, csv }), "importRegionalSchools")}
      />
      <ImportSection
        title="Учителя"
        columns="school_code, snils, family_name, given_name, затем необязательные поля анкеты (middle_name, position, subjects, last_training…)"
        makePreview={async (text) => {
          const [schools, teachers] = await Promise.all([loadSchools(client, regionCode), loadTeachers(client, regionCode)]);
          return previewTeachers(text, schools, teachers);
        }}
        apply={async (csv) => fromReply(await importTeachers({ regionCode, csv }), "importRegionalTeachers")}
      />
    </>
  );
}

/** Imports of the region's municipalities, schools and teachers from CSV, with a preview. */
export default function Import() {
  const client = useClient();
  return (
    <section>
      <h1>Импорт структуры</h1>
      <WithRegion>{(regionCode) => <ImportsOf regionCode={regionCode} client={client} />}</WithRegion>
    </section>
  );
}
