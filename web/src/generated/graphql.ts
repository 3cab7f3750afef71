/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AddDocumentResult = Cycle | UserError;

/** Результат распределения для педагога */
export type AllocationOutcome = {
  __typename?: 'AllocationOutcome';
  granted: Scalars['Boolean']['output'];
  municipalityId: Scalars['ID']['output'];
  numberCode: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  reasonText: Scalars['String']['output'];
  schoolId: Scalars['ID']['output'];
  teacherId: Scalars['ID']['output'];
  teacherName: Scalars['String']['output'];
};

export type AllocationReport = {
  __typename?: 'AllocationReport';
  items: Array<AllocationOutcome>;
  nextPageToken: Scalars['String']['output'];
  summary: AllocationSummary;
  total: Scalars['Int']['output'];
};

export type AllocationResult = AllocationSummary | UserError;

/** Итог распределения */
export type AllocationSummary = {
  __typename?: 'AllocationSummary';
  allocatedAt: Scalars['String']['output'];
  campaignId: Scalars['ID']['output'];
  granted: Scalars['Int']['output'];
  notGranted: Scalars['Int']['output'];
  ranNow: Scalars['Boolean']['output'];
};

/** Ответ на вопрос */
export type Answer = {
  __typename?: 'Answer';
  questionId: Scalars['ID']['output'];
  values: Array<Scalars['String']['output']>;
};

export type AnswerInput = {
  questionId: Scalars['String']['input'];
  values: Array<Scalars['String']['input']>;
};

export type AnswersPayload = {
  __typename?: 'AnswersPayload';
  answeredAt: Scalars['String']['output'];
  answers: Array<Answer>;
  filledBy: Scalars['String']['output'];
};

export type AnswersResult = AnswersPayload | UserError;

/** An application of a person to a ДПП ПК program cycle. It is not a guarantee of enrolment: the provider accepts or rejects it. */
export type Application = {
  __typename?: 'Application';
  /** The provider's reason for a rejection (no_seats when withdrawn for lack of seats); empty otherwise. */
  decisionReason: Scalars['String']['output'];
  /** The program; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The program of that cycle. */
  elementId: Scalars['ID']['output'];
  /** Employment as stated. */
  employment: Employment;
  /** The program cycle's last day at submission; null when unknown. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The basis the seat is held on. */
  fundingBasis: FundingBasis;
  /** Application id. */
  id: Scalars['ID']['output'];
  /** Text for people (Russian): an application is not enrolment, what that means. */
  note: Scalars['String']['output'];
  /** The applicant's person id. */
  personId: Scalars['ID']['output'];
  /** The program cycle (group) applied to. */
  programCycleId: Scalars['ID']['output'];
  /** The provider running the program. */
  providerId: Scalars['ID']['output'];
  /** The specialty the person applied under. */
  specialtyCode: Scalars['String']['output'];
  /** The program cycle's first day at submission; null when unknown. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Current status. */
  status: ApplicationStatus;
};

/** An application to a ДПП ПК program cycle. */
export type ApplicationInput = {
  /** Consent to share the application data with the provider; must be true (consent_required). */
  consentToShare: Scalars['Boolean']['input'];
  /** The caller's employment. */
  employment: EmploymentInput;
  /** The basis to hold a seat on. */
  fundingBasis: FundingBasis;
  /** The program cycle; it must not have ended. */
  programCycleId: Scalars['ID']['input'];
  /** One of the program's specialties for which the caller has an unfinished cycle (at most 16 characters). */
  specialtyCode: Scalars['String']['input'];
};

export type ApplicationPage = {
  __typename?: 'ApplicationPage';
  items: Array<RegionalApplication>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type ApplicationResult = Application | UserError;

/** Status of an application to a ДПП ПК program cycle. */
export type ApplicationStatus =
  /** Accepted by the provider (enrolled); the seat stays held. */
  | 'ACCEPTED'
  /** Rejected by the provider with a reason; the seat was released. */
  | 'REJECTED'
  /** Submitted, a seat is held; waiting for the provider's decision. */
  | 'SUBMITTED'
  /** Withdrawn by the person (or with reason no_seats when no seat was left); the seat was released. */
  | 'WITHDRAWN';

/** Запись журнала действий */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorPersonId: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['String']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  municipalityId: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  schoolId: Scalars['String']['output'];
};

export type AuditPage = {
  __typename?: 'AuditPage';
  items: Array<AuditEvent>;
  nextPageToken: Scalars['String']['output'];
};

export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  campaign: RegionalCampaign;
  created: Scalars['Boolean']['output'];
};

export type CampaignResult = CampaignPayload | UserError;

/** Окна кампании: дата и время; без смещения — московское время */
export type CampaignWindowsInput = {
  applicationsCloseAt: Scalars['String']['input'];
  applicationsOpenAt: Scalars['String']['input'];
  questionnaireClosesAt: Scalars['String']['input'];
  questionnaireOpensAt: Scalars['String']['input'];
};

/** Кандидат на уникальный номер */
export type Candidate = {
  __typename?: 'Candidate';
  budgetNumberWithinThreeYears: Scalars['Boolean']['output'];
  decidedAt: Scalars['String']['output'];
  decidedBy: Scalars['String']['output'];
  decision: CandidateDecision;
  neverTrained: Scalars['Boolean']['output'];
  numberStatus?: Maybe<NumberStatus>;
  teacher: RegionalTeacher;
  yearsSinceTraining?: Maybe<Scalars['Int']['output']>;
};

/** Решение оператора по кандидату */
export type CandidateDecision =
  | 'CONFIRMED'
  | 'PENDING'
  | 'REMOVED';

export type CandidateList = {
  __typename?: 'CandidateList';
  items: Array<Candidate>;
};

