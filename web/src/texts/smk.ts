// Texts of the SMK screens (Polish specialisation training), kept apart from the code so that
// the portal can show them in a second language: SMK users read Polish, the rest of the portal
// stays Russian (the default). A screen takes its texts from `smkTexts(lang)`.

import type { ErrorCode } from "../generated/graphql";

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
  officeArea: "SMK · urząd wojewódzki",
  qualification: "Postępowanie kwalifikacyjne",
  myApplication: "Wniosek kwalifikacyjny",
  qualificationSession: "Postępowanie",
  noSessions: "Brak otwartych postępowań kwalifikacyjnych.",
  window: "Wnioski przyjmowane",
  ruleSet: "Zasady",
  examPercent: "Wynik LEK/LDEK (%)",
  additionalPoints: "Punkty dodatkowe",
  variants: "Warianty (w kolejności preferencji)",
  noVariants: "Nie dodano jeszcze wariantu.",
  place: "Miejsce szkoleniowe",
  addVariant: "Dodaj wariant",
  remove: "Usuń",
  submitApplication: "Złóż wniosek",
  score: "Punktacja",
  result: "Wynik postępowania",
  noResultYet: "Listy dla Twoich wariantów nie zostały jeszcze opublikowane.",
  withdraw: "Wycofaj wniosek",
  withdrawn: "Wniosek wycofany",
  round: "Tura",
  rank: "Pozycja",
  outcome: "Wynik",
  year: "Rok",
  term: "Sesja",
  openSession: "Otwórz postępowanie",
  voivodeship: "Województwo (kod TERYT)",
  places: "Miejsca",
  setPlaces: "Zapisz miejsca",
  fromCatalog: "Według akredytacji jednostek (z katalogu)",
  compute: "Wylicz listy rankingowe",
  computed: "Listy wyliczone",
  assigned: "z miejscem",
  unassigned: "bez miejsca",
  publish: "Opublikuj listę województwa",
  published: "Lista opublikowana",
  notPublished: "lista nieopublikowana",
  list: "Lista rankingowa",
  noPlaces: "Brak miejsc w tym województwie.",
  noList: "Lista jest pusta.",
  variantNumber: "wariant nr",
  registration: "Rejestracja lekarza (SMK)",
  registerLink: "Lekarz w Polsce? Zarejestruj się numerem PESEL",
  pesel: "PESEL",
  peselHint: "11 cyfr; data urodzenia i płeć zostaną odczytane z numeru",
  pwz: "Numer prawa wykonywania zawodu (PWZ)",
  pwzHint: "7 cyfr",
  lastName: "Nazwisko",
  firstName: "Imię",
  email: "Adres e-mail",
  phone: "Telefon",
  phoneHint: "W formacie międzynarodowym, np. +48 600 100 200",
  password: "Hasło",
  password2: "Powtórz hasło",
  consents: "Zgody",
  consentPersonalData: "Wyrażam zgodę na przetwarzanie moich danych osobowych",
  consentAgreement: "Akceptuję regulamin serwisu",
  register: "Zarejestruj się",
  verifyTitle: "Potwierdź adres e-mail",
  verifySent: "Wysłaliśmy wiadomość na adres {email}. Kliknij link z wiadomości, a następnie zaloguj się numerem PESEL i hasłem.",
  logIn: "Zaloguj się",
  connectionError: "Nie udało się połączyć z serwerem. Spróbuj ponownie później.",
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

export const TRAINING_MODES_PL: Record<string, string> = {
  RESIDENCY: "rezydentura",
  NON_RESIDENCY: "poza rezydenturą",
};

export const QUALIFICATION_TERMS_PL: Record<string, string> = {
  SPRING: "wiosenne",
  AUTUMN: "jesienne",
};

export const QUALIFICATION_OUTCOMES_PL: Record<string, string> = {
  ASSIGNED: "zakwalifikowany",
  NO_PLACE_LEFT: "brak miejsca",
};

/** "Postępowanie jesienne 2027": a qualification session as its users name it. */
export function qualificationSessionName(session: { year: number; term: string }): string {
  return `Postępowanie ${QUALIFICATION_TERMS_PL[session.term] ?? session.term} ${session.year}`;
}

/** "kardiologia, woj. 14, rezydentura": a place of a qualification session. */
export function placeName(place: { specialty: string; voivodeship: string; mode: string }): string {
  return `${place.specialty}, woj. ${place.voivodeship}, ${TRAINING_MODES_PL[place.mode] ?? place.mode}`;
}

/** The SMK screens' texts in a language; Polish is the only one written so far. */
export function smkTexts(lang: Lang = "pl"): SmkTexts {
  return lang === "pl" ? PL : PL;
}

/** Where a registration's failure is shown and what it says in Polish (the services answer some
 * codes in Russian); a code not listed keeps the server's message at the form's end.
 * PASSWORD_MISMATCH is the form's own check. */
export const REGISTRATION_ERRORS_PL: Partial<Record<ErrorCode | "PASSWORD_MISMATCH", { field: string; message: string }>> = {
  INVALID_PESEL: { field: "pesel", message: "Nieprawidłowy numer PESEL: wymagane 11 cyfr z poprawną cyfrą kontrolną i datą urodzenia" },
  INVALID_PWZ: { field: "pwz", message: "Nieprawidłowy numer prawa wykonywania zawodu: wymagane 7 cyfr z poprawną cyfrą kontrolną" },
  TOO_YOUNG: { field: "pesel", message: "Rejestracja jest możliwa od 14. roku życia." },
  BIRTH_DATE_TOO_OLD: { field: "pesel", message: "Sprawdź numer PESEL: wiek wynikający z numeru jest zbyt wysoki." },
  BIRTH_DATE_IN_FUTURE: { field: "pesel", message: "Sprawdź numer PESEL: data urodzenia nie może być w przyszłości." },
  LAST_NAME_REQUIRED: { field: "lastName", message: "Podaj nazwisko." },
  INVALID_LAST_NAME: { field: "lastName", message: "Nazwisko może zawierać tylko litery, spację, łącznik i apostrof." },
  FIRST_NAME_REQUIRED: { field: "firstName", message: "Podaj imię." },
  INVALID_FIRST_NAME: { field: "firstName", message: "Imię może zawierać tylko litery, spację, łącznik i apostrof." },
  INVALID_EMAIL: { field: "email", message: "Nieprawidłowy adres e-mail." },
  EMAIL_TAKEN: { field: "email", message: "Ten adres e-mail jest już przypisany do innego konta: podaj inny lub zaloguj się." },
  INVALID_PHONE: { field: "phone", message: "Nieprawidłowy numer telefonu: podaj go w formacie międzynarodowym, np. +48 600 100 200." },
  WEAK_PASSWORD: { field: "password", message: "Hasło musi mieć od 8 do 128 znaków." },
  PASSWORD_MISMATCH: { field: "password", message: "Hasła nie są zgodne." },
  CONSENT_REQUIRED: { field: "consents", message: "Wymagane są obie zgody." },
  OUTDATED_CONSENT: { field: "consents", message: "Treść zgody została zaktualizowana: odśwież stronę i zaznacz zgody ponownie." },
};
