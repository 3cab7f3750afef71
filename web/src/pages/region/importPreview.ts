// What an import of the region's structure would change, computed in the browser from the
// parsed CSV and the current lists (the service imports the same file with the same natural
// keys: municipality name, school code, teacher SNILS, all within the region).
import { splitLine } from "../provider/resultsCsv";

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  rows: CsvRow[];
  /** The file as a whole cannot be read (no header, missing columns). */
  layoutError: string | null;
}

/** A header line and rows (comma or semicolon, case-insensitive names, empty lines skipped). */
export function readCsvTable(text: string, required: readonly string[]): CsvTable {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines[0] ?? "";
  if (!first.trim()) return { rows: [], layoutError: "Файл пуст: нужна строка заголовка" };
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  const header = splitLine(first, separator).map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length) return { rows: [], layoutError: `В файле нет обязательных столбцов: ${missing.join(", ")}` };
  const rows: CsvRow[] = [];
  lines.slice(1).forEach((raw, index) => {
    const fields = splitLine(raw, separator);
    if (!fields.some((field) => field.trim())) return;
    const values: Record<string, string> = {};
    header.forEach((name, column) => { values[name] = (fields[column] ?? "").trim(); });
    rows.push({ line: index + 2, values });
  });
  return { rows, layoutError: null };
}

export type Change = "new" | "changed" | "unchanged" | "invalid";

export const CHANGE_LABEL: Record<Change, string> = {
  new: "будет добавлено",
  changed: "изменится",
  unchanged: "без изменений",
  invalid: "будет отклонено",
};

export interface PreviewRow {
  line: number;
  /** The natural key: a municipality's name, a school's code, a teacher's SNILS. */
  key: string;
  title: string;
  change: Change;
  details: string;
  /** The row's cells by column name. */
  values: Record<string, string>;
}

export interface Preview {
  rows: PreviewRow[];
  counts: Record<Change, number>;
  layoutError: string | null;
}

type Judged = Omit<PreviewRow, "values">;

function preview(table: CsvTable, judge: (row: CsvRow) => Judged): Preview {
  const rows = table.rows.map((row) => ({ ...judge(row), values: row.values }));
  const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  rows.forEach((row) => { counts[row.change] += 1; });
  return { rows, counts, layoutError: table.layoutError };
}

function blankOf(values: Record<string, string>, columns: readonly string[]): string | undefined {
  return columns.find((column) => !values[column]);
}

function invalid(row: CsvRow, key: string, title: string, details: string): Judged {
  return { line: row.line, key, title, change: "invalid", details };
}

/** Differences of the stored fields against the file's, as "поле: было → станет". */
function differences(fields: [string, string, string][]): string[] {
  return fields.filter(([, before, after]) => before !== after).map(([name, before, after]) => `${name}: ${before} → ${after}`);
}

const lower = (value: string) => value.trim().toLowerCase();

function kindReader(aliases: Record<string, string[]>): (value: string) => string | undefined {
  const index = new Map<string, string>();
  Object.entries(aliases).forEach(([kind, names]) => [kind, ...names].forEach((name) => index.set(lower(name), kind)));
  return (value) => index.get(lower(value));
}

export const MUNICIPALITY_COLUMNS = ["name", "kind"] as const;
export const readMunicipalityKind = kindReader({
  MUNICIPAL_DISTRICT: ["municipal_district", "муниципальный район"],
  URBAN_OKRUG: ["urban_okrug", "городской округ"],
  CITY_DISTRICT: ["city_district", "внутригородской район"],
});

/** Municipalities (name, kind): new names are created; an existing name is left as it is. */
export function previewMunicipalities(text: string, existing: { name: string }[]): Preview {
  const known = new Set(existing.map((m) => lower(m.name)));
  const seen = new Set<string>();
  return preview(readCsvTable(text, MUNICIPALITY_COLUMNS), (row) => {
    const { name, kind } = row.values;
    const blank = blankOf(row.values, MUNICIPALITY_COLUMNS);
    if (blank) return invalid(row, name, name, `не заполнен столбец ${blank}`);
    if (!readMunicipalityKind(kind)) return invalid(row, name, name, `неизвестный вид: ${kind}`);
    if (seen.has(lower(name))) return invalid(row, name, name, "повтор строки выше");
    seen.add(lower(name));
    return known.has(lower(name))
      ? { line: row.line, key: name, title: name, change: "unchanged", details: "уже есть в регионе" }
      : { line: row.line, key: name, title: name, change: "new", details: `вид: ${kind}` };
  });
}