export type CandidatePage = {
  __typename?: 'CandidatePage';
  items: Array<Candidate>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type CandidatesResult = CandidateList | UserError;

/** Страница результатов поиска по каталогу */
export type CatalogConnection = {
  __typename?: 'CatalogConnection';
  countsByKind: Array<KindCount>;
  /** Подсчёт остановлен на 1000: числа — нижние границы («1000+») */
  countsCapped: Scalars['Boolean']['output'];
  edges: Array<CatalogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CatalogEdge = {
  __typename?: 'CatalogEdge';
  cursor: Scalars['String']['output'];
  node: Element;
};

/** Фильтры каталога */
export type CatalogFilters = {
  audience?: InputMaybe<Scalars['String']['input']>;
  formOfStudy?: InputMaybe<Scalars['String']['input']>;
  fundingBasis?: InputMaybe<SeatBasis>;
  kind?: InputMaybe<ElementKind>;
  minRating?: InputMaybe<Scalars['Float']['input']>;
  price?: InputMaybe<PriceFilter>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  specialtyCode?: InputMaybe<Scalars['String']['input']>;
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  startsTo?: InputMaybe<Scalars['Date']['input']>;
  subjectCode?: InputMaybe<Scalars['String']['input']>;
  withFreeSeats?: Scalars['Boolean']['input'];
  zetMax?: InputMaybe<Scalars['Int']['input']>;
  zetMin?: InputMaybe<Scalars['Int']['input']>;
};

/** Порядок результатов поиска */
export type CatalogSort =
  | 'RATING'
  | 'RELEVANCE'
  | 'START_DATE';

/** Введённый код подтверждения участия в мероприятии */
export type CodeRedemption = {
  __typename?: 'CodeRedemption';
  code: Scalars['String']['output'];
  creditId?: Maybe<Scalars['ID']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  enteredAt?: Maybe<Scalars['DateTime']['output']>;
  event?: Maybe<Element>;
  eventId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Причина отказа для человека */
  reason: Scalars['String']['output'];
  /** Стабильный код причины отказа */
  reasonCode: Scalars['String']['output'];
  status: RedemptionStatus;
};

/** Подтверждение прохождения ПК */
export type CompletionDocument = {
  __typename?: 'CompletionDocument';
  campaignId: Scalars['String']['output'];
  documentType: Scalars['String']['output'];
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['String']['output'];
  municipalityId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  numberCode: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  programme: Scalars['String']['output'];
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  schoolId: Scalars['ID']['output'];
  series: Scalars['String']['output'];
  teacherId: Scalars['ID']['output'];
  teacherName: Scalars['String']['output'];
};

/** Документ о прохождении ПК */
export type CompletionInput = {
  campaignId?: Scalars['String']['input'];
  documentType: Scalars['String']['input'];
  hours: Scalars['Int']['input'];
  issuedOn: Scalars['String']['input'];
  number: Scalars['String']['input'];
  organisation: Scalars['String']['input'];
  programme: Scalars['String']['input'];
  series?: Scalars['String']['input'];
  teacherId: Scalars['String']['input'];
};

export type CompletionPage = {
  __typename?: 'CompletionPage';
  items: Array<CompletionDocument>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type CompletionResult = RecordCompletionPayload | UserError;

/** Данное согласие: когда и на какую версию текста */
export type Consent = {
  __typename?: 'Consent';
  agreedAt: Scalars['DateTime']['output'];
  kind: ConsentKind;
  textVersion: Scalars['String']['output'];
};

/** Согласие: вид и версия текста, с которой человек ознакомился */
export type ConsentInput = {
  kind: ConsentKind;
  textVersion: Scalars['String']['input'];
};

/** Вид согласия */
export type ConsentKind =
  | 'PERSONAL_DATA'
  | 'USER_AGREEMENT';

/** A credit from the ledger attributed to a cycle (its element is eligible for the cycle's specialty and was completed within the cycle's dates), and how much of it counts. */
export type CountedCredit = {
  __typename?: 'CountedCredit';
  /** Completion date; the credit counts in the cycle year containing it. */
  completedOn: Scalars['Date']['output'];
  /** The part of zet that counts toward this cycle's target (0 when not counted or voided). */
  countedZet: Scalars['Int']['output'];
  /** The credit counts in two or more of the person's cycles (shown as x2). */
  countsInSeveralCycles: Scalars['Boolean']['output'];
  /** Credit id in the credit ledger. */
  creditId: Scalars['ID']['output'];
  /** Every cycle of the person the credit counts in; empty when voided. */
  cycleIds: Array<Scalars['ID']['output']>;
  /** 1-based year of this cycle the credit counts in. */
  cycleYear: Scalars['Int']['output'];
  /** The catalog element; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The catalog element credited. */
  elementId: Scalars['ID']['output'];
  /** The element's kind. */
  kind: ElementKind;
  /** How the credit counts under the rule set's caps. */
  status: CreditCountStatus;
  /** ZET the credit carries (some modules carry 0). */
  zet: Scalars['Int']['output'];
};

/** Запись о зачтённых ЗЕТ */
export type Credit = {
  __typename?: 'Credit';
  completedOn: Scalars['Date']['output'];
  correctedBy?: Maybe<Scalars['ID']['output']>;
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** На сколько дней позже срока переданы данные */
  daysLate: Scalars['Int']['output'];
  /** Срок передачи результатов ДПП: окончание цикла + 1 месяц */
  deadline?: Maybe<Scalars['Date']['output']>;
  documentNumber: Scalars['String']['output'];
  element?: Maybe<Element>;
  elementId: Scalars['ID']['output'];
  /** program | event | module */
  elementKind: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  programCycleId?: Maybe<Scalars['ID']['output']>;
  providerId: Scalars['ID']['output'];
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** posting | correction | code */
  source: Scalars['String']['output'];
  status: CreditStatus;
  /** Причина аннулирования или исправления */
  statusReason: Scalars['String']['output'];
  zet: Scalars['Int']['output'];
};

/** Запись журнала записи о ЗЕТ: кто, когда и почему */
export type CreditAuditEntry = {
  __typename?: 'CreditAuditEntry';
  /** recorded (кто внёс запись) | voided (аннулирована) | corrected (исправлена) */
  action: Scalars['String']['output'];
  /** Кто действовал: пользователь или специалист, введший код; пусто для передачи системой организации */
  actor: Scalars['String']['output'];
  /** Система (клиент), которая действовала */
  actorClientId: Scalars['String']['output'];
  at?: Maybe<Scalars['DateTime']['output']>;
  /** Для recorded: пакет, в котором пришла запись */
  batchId: Scalars['String']['output'];
  creditId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** Для corrected: новая запись */
  replacedBy?: Maybe<Scalars['ID']['output']>;
};

/** How a credit counts toward a cycle's target under its rule set. */
export type CreditCountStatus =
  /** Counts in full. */
  | 'COUNTED'
  /** The cap was already reached (caps are applied in completion order). */
  | 'NOT_COUNTED'
  /** Crosses a rule-set cap: only part of its ZET counts. */
  | 'PARTLY_COUNTED'
  /** Cancelled in the credit ledger. */
  | 'VOIDED';

/** История записи о ЗЕТ */
export type CreditHistory = {
  __typename?: 'CreditHistory';
  /** Журнал по цепочке; первая запись — кто передал исходную запись */
  audit: Array<CreditAuditEntry>;
  /** Цепочка исправлений: от исходной записи до текущей */
  chain: Array<Credit>;
};

export type CreditHistoryResult = CreditHistory | UserError;

/** Статус записи о зачтённых ЗЕТ */
export type CreditStatus =
  | 'ACCEPTED'
  | 'SUPERSEDED'
  | 'VOIDED';

/** A person's five-year NMO cycle in one specialty; at most one cycle of a specialty runs on any day. */
export type Cycle = {
  __typename?: 'Cycle';
  /** The document that opened the cycle; null for cycles opened without one. */
  document?: Maybe<Document>;
  /** Last day, inclusive: five years after the start, minus one day. */
  endsOn: Scalars['Date']['output'];
  /** Cycle id. */
  id: Scalars['ID']['output'];
  /** The cycle's plan: the elements the person intends to take. */
  plan: Array<PlanItem>;
  /** Progress against the rule set, computed now; null when the plan service has none for the cycle. */
  progress?: Maybe<Progress>;
  /** The rule set pinned at creation: its name, source act and numbers. */
  ruleSet: RuleSet;
  /** Title of the rule set (the same as ruleSet.title). */
  ruleSetTitle: Scalars['String']['output'];
  /** The cycle's specialty; null when the catalog does not know it. */
  specialty?: Maybe<Specialty>;
  /** Specialty code; elements count in the cycle when their main or additional specialties include it. */
  specialtyCode: Scalars['String']['output'];
  /** First day: the document's issue date. */
  startsOn: Scalars['Date']['output'];
  /** Active, upcoming or finished. */
  state: CycleState;
  /** What to take next: elements of the kind the cycle misses, best first; empty when the cycle misses nothing. */
  suggestions: Array<Suggestion>;
};


/** A person's five-year NMO cycle in one specialty; at most one cycle of a specialty runs on any day. */
export type CycleSuggestionsArgs = {
  limit?: Scalars['Int']['input'];
};

/** Where a five-year cycle lies relative to today. */
export type CycleState =
  /** Today is within the cycle's dates. */
  | 'ACTIVE'
  /** The cycle's last day has passed. */
  | 'FINISHED'
  /** The cycle starts later. */
  | 'UPCOMING';

/** A certificate or accreditation document of a person; it opened one cycle. */
export type Document = {
  __typename?: 'Document';
  /** Text for people (Russian): the ФРМР status and, when not confirmed, what to do. */
  frmrNote: Scalars['String']['output'];
  /** ФРМР status, computed when read. */
  frmrStatus: FrmrStatus;
  /** Document id. */
  id: Scalars['ID']['output'];
  /** Issue date; the cycle starts on it. */
  issuedOn: Scalars['Date']['output'];
  /** Kind of document. */
  kind: DocumentKind;
  /** Number as entered. */
  number: Scalars['String']['output'];
  /** Series as entered; may be empty. */
  series: Scalars['String']['output'];
  /** Specialty code of the nomenclature, e.g. 31.08.36 or L.08.01. */
  specialtyCode: Scalars['String']['output'];
};

/** A certificate or accreditation document; it opens a five-year cycle. */
export type DocumentInput = {
  /** Issue date, not in the future, not before 1990-01-01; the cycle starts on it. */
  issuedOn: Scalars['Date']['input'];
  /** Kind of document. */
  kind: DocumentKind;
  /** At most 32 characters, with a letter or digit (document_number_required). */
  number: Scalars['String']['input'];
  /** Code of a published rule set (unknown_rule_set otherwise); null for the default: nmo-250, or nmo-709n-144 for periodic accreditation. */
  ruleSet?: InputMaybe<Scalars['String']['input']>;
  /** At most 32 characters; may be empty. */
  series?: Scalars['String']['input'];
  /** Specialty code, NN.NN.NN or L.NN.NN, e.g. 31.08.36 (invalid_specialty_code). */
  specialtyCode: Scalars['String']['input'];
};

/** The kind of document that opens a five-year NMO cycle. */
export type DocumentKind =
  /** Periodic accreditation; rule set nmo-709n-144 (order 709н) by default. */
  | 'ACCREDITATION_PERIODIC'
  /** Primary accreditation; rule set nmo-250. */
  | 'ACCREDITATION_PRIMARY'
  /** Primary specialised accreditation (after residency or retraining); rule set nmo-250. */
  | 'ACCREDITATION_PRIMARY_SPECIALISED'
  /** Specialist certificate (issued until 2021-01-01); rule set nmo-250. */
  | 'CERTIFICATE';

/** Уровень образования */
export type EducationLevel =
  | 'HIGHER'
  | 'SECONDARY';

/** Элемент обучения */
export type Element = {
  __typename?: 'Element';
  additionalSpecialtyCodes: Array<Scalars['String']['output']>;
  annotation: Scalars['String']['output'];
  attendanceControl: Scalars['String']['output'];
  /** medical | teachers */
  audience: Scalars['String']['output'];
  confirmationRequirements: Scalars['String']['output'];
  cycles: Array<ProgramCycle>;
  distanceLearning: Scalars['Boolean']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  eventFormat?: Maybe<Scalars['String']['output']>;
  formOfStudy?: Maybe<Scalars['String']['output']>;
  free: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ElementKind;
  /** Основная специальность */
  mainSpecialty?: Maybe<Specialty>;
  mainSpecialtyCode: Scalars['String']['output'];
  moduleKind?: Maybe<Scalars['String']['output']>;
  priceKopecks: Scalars['Float']['output'];
  /** Образовательная организация */
  provider?: Maybe<Provider>;
  providerId: Scalars['ID']['output'];
  providerName: Scalars['String']['output'];
  rating: Scalars['Float']['output'];
  regionCode: Scalars['String']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** draft | published | withdrawn */
  status: Scalars['String']['output'];
  subjectCodes: Array<Scalars['String']['output']>;
  ticketsFree: Scalars['Int']['output'];
  ticketsTotal: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  zet: Scalars['Int']['output'];
};

/** Вид элемента обучения: ДПП ПК, образовательное мероприятие (ОМ), интерактивный модуль (ИОМ) */
export type ElementKind =
  | 'EVENT'
  | 'MODULE'
  | 'PROGRAM';

export type ElementResult = Element | UserError;

/** Изменение элемента: все редактируемые поля заново */
export type ElementUpdateInput = {
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  annotation?: Scalars['String']['input'];
  attendanceControl?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  confirmationRequirements?: Scalars['String']['input'];
  distanceLearning?: Scalars['Boolean']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  eventFormat?: InputMaybe<Scalars['String']['input']>;
  formOfStudy?: InputMaybe<Scalars['String']['input']>;
  free?: Scalars['Boolean']['input'];
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  moduleKind?: InputMaybe<Scalars['String']['input']>;
  priceKopecks?: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  subjectCodes?: Array<Scalars['String']['input']>;
  ticketsTotal?: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
};

/** The applicant's employment as stated in an application. */
export type Employment = {
  __typename?: 'Employment';
  /** State, private or unemployed. */
  kind: EmploymentKind;
  /** Employer; empty when unemployed. */
  organization: Scalars['String']['output'];
  /** Position held; may be empty. */
  position: Scalars['String']['output'];
};

/** The applicant's employment. */
export type EmploymentInput = {
  /** State, private or unemployed. */
  kind: EmploymentKind;
  /** Employer, at most 300 characters; required unless unemployed (employer_required). */
  organization?: Scalars['String']['input'];
  /** Position held; optional, at most 200 characters. */
  position?: Scalars['String']['input'];
};

/** The applicant's employment kind, as stated in an application. */
export type EmploymentKind =
  /** Employed in a private organisation. */
  | 'PRIVATE'
  /** Employed in a state organisation. */
  | 'STATE'
  /** Not employed. */
  | 'UNEMPLOYED';

/** Образовательное мероприятие (ОМ) */
export type EventInput = {
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  annotation?: Scalars['String']['input'];
  attendanceControl?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  confirmationRequirements?: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  eventFormat?: Scalars['String']['input'];
  free?: Scalars['Boolean']['input'];
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  priceKopecks?: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  subjectCodes?: Array<Scalars['String']['input']>;
  ticketsTotal?: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
};

/** A person's registration for a free event, holding one ticket. */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  /** Cycles whose plans now hold the event. */
  cycleIds: Array<Scalars['ID']['output']>;
  /** The event (catalog element). */
  elementId: Scalars['ID']['output'];
  /** Registration id. */
  id: Scalars['ID']['output'];
  /** Registered or cancelled. */
  status: EventRegistrationStatus;
};

export type EventRegistrationResult = EventRegistration | UserError;

/** State of a registration for a free event. */
export type EventRegistrationStatus =
  /** The registration was cancelled; the ticket was released. */
  | 'CANCELLED'
  /** A ticket is held for the person. */
  | 'REGISTERED';

/** Формат выгрузки */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** Whether a document is confirmed in ФРМР (the federal register of medical workers), checked against the loaded register extract. Never blocks the plan. */
export type FrmrStatus =
  /** A register record matches the document's series, number, specialty and issue date. */
  | 'CONFIRMED'
  /** No register extract has been loaded yet (also for cycles without a document). */
  | 'NOT_CHECKED'
  /** No matching record: the person should ask the employer's HR department to send the document to ФРМР. */
  | 'NOT_CONFIRMED';

/** The basis a ДПП ПК seat is held on (who pays for the training). */
export type FundingBasis =
  /** Budget-funded seat. */
  | 'BUDGET'
  /** Paid under a contract. */
  | 'CONTRACT'
  /** Funded by ФФОМС/ТФОМС (health insurance). */
  | 'OMS';

export type GrantRoleResult = RoleGrant | UserError;

/** Итог импорта */
export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  rejected: Array<RejectedRow>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Число найденных элементов вида (для вкладок) */
export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: ElementKind;
};

/** A group of element kinds the rule sets recommend and cap apart. */
export type KindGroup =
  /** Events (ОМ) and interactive modules (ИОМ) together. */
  | 'EVENT_AND_MODULE'
  /** ДПП ПК programs. */
  | 'PROGRAM';

/** Progress of a kind group (ДПП ПК programs, or events and modules) in a cycle: what there is, what counts, what is still missing. */
export type KindGroupProgress = {
  __typename?: 'KindGroupProgress';
  /** ZET of the group's live credits, before caps. */
  actualZet: Scalars['Int']['output'];
  /** At most this much ZET counts from the group; null when there is no cap. */
  capZet?: Maybe<Scalars['Int']['output']>;
  /** ZET that counts toward the target, after the rule set's caps. */
  countedZet: Scalars['Int']['output'];
  /** Which group. */
  group: KindGroup;
  /** What is still short of recommendedZet, at most the cycle's missingZet (0 when reached). */
  missingZet: Scalars['Int']['output'];
  /** Over the whole cycle: nmo-250 recommends 180 for programs and 70 for events and modules; nmo-709n-144 requires at least 72 from programs (0 for events and modules). */
  recommendedZet: Scalars['Int']['output'];
};

/** ZET of a cycle's live credits of one element kind, before caps. */
export type KindTotal = {
  __typename?: 'KindTotal';
  /** The element kind; all three kinds are always listed. */
  kind: ElementKind;
  /** Sum of the kind's live (not voided) credits, in ZET. */
  zet: Scalars['Int']['output'];
};

/** Выход выполнен */
export type LoggedOut = {
  __typename?: 'LoggedOut';
  ok: Scalars['Boolean']['output'];
};

export type LoginResult = Tokens | UserError;

export type LogoutResult = LoggedOut | UserError;

/** Интерактивный образовательный модуль (ИОМ) */
export type ModuleInput = {
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  annotation?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  free?: Scalars['Boolean']['input'];
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  moduleKind?: Scalars['String']['input'];
  priceKopecks?: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  subjectCodes?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
};

/** Муниципальное образование */
export type Municipality = {
  __typename?: 'Municipality';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

/** Вид муниципального образования */
export type MunicipalityKind =
  | 'CITY_DISTRICT'
  | 'MUNICIPAL_DISTRICT'
  | 'URBAN_OKRUG';

export type MunicipalityPayload = {
  __typename?: 'MunicipalityPayload';
  created: Scalars['Boolean']['output'];
  municipality: Municipality;
};

export type MunicipalityResult = MunicipalityPayload | UserError;

export type Mutation = {
  __typename?: 'Mutation';
  /** For a provider's staff: accepts an application (enrolment). */
  acceptApplication: ApplicationResult;
  /** Adds a certificate or accreditation document; it opens a five-year cycle (the existing cycle when the document is already there). */
  addDocument: AddDocumentResult;
  /** Adds a catalog element eligible for the cycle's specialty to the cycle's plan (the existing item when already planned). */
  addPlanItem: PlanItemResult;
  /** Педагог: ответить на анкету (в период анкетирования); оператор организации — за педагога (teacherId) */
  answerQuestionnaire: AnswersResult;
  /** Педагог: отозвать поданное заявление (места освобождаются) */
  cancelRegionalApplication: RegionalApplicationResult;
  /** Региональный оператор: отменить кампанию, открытую по ошибке (пока номера не распределены) */
  cancelRegionalCampaign: UpdateCampaignResult;
  /** Создать образовательное мероприятие (черновик) */
  createEvent: ElementResult;
  /** Создать интерактивный модуль (черновик) */
  createModule: ElementResult;
  /** Региональный оператор: муниципальное образование */
  createMunicipality: MunicipalityResult;
  /** Создать программу ДПП ПК (черновик) своей организации */
  createProgram: ElementResult;
  /** Оператор: подтвердить или исключить кандидатов */
  decideCandidates: CandidatesResult;
  /** Назначить роль в области полномочий (по id или СНИЛС) */
  grantRole: GrantRoleResult;
  /** Региональный оператор: импорт организаций (CSV) */
  importRegionalSchools: RegionalImportResult;
  /** Региональный оператор: импорт педагогов (CSV) */
  importRegionalTeachers: RegionalImportResult;
  /** For an administrator: loads a ФРМР register extract, replacing the previous one; documents' ФРМР statuses are checked against it. */
  loadRegisterExtract: RegisterExtractResult;
  /** Вход по СНИЛС (в любом написании) и паролю */
  login: LoginResult;
  /** Выход: сессия у поставщика удостоверений завершается */
  logout: LogoutResult;
  /** Региональный оператор: открыть кампанию года */
  openRegionalCampaign: CampaignResult;
  /** Опубликовать элемент */
  publishElement: ElementResult;
  /** Оператор: передать свободный номер подтверждённому кандидату */
  reassignNumber: NumberChangeResult;
  /** Оператор: подтверждение прохождения ПК */
  recordCompletion: CompletionResult;
  /** Ввести код подтверждения участия в мероприятии: код принимается на проверку (pending), отказ возвращается с причиной */
  redeemCode: RedeemCodeResult;
  /** Новый токен доступа по токену обновления */
  refreshToken: LoginResult;
  /** Отказ от номера (педагог — от своего, оператор — в области) */
  refuseNumber: NumberChangeResult;
  /** Регистрация по СНИЛС (без входа) */
  register: RegisterResult;
  /** Registers the caller for a free event (takes a ticket) and plans it in the chosen cycles. */
  registerForEvent: EventRegistrationResult;
  /** For a provider's staff: rejects an application with a reason; the seat is released. */
  rejectApplication: ApplicationResult;
  /** Removes an element from a cycle's plan. */
  removePlanItem: RemovePlanItemResult;
  /** Забыли пароль: письмо со ссылкой на адрес из профиля */
  requestPasswordReset: PasswordResetResult;
  /** Отозвать роль */
  revokeRole: RevokeRoleResult;
  /** Региональный оператор: распределить уникальные номера */
  runAllocation: AllocationResult;
  /** Добавить цикл программы или изменить его (по id) */
  saveProgramCycle: ProgramCycleResult;
  /** Педагог: сохранить заявление (черновик) или выбрать внебюджет */
  saveRegionalApplication: SaveRegionalApplicationResult;
  /** Региональный оператор: вопросы анкеты */
  setQuestionnaire: QuestionsResult;
  /** Региональный оператор: квоты номеров */
  setRegionalQuotas: QuotasResult;
  /** Applies to a ДПП ПК program cycle; a seat is held until the provider decides (an application is not enrolment). */
  submitApplication: ApplicationResult;
  /** Педагог: подать заявление (места бронируются атомарно) */
  submitRegionalApplication: RegionalApplicationResult;
  /** Изменить элемент своей организации */
  updateElement: ElementResult;
  /** Педагог: заполнить «Мою анкету»; оператор организации — за педагога (teacherId) */
  updateMyTeacherProfile: TeacherProfileResult;
  /** Изменение своего профиля; новые e-mail и телефон подтверждаются */
  updateProfile: UpdateProfileResult;
  /** Региональный оператор: изменить окна кампании */
  updateRegionalCampaign: UpdateCampaignResult;
  /** Withdraws the caller's application; the seat is released. */
  withdrawApplication: ApplicationResult;
  /** Снять элемент с публикации (он останется доступен для планов) */
  withdrawElement: ElementResult;
};


export type MutationAcceptApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationAddDocumentArgs = {
  document: DocumentInput;
};


export type MutationAddPlanItemArgs = {
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
};


export type MutationAnswerQuestionnaireArgs = {
  answers: Array<AnswerInput>;
  campaignId: Scalars['String']['input'];
  teacherId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelRegionalApplicationArgs = {
  applicationId: Scalars['String']['input'];
};


export type MutationCancelRegionalCampaignArgs = {
  campaignId: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateEventArgs = {
  event: EventInput;
  providerId: Scalars['ID']['input'];
};


export type MutationCreateModuleArgs = {
  module: ModuleInput;
  providerId: Scalars['ID']['input'];
};


export type MutationCreateMunicipalityArgs = {
  kind: MunicipalityKind;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationCreateProgramArgs = {
  program: ProgramInput;
  providerId: Scalars['ID']['input'];
};


export type MutationDecideCandidatesArgs = {
  campaignId: Scalars['String']['input'];
  decision: CandidateDecision;
  teacherIds: Array<Scalars['String']['input']>;
};


export type MutationGrantRoleArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  snils?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportRegionalSchoolsArgs = {
  csv: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationImportRegionalTeachersArgs = {
  csv: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationLoadRegisterExtractArgs = {
  content: Scalars['String']['input'];
  format: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  snils: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationOpenRegionalCampaignArgs = {
  quotas?: InputMaybe<Array<QuotaInput>>;
  regionCode: Scalars['String']['input'];
  requiredHours?: Scalars['Int']['input'];
  windows: CampaignWindowsInput;
  year: Scalars['Int']['input'];
};


export type MutationPublishElementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignNumberArgs = {
  numberId: Scalars['String']['input'];
  teacherId: Scalars['String']['input'];
};


export type MutationRecordCompletionArgs = {
  input: CompletionInput;
};


export type MutationRedeemCodeArgs = {
  code: Scalars['String']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefuseNumberArgs = {
  holdingId: Scalars['String']['input'];
  note?: Scalars['String']['input'];
  reason: RefusalReason;
};


export type MutationRegisterArgs = {
  input: RegistrationInput;
};


export type MutationRegisterForEventArgs = {
  cycleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  elementId: Scalars['ID']['input'];
};


export type MutationRejectApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemovePlanItemArgs = {
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  captchaToken?: InputMaybe<Scalars['String']['input']>;
  snils: Scalars['String']['input'];
};


export type MutationRevokeRoleArgs = {
  personId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
};


export type MutationRunAllocationArgs = {
  campaignId: Scalars['String']['input'];
};


export type MutationSaveProgramCycleArgs = {
  cycle: ProgramCycleInput;
  elementId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSaveRegionalApplicationArgs = {
  input: RegionalApplicationInput;
};


export type MutationSetQuestionnaireArgs = {
  campaignId: Scalars['String']['input'];
  questions: Array<QuestionInput>;
};


export type MutationSetRegionalQuotasArgs = {
  campaignId: Scalars['String']['input'];
  quotas: Array<QuotaInput>;
};


export type MutationSubmitApplicationArgs = {
  application: ApplicationInput;
};


export type MutationSubmitRegionalApplicationArgs = {
  applicationId: Scalars['String']['input'];
};


export type MutationUpdateElementArgs = {
  element: ElementUpdateInput;
  id: Scalars['ID']['input'];
};


export type MutationUpdateMyTeacherProfileArgs = {
  profile: TeacherProfileInput;
  teacherId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};


export type MutationUpdateRegionalCampaignArgs = {
  campaignId: Scalars['String']['input'];
  requiredHours?: Scalars['Int']['input'];
  windows?: InputMaybe<CampaignWindowsInput>;
};


export type MutationWithdrawApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationWithdrawElementArgs = {
  id: Scalars['ID']['input'];
};

/** Моё участие в кампании */
export type MyCampaignStatus = {
  __typename?: 'MyCampaignStatus';
  application?: Maybe<RegionalApplication>;
  campaign: RegionalCampaign;
  candidate: Scalars['Boolean']['output'];
  decision: CandidateDecision;
  holding?: Maybe<NumberHolding>;
  teacher: RegionalTeacher;
};

/** Номер после отказа или передачи и свободные номера организации */
export type NumberChange = {
  __typename?: 'NumberChange';
  freeInSchoolPool: Scalars['Int']['output'];
  holding: NumberHolding;
};

export type NumberChangeResult = NumberChange | UserError;

/** Уникальный номер и его держатель */
export type NumberHolding = {
  __typename?: 'NumberHolding';
  applicationId: Scalars['String']['output'];
  campaignId: Scalars['ID']['output'];
  holdingId: Scalars['String']['output'];
  municipalityId: Scalars['ID']['output'];
  numberCode: Scalars['String']['output'];
  numberId: Scalars['ID']['output'];
  refusalNote: Scalars['String']['output'];
  refusalReason?: Maybe<RefusalReason>;
  refusalText: Scalars['String']['output'];
  schoolId: Scalars['ID']['output'];
  status: NumberStatus;
  statusText: Scalars['String']['output'];
  teacherId: Scalars['String']['output'];
  teacherName: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type NumberPage = {
  __typename?: 'NumberPage';
  items: Array<NumberHolding>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Статус уникального номера */
export type NumberStatus =
  | 'APPLICATION_DRAFT'
  | 'APPLICATION_SUBMITTED'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'EXPECTED'
  | 'FREE'
  | 'REFUSED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Паспорт (хранится зашифрованным, операторам показывается маска) */
export type PassportInput = {
  issuedOn: Scalars['String']['input'];
  issuer: Scalars['String']['input'];
  number: Scalars['String']['input'];
  series: Scalars['String']['input'];
};

/** Запрос на восстановление пароля принят */
export type PasswordResetRequested = {
  __typename?: 'PasswordResetRequested';
  message: Scalars['String']['output'];
};

export type PasswordResetResult = PasswordResetRequested | UserError;

/** Человек: специалист или педагог */
export type Person = {
  __typename?: 'Person';
  birthDate: Scalars['Date']['output'];
  citizenship?: Maybe<Scalars['String']['output']>;
  consents: Array<Consent>;
  email?: Maybe<Scalars['String']['output']>;
  emailVerified: Scalars['Boolean']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind?: Maybe<PersonKind>;
  lastName: Scalars['String']['output'];
  patronymic?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  phoneVerified: Scalars['Boolean']['output'];
  regionCode?: Maybe<Scalars['String']['output']>;
  sex?: Maybe<Sex>;
  /** СНИЛС в виде XXX-XXX-XXX YY */
  snils: Scalars['String']['output'];
};

/** Кто регистрируется */
export type PersonKind =
  | 'SPECIALIST_HIGHER'
  | 'SPECIALIST_SECONDARY'
  | 'TEACHER';

/** A catalog element a person plans to take within a cycle. */
export type PlanItem = {
  __typename?: 'PlanItem';
  /** The cycle whose plan holds the item. */
  cycleId: Scalars['ID']['output'];
  /** The catalog element; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The catalog element. */
  elementId: Scalars['ID']['output'];
  /** The element's kind. */
  elementKind: ElementKind;
  /** The person's unfinished cycles the element is eligible for. */
  eligibleCycleIds: Array<Scalars['ID']['output']>;
  /** Plan item id. */
  id: Scalars['ID']['output'];
  /** In how many of the person's cycles the element counts (2 is shown as x2); at least 1. */
  multiplier: Scalars['Int']['output'];
  /** The person's cycles whose plans hold the element (this one included). */
  plannedCycleIds: Array<Scalars['ID']['output']>;
  /** Where the item stands. */
  status: PlanItemStatus;
  /** Label of the status for people (Russian), e.g. «В плане», «Зачтено». */
  statusLabel: Scalars['String']['output'];
};

export type PlanItemResult = PlanItem | UserError;

/** Where a plan item stands, derived when read (precedence: credited, the enrolment's stage by dates, applied, cancelled, planned). */
export type PlanItemStatus =
  /** An application to a cycle of the program waits for the provider. */
  | 'APPLIED'
  /** Every application was withdrawn or rejected, or the event registration was cancelled. */
  | 'CANCELLED'
  /** The training's dates are over and no credit counts in this cycle yet (waiting for the provider's result), or the credit does not count in this cycle. */
  | 'COMPLETED'
  /** A live credit for the element counts in this cycle. */
  | 'CREDITED'
  /** Accepted (or registered for the event); training has not started yet or its dates are unknown. */
  | 'ENROLLED'
  /** Accepted or registered, and today is within the training's dates. */
  | 'IN_PROGRESS'
  /** In the plan; no application, registration or credit yet. */
  | 'PLANNED';

/** Платность */
export type PriceFilter =
  | 'FREE'
  | 'PAID';

/** Изменения профиля: только указанные поля */
export type ProfileInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  citizenship?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Пустая строка удаляет отчество */
  patronymic?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

/** Профиль изменён */
export type ProfileUpdate = {
  __typename?: 'ProfileUpdate';
  emailVerificationSent: Scalars['Boolean']['output'];
  /** Что ещё нужно сделать человеку */
  notice?: Maybe<Scalars['String']['output']>;
  person: Person;
  phoneNeedsVerification: Scalars['Boolean']['output'];
};

/** Цикл (группа) программы ДПП */
export type ProgramCycle = {
  __typename?: 'ProgramCycle';
  curator: Scalars['String']['output'];
  department: Scalars['String']['output'];
  elementId: Scalars['ID']['output'];
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  place: Scalars['String']['output'];
  seats: Array<SeatCount>;
  startsOn: Scalars['Date']['output'];
};

/** Цикл (группа) программы */
export type ProgramCycleInput = {
  curator?: Scalars['String']['input'];
  department?: Scalars['String']['input'];
  endsOn: Scalars['Date']['input'];
  place?: Scalars['String']['input'];
  seats: Array<SeatInput>;
  startsOn: Scalars['Date']['input'];
};

export type ProgramCycleResult = ProgramCycle | UserError;

/** Программа ДПП ПК */
export type ProgramInput = {
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  annotation?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  cycles?: Array<ProgramCycleInput>;
  distanceLearning?: Scalars['Boolean']['input'];
  formOfStudy?: Scalars['String']['input'];
  free?: Scalars['Boolean']['input'];
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  priceKopecks?: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  subjectCodes?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
};

/** Progress of one cycle against its rule set, computed when read from the credits the plan service has received. All amounts are in ZET (1 ZET = 1 academic hour). */
export type Progress = {
  __typename?: 'Progress';
  /** ZET of all live credits, before caps. */
  actualZet: Scalars['Int']['output'];
  /** Programs versus events and modules, with recommendations and caps. */
  byGroup: Array<KindGroupProgress>;
  /** ZET by element kind, before caps. */
  byKind: Array<KindTotal>;
  /** The cycle's years in order. */
  byYear: Array<YearProgress>;
  /** missingZet is 0: the target (and any ДПП ПК minimum) is reached. */
  complete: Scalars['Boolean']['output'];
  /** The cycle's credits in completion order, including voided and over-cap ones. */
  credits: Array<CountedCredit>;
  /** Cumulative recommendation of the cycle years already over (nmo-250: 50 a year; otherwise the target spread evenly, rounded up), to compare with totalZet. */
  expectedToDateZet: Scalars['Int']['output'];
  /** ZET still needed: the larger of the target minus totalZet and the ДПП ПК minimum minus the program credits (0 when complete). */
  missingZet: Scalars['Int']['output'];
  /** totalZet is at least expectedToDateZet. */
  onTrack: Scalars['Boolean']['output'];
  /** Code of the cycle's rule set, e.g. nmo-250. */
  ruleSet: Scalars['String']['output'];
  /** The rule set's target (250 or 144). */
  targetZet: Scalars['Int']['output'];
  /** ZET that counts toward the target (after caps); may exceed targetZet, the surplus never carries into the next cycle. */
  totalZet: Scalars['Int']['output'];
};

/** Образовательная организация */
export type Provider = {
  __typename?: 'Provider';
  accreditation: Scalars['String']['output'];
  address: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  licenseDate?: Maybe<Scalars['Date']['output']>;
  licenseNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  website: Scalars['String']['output'];
};

/** Своевременность передачи результатов ДПП организацией */
export type ProviderLateness = {
  __typename?: 'ProviderLateness';
  lateResults: Scalars['Int']['output'];
  maxDaysLate: Scalars['Int']['output'];
  providerId: Scalars['ID']['output'];
  resultsWithDeadline: Scalars['Int']['output'];
  totalDaysLate: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Отчёт о распределении: кто получил номер и почему нет */
  allocationReport: AllocationReport;
  /** Кандидаты на уникальный номер */
  candidates: CandidatePage;
  /** Поиск по каталогу: полнотекстовый (русская морфология, опечатки в названиях), фильтры, сортировка, постраничный курсор, число элементов по видам */
  catalog: CatalogConnection;
  /** Подтверждения прохождения ПК */
  completionDocuments: CompletionPage;
  /** История записи о ЗЕТ: цепочка исправлений и журнал (кто внёс запись, кто и почему аннулировал или исправил); своя запись или запись своей организации */
  creditHistory: CreditHistoryResult;
  /** Элемент обучения (в том числе снятый с публикации) */
  element: Element;
  /** Профиль вошедшего пользователя */
  me: Person;
  /** Муниципальные образования субъекта РФ */
  municipalities: Array<Municipality>;
  /** The caller's applications to ДПП ПК program cycles. */
  myApplications: Array<Application>;
  /** Моё участие в кампании: номер, заявление */
  myCampaignStatus: MyCampaignStatus;
  /** Мои введённые коды подтверждения и их статусы */
  myCodeRedemptions: Array<CodeRedemption>;
  /** Мои записи о зачтённых ЗЕТ со статусами */
  myCredits: Array<Credit>;
  /** The caller's five-year cycles, by start date then specialty; empty when they added no document. */
  myCycles: Array<Cycle>;
  /** Мои роли и области полномочий */
  myGrants: Array<RoleGrant>;
  /** Моя анкета педагога */
  myTeacherProfile: RegionalTeacher;
  /** For a provider's staff: applications to the provider's program cycles, oldest first, at most 1000. */
  providerApplications: Array<Application>;
  /** Опоздания с передачей результатов ДПП по организациям (администратор) */
  providerLateness: Array<ProviderLateness>;
  /** Анкета кампании и мои ответы */
  questionnaire: Questionnaire;
  /** Ответы педагогов на анкету (и кто не ответил) */
  questionnaireResponses: QuestionnaireResponsePage;
  /** Справочники: регионы, источники финансирования, формы обучения, форматы мероприятий, виды модулей, предметы педагогов */
  reference: Array<ReferenceItem>;
  /** Заявление педагога */
  regionalApplication: RegionalApplication;
  /** Заявления педагогов в моей области полномочий */
  regionalApplications: ApplicationPage;
  /** Журнал действий операторов */
  regionalAudit: AuditPage;
  /** Кампания: по id или по региону и году */
  regionalCampaign: RegionalCampaign;
  /** Кампании региона */
  regionalCampaigns: Array<RegionalCampaign>;
  /** Выгрузка списка в CSV или XLSX */
  regionalExport: ReportExport;
  /** Квоты кампании и их использование */
  regionalQuotas: Array<QuotaUsage>;
  /** Организации в моей области полномочий */
  regionalSchools: SchoolPage;
  /** Педагоги в моей области полномочий */
  regionalTeachers: TeacherPage;
  /** Every published NMO rule set with its name, source act and numbers, ordered by code. */
  ruleSets: Array<RuleSet>;
  /** Свободные номера, закреплённые за организацией */
  schoolPool: SchoolPool;
  /** Справочник специальностей */
  specialties: Array<Specialty>;
  /** Уникальные номера (с фильтрами: год, организация, статус, педагог) */
  uniqueNumbers: NumberPage;
};


export type QueryAllocationReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  notGrantedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['String']['input'];
  decision?: InputMaybe<CandidateDecision>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCatalogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<CatalogFilters>;
  first?: Scalars['Int']['input'];
  query?: Scalars['String']['input'];
  sort?: InputMaybe<CatalogSort>;
};


export type QueryCompletionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditHistoryArgs = {
  creditId: Scalars['ID']['input'];
};


export type QueryElementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMunicipalitiesArgs = {
  regionCode: Scalars['String']['input'];
};


export type QueryMyCampaignStatusArgs = {
  campaignId: Scalars['String']['input'];
};


export type QueryProviderApplicationsArgs = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type QueryProviderLatenessArgs = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryQuestionnaireArgs = {
  campaignId: Scalars['String']['input'];
};


export type QueryQuestionnaireResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  notAnsweredOnly?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferenceArgs = {
  kind: ReferenceKind;
};


export type QueryRegionalApplicationArgs = {
  id: Scalars['String']['input'];
};


export type QueryRegionalApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionalAuditArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionalCampaignArgs = {
  id?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionalCampaignsArgs = {
  regionCode: Scalars['String']['input'];
};


export type QueryRegionalExportArgs = {
  filter?: InputMaybe<RegionalFilter>;
  format: ExportFormat;
  kind: ReportKind;
};


export type QueryRegionalQuotasArgs = {
  campaignId: Scalars['String']['input'];
  municipalityId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionalSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionalTeachersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  profileIncompleteOnly?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolPoolArgs = {
  campaignId: Scalars['String']['input'];
  schoolId: Scalars['String']['input'];
};


export type QuerySpecialtiesArgs = {
  level?: InputMaybe<EducationLevel>;
};


export type QueryUniqueNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Вопрос анкеты */
export type Question = {
  __typename?: 'Question';
  id: Scalars['ID']['output'];
  kind: QuestionKind;
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type QuestionInput = {
  id?: Scalars['String']['input'];
  kind: QuestionKind;
  options?: Array<Scalars['String']['input']>;
  required?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
};

/** Вид вопроса анкеты */
export type QuestionKind =
  | 'MULTIPLE_CHOICE'
  | 'SINGLE_CHOICE'
  | 'TEXT';

export type QuestionList = {
  __typename?: 'QuestionList';
  questions: Array<Question>;
};

/** Анкета кампании */
export type Questionnaire = {
  __typename?: 'Questionnaire';
  answeredAt: Scalars['String']['output'];
  myAnswers: Array<Answer>;
  questions: Array<Question>;
};

/** Ответы педагога */
export type QuestionnaireResponse = {
  __typename?: 'QuestionnaireResponse';
  answered: Scalars['Boolean']['output'];
  answeredAt: Scalars['String']['output'];
  answers: Array<Answer>;
  /** Оператор, ответивший за педагога (person id); пусто — сам педагог */
  filledBy: Scalars['String']['output'];
  teacher: RegionalTeacher;
};

export type QuestionnaireResponsePage = {
  __typename?: 'QuestionnaireResponsePage';
  answeredTotal: Scalars['Int']['output'];
  items: Array<QuestionnaireResponse>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type QuestionsResult = QuestionList | UserError;

/** Квота: для муниципалитета или для организации */
export type QuotaInput = {
  count: Scalars['Int']['input'];
  municipalityId?: Scalars['String']['input'];
  schoolId?: Scalars['String']['input'];
};

/** Квоты кампании */
export type QuotaList = {
  __typename?: 'QuotaList';
  quotas: Array<QuotaUsage>;
};

/** Квота уникальных номеров и её использование */
export type QuotaUsage = {
  __typename?: 'QuotaUsage';
  count: Scalars['Int']['output'];
  municipalityId: Scalars['String']['output'];
  schoolId: Scalars['String']['output'];
  used: Scalars['Int']['output'];
};

export type QuotasResult = QuotaList | UserError;

/** Записанный документ о прохождении ПК */
export type RecordCompletionPayload = {
  __typename?: 'RecordCompletionPayload';
  closedNumber?: Maybe<NumberHolding>;
  created: Scalars['Boolean']['output'];
  document: CompletionDocument;
};

export type RedeemCodeResult = CodeRedemption | UserError;

/** Статус введённого кода подтверждения */
export type RedemptionStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

/** Значение справочника */
export type ReferenceItem = {
  __typename?: 'ReferenceItem';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Справочник */
export type ReferenceKind =
  | 'EVENT_FORMAT'
  | 'FORM_OF_STUDY'
  | 'FUNDING_BASIS'
  | 'MODULE_KIND'
  | 'REGION'
  | 'TEACHER_SUBJECT';

/** Причина отказа от номера */
export type RefusalReason =
  | 'DISMISSAL'
  | 'ILLNESS'
  | 'LIQUIDATION_OR_RESIGNATION'
  | 'MATERNITY_LEAVE'
  | 'NOT_STATED'
  | 'OFF_BUDGET_CHOSEN'
  | 'OTHER'
  | 'TRAINED_ELSEWHERE';

/** Заявление педагога */
export type RegionalApplication = {
  __typename?: 'RegionalApplication';
  campaignId: Scalars['ID']['output'];
  courseId: Scalars['String']['output'];
  groupIds: Array<Scalars['String']['output']>;
  holdingId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  numberCode: Scalars['String']['output'];
  passportFilled: Scalars['Boolean']['output'];
  passportMasked: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  position: Scalars['String']['output'];
  qualificationCategory: Scalars['String']['output'];
  reservationId: Scalars['String']['output'];
  schoolId: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  submittedAt: Scalars['String']['output'];
  teacherId: Scalars['ID']['output'];
  teacherName: Scalars['String']['output'];
  totalHours: Scalars['Int']['output'];
  updatedAt: Scalars['String']['output'];
};

/** Заявление педагога */
export type RegionalApplicationInput = {
  /** budget или off_budget */
  basis: Scalars['String']['input'];
  campaignId: Scalars['String']['input'];
  courseId?: Scalars['String']['input'];
  groupIds?: Array<Scalars['String']['input']>;
  passport?: InputMaybe<PassportInput>;
  phone?: Scalars['String']['input'];
  position?: Scalars['String']['input'];
  qualificationCategory?: Scalars['String']['input'];
  subject?: Scalars['String']['input'];
};

export type RegionalApplicationResult = RegionalApplication | UserError;

/** Кампания года */
export type RegionalCampaign = {
  __typename?: 'RegionalCampaign';
  allocatedAt: Scalars['String']['output'];
  applicationsCloseAt: Scalars['String']['output'];
  applicationsOpenAt: Scalars['String']['output'];
  applicationsOpenNow: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  questionnaireClosesAt: Scalars['String']['output'];
  questionnaireOpenNow: Scalars['Boolean']['output'];
  questionnaireOpensAt: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  requiredHours: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Фильтр списков и выгрузок */
export type RegionalFilter = {
  campaignId?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<NumberStatus>;
  /** Педагог: id или person id */
  teacherId?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionalImportResult = ImportReport | UserError;

/** Образовательная организация региона */
export type RegionalSchool = {
  __typename?: 'RegionalSchool';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  municipalityId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

/** Педагог */
export type RegionalTeacher = {
  __typename?: 'RegionalTeacher';
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Год последнего использованного бюджетного номера */
  lastBudgetNumberYear?: Maybe<Scalars['Int']['output']>;
  middleName: Scalars['String']['output'];
  missingProfileFields: Array<Scalars['String']['output']>;
  municipalityId: Scalars['ID']['output'];
  personId: Scalars['String']['output'];
  profile: TeacherProfile;
  profileComplete: Scalars['Boolean']['output'];
  /** Кто заполнил анкету за педагога (person id оператора); пусто — сам педагог */
  profileFilledBy: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  schoolId: Scalars['ID']['output'];
  snils: Scalars['String']['output'];
};

/** What loadRegisterExtract stored. */
export type RegisterExtractPayload = {
  __typename?: 'RegisterExtractPayload';
  /** Number of records now in the register extract. */
  records: Scalars['Int']['output'];
};

export type RegisterExtractResult = RegisterExtractPayload | UserError;

export type RegisterResult = Registration | UserError;

/** Регистрация принята: подтвердите адрес по ссылке из письма */
export type Registration = {
  __typename?: 'Registration';
  email: Scalars['String']['output'];
  message: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  verificationEmailSent: Scalars['Boolean']['output'];
};

/** Данные для регистрации */
export type RegistrationInput = {
  /** ГГГГ-ММ-ДД */
  birthDate: Scalars['String']['input'];
  /** Код страны ISO 3166-1, например RU */
  citizenship: Scalars['String']['input'];
  consents: Array<ConsentInput>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** Повтор с тем же ключом вернёт ту же регистрацию */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: PersonKind;
  lastName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  patronymic?: InputMaybe<Scalars['String']['input']>;
  phone: Scalars['String']['input'];
  /** Код субъекта РФ, например 16 */
  regionCode: Scalars['String']['input'];
  sex: Sex;
  /** СНИЛС в любом написании */
  snils: Scalars['String']['input'];
};

/** Отказ в строке файла импорта */
export type RejectedRow = {
  __typename?: 'RejectedRow';
  code: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

/** What removePlanItem did. */
export type RemovePlanItemPayload = {
  __typename?: 'RemovePlanItemPayload';
  /** The cycle asked about. */
  cycleId: Scalars['ID']['output'];
  /** The element asked about. */
  elementId: Scalars['ID']['output'];
  /** True when an item was removed; false when the element was not in the plan. */
  removed: Scalars['Boolean']['output'];
};

export type RemovePlanItemResult = RemovePlanItemPayload | UserError;

/** Файл выгрузки (содержимое в base64) */
export type ReportExport = {
  __typename?: 'ReportExport';
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
};

/** Вид отчёта */
export type ReportKind =
  | 'ALLOCATION'
  | 'APPLICATIONS'
  | 'CANDIDATES'
  | 'COMPLETIONS'
  | 'NUMBERS'
  | 'TEACHERS';

export type RevokeRoleResult = RoleRevoke | UserError;

/** Роль в области полномочий */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  personId: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  /** Область: "school:<id>", "provider:<id>", "municipality:<id>", "region:16", "platform:*" */
  scope: Scalars['String']['output'];
};

/** Роль отозвана (или её не было) */
export type RoleRevoke = {
  __typename?: 'RoleRevoke';
  revoked: Scalars['Boolean']['output'];
};

/** A versioned rule set a cycle is counted by: where its numbers come from and what they are. Its numbers never change once published; new rules get a new code. */
export type RuleSet = {
  __typename?: 'RuleSet';
  /** Stable code pinned to cycles: nmo-250 (250 ZET, 50 a year: 36 ДПП ПК + 14 events and modules) or nmo-709n-144 (periodic accreditation, order 709н: 144 hours). */
  code: Scalars['String']['output'];
  /** Length of a cycle, in years (5). */
  cycleYears: Scalars['Int']['output'];
  /** Date from which the rule set applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** At most this much ZET from events and modules counts toward the target (nmo-709n-144: 72); null when there is no cap. */
  eventAndModuleCapZet?: Maybe<Scalars['Int']['output']>;
  /** At least this much ZET from ДПП ПК over the cycle (nmo-709n-144: 72); null when there is no minimum. */
  programMinZet?: Maybe<Scalars['Int']['output']>;
  /** The normative act the numbers come from, with the numbers (Russian). */
  source: Scalars['String']['output'];
  /** ZET (academic hours) a cycle needs in total: 250 or 144. */
  targetZet: Scalars['Int']['output'];
  /** Name for people (Russian). */
  title: Scalars['String']['output'];
  /** Version of the rules under this code. */
  version: Scalars['Int']['output'];
  /** ZET recommended from events (ОМ) and interactive modules (ИОМ) per cycle year (nmo-250: 14); null when the rule set has no yearly recommendation. */
  yearlyEventAndModuleZet?: Maybe<Scalars['Int']['output']>;
  /** ZET recommended from ДПП ПК programs per cycle year (nmo-250: 36); null when the rule set has no yearly recommendation. */
  yearlyProgramZet?: Maybe<Scalars['Int']['output']>;
};

/** Сохранённое заявление (или отказ от номера при внебюджете) */
export type SaveApplicationPayload = {
  __typename?: 'SaveApplicationPayload';
  application?: Maybe<RegionalApplication>;
  holding: NumberHolding;
};

export type SaveRegionalApplicationResult = SaveApplicationPayload | UserError;

export type SchoolPage = {
  __typename?: 'SchoolPage';
  items: Array<RegionalSchool>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Свободные номера, закреплённые за организацией */
export type SchoolPool = {
  __typename?: 'SchoolPool';
  freeCount: Scalars['Int']['output'];
  freeNumbers: Array<NumberHolding>;
  message: Scalars['String']['output'];
};

/** Источник финансирования места */
export type SeatBasis =
  | 'BUDGET'
  | 'CONTRACT'
  | 'OMS'
  | 'TICKET';

/** Места по источнику финансирования: всего, свободно, цена */
export type SeatCount = {
  __typename?: 'SeatCount';
  basis: SeatBasis;
  free: Scalars['Int']['output'];
  /** Цена в копейках */
  priceKopecks: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** Места по источнику финансирования */
export type SeatInput = {
  basis: SeatBasis;
  priceKopecks?: Scalars['Int']['input'];
  total: Scalars['Int']['input'];
};

/** Пол */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Специальность */
export type Specialty = {
  __typename?: 'Specialty';
  code: Scalars['String']['output'];
  level: EducationLevel;
  name: Scalars['String']['output'];
};

/** An element suggested to fill what a cycle still misses. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** The catalog element; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The catalog element. */
  elementId: Scalars['ID']['output'];
  /** The element's kind. */
  kind: ElementKind;
  /** For a program: its earliest cycle not yet started with free seats; null otherwise. */
  programCycleId?: Maybe<Scalars['ID']['output']>;
  /** Why it is suggested, for people (Russian), e.g. «В вашем регионе». */
  reasons: Array<Scalars['String']['output']>;
  /** Ranking score, higher first; comparable only within one answer. */
  score: Scalars['Float']['output'];
  /** Start of that program cycle or of the event; null when undated (modules). */
  startsOn?: Maybe<Scalars['Date']['output']>;
};

export type TeacherPage = {
  __typename?: 'TeacherPage';
  items: Array<RegionalTeacher>;
  nextPageToken: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Моя анкета: сведения педагога */
export type TeacherProfile = {
  __typename?: 'TeacherProfile';
  birthYear?: Maybe<Scalars['Int']['output']>;
  graduationYear?: Maybe<Scalars['Int']['output']>;
  lastRetrainingOn: Scalars['String']['output'];
  lastRetrainingTopic: Scalars['String']['output'];
  lastRetrainingYear?: Maybe<Scalars['Int']['output']>;
  lastTrainingOn: Scalars['String']['output'];
  lastTrainingOrganisation: Scalars['String']['output'];
  lastTrainingTopic: Scalars['String']['output'];
  lastTrainingYear?: Maybe<Scalars['Int']['output']>;
  neverTrained: Scalars['Boolean']['output'];
  noRetraining: Scalars['Boolean']['output'];
  phone: Scalars['String']['output'];
  position: Scalars['String']['output'];
  qualificationCategory: Scalars['String']['output'];
  subjects: Array<Scalars['String']['output']>;
  teachingSinceYear?: Maybe<Scalars['Int']['output']>;
};

/** Моя анкета */
export type TeacherProfileInput = {
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  graduationYear?: InputMaybe<Scalars['Int']['input']>;
  lastRetrainingOn?: Scalars['String']['input'];
  lastRetrainingTopic?: Scalars['String']['input'];
  lastRetrainingYear?: InputMaybe<Scalars['Int']['input']>;
  lastTrainingOn?: Scalars['String']['input'];
  lastTrainingOrganisation?: Scalars['String']['input'];
  lastTrainingTopic?: Scalars['String']['input'];
  neverTrained?: Scalars['Boolean']['input'];
  noRetraining?: Scalars['Boolean']['input'];
  phone?: Scalars['String']['input'];
  position?: Scalars['String']['input'];
  qualificationCategory?: Scalars['String']['input'];
  subjects?: Array<Scalars['String']['input']>;
  teachingSinceYear?: InputMaybe<Scalars['Int']['input']>;
};

export type TeacherProfileResult = RegionalTeacher | UserError;

/** Токены после входа */
export type Tokens = {
  __typename?: 'Tokens';
  accessToken: Scalars['String']['output'];
  /** Срок жизни токена доступа, секунд */
  expiresIn: Scalars['Int']['output'];
  /** Срок жизни токена обновления, секунд */
  refreshExpiresIn: Scalars['Int']['output'];
  refreshToken?: Maybe<Scalars['String']['output']>;
  tokenType: Scalars['String']['output'];
};

export type UpdateCampaignResult = RegionalCampaign | UserError;

export type UpdateProfileResult = ProfileUpdate | UserError;

/** Ожидаемая ошибка: стабильный код и сообщение для человека */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Поле запроса, к которому относится ошибка (если есть) */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** A cycle year: 12 months from the cycle's start (year 1 starts on its first day), with what was counted in it and the rule set's yearly recommendation. */
export type YearProgress = {
  __typename?: 'YearProgress';
  /** Last day of the year, inclusive. */
  endsOn: Scalars['Date']['output'];
  /** Counted ZET (after caps) from events and modules completed in this year. */
  eventAndModuleZet: Scalars['Int']['output'];
  /** Counted ZET (after caps) from ДПП ПК programs completed in this year. */
  programZet: Scalars['Int']['output'];
  /** The year's own credits reach both parts of its recommendation (a surplus is never moved between years); false without a yearly recommendation. */
  recommendationMet: Scalars['Boolean']['output'];
  /** Recommended ZET from events and modules this year (nmo-250: 14; else 0). */
  recommendedEventAndModuleZet: Scalars['Int']['output'];
  /** Recommended ZET from programs this year (nmo-250: 36); 0 without a yearly recommendation. */
  recommendedProgramZet: Scalars['Int']['output'];
  /** Both recommendations together (nmo-250: 50; else 0). */
  recommendedTotalZet: Scalars['Int']['output'];
  /** First day of the year. */
  startsOn: Scalars['Date']['output'];
  /** Past, current or future relative to today. */
  state: YearState;
  /** programZet + eventAndModuleZet. */
  totalZet: Scalars['Int']['output'];
  /** 1-based number of the year (1 to 5). */
  year: Scalars['Int']['output'];
};

/** Where a cycle year lies relative to today. */
export type YearState =
  /** Today is within the year. */
  | 'CURRENT'
  /** The year has not started. */
  | 'FUTURE'
  /** The year is over. */
  | 'PAST';

export type RegisterMutationVariables = Exact<{
  input: RegistrationInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename: 'Registration', personId: string, email: string, verificationEmailSent: boolean, message: string } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  snils: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename: 'PasswordResetRequested', message: string } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename: 'LoggedOut', ok: boolean } | { __typename: 'UserError', code: string, message: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, snils: string, lastName: string, firstName: string, patronymic?: string | null, email?: string | null, emailVerified: boolean, regionCode?: string | null } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', reference: Array<{ __typename?: 'ReferenceItem', code: string, name: string }> };

export type CatalogSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filters?: InputMaybe<CatalogFilters>;
  sort?: InputMaybe<CatalogSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogSearchQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', totalCount: number, countsCapped: boolean, edges: Array<{ __typename?: 'CatalogEdge', cursor: string, node: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, rating: number, regionCode: string, providerId: string, providerName: string, mainSpecialty?: { __typename?: 'Specialty', code: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, countsByKind: Array<{ __typename?: 'KindCount', kind: ElementKind, count: number }> } };

export type CatalogReferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogReferencesQuery = { __typename?: 'Query', specialties: Array<{ __typename?: 'Specialty', code: string, name: string, level: EducationLevel }>, regions: Array<{ __typename?: 'ReferenceItem', code: string, name: string }>, forms: Array<{ __typename?: 'ReferenceItem', code: string, name: string }> };

export type ElementDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ElementDetailQuery = { __typename?: 'Query', element: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, annotation: string, startsOn?: string | null, endsOn?: string | null, status: string, free: boolean, priceKopecks: number, rating: number, regionCode: string, formOfStudy?: string | null, distanceLearning: boolean, ticketsTotal: number, ticketsFree: number, confirmationRequirements: string, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, providerName: string, mainSpecialty?: { __typename?: 'Specialty', code: string, name: string } | null, cycles: Array<{ __typename?: 'ProgramCycle', id: string, startsOn: string, endsOn: string, place: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> }, myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, plan: Array<{ __typename?: 'PlanItem', id: string, elementId: string, status: PlanItemStatus }> }> };

export type MyCreditsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCreditsQuery = { __typename?: 'Query', myCredits: Array<{ __typename?: 'Credit', id: string, elementId: string, zet: number, completedOn: string, status: CreditStatus, elementKind: string, source: string, documentNumber: string, deadline?: string | null, daysLate: number, statusReason: string, correctsId?: string | null, correctedBy?: string | null, recordedAt?: string | null, element?: { __typename?: 'Element', id: string, title: string } | null }> };

export type CreditHistoryQueryVariables = Exact<{
  creditId: Scalars['ID']['input'];
}>;


export type CreditHistoryQuery = { __typename?: 'Query', creditHistory: { __typename: 'CreditHistory', chain: Array<{ __typename?: 'Credit', id: string, zet: number, completedOn: string, status: CreditStatus, statusReason: string }>, audit: Array<{ __typename?: 'CreditAuditEntry', creditId: string, action: string, actor: string, reason: string, at?: string | null }> } | { __typename: 'UserError', code: string, message: string } };

export type MyCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCodesQuery = { __typename?: 'Query', myCodeRedemptions: Array<{ __typename?: 'CodeRedemption', id: string, code: string, eventId?: string | null, status: RedemptionStatus, reason: string, enteredAt?: string | null, decidedAt?: string | null, event?: { __typename?: 'Element', id: string, title: string } | null }> };

export type RedeemCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RedeemCodeMutation = { __typename?: 'Mutation', redeemCode: { __typename: 'CodeRedemption', id: string, code: string, status: RedemptionStatus, reason: string } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string, state: CycleState, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, ruleSet: { __typename?: 'RuleSet', code: string, version: number, title: string, source: string, targetZet: number, yearlyProgramZet?: number | null, yearlyEventAndModuleZet?: number | null }, document?: { __typename?: 'Document', id: string, kind: DocumentKind, series: string, number: string, issuedOn: string, frmrStatus: FrmrStatus, frmrNote: string } | null, progress?: { __typename?: 'Progress', totalZet: number, actualZet: number, targetZet: number, missingZet: number, expectedToDateZet: number, onTrack: boolean, complete: boolean, byGroup: Array<{ __typename?: 'KindGroupProgress', group: KindGroup, actualZet: number, countedZet: number, recommendedZet: number, missingZet: number, capZet?: number | null }>, byYear: Array<{ __typename?: 'YearProgress', year: number, startsOn: string, endsOn: string, programZet: number, eventAndModuleZet: number, totalZet: number, recommendedProgramZet: number, recommendedEventAndModuleZet: number, recommendedTotalZet: number, recommendationMet: boolean, state: YearState }>, credits: Array<{ __typename?: 'CountedCredit', creditId: string, kind: ElementKind, zet: number, countedZet: number, completedOn: string, countsInSeveralCycles: boolean, element?: { __typename?: 'Element', id: string, title: string } | null }> } | null }> };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { __typename?: 'Query', specialties: Array<{ __typename?: 'Specialty', code: string, name: string, level: EducationLevel }> };

export type AddDocumentMutationVariables = Exact<{
  document: DocumentInput;
}>;


export type AddDocumentMutation = { __typename?: 'Mutation', addDocument: { __typename: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type MyPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlanQuery = { __typename?: 'Query', myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, plan: Array<{ __typename?: 'PlanItem', id: string, cycleId: string, elementId: string, elementKind: ElementKind, status: PlanItemStatus, statusLabel: string, multiplier: number, plannedCycleIds: Array<string>, element?: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, startsOn?: string | null, endsOn?: string | null } | null }> }>, myApplications: Array<{ __typename?: 'Application', id: string, elementId: string, programCycleId: string, status: ApplicationStatus, decisionReason: string, startsOn?: string | null, endsOn?: string | null, note: string }> };

export type AddPlanItemMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
}>;


export type AddPlanItemMutation = { __typename?: 'Mutation', addPlanItem: { __typename: 'PlanItem', id: string, cycleId: string, elementId: string, status: PlanItemStatus, multiplier: number } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type RemovePlanItemMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
}>;


export type RemovePlanItemMutation = { __typename?: 'Mutation', removePlanItem: { __typename: 'RemovePlanItemPayload', removed: boolean } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { __typename?: 'Query', myApplications: Array<{ __typename?: 'Application', id: string, elementId: string, programCycleId: string, specialtyCode: string, fundingBasis: FundingBasis, status: ApplicationStatus, decisionReason: string, startsOn?: string | null, endsOn?: string | null, note: string, element?: { __typename?: 'Element', id: string, title: string } | null }> };

export type SubmitApplicationMutationVariables = Exact<{
  application: ApplicationInput;
}>;


export type SubmitApplicationMutation = { __typename?: 'Mutation', submitApplication: { __typename: 'Application', id: string, status: ApplicationStatus, note: string } | { __typename: 'UserError', code: string, message: string, field?: string | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type WithdrawApplicationMutation = { __typename?: 'Mutation', withdrawApplication: { __typename: 'Application', id: string, status: ApplicationStatus } | { __typename: 'UserError', code: string, message: string, field?: string | null } };


export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEmailSent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snils"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"snils"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snils"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequested"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoggedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const CatalogSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFilters"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsCapped"}}]}}]}}]} as unknown as DocumentNode<CatalogSearchQuery, CatalogSearchQueryVariables>;
export const CatalogReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regions"},"name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"forms"},"name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FORM_OF_STUDY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CatalogReferencesQuery, CatalogReferencesQueryVariables>;
export const ElementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ElementDetailQuery, ElementDetailQueryVariables>;
export const MyCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"elementKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyCreditsQuery, MyCreditsQueryVariables>;
export const CreditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditHistoryQuery, CreditHistoryQueryVariables>;
export const MyCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCodeRedemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyCodesQuery, MyCodesQueryVariables>;
export const RedeemCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCodeMutation, RedeemCodeMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"targetZet"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyProgramZet"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyEventAndModuleZet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"frmrStatus"}},{"kind":"Field","name":{"kind":"Name","value":"frmrNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalZet"}},{"kind":"Field","name":{"kind":"Name","value":"actualZet"}},{"kind":"Field","name":{"kind":"Name","value":"targetZet"}},{"kind":"Field","name":{"kind":"Name","value":"missingZet"}},{"kind":"Field","name":{"kind":"Name","value":"expectedToDateZet"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"actualZet"}},{"kind":"Field","name":{"kind":"Name","value":"countedZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedZet"}},{"kind":"Field","name":{"kind":"Name","value":"missingZet"}},{"kind":"Field","name":{"kind":"Name","value":"capZet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programZet"}},{"kind":"Field","name":{"kind":"Name","value":"eventAndModuleZet"}},{"kind":"Field","name":{"kind":"Name","value":"totalZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProgramZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedEventAndModuleZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedTotalZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationMet"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"countedZet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"countsInSeveralCycles"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const SpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const AddDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"elementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCycleIds"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"programCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const AddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"elementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const RemovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"elementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePlanItemPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePlanItemMutation, RemovePlanItemMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"programCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;