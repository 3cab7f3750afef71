// The results file of the provider CLI (libs/provider_cli/.../results_csv.py), read in the
// browser: the same columns, aliases, separators and local checks, so one file works in both.

export const REQUIRED = ["external_id", "snils", "element_id", "completion_date", "zet"] as const;
export const OPTIONAL = ["document_number", "program_cycle_id"] as const;
const ALIASES: Record<string, string> = { completed_on: "completion_date", date: "completion_date" };
const RUSSIAN_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export interface ResultRow {
  line: number;
  externalId: string;
  snils: string;
  elementId: string;
  completedOn: string;
  zet: number;
  documentNumber: string;
  programCycleId: string;
}

/** A line that was not sent (read locally) or that credits-svc rejected. */
export interface RejectedRow {
  line: number;
  values: Record<string, string>;
  reasonCode: string;
  message: string;
}

export interface ParsedFile {
  header: string[];
  rows: ResultRow[];
  /** Lines that cannot be read here (no whole ZET number): reported, not sent. */
  bad: RejectedRow[];
  /** The file as a whole cannot be read (no header, missing columns). */
  layoutError: string | null;
}

/** One CSV line into fields (quotes with "" escapes, the given separator). */
export function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      fields.push(current);
      current = "";
    } else current += char;
  }
  fields.push(current);
  return fields;
}

function normalisedDate(value: string): string {
  const match = RUSSIAN_DATE.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

export function parseResultsCsv(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines[0] ?? "";
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  const empty: ParsedFile = { header: [], rows: [], bad: [], layoutError: null };
  if (!first.trim()) return { ...empty, layoutError: "Файл пуст: нужна строка заголовка" };
  const header = splitLine(first, separator).map((name) => {
    const clean = name.trim().toLowerCase();
    return ALIASES[clean] ?? clean;
  });
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length) return { ...empty, header, layoutError: `В файле нет обязательных столбцов: ${missing.join(", ")}` };
  const rows: ResultRow[] = [];
  const bad: RejectedRow[] = [];
  lines.slice(1).forEach((raw, index) => {
    const fields = splitLine(raw, separator);
    if (!fields.some((field) => field.trim())) return;
    const values: Record<string, string> = {};
    header.forEach((name, column) => { values[name] = (fields[column] ?? "").trim(); });
    const line = index + 2;
    if (!/^-?\d+$/.test(values.zet ?? "")) {
      bad.push({ line, values, reasonCode: "invalid_zet", message: "ЗЕТ должно быть целым числом" });
      return;
    }
    rows.push({
      line,
      externalId: values.external_id ?? "",
      snils: values.snils ?? "",
      elementId: values.element_id ?? "",
      completedOn: normalisedDate(values.completion_date ?? ""),
      zet: Number(values.zet),
      documentNumber: values.document_number ?? "",
      programCycleId: values.program_cycle_id ?? "",
    });
  });
  return { header, rows, bad, layoutError: null };
}

/** Rows in batches of `size` (the gateway's request size limit keeps them small). */
export function inBatches<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

function csvField(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The rejected report, as the CLI writes results.rejected.csv: the line's columns, its number and why. */
export function rejectedCsv(header: string[], rejected: RejectedRow[]): string {
  const columns = header.length ? header : [...REQUIRED, ...OPTIONAL];
  return toCsv(
    ["line", ...columns, "reason_code", "reason"],
    [...rejected].sort((a, b) => a.line - b.line).map((row) => [
      String(row.line), ...columns.map((column) => row.values[column] ?? ""), row.reasonCode, row.message,
    ]),
  );
}

/** The values of a row as read, keyed by the CLI's column names (for the rejected report). */
export function rowValues(row: ResultRow): Record<string, string> {
  return {
    external_id: row.externalId, snils: row.snils, element_id: row.elementId, completion_date: row.completedOn,
    zet: String(row.zet), document_number: row.documentNumber, program_cycle_id: row.programCycleId,
  };
}

/** SNILS numbers of an attendance list: one per line (or separated by , ;), a header line skipped. */
export function snilsList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/[\r\n,;]+/)
    .map((value) => value.trim().replace(/^"|"$/g, ""))
    .filter((value) => value && /\d/.test(value));
}