export const SCHOOL_COLUMNS = ["municipality", "code", "name", "kind"] as const;
const readSchoolKind = kindReader({
  PRESCHOOL: ["preschool", "дошкольная"],
  GENERAL: ["general", "общеобразовательная"],
  ADDITIONAL: ["additional", "дополнительного образования"],
  VOCATIONAL: ["vocational", "профессиональная"],
});

export interface KnownSchool { id: string; code: string; name: string; kind: string; municipalityId: string }

/** Schools (municipality, code, name, kind) against the region's: by code. */
export function previewSchools(text: string, municipalities: { id: string; name: string }[], schools: KnownSchool[]): Preview {
  const municipalityByName = new Map(municipalities.map((m) => [lower(m.name), m]));
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  const byCode = new Map(schools.map((s) => [s.code, s]));
  return preview(readCsvTable(text, SCHOOL_COLUMNS), (row) => {
    const { municipality, code, name, kind } = row.values;
    const blank = blankOf(row.values, SCHOOL_COLUMNS);
    if (blank) return invalid(row, code, name, `не заполнен столбец ${blank}`);
    const place = municipalityByName.get(lower(municipality));
    if (!place) return invalid(row, code, name, `нет муниципального образования «${municipality}»`);
    const schoolKind = readSchoolKind(kind);
    if (!schoolKind) return invalid(row, code, name, `неизвестный вид организации: ${kind}`);
    const stored = byCode.get(code);
    if (!stored) return { line: row.line, key: code, title: name, change: "new", details: municipality };
    const changes = differences([
      ["название", stored.name, name],
      ["вид", stored.kind, schoolKind],
      ["муниципальное образование", municipalityName.get(stored.municipalityId) ?? stored.municipalityId, place.name],
    ]);
    return { line: row.line, key: code, title: name, change: changes.length ? "changed" : "unchanged", details: changes.join("; ") };
  });
}

export const TEACHER_COLUMNS = ["school_code", "snils", "family_name", "given_name"] as const;

export interface KnownTeacher { snils: string; familyName: string; givenName: string; middleName: string; schoolId: string }

/** Teachers (school_code, snils, names, optional profile columns) against the region's: by SNILS.
 * Names and school are compared here; the profile columns the service compares itself. */
export function previewTeachers(text: string, schools: { id: string; code: string }[], teachers: KnownTeacher[]): Preview {
  const schoolByCode = new Map(schools.map((s) => [s.code, s]));
  const codeOf = new Map(schools.map((s) => [s.id, s.code]));
  const bySnils = new Map(teachers.map((t) => [t.snils, t]));
  return preview(readCsvTable(text, TEACHER_COLUMNS), (row) => {
    const values = row.values;
    const snils = (values.snils ?? "").replace(/\D/g, "");
    const title = [values.family_name, values.given_name, values.middle_name].filter(Boolean).join(" ");
    const blank = blankOf(values, TEACHER_COLUMNS);
    if (blank) return invalid(row, snils, title, `не заполнен столбец ${blank}`);
    if (snils.length !== 11) return invalid(row, values.snils, title, "СНИЛС должен содержать 11 цифр");
    const school = schoolByCode.get(values.school_code);
    if (!school) return invalid(row, snils, title, `нет школы с кодом ${values.school_code}`);
    const stored = bySnils.get(snils);
    if (!stored) return { line: row.line, key: snils, title, change: "new", details: `школа ${values.school_code}` };
    const middle = values.middle_name === undefined || values.middle_name === "" ? stored.middleName : values.middle_name === "-" ? "" : values.middle_name;
    const changes = differences([
      ["фамилия", stored.familyName, values.family_name],
      ["имя", stored.givenName, values.given_name],
      ["отчество", stored.middleName, middle],
      ["школа", codeOf.get(stored.schoolId) ?? stored.schoolId, school.code],
    ]);
    return { line: row.line, key: snils, title, change: changes.length ? "changed" : "unchanged", details: changes.join("; ") };
  });
}
