// Russian formats for what people read: dates, numbers, money, SNILS, plurals.

const dateFormat = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const numberFormat = new Intl.NumberFormat("ru-RU");
const rubles = new Intl.NumberFormat("ru-RU", { style: "currency", currency: "RUB", maximumFractionDigits: 2 });

/** "2024-03-15" → "15.03.2024"; empty for a missing date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** Numbers with Russian grouping: 12 345 (narrow no-break space). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatRubles(kopecks: number): string {
  return rubles.format(kopecks / 100);
}

/** Russian plural form: plural(5, ["балл", "балла", "баллов"]) → "баллов". */
export function plural(count: number, forms: [string, string, string]): string {
  const mod10 = Math.abs(count) % 10;
  const mod100 = Math.abs(count) % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

export function formatZet(value: number): string {
  return `${formatNumber(value)} ${plural(value, ["ЗЕТ", "ЗЕТ", "ЗЕТ"])}`;
}

/** Eleven digits → "XXX-XXX-XXX YY"; anything else is returned as typed. */
export function formatSnils(value: string): string {
  const digits = value.replace(/\D/g, "");
  if (digits.length !== 11) return value;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}
