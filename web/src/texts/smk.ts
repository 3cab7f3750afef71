// Texts of the SMK screens (Polish specialisation training), kept apart from the code so that
// the portal can show them in a second language: SMK users read Polish, the rest of the portal
// stays Russian (the default). A screen takes its texts from `smkTexts(lang)`.

export type Lang = "pl" | "ru";

const PL = {
  traineeArea: "SMK · lekarz w trakcie specjalizacji",
  supervisorArea: "SMK · kierownik specjalizacji",
  myCard: "Moja karta",
  confirmations: "Potwierdzenia",
  cardTitle: "Elektroniczna karta specjalizacji",
  noCard: "Nie masz jeszcze karty szkolenia specjalizacyjnego.",
  unit: "Jednostka",
  programme: "Program",
  version: "wersja",
  started: "Rozpoczęcie szkolenia",
  mode: "Tryb",
  complete: "Karta zrealizowana: możesz złożyć zgłoszenie do PES.",
  pending: "Wpisy oczekujące na potwierdzenie",
  module: "Moduł",
  moduleCompleted: "zaliczony",
  moduleMet: "wymagania spełnione, czeka na zaliczenie",
  moduleOpen: "w trakcie",
  requirement: "Wymaganie",
  required: "Wymagane",
  confirmed: "Potwierdzone",
  entries: "Wpisy",
  noEntries: "Brak wpisów.",
  addEntry: "Dodaj wpis",
  kind: "Rodzaj wpisu",
  element: "Element programu",
  quantity: "Liczba (tygodnie, godziny, dni)",
  date: "Data",
  patientCode: "Kod pacjenta (bez danych osobowych)",
  catalogElement: "Identyfikator kursu w katalogu (opcjonalnie)",
  save: "Zapisz wpis",
  saved: "Wpis zapisany: czeka na potwierdzenie kierownika specjalizacji.",
  status: "Status",
  reason: "Powód zwrotu",
  confirm: "Potwierdź",
  giveBack: "Zwróć",
  completeModule: "Zalicz moduł",
  trainee: "Lekarz",
  noUnits: "Nie jesteś kierownikiem specjalizacji w żadnej jednostce.",
  noCards: "Brak kart w tej jednostce.",
  open: "Otwórz kartę",
  byPosting: "potwierdzony wpisem organizatora kursu",
  loading: "Wczytywanie…",
  examCentreArea: "SMK · Centrum Egzaminów Medycznych",
  exam: "Państwowy Egzamin Specjalizacyjny (PES)",
  examApplications: "Zgłoszenia do PES",
  session: "Sesja (np. 2027-spring)",
  apply: "Złóż zgłoszenie do PES",
  applied: "Zgłoszenie złożone: czeka na decyzję CEM.",
  myApplications: "Moje zgłoszenia",
  noApplications: "Brak zgłoszeń.",
  show: "Pokaż",
  accept: "Przyjmij",
  submittedAt: "Złożone",
  openCard: "Załóż kartę szkolenia",
  specialty: "Specjalizacja",
  startDay: "Dzień rozpoczęcia szkolenia",
} as const;

export type SmkTexts = { [K in keyof typeof PL]: string };

export const ENTRY_KINDS_PL: Record<string, string> = {
  COURSE: "Kurs",
  INTERNSHIP: "Staż",
  PROCEDURE: "Procedura",
  DUTY: "Dyżur (godziny)",
  SELF_STUDY: "Samokształcenie (dni)",
};

export const ENTRY_STATUSES_PL: Record<string, string> = {
  SUBMITTED: "oczekuje",
  CONFIRMED: "potwierdzony",
  RETURNED: "zwrócony",
};

export const EXAM_STATUSES_PL: Record<string, string> = {
  SUBMITTED: "oczekuje na decyzję",
  ACCEPTED: "przyjęte",
  RETURNED: "zwrócone",
};

/** The session whose application window holds the day (rule set smk-2023). */
export function currentExamSession(today: Date): string {
  return today.getMonth() >= 7 ? `${today.getFullYear() + 1}-spring` : `${today.getFullYear()}-autumn`;
}

export const REQUIREMENT_KINDS_PL: Record<string, string> = {
  course: "Kurs",
  internship: "Staż (tygodnie)",
  procedure_a: "Procedura typu A (wykonanie)",
  procedure_b: "Procedura typu B (asysta)",
  duty: "Dyżury (godziny)",
  self_study: "Samokształcenie (dni)",
};

export const MODES_PL: Record<string, string> = {
  residency: "rezydentura",
  non_residency: "poza rezydenturą",
};

/** The SMK screens' texts in a language; Polish is the only one written so far. */
export function smkTexts(lang: Lang = "pl"): SmkTexts {
  return lang === "pl" ? PL : PL;
}
