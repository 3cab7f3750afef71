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

/** A training unit's accreditation for one specialty. */
export type AccreditUnitInput = {
  /** Its town. */
  city: Scalars['String']['input'];
  /** The unit's name. */
  name: Scalars['String']['input'];
  /** Places per mode. */
  places: Array<ModePlacesInput>;
  /** The unit's number in the register of medical entities; finds or makes it. */
  registryNumber: Scalars['String']['input'];
  /** The specialty (a published programme's). */
  specialty: Scalars['String']['input'];
  /** First day of validity. */
  validFrom: Scalars['Date']['input'];
  /** Last day of validity. */
  validUntil: Scalars['Date']['input'];
  /** Its voivodeship (TERYT code, e.g. 14). */
  voivodeship: Scalars['String']['input'];
};

/** A unit's accreditation for one specialty. */
export type Accreditation = {
  __typename?: 'Accreditation';
  /** Places per mode; a mode left out has no places. */
  places: Array<ModePlaces>;
  /** The specialty's code (a programme of it must be published). */
  specialty: Scalars['String']['output'];
  /** First day of validity. */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity. */
  validUntil: Scalars['Date']['output'];
};

/** The accreditation portfolio of a cycle for periodic accreditation (order 709н): a PDF. */
export type AccreditationPortfolio = {
  __typename?: 'AccreditationPortfolio';
  /** The PDF document, base64-encoded (RFC 4648, with padding). */
  contentBase64: Scalars['String']['output'];
  /** "application/pdf". */
  contentType: Scalars['String']['output'];
  /** A file name for saving, e.g. "portfolio-31.08.36-2024-01-15.pdf". */
  fileName: Scalars['String']['output'];
};

/** The cycle the document opened, or why it was refused. */
export type AddDocumentResult = Cycle | UserError;

/** The allocation's outcome for one candidate. */
export type AllocationOutcome = {
  __typename?: 'AllocationOutcome';
  /** True when reason is GRANTED. */
  granted: Scalars['Boolean']['output'];
  /** The teacher's municipality at the allocation (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** The number's code, e.g. "16-25-7KQ2-M9XD-4TRA"; empty when not granted. */
  numberCode: Scalars['String']['output'];
  /** 1-based position in the municipality's priority order (0 when not ranked). */
  rank: Scalars['Int']['output'];
  /** Why granted or not (the first failed check: 3 years, school quota, municipal quota). */
  reason: AllocationReason;
  /** Russian explanation of the reason. */
  reasonText: Scalars['String']['output'];
  /** The teacher's school at the allocation (UUID). */
  schoolId: Scalars['ID']['output'];
  /** The teacher (UUID). */
  teacherId: Scalars['ID']['output'];
  /** "Family Given Middle". */
  teacherName: Scalars['String']['output'];
};

/** A page of the allocation report. */
export type AllocationOutcomeConnection = {
  __typename?: 'AllocationOutcomeConnection';
  /** The items of this page, in order. */
  edges: Array<AllocationOutcomeEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** The campaign's refused numbers in the caller's scope, narrowed by municipalityId and schoolId (not by notGrantedOnly or paging), counted per reason over all of them; most frequent first. */
  refusalsByReason: Array<RefusalCount>;
  /** Campaign-wide counts, not limited by the filters (ranNow is false). */
  summary: AllocationSummary;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type AllocationOutcomeEdge = {
  __typename?: 'AllocationOutcomeEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AllocationOutcome;
};

/** Why a teacher did or did not receive a number in the allocation. */
export type AllocationReason =
  /** A budget-funded number was used within the last 3 years. */
  | 'BUDGET_NUMBER_WITHIN_THREE_YEARS'
  /** A number was given (номер присвоен). */
  | 'GRANTED'
  /** The municipality's quota was used up or absent. */
  | 'MUNICIPALITY_QUOTA_EXHAUSTED'
  /** The candidate was still pending (not confirmed by an operator). */
  | 'NOT_CONFIRMED'
  /** The candidate had been removed by an operator. */
  | 'REMOVED'
  /** The school's quota (its own or its share of the municipal one) was used up or absent. */
  | 'SCHOOL_QUOTA_EXHAUSTED';

/** The allocation's counts, or why it could not run. */
export type AllocationResult = AllocationSummary | UserError;

/** Counts of a campaign's allocation. */
export type AllocationSummary = {
  __typename?: 'AllocationSummary';
  /** When the allocation ran (RFC 3339); empty before. */
  allocatedAt: Scalars['String']['output'];
  /** The campaign (UUID). */
  campaignId: Scalars['ID']['output'];
  /** Candidates who received a number. */
  granted: Scalars['Int']['output'];
  /** Candidates who did not (including pending and removed ones). */
  notGranted: Scalars['Int']['output'];
  /** False when the allocation had already run (the stored result is returned). */
  ranNow: Scalars['Boolean']['output'];
};

/** A teacher's answer to one question. */
export type Answer = {
  __typename?: 'Answer';
  /** The question (UUID) of the campaign's questionnaire. */
  questionId: Scalars['ID']['output'];
  /** Text answers and single choices: one value; multiple choice: the chosen options (exactly as in Question.options). Values are trimmed; blank ones are dropped. */
  values: Array<Scalars['String']['output']>;
};

/** A teacher's answer to one question. */
export type AnswerInput = {
  /** A question of the campaign's questionnaire. */
  questionId: Scalars['ID']['input'];
  /** Text answers and single choices: one value; multiple choice: the chosen options exactly as offered. Blank values are dropped. */
  values: Array<Scalars['String']['input']>;
};

/** The answers stored. */
export type AnswersPayload = {
  __typename?: 'AnswersPayload';
  /** When they were stored (RFC 3339). */
  answeredAt: Scalars['String']['output'];
  /** The cleaned answers, by question id. */
  answers: Array<Answer>;
  /** The person id of the operator who answered on the teacher's behalf; empty: the teacher. */
  filledBy: Scalars['ID']['output'];
};

/** The answers stored, or why they were refused. */
export type AnswersResult = AnswersPayload | UserError;

/** An application of a person to a ДПП ПК program cycle (DESIGN.md: not a guarantee of enrolment; the provider accepts or rejects it). */
export type Application = {
  __typename?: 'Application';
  /** The provider's reason for a rejection ("no_seats" when withdrawn for lack of seats); empty otherwise. */
  decisionReason: Scalars['String']['output'];
  /** The program; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The program (catalog element) of that cycle. */
  elementId: Scalars['ID']['output'];
  /** Employment as stated. */
  employment: Employment;
  /** The program cycle's last day at submission; null when unknown. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The basis the seat is held on. */
  fundingBasis: FundingBasis;
  /** Application id (UUID); also the seat reservation's idempotency key. */
  id: Scalars['ID']['output'];
  /** Text for people (Russian): an application is not enrolment, what that means. */
  note: Scalars['String']['output'];
  /** The applicant's person id (UUID). */
  personId: Scalars['ID']['output'];
  /** The program cycle (group) applied to (catalog-svc id). */
  programCycleId: Scalars['ID']['output'];
  /** The provider running the program (catalog-svc id). */
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

/** The application after the change, or why it was refused. */
export type ApplicationResult = Application | UserError;

/** Status of an application to a ДПП ПК program cycle. */
export type ApplicationStatus =
  /** Accepted by the provider (enrolled); the seat stays held. */
  | 'ACCEPTED'
  /** Rejected by the provider with a reason; the seat was released. */
  | 'REJECTED'
  /** Submitted, a seat is held; waiting for the provider's decision. */
  | 'SUBMITTED'
  /** Withdrawn by the person (or, with reason "no_seats", when no seat was left); the seat was released. */
  | 'WITHDRAWN';

/** The result of an attendance list upload. */
export type AttendanceUpload = {
  __typename?: 'AttendanceUpload';
  /** Size of the event's list after the upload. */
  attendees: Scalars['Int']['output'];
  /** SNILS numbers that were not valid and were skipped, as sent. */
  invalidSnils: Array<Scalars['String']['output']>;
};

/** The attendance list's size, or why not. */
export type AttendanceUploadResult = AttendanceUpload | UserError;

/** One operator action in the audit trail (who, when, before and after), written in the same transaction as the change. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** e.g. "create_municipality", "import_schools", "import_teachers", "fill_profile_for_teacher", "open_campaign", "update_campaign", "cancel_campaign", "set_quotas", "set_questions", "answer_questionnaire_for_teacher", "decide_candidate", "run_allocation", "refuse_number", "reassign_number", "submit_application", "cancel_application", "record_completion". */
  action: Scalars['String']['output'];
  /** The actor's person id; empty when the token had none. */
  actorPersonId: Scalars['ID']['output'];
  /** The state after the action, or what it did; null when none. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When (RFC 3339). */
  at: Scalars['String']['output'];
  /** The state before the action (passport data never appears); null when there is none. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The entity's id (a region's two-digit code for "region"). */
  entityId: Scalars['ID']['output'];
  /** "municipality", "region", "teacher", "campaign", "holding", "number" or "application". */
  entityType: Scalars['String']['output'];
  /** A decimal sequence number (grows with time). */
  id: Scalars['ID']['output'];
  /** The municipality (UUID); empty for region-wide actions. */
  municipalityId: Scalars['ID']['output'];
  /** Two-digit region code. */
  regionCode: Scalars['String']['output'];
  /** Where it happened: the school (UUID); empty for actions above school level. */
  schoolId: Scalars['ID']['output'];
};

/** A page of the audit trail (a Relay connection without a total: the trail only grows and is not counted). */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page, newest first. */
  edges: Array<AuditEventEdge>;
  /** Where this page is in the whole trail. */
  pageInfo: PageInfo;
};

/** An item of a page and the cursor after it. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEvent;
};

/** The campaign opened or found. */
export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  /** The stored campaign. */
  campaign: RegionalCampaign;
  /** False when the campaign of that year already existed (it is returned unchanged). */
  created: Scalars['Boolean']['output'];
};

/** The campaign opened or found, or why it was refused. */
export type CampaignResult = CampaignPayload | UserError;

/** The two windows of a campaign: RFC 3339 date-times (without an offset: Moscow time); each end must be after its start (invalid_window). */
export type CampaignWindowsInput = {
  /** End of the application window (exclusive). */
  applicationsCloseAt: Scalars['String']['input'];
  /** Start of the application window. */
  applicationsOpenAt: Scalars['String']['input'];
  /** End of the questionnaire window (exclusive). */
  questionnaireClosesAt: Scalars['String']['input'];
  /** Start of the questionnaire window, e.g. 2025-09-07T00:00:00+03:00. */
  questionnaireOpensAt: Scalars['String']['input'];
};

/** A teacher on a campaign's candidates list. */
export type Candidate = {
  __typename?: 'Candidate';
  /** A budget-funded number received within the last 3 years (allocation will refuse). */
  budgetNumberWithinThreeYears: Scalars['Boolean']['output'];
  /** When decided (RFC 3339); empty while never decided. */
  decidedAt: Scalars['String']['output'];
  /** Person id of the operator who decided last (their token subject when they have none); empty while never decided. */
  decidedBy: Scalars['ID']['output'];
  /** The operators' decision (PENDING until one is made). */
  decision: CandidateDecision;
  /** No last training year is known (never trained, or not filled in): first in priority. */
  neverTrained: Scalars['Boolean']['output'];
  /** The status shown for the candidate's number: the holding's (a live one, else the refused one); EXPECTED for a confirmed candidate before the allocation; null when there is none. */
  numberStatus?: Maybe<NumberStatus>;
  /** The teacher. */
  teacher: RegionalTeacher;
  /** Whole years between the last training year and the campaign year; null when never trained. */
  yearsSinceTraining?: Maybe<Scalars['Int']['output']>;
};

/** A page of a list (a Relay connection). */
export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  /** The items of this page, in order. */
  edges: Array<CandidateEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An operator's decision on a candidate. */
export type CandidateDecision =
  /** Confirmed by an operator: takes part in the allocation. */
  | 'CONFIRMED'
  /** Not decided yet (the default); a pending candidate gets no number. */
  | 'PENDING'
  /** Removed from the list by an operator. */
  | 'REMOVED';

/** An item of a page and the cursor after it. */
export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Candidate;
};

/** The candidates after the decision. */
export type CandidateList = {
  __typename?: 'CandidateList';
  /** The candidates after the decision, one per teacher id, in no particular order. */
  items: Array<Candidate>;
};

/** The candidates after the decision, or why it was refused. */
export type CandidatesResult = CandidateList | UserError;

/** One entry of a card. */
export type CardEntry = {
  __typename?: 'CardEntry';
  /** For a course: the catalog element whose posted credit confirms it; empty otherwise. */
  catalogElementId: Scalars['ID']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided; null while submitted. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided (person id), or "posting:<credit id>" for a course confirmed by a posting. */
  decidedBy: Scalars['String']['output'];
  /** The course, internship or procedure code; empty for duty and self-study. */
  elementCode: Scalars['String']['output'];
  /** The entry's id (UUID). */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: EntryKind;
  /** The module (ProgrammeModule.code). */
  moduleCode: Scalars['String']['output'];
  /** A procedure's patient code (no personal data), 1 to 40 characters. */
  patientCode: Scalars['String']['output'];
  /** The day it was done. */
  performedOn: Scalars['Date']['output'];
  /** Weeks (internship), hours (duty), days (self-study), 1 for a procedure or a course. */
  quantity: Scalars['Int']['output'];
  /** Why it was returned; empty otherwise. */
  returnReason: Scalars['String']['output'];
  /** Where it stands. */
  status: EntryStatus;
};

/** An entry as stored, and the card after it. */
export type CardEntryChange = {
  __typename?: 'CardEntryChange';
  /** The card after it. */
  card: TrainingCard;
  /** The entry. */
  entry: CardEntry;
};

/** A training card entry recorded by the trainee. */
export type CardEntryInput = {
  /** For a course: the catalog element whose posted credit confirms it. */
  catalogElementId?: Scalars['String']['input'];
  /** The course, internship or procedure code; empty otherwise. */
  elementCode?: Scalars['String']['input'];
  /** What is recorded. */
  kind: EntryKind;
  /** The module's code. */
  moduleCode: Scalars['String']['input'];
  /** A procedure's patient code (no personal data). */
  patientCode?: Scalars['String']['input'];
  /** The day it was done. */
  performedOn: Scalars['Date']['input'];
  /** Weeks (internship), hours (duty), days (self-study); else 1. */
  quantity?: Scalars['Int']['input'];
};

/** The entry and the card after it, or why it was refused. */
export type CardEntryResult = CardEntryChange | UserError;

/** A page of catalog search results, with counts for the tabs. */
export type CatalogConnection = {
  __typename?: 'CatalogConnection';
  /** Matches per element kind (every filter but `kind`), for the tabs. */
  countsByKind: Array<KindCount>;
  /** Counting stopped at 1000: `countsByKind` and `totalCount` are lower bounds (show “1000+”). */
  countsCapped: Scalars['Boolean']['output'];
  /** The items of this page, in order. */
  edges: Array<ElementEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** Filters of the catalog search: every one given must match. */
export type CatalogFilters = {
  /** `medical` (NMO) or `teachers`; both when null. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** Programs in this form of study (a `reference(kind: FORM_OF_STUDY)` code). */
  formOfStudy?: InputMaybe<Scalars['String']['input']>;
  /** Elements with seats on this basis; with `withFreeSeats`, a free one. */
  fundingBasis?: InputMaybe<SeatBasis>;
  /** Only this kind; every kind when null. `countsByKind` ignores it (tabs). */
  kind?: InputMaybe<ElementKind>;
  /** Rated at least this on the 10-point scale (0 to 10); null or 0: no filter. */
  minRating?: InputMaybe<Scalars['Float']['input']>;
  /** Free or paid only; both when null. */
  price?: InputMaybe<PriceFilter>;
  /** Only the elements of this provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Two-digit code of the region where the element is held. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Main or additional specialty (`Specialty.code`); an unknown code is the error `unknown_specialty`. */
  specialtyCode?: InputMaybe<Scalars['String']['input']>;
  /** The start of the period (inclusive): elements whose dates overlap it match (a program's dates span its cycles); elements without dates are left out. */
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The end of the period (inclusive); not before `startsFrom`. */
  startsTo?: InputMaybe<Scalars['Date']['input']>;
  /** Teachers' programs of this subject (a `reference(kind: TEACHER_SUBJECT)` code). */
  subjectCode?: InputMaybe<Scalars['String']['input']>;
  /** Only elements where a seat can be taken now (programs: a cycle with a free seat; free events: a free ticket). */
  withFreeSeats?: Scalars['Boolean']['input'];
  /** At most this many ZET (0 to 1000, not below `zetMin`). */
  zetMax?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many ZET (0 to 1000; 1 ZET = 1 academic hour). */
  zetMin?: InputMaybe<Scalars['Int']['input']>;
};

/** The order of catalog search results; relevance when not given. */
export type CatalogSort =
  /** Highest rating first. */
  | 'RATING'
  /** Best match first; without a query text the start date is used instead. */
  | 'RELEVANCE'
  /** Earliest start date first; elements without dates (modules) last. */
  | 'START_DATE';

/** An event confirmation code a person entered, and where its check stands. */
export type CodeRedemption = {
  __typename?: 'CodeRedemption';
  /** The code as normalised (12 Latin capitals and digits). Selected next to `UserError.code` (an ErrorCode) in one RedeemCodeResult, it needs an alias. */
  code: Scalars['String']['output'];
  /** ACCEPTED: the credit record written for it; null otherwise. */
  creditId?: Maybe<Scalars['ID']['output']>;
  /** When it was accepted or rejected; null while PENDING. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the code was entered. */
  enteredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event; null when unknown or not in the catalog. */
  event?: Maybe<Element>;
  /** The event the code is for; null until the code is matched to one. */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** The redemption's id (UUID). */
  id: Scalars['ID']['output'];
  /** REJECTED: the reason, in Russian, for people; empty otherwise. */
  reason: Scalars['String']['output'];
  /** REJECTED: the stable code of the reason; empty otherwise. */
  reasonCode: Scalars['String']['output'];
  /** Pending, accepted or rejected. */
  status: RedemptionStatus;
};

/** A recorded document of completed training (удостоверение о повышении квалификации etc.). */
export type CompletionDocument = {
  __typename?: 'CompletionDocument';
  /** The campaign named when it was recorded (empty when none was, e.g. off-budget training outside a campaign). */
  campaignId: Scalars['ID']['output'];
  /** e.g. "удостоверение о повышении квалификации" (at most 200 characters). */
  documentType: Scalars['String']['output'];
  /** Academic hours of the training, 1..3000. */
  hours: Scalars['Int']['output'];
  /** UUID. */
  id: Scalars['ID']['output'];
  /** Issue date, YYYY-MM-DD. */
  issuedOn: Scalars['String']['output'];
  /** The teacher's municipality when recorded (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** Document number (at most 64 characters). */
  number: Scalars['String']['output'];
  /** The code of the number this document closed; empty when it closed none. */
  numberCode: Scalars['String']['output'];
  /** The training organisation (at most 500 characters). */
  organisation: Scalars['String']['output'];
  /** The programme's title (at most 500 characters). */
  programme: Scalars['String']['output'];
  /** When recorded (RFC 3339). */
  recordedAt: Scalars['String']['output'];
  /** Person id of the operator who recorded it (their token subject when they have none). */
  recordedBy: Scalars['ID']['output'];
  /** The teacher's school when recorded (UUID). */
  schoolId: Scalars['ID']['output'];
  /** Document series (at most 32 characters); may be empty. */
  series: Scalars['String']['output'];
  /** The teacher (UUID). */
  teacherId: Scalars['ID']['output'];
  /** "Family Given Middle". */
  teacherName: Scalars['String']['output'];
};

/** A page of a list (a Relay connection). */
export type CompletionDocumentConnection = {
  __typename?: 'CompletionDocumentConnection';
  /** The items of this page, in order. */
  edges: Array<CompletionDocumentEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type CompletionDocumentEdge = {
  __typename?: 'CompletionDocumentEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CompletionDocument;
};

/** A document of completed training (удостоверение о повышении квалификации etc.). */
export type CompletionInput = {
  /** The campaign whose number the document closes (only a number whose application was submitted is closed); empty: none. */
  campaignId?: Scalars['ID']['input'];
  /** e.g. удостоверение о повышении квалификации, at most 200 characters. */
  documentType: Scalars['String']['input'];
  /** Academic hours of the training, 1..3000. */
  hours: Scalars['Int']['input'];
  /** Issue date, YYYY-MM-DD, not in the future. */
  issuedOn: Scalars['String']['input'];
  /** Document number, at most 64 characters. */
  number: Scalars['String']['input'];
  /** The training organisation, at most 500 characters. */
  organisation: Scalars['String']['input'];
  /** The programme's title, at most 500 characters. */
  programme: Scalars['String']['input'];
  /** Document series; optional, at most 32 characters. */
  series?: Scalars['String']['input'];
  /** The teacher, in the caller's operating scope. */
  teacherId: Scalars['ID']['input'];
};

/** The recorded document, or why it was refused. */
export type CompletionResult = RecordCompletionPayload | UserError;

/** What computing the session's lists gave. */
export type ComputedQualificationLists = {
  __typename?: 'ComputedQualificationLists';
  /** Applicants with a place. */
  assigned: Scalars['Int']['output'];
  /** The session with its round. */
  session: QualificationSession;
  /** Applicants without one. */
  unassigned: Scalars['Int']['output'];
};

/** What was computed, or why it was refused. */
export type ComputedQualificationListsResult = ComputedQualificationLists | UserError;

/** A consent a person has given. */
export type Consent = {
  __typename?: 'Consent';
  /** When the person agreed. */
  agreedAt: Scalars['DateTime']['output'];
  /** Which consent. */
  kind: ConsentKind;
  /** The version of the text agreed to; Register accepts only the version in force (currently "2025-01" for both kinds), otherwise "outdated_consent". At most 32 characters. */
  textVersion: Scalars['String']['output'];
};

/** A consent: its kind and the version of the text the person read. */
export type ConsentInput = {
  /** Which consent. */
  kind: ConsentKind;
  /** The version of the text agreed to. */
  textVersion: Scalars['String']['input'];
};

/** The kind of a consent a person gives when registering; both kinds are required. */
export type ConsentKind =
  /** Consent to the processing of personal data (152-FZ). */
  | 'PERSONAL_DATA'
  /** Acceptance of the platform's user agreement. */
  | 'USER_AGREEMENT';

/** A consent text in force, as the registration form shows it. */
export type ConsentText = {
  __typename?: 'ConsentText';
  /** Which consent. */
  kind: ConsentKind;
  /** The act the text rests on (e.g. Federal Law 152-FZ), in Russian. */
  legalBasis: Scalars['String']['output'];
  /** The text itself, in Russian (plain text, paragraphs separated by blank lines). */
  text: Scalars['String']['output'];
  /** The consent's name, in Russian. */
  title: Scalars['String']['output'];
  /** The version of the text; Register takes it back in `Consent.text_version`. */
  version: Scalars['String']['output'];
};

/** A credit (from credits-svc's ledger) attributed to the cycle: its element is eligible for the cycle's specialty and it was completed within the cycle's dates. */
export type CountedCredit = {
  __typename?: 'CountedCredit';
  /** Completion date (YYYY-MM-DD); the credit counts in the cycle year containing it. */
  completedOn: Scalars['Date']['output'];
  /** The part of `zet` that counts toward this cycle's target (0 when not counted or voided). */
  countedZet: Scalars['Int']['output'];
  /** The credit counts in two or more of the person's cycles (shown as x2). */
  countsInSeveralCycles: Scalars['Boolean']['output'];
  /** Credit id in credits-svc. */
  creditId: Scalars['ID']['output'];
  /** Every cycle of the person the credit counts in ("x2" when two or more); empty when voided. */
  cycleIds: Array<Scalars['ID']['output']>;
  /** 1-based year of this cycle the credit counts in. */
  cycleYear: Scalars['Int']['output'];
  /** The catalog element; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The catalog element the credit is for. */
  elementId: Scalars['ID']['output'];
  /** The element's kind. */
  kind: ElementKind;
  /** How the credit counts under the rule set's caps. */
  status: CreditCountStatus;
  /** ZET the credit carries (some modules carry 0). */
  zet: Scalars['Int']['output'];
};

/** A record of credited ZET (1 ZET = 1 academic hour) for a completed element. */
export type Credit = {
  __typename?: 'Credit';
  /** The day of completion; credits count in its year. For a code's credit, the event's last day. */
  completedOn: Scalars['Date']['output'];
  /** The record that replaced this one (status SUPERSEDED); null otherwise. */
  correctedBy?: Maybe<Scalars['ID']['output']>;
  /** The record this one corrects; null when it corrects none. */
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** How many days after the deadline the results were posted; 0 when on time. */
  daysLate: Scalars['Int']['output'];
  /** Programs: the day results were due (the cycle's end plus one month); null for events and modules. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** Number of the completion document; empty when not given. */
  documentNumber: Scalars['String']['output'];
  /** The element completed; null when the catalog lacks it. */
  element?: Maybe<Element>;
  /** The element completed (UUID). */
  elementId: Scalars['ID']['output'];
  /** The kind of the element. */
  elementKind: ElementKind;
  /** The record's id, a UUID (time-ordered). */
  id: Scalars['ID']['output'];
  /** Programs: the cycle completed; null for events and modules. */
  programCycleId?: Maybe<Scalars['ID']['output']>;
  /** The provider (catalog-svc id, UUID) that owns the element and the record. */
  providerId: Scalars['ID']['output'];
  /** When the record was written. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** "posting" (provider API) | "correction" (CorrectCredit) | "code" (an accepted event code). */
  source: CreditSource;
  /** Accepted, voided or superseded. */
  status: CreditStatus;
  /** Why the record was voided or corrected; empty while ACCEPTED. */
  statusReason: Scalars['String']['output'];
  /** Credits in ZET (1 ZET = 1 academic hour); may be 0 (some ИОМ carry none). */
  zet: Scalars['Int']['output'];
};

/** What one step of a credit record's audit trail did. */
export type CreditAuditAction =
  /** The record was replaced by a corrected one (`replacedBy`). */
  | 'CORRECTED'
  /** The record was written (posted, corrected or credited by code). */
  | 'RECORDED'
  /** The record was voided. */
  | 'VOIDED';

/** One step of a credit record's audit trail: who did what, when and why. */
export type CreditAuditEntry = {
  __typename?: 'CreditAuditEntry';
  /** "recorded" | "voided" | "corrected" */
  action: CreditAuditAction;
  /** The subject (user id) that acted: the corrector, or for a code's credit the person who entered the code; empty for a provider system's posting (see actor_client_id). */
  actor: Scalars['String']['output'];
  /** The client id that acted: for "recorded" postings the provider's system. */
  actorClientId: Scalars['ID']['output'];
  /** When it happened. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** For "recorded" postings: the batch the record came in. */
  batchId: Scalars['ID']['output'];
  /** The record (UUID) the step applies to. */
  creditId: Scalars['ID']['output'];
  /** Why, as entered, for "voided" and "corrected"; for "recorded" a Russian description of the origin (the posting's batch, the code, or a correction). */
  reason: Scalars['String']['output'];
  /** CORRECTED: the new record; null for other actions. */
  replacedBy?: Maybe<Scalars['ID']['output']>;
};

/** The record after the change (voided, or the correcting one), or why not. */
export type CreditChangeResult = Credit | UserError;

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

/** A credit record's history: its corrections and audit trail. */
export type CreditHistory = {
  __typename?: 'CreditHistory';
  /** The audit trail of the chain; the first step tells who posted the original. */
  audit: Array<CreditAuditEntry>;
  /** The chain of corrections, from the original record to the current one. */
  chain: Array<Credit>;
};

/** The record's history, or why it cannot be shown. */
export type CreditHistoryResult = CreditHistory | UserError;

/** How a credit record came to be. */
export type CreditSource =
  /** Credited for an accepted event confirmation code. */
  | 'CODE'
  /** Written by a correction of an earlier record. */
  | 'CORRECTION'
  /** Posted by the provider's system through the provider API. */
  | 'POSTING';

/** Where a credit record stands: only ACCEPTED records count toward a cycle. */
export type CreditStatus =
  /** Valid; counts toward the person's cycles. */
  | 'ACCEPTED'
  /** Replaced by a correction (corrected_by). */
  | 'SUPERSEDED'
  /** Voided by the provider or an admin (status_reason says why); no longer counts. */
  | 'VOIDED';

/** A person's five-year cycle in one specialty (NMO). At most one cycle of a specialty runs on any day. */
export type Cycle = {
  __typename?: 'Cycle';
  /** The document that opened the cycle; null for cycles opened without one. */
  document?: Maybe<Document>;
  /** Last day of the cycle, inclusive. */
  endsOn: Scalars['Date']['output'];
  /** Cycle id (UUID). */
  id: Scalars['ID']['output'];
  /** The cycle's plan: the elements the person intends to take. */
  plan: Array<PlanItem>;
  /** Progress against the rule set, computed now; null when the plan service has none for the cycle. */
  progress?: Maybe<Progress>;
  /** The rule set pinned at creation: its name, source act and numbers. */
  ruleSet: RuleSet;
  /** Title of the rule set for people (Russian), the same as ruleSet.title. */
  ruleSetTitle: Scalars['String']['output'];
  /** The cycle's specialty; null when the catalog does not know it. */
  specialty?: Maybe<Specialty>;
  /** Specialty code of the cycle; elements count in it when their main or additional specialties include it. */
  specialtyCode: Scalars['String']['output'];
  /** First day: the document's issue date. The cycle lasts five years, to endsOn inclusive (a document of 29 February ends on 28 February). */
  startsOn: Scalars['Date']['output'];
  /** Active, upcoming or finished. */
  state: CycleState;
  /** What to take next: elements of the kind the cycle misses, best first; empty when the cycle misses nothing. */
  suggestions: Array<Suggestion>;
};


/** A person's five-year cycle in one specialty (NMO). At most one cycle of a specialty runs on any day. */
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
  /** Russian text for people: the status and, when not confirmed, what to do. */
  frmrNote: Scalars['String']['output'];
  /** ФРМР status, computed when read. */
  frmrStatus: FrmrStatus;
  /** Document id (UUID). */
  id: Scalars['ID']['output'];
  /** Issue date (YYYY-MM-DD); the cycle starts on it. */
  issuedOn: Scalars['Date']['output'];
  /** Kind of document. */
  kind: DocumentKind;
  /** Number as entered (trimmed). */
  number: Scalars['String']['output'];
  /** Series as entered (trimmed); may be empty. */
  series: Scalars['String']['output'];
  /** Specialty code of the nomenclature, e.g. "31.08.36" (FGOS) or "L.08.01" (local code). */
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

/** The kind of document that opens a five-year cycle. Every kind is admitted for specialties of higher and secondary medical/pharmaceutical level of the nomenclature. */
export type DocumentKind =
  /** Periodic accreditation (периодическая аккредитация); rule set nmo-709n-144 by default. */
  | 'ACCREDITATION_PERIODIC'
  /** Primary accreditation (свидетельство о первичной аккредитации); rule set nmo-250. */
  | 'ACCREDITATION_PRIMARY'
  /** Primary specialised accreditation (первичная специализированная аккредитация, after residency or retraining); rule set nmo-250. */
  | 'ACCREDITATION_PRIMARY_SPECIALISED'
  /** Specialist certificate (сертификат специалиста, issued until 2021-01-01); rule set nmo-250. */
  | 'CERTIFICATE';

/** The level of education a medical or pharmaceutical specialty belongs to. */
export type EducationLevel =
  /** Higher medical and pharmaceutical education (physicians, pharmacists): FGOS codes 31.08.xx, 32.08.xx, 33.08.xx, 31.05.xx, 32.05.01, 33.05.01, 30.05.xx, and local codes L.08.NN. */
  | 'HIGHER'
  /** Secondary medical and pharmaceutical education (nurses, paramedics, pharmacy technicians): FGOS СПО codes 31.02.xx, 32.02.01, 33.02.01, 34.02.xx, and local codes L.02.NN. */
  | 'SECONDARY';

/** An educational element: a ДПП program, an event (ОМ) or an interactive module (ИОМ). Lifecycle: draft → published → withdrawn (never back). On input (Create/Update/Upsert) the element is validated; INVALID_ARGUMENT codes: "invalid_kind", "invalid_audience", "invalid_date", "invalid_form_of_study", "invalid_event_format", "invalid_module_kind", "invalid_title", "text_too_long", "invalid_zet", "unknown_region", "inverted_dates", "invalid_price", "invalid_seats", "too_many_specialties", "unknown_specialty", "main_specialty_required", "specialties_for_medical_only", "subjects_for_teachers_only", "subject_required", "unknown_subject", "teachers_programs_only", "form_of_study_required", "event_format_required", "event_dates_required", "module_kind_required", "too_many_cycles", "cycles_for_programs_only", "free_with_price", "tickets_for_free_events_only", and the cycle codes of SaveProgramCycle. */
export type Element = {
  __typename?: 'Element';
  /** Medical elements: additional specialties (Specialty.code), at most 50, duplicates dropped. The element counts for an NMO cycle whose specialty is the main or an additional one. */
  additionalSpecialtyCodes: Array<Scalars['String']['output']>;
  /** Description for participants, at most 5000 characters; searched with the title. */
  annotation: Scalars['String']['output'];
  /** Events: how attendance is controlled, free text, at most 5000 characters; may be empty. */
  attendanceControl: Scalars['String']['output'];
  /** medical (NMO) | teachers (the regional model; programs only). Empty on input means medical. */
  audience: Scalars['String']['output'];
  /** Events: what is needed to receive a confirmation code, at most 5000 characters; may be empty. */
  confirmationRequirements: Scalars['String']['output'];
  /** The caller's unfinished cycles the element counts for (its main or an additional specialty is the cycle's); empty for callers without cycles. */
  countsForCycles: Array<Cycle>;
  /** ДПП program cycles / regional groups, by start date. CreateElement creates them with the element; UpdateElement ignores them (use SaveProgramCycle); UpsertElements saves the listed ones by external_id and keeps the others. At most 100; programs only. */
  cycles: Array<ProgramCycle>;
  /** Programs: whether distance learning technologies are used. */
  distanceLearning: Scalars['Boolean']['output'];
  /** An event's last day or a module's availability end; null when not given. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Events: the format (code of `reference(kind: EVENT_FORMAT)`); null for programs and modules. */
  eventFormat?: Maybe<Scalars['String']['output']>;
  /** Programs: the form of study (code of `reference(kind: FORM_OF_STUDY)`); null for events and modules. */
  formOfStudy?: Maybe<Scalars['String']['output']>;
  /** Events and modules: free, or paid at price_kopecks (a free element has no price). Programs carry their prices per cycle in SeatCount. */
  free: Scalars['Boolean']['output'];
  /** The element's id (UUID). */
  id: Scalars['ID']['output'];
  /** Program, event or module; required on creation and never changes afterwards. */
  kind: ElementKind;
  /** The main specialty; null when the element has none. */
  mainSpecialty?: Maybe<Specialty>;
  /** Medical elements: the main specialty (Specialty.code), required; empty for teachers' programs, which carry subject_codes instead. */
  mainSpecialtyCode: Scalars['String']['output'];
  /** Modules: the kind (code of `reference(kind: MODULE_KIND)`); null for programs and events. */
  moduleKind?: Maybe<Scalars['String']['output']>;
  /** In how many of the caller's cycles the element counts: 2 or more is shown as x2 (a credit counts in each). */
  multiplier: Scalars['Int']['output'];
  /** The caller's own rating and review; null when none. */
  myReview?: Maybe<Review>;
  /** Price in kopecks (RUB/100) for a paid event or module; 0 when free. */
  priceKopecks: Scalars['Float']['output'];
  /** The provider that publishes the element. */
  provider?: Maybe<Provider>;
  /** The provider's id (UUID). */
  providerId: Scalars['ID']['output'];
  /** The provider's name (Provider.name). Output only. */
  providerName: Scalars['String']['output'];
  /** The average of people's ratings on a 10-point scale (1 to 10, one decimal); 0 when nobody rated it. Kept up to date by RateElement in the same transaction as the rating. Output only (ignored on input). */
  rating: Scalars['Float']['output'];
  /** How many people rated the element (the number behind rating). Output only. */
  ratingCount: Scalars['Int']['output'];
  /** Two-digit region code (REFERENCE_KIND_REGION) where it is held; empty on input: the provider's region on creation, unchanged on update. */
  regionCode: Scalars['String']['output'];
  /** People's reviews (ratings with text), newest change first; hidden ones only for admins and their author. */
  reviews: ReviewConnection;
  /** An event's first day or a module's availability start; null for programs (see `cycles`) and when not given. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** draft | published | withdrawn. Output only: on input ignored (changed by PublishElement and WithdrawElement, or UpsertElements' publish). */
  status: ElementStatus;
  /** Teachers' programs: subjects (REFERENCE_KIND_TEACHER_SUBJECT codes), at least one, duplicates dropped; must be empty for medical elements. */
  subjectCodes: Array<Scalars['String']['output']>;
  /** Free events: tickets not yet reserved. Output only. */
  ticketsFree: Scalars['Int']['output'];
  /** Free events: the number of tickets (FUNDING_BASIS_TICKET seats of the event element), 0 to 100000; required (above 0) to publish a free event; ignored unless free is set; may not drop below the tickets already taken. 0 for other elements. */
  ticketsTotal: Scalars['Int']['output'];
  /** Title, required, at most 500 characters. */
  title: Scalars['String']['output'];
  /** Credits in ZET (1 ZET = 1 academic hour), 0 to 1000; only modules may carry 0. */
  zet: Scalars['Int']['output'];
};


/** An educational element: a ДПП program, an event (ОМ) or an interactive module (ИОМ). Lifecycle: draft → published → withdrawn (never back). On input (Create/Update/Upsert) the element is validated; INVALID_ARGUMENT codes: "invalid_kind", "invalid_audience", "invalid_date", "invalid_form_of_study", "invalid_event_format", "invalid_module_kind", "invalid_title", "text_too_long", "invalid_zet", "unknown_region", "inverted_dates", "invalid_price", "invalid_seats", "too_many_specialties", "unknown_specialty", "main_specialty_required", "specialties_for_medical_only", "subjects_for_teachers_only", "subject_required", "unknown_subject", "teachers_programs_only", "form_of_study_required", "event_format_required", "event_dates_required", "module_kind_required", "too_many_cycles", "cycles_for_programs_only", "free_with_price", "tickets_for_free_events_only", and the cycle codes of SaveProgramCycle. */
export type ElementReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An item of a page and the cursor after it. */
export type ElementEdge = {
  __typename?: 'ElementEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Element;
};

/** The kind of an educational element (NMO model; teachers' programs are programs too). */
export type ElementKind =
  /** ОМ: an educational event (conference, seminar), free with limited tickets or paid; attendance is confirmed with codes. Counts toward the 14 ZET a year from events and modules. */
  | 'EVENT'
  /** ИОМ: an interactive educational module, credited when completed; may carry 0 ZET. */
  | 'MODULE'
  /** ДПП ПК: an additional professional programme of qualification upgrade, with cycles (dates, seats by funding basis, prices). Credits count toward the 36 ZET a year from programs. */
  | 'PROGRAM';

/** The element as saved, or why it was refused. */
export type ElementResult = Element | UserError;

/** Where an element is in its lifecycle: draft → published → withdrawn. */
export type ElementStatus =
  /** Being prepared by its provider; seen only by the provider's staff. */
  | 'DRAFT'
  /** Found by the catalog search; takes applications and codes. */
  | 'PUBLISHED'
  /** No longer offered; still readable because plans and credits refer to it. */
  | 'WITHDRAWN';

/** A changed element: every editable field again (the kind never changes); the fields of other kinds are ignored. */
export type ElementUpdateInput = {
  /** Further specialties the element counts for. */
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  /** A description for people. */
  annotation?: Scalars['String']['input'];
  /** Events: how attendance is checked. */
  attendanceControl?: Scalars['String']['input'];
  /** `medical` (NMO) or `teachers` (the regional model). */
  audience?: Scalars['String']['input'];
  /** Events: what an attendee must do to get a confirmation code. */
  confirmationRequirements?: Scalars['String']['input'];
  /** Programs: taught with distance learning technologies. */
  distanceLearning?: Scalars['Boolean']['input'];
  /** Events: the last day. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Events: a `reference(kind: EVENT_FORMAT)` code. */
  eventFormat?: InputMaybe<Scalars['String']['input']>;
  /** Programs: a `reference(kind: FORM_OF_STUDY)` code. */
  formOfStudy?: InputMaybe<Scalars['String']['input']>;
  /** Free of charge. */
  free?: Scalars['Boolean']['input'];
  /** The main specialty (`Specialty.code`); none when null. */
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  /** Modules: a `reference(kind: MODULE_KIND)` code. */
  moduleKind?: InputMaybe<Scalars['String']['input']>;
  /** Price in kopecks (RUB/100) of a paid event or module. */
  priceKopecks?: Scalars['Int']['input'];
  /** Two-digit region code; the provider's region when null. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Events: the first day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Teachers' subjects (`reference(kind: TEACHER_SUBJECT)` codes). */
  subjectCodes?: Array<Scalars['String']['input']>;
  /** Free events: the number of tickets. */
  ticketsTotal?: Scalars['Int']['input'];
  /** Title, at most 500 characters. */
  title: Scalars['String']['input'];
  /** Credits in ZET (1 ZET = 1 academic hour). */
  zet: Scalars['Int']['input'];
};

/** The applicant's employment as stated in an application. */
export type Employment = {
  __typename?: 'Employment';
  /** State, private or unemployed. */
  kind: EmploymentKind;
  /** Employer; required unless unemployed (INVALID_ARGUMENT "employer_required"). At most 300 characters (longer: INVALID_ARGUMENT "text_too_long", never cut). */
  organization: Scalars['String']['output'];
  /** Position held; optional, at most 200 characters. */
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

/** A kind of card entry. */
export type EntryKind =
  /** A course of the module (code), optionally naming the catalog element that is posted. */
  | 'COURSE'
  /** Duty hours. */
  | 'DUTY'
  /** An internship of the module (code) with its weeks. */
  | 'INTERNSHIP'
  /** One procedure of the module (code) performed or assisted on a day, with a patient code. */
  | 'PROCEDURE'
  /** Self-study days. */
  | 'SELF_STUDY';

/** Where an entry stands. */
export type EntryStatus =
  /** Confirmed: it counts toward the module. */
  | 'CONFIRMED'
  /** Returned by the supervisor with a reason; it does not count. */
  | 'RETURNED'
  /** Waiting for the supervisor (or, for a course naming an element, for the provider's posting). */
  | 'SUBMITTED';

/** Every stable code of an expected failure (cpd_platform.error_catalogue, where each has its gRPC status, Russian message and the operations that return it). */
export type ErrorCode =
  /** A concurrent change won; repeat (no more specific code). */
  | 'ABORTED'
  /** The account exists but its e-mail address is not verified yet, so login is refused. */
  | 'ACCOUNT_NOT_SET_UP'
  /** A five-year cycle for this specialty is already running. */
  | 'ACTIVE_CYCLE_EXISTS'
  /** A service refused the request as a duplicate without a more specific code. */
  | 'ALREADY_EXISTS'
  /** The teacher already holds a unique number in this campaign. */
  | 'ALREADY_HAS_NUMBER'
  /** A required questionnaire question has no answer. */
  | 'ANSWER_REQUIRED'
  /** The provider's answer to a review is over 2000 characters. */
  | 'ANSWER_TOO_LONG'
  /** The campaign's applications window is not open now. */
  | 'APPLICATIONS_WINDOW_CLOSED'
  /** The application changed concurrently; repeat the operation. */
  | 'APPLICATION_CHANGED'
  /** The application is closed and can no longer change. */
  | 'APPLICATION_CLOSED'
  /** Required fields of the application are missing (listed in the message). */
  | 'APPLICATION_INCOMPLETE'
  /** No such application visible to the caller. The message differs between operations; this is the general one. */
  | 'APPLICATION_NOT_FOUND'
  /** The application was already decided or withdrawn. */
  | 'APPLICATION_NOT_PENDING'
  /** The application is already rejected. */
  | 'APPLICATION_REJECTED'
  /** The application is submitted; cancel it before editing. */
  | 'APPLICATION_SUBMITTED'
  /** The teacher must choose budget or off-budget training. */
  | 'BASIS_REQUIRED'
  /** The birth date lies in the future. */
  | 'BIRTH_DATE_IN_FUTURE'
  /** The birth date gives an implausible age. */
  | 'BIRTH_DATE_TOO_OLD'
  /** The teacher had budget-funded training less than three years ago. */
  | 'BUDGET_NUMBER_WITHIN_THREE_YEARS'
  /** A campaign whose numbers are allocated cannot be cancelled. */
  | 'CAMPAIGN_ALREADY_ALLOCATED'
  /** No such campaign in the caller's scope. */
  | 'CAMPAIGN_NOT_FOUND'
  /** The report kind needs a campaign. */
  | 'CAMPAIGN_REQUIRED'
  /** The client id is already bound to another provider. */
  | 'CLIENT_ALREADY_BOUND'
  /** The calling client is not bound to any provider. */
  | 'CLIENT_NOT_BOUND'
  /** Code redemption: the code was already redeemed. */
  | 'CODE_ALREADY_USED'
  /** Code redemption: the code was issued to someone else. */
  | 'CODE_BOUND_TO_OTHER_PERSON'
  /** Code redemption: the code belongs to another event. */
  | 'CODE_FOR_OTHER_EVENT'
  /** Code redemption: no such code. */
  | 'CODE_NOT_FOUND'
  /** The entered confirmation code is longer than any valid code. */
  | 'CODE_TOO_LONG'
  /** The completion date has not come yet. */
  | 'COMPLETION_IN_FUTURE'
  /** The completion date is before 2016-01-01. */
  | 'COMPLETION_TOO_EARLY'
  /** A required consent was not given. The message differs between operations; this is the general one. */
  | 'CONSENT_REQUIRED'
  /** catalog-svc could not ask credits-svc whether the person has a credit for the element; retry later. */
  | 'CREDITS_UNAVAILABLE'
  /** No such credit record. */
  | 'CREDIT_NOT_FOUND'
  /** The credit was corrected; correct its latest version. */
  | 'CREDIT_SUPERSEDED'
  /** The credit is already voided. */
  | 'CREDIT_VOIDED'
  /** Only ДПП programs have cycles. */
  | 'CYCLES_FOR_PROGRAMS_ONLY'
  /** The new cycle's dates overlap another cycle of the same specialty. */
  | 'CYCLES_OVERLAP'
  /** A program cycle with this id already exists. */
  | 'CYCLE_EXISTS'
  /** The cycle is over; its plan is closed. */
  | 'CYCLE_FINISHED'
  /** No such cycle of the caller. */
  | 'CYCLE_NOT_FOUND'
  /** A document with this series and number is already added. */
  | 'DOCUMENT_EXISTS'
  /** The document's issue date lies in the future. */
  | 'DOCUMENT_FROM_FUTURE'
  /** The document number is missing. */
  | 'DOCUMENT_NUMBER_REQUIRED'
  /** The document's issue date is implausibly early. */
  | 'DOCUMENT_TOO_OLD'
  /** The same seat claim appears twice. */
  | 'DUPLICATE_CLAIM'
  /** Seats of one funding basis are given twice. */
  | 'DUPLICATE_FUNDING_BASIS'
  /** The same group is chosen twice. */
  | 'DUPLICATE_GROUP'
  /** A person with this SNILS is already registered. */
  | 'DUPLICATE_SNILS'
  /** An element with this id already exists. */
  | 'ELEMENT_EXISTS'
  /** The element counts for none of the person's cycles' specialties. The message differs between operations; this is the general one. */
  | 'ELEMENT_NOT_ELIGIBLE'
  /** No such educational element. The message differs between operations; this is the general one. */
  | 'ELEMENT_NOT_FOUND'
  /** The element is not published; enrolment is closed. The message differs between operations; this is the general one. */
  | 'ELEMENT_NOT_PUBLISHED'
  /** The element is withdrawn from publication. The message differs between operations; this is the general one. */
  | 'ELEMENT_WITHDRAWN'
  /** Another account has this e-mail; e-mails are unique because they are login names too. */
  | 'EMAIL_TAKEN'
  /** The employer is missing. */
  | 'EMPLOYER_REQUIRED'
  /** The uploaded file is empty. */
  | 'EMPTY_FILE'
  /** Gosuslugi (ESIA) did not pass the data registration needs. */
  | 'ESIA_DATA_INCOMPLETE'
  /** Code redemption: the person already entered a code for this event. */
  | 'EVENT_ALREADY_REDEEMED'
  /** An event needs its dates. */
  | 'EVENT_DATES_REQUIRED'
  /** An event needs its format. */
  | 'EVENT_FORMAT_REQUIRED'
  /** A code is entered before its event is over; enter it again afterwards (not a failed attempt). */
  | 'EVENT_NOT_FINISHED'
  /** No such event. */
  | 'EVENT_NOT_FOUND'
  /** The event is paid; registration is with the organiser. */
  | 'EVENT_NOT_FREE'
  /** Code redemption: the event is not in the person's plan yet. */
  | 'EVENT_NOT_IN_PLAN'
  /** The event is over. */
  | 'EVENT_OVER'
  /** The provider already has an element with this external id. */
  | 'EXTERNAL_ID_EXISTS'
  /** The external id is missing. The message differs between operations; this is the general one. */
  | 'EXTERNAL_ID_REQUIRED'
  /** The uploaded extract is too large. */
  | 'EXTRACT_TOO_LARGE'
  /** The object's state does not allow the operation (no more specific code). */
  | 'FAILED_PRECONDITION'
  /** The uploaded file is larger than 20 MB. */
  | 'FILE_TOO_LARGE'
  /** The first name is missing. */
  | 'FIRST_NAME_REQUIRED'
  /** The caller's roles do not allow the operation. The message differs between operations; this is the general one. */
  | 'FORBIDDEN'
  /** A program needs its form of study. */
  | 'FORM_OF_STUDY_REQUIRED'
  /** A free element cannot have a price. */
  | 'FREE_WITH_PRICE'
  /** The operation is accepted only through the gateway's service identity. */
  | 'GATEWAY_ONLY'
  /** The caller may not grant or revoke this role on this scope. */
  | 'GRANT_NOT_ALLOWED'
  /** No chosen group belongs to the chosen course. */
  | 'GROUP_NOT_OF_COURSE'
  /** No such unique-number holding. */
  | 'HOLDING_NOT_FOUND'
  /** The chosen groups' hours do not add up to the requirement. */
  | 'HOURS_MISMATCH'
  /** The idempotency key was used for another reservation. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The idempotency key is too long. */
  | 'IDEMPOTENCY_KEY_TOO_LONG'
  /** An unexpected fault in the service; the details are in its log under the request id. */
  | 'INTERNAL'
  /** SMK qualification: additional points outside the rule set's range. */
  | 'INVALID_ADDITIONAL_POINTS'
  /** The answer is not one of the question's options. The message differs between operations; this is the general one. */
  | 'INVALID_ANSWER'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_APPLICATION_STATUS'
  /** A service refused the request as invalid without a more specific code. */
  | 'INVALID_ARGUMENT'
  /** The reference's audience is unknown. */
  | 'INVALID_AUDIENCE'
  /** The birth date is not a date. */
  | 'INVALID_BIRTH_DATE'
  /** A string of the GraphQL operation holds a NUL or an unpaired surrogate. */
  | 'INVALID_CHARACTERS'
  /** Citizenship is not a two-letter country code. */
  | 'INVALID_CITIZENSHIP'
  /** The number of codes to issue is out of range. */
  | 'INVALID_CODE_COUNT'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_CODE_STATUS'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_CONSENT_KIND'
  /** Wrong SNILS or password. */
  | 'INVALID_CREDENTIALS'
  /** The page cursor belongs to another query. The message differs between operations; this is the general one. */
  | 'INVALID_CURSOR'
  /** A date is malformed or out of range (also a per-record posting rejection). The message differs between operations; this is the general one. */
  | 'INVALID_DATE'
  /** A date-time is malformed. */
  | 'INVALID_DATETIME'
  /** The candidate decision is unknown. */
  | 'INVALID_DECISION'
  /** The document kind is missing or unknown. */
  | 'INVALID_DOCUMENT_KIND'
  /** The document number is too long or has characters outside the allowed set. */
  | 'INVALID_DOCUMENT_NUMBER'
  /** The document type is unknown. */
  | 'INVALID_DOCUMENT_TYPE'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_EDUCATION_LEVEL'
  /** The e-mail address is malformed. */
  | 'INVALID_EMAIL'
  /** The employment kind is missing or unknown. */
  | 'INVALID_EMPLOYMENT'
  /** The uploaded file is not UTF-8. */
  | 'INVALID_ENCODING'
  /** The event format is unknown. */
  | 'INVALID_EVENT_FORMAT'
  /** SMK qualification: the LEK/LDEK result is not a percentage. */
  | 'INVALID_EXAM_RESULT'
  /** The uploaded extract cannot be read. The message differs between operations; this is the general one. */
  | 'INVALID_EXTRACT'
  /** The extract format is neither json nor csv. */
  | 'INVALID_EXTRACT_FORMAT'
  /** A filter does not apply to this list or scope. */
  | 'INVALID_FILTER'
  /** The first name has characters other than letters, space, hyphen and apostrophe. */
  | 'INVALID_FIRST_NAME'
  /** The form of study is unknown. */
  | 'INVALID_FORM_OF_STUDY'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_FRMR_STATUS'
  /** The funding basis is missing or unknown. The message differs between operations; this is the general one. */
  | 'INVALID_FUNDING_BASIS'
  /** The role cannot be granted on this kind of scope. */
  | 'INVALID_GRANT_SCOPE'
  /** The seat holder is missing. */
  | 'INVALID_HOLDER'
  /** The number of hours is out of range. */
  | 'INVALID_HOURS'
  /** An id is malformed. */
  | 'INVALID_ID'
  /** The idempotency key is missing or too long. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** The document's issue date lies in the future. The message differs between operations; this is the general one. */
  | 'INVALID_ISSUE_DATE'
  /** The element kind is unknown. */
  | 'INVALID_KIND'
  /** The last name has characters other than letters, space, hyphen and apostrophe. */
  | 'INVALID_LAST_NAME'
  /** The request bytes are not the method's protobuf message. */
  | 'INVALID_MESSAGE'
  /** The module kind is unknown. */
  | 'INVALID_MODULE_KIND'
  /** The municipality kind is missing or unknown. */
  | 'INVALID_MUNICIPALITY_KIND'
  /** A name is missing or too long. The message differs between operations; this is the general one. */
  | 'INVALID_NAME'
  /** The organisation is missing or unknown. */
  | 'INVALID_ORGANISATION'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_OUTCOME'
  /** The page size is out of range. */
  | 'INVALID_PAGE_SIZE'
  /** The page token is malformed. */
  | 'INVALID_PAGE_TOKEN'
  /** The passport issuer is missing. */
  | 'INVALID_PASSPORT_ISSUER'
  /** The passport's issue date lies in the future. The message differs between operations; this is the general one. */
  | 'INVALID_PASSPORT_ISSUE_DATE'
  /** The passport number is not six digits. */
  | 'INVALID_PASSPORT_NUMBER'
  /** The passport series is not four digits. */
  | 'INVALID_PASSPORT_SERIES'
  /** The patronymic has characters other than letters, space, hyphen and apostrophe. */
  | 'INVALID_PATRONYMIC'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_PERSON_KIND'
  /** Not a PESEL: 11 digits, the check digit and the encoded birth date (cpd_platform.pesel; SMK): registering a physician in Poland, logging in by PESEL, a Profil Zaufany login's PESEL. */
  | 'INVALID_PESEL'
  /** The phone number is malformed. */
  | 'INVALID_PHONE'
  /** SMK qualification: a negative number of places. */
  | 'INVALID_PLACES'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_PLAN_ITEM_STATUS'
  /** The price is negative. */
  | 'INVALID_PRICE'
  /** The programme is missing or unknown. */
  | 'INVALID_PROGRAMME'
  /** The provider id is malformed. */
  | 'INVALID_PROVIDER_ID'
  /** Not a physician's licence number (PWZ): 7 digits, the first the check digit (cpd_platform.pwz; SMK); required when a physician in Poland registers. */
  | 'INVALID_PWZ'
  /** SMK qualification: a session's year, term or extraordinary window is not valid. */
  | 'INVALID_QUALIFICATION_SESSION'
  /** A questionnaire question is empty. The message differs between operations; this is the general one. */
  | 'INVALID_QUESTION'
  /** A quota is negative. The message differs between operations; this is the general one. */
  | 'INVALID_QUOTA'
  /** The rating is out of range. */
  | 'INVALID_RATING'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_REASON'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_REDEMPTION_STATUS'
  /** The reference kind is unknown. */
  | 'INVALID_REFERENCE_KIND'
  /** The refresh token is expired or revoked; log in again. */
  | 'INVALID_REFRESH_TOKEN'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_REFUSAL_REASON'
  /** The region code is not two digits. */
  | 'INVALID_REGION_CODE'
  /** The report kind is missing or unknown. */
  | 'INVALID_REPORT_KIND'
  /** The error report status filter has an unknown value. */
  | 'INVALID_REPORT_STATUS'
  /** SMK qualification: the application's request id (its idempotency key) is empty or too long. */
  | 'INVALID_REQUEST_ID'
  /** The required hours are out of range. */
  | 'INVALID_REQUIRED_HOURS'
  /** The role is unknown. */
  | 'INVALID_ROLE'
  /** A role request status the service does not know (reserved: no request takes one today). */
  | 'INVALID_ROLE_REQUEST_STATUS'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_SCHOOL_KIND'
  /** The scope is unknown. */
  | 'INVALID_SCOPE'
  /** A rating's score is not between 1 and 10. */
  | 'INVALID_SCORE'
  /** The number of seats or tickets is invalid. The message differs between operations; this is the general one. */
  | 'INVALID_SEATS'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_SEX'
  /** The SNILS is malformed or its check number is wrong (also a per-record posting rejection). The message differs between operations; this is the general one. */
  | 'INVALID_SNILS'
  /** Reserved: refusal of an unspecified or unknown value of this enum; no operation reads it from a request today. */
  | 'INVALID_SORT'
  /** The specialty code is malformed. */
  | 'INVALID_SPECIALTY_CODE'
  /** The status filter is unknown. */
  | 'INVALID_STATUS'
  /** The unique number cannot move from its status to the requested one. */
  | 'INVALID_STATUS_TRANSITION'
  /** A support message author kind the service does not know (reserved: no request takes one today). */
  | 'INVALID_SUPPORT_AUTHOR'
  /** The context reference is not "<kind>:<id>" with kind cycle, element, credit, code, application or plan_item. */
  | 'INVALID_SUPPORT_CONTEXT'
  /** The status filter is not a support request status. */
  | 'INVALID_SUPPORT_STATUS'
  /** The support request's topic is missing or unknown. */
  | 'INVALID_SUPPORT_TOPIC'
  /** A seat claim's target id is malformed. */
  | 'INVALID_TARGET'
  /** The teacher ids are missing or malformed. */
  | 'INVALID_TEACHER_IDS'
  /** A string of a gRPC request holds a NUL or a lone surrogate. The message differs between operations; this is the general one. */
  | 'INVALID_TEXT'
  /** A timestamp is malformed or lacks its UTC offset (RFC 3339 is required). */
  | 'INVALID_TIMESTAMP'
  /** The title is missing or too long. */
  | 'INVALID_TITLE'
  /** SMK qualification: a variant or a place without a specialty (or longer than 100 characters) or mode. */
  | 'INVALID_VARIANT'
  /** Not the two-digit TERYT code of one of Poland's 16 voivodeships (SMK). */
  | 'INVALID_VOIVODESHIP'
  /** A campaign window ends before it starts. */
  | 'INVALID_WINDOW'
  /** The campaign year is out of range. */
  | 'INVALID_YEAR'
  /** ZET is negative or out of range (also a per-record posting rejection). The message differs between operations; this is the general one. */
  | 'INVALID_ZET'
  /** The ZET filter range is out of bounds. The message differs between operations; this is the general one. */
  | 'INVALID_ZET_RANGE'
  /** The start date is after the end date. The message differs between operations; this is the general one. */
  | 'INVERTED_DATES'
  /** A date range starts after it ends. */
  | 'INVERTED_DATE_RANGE'
  /** A role request needs a justification of at least 10 characters. */
  | 'JUSTIFICATION_REQUIRED'
  /** The person kind (specialist level or teacher) is missing. */
  | 'KIND_REQUIRED'
  /** The last name is missing. */
  | 'LAST_NAME_REQUIRED'
  /** The identity provider cannot be reached; try later. */
  | 'LOGIN_UNAVAILABLE'
  /** A medical element needs its main specialty. */
  | 'MAIN_SPECIALTY_REQUIRED'
  /** The uploaded CSV lacks required columns. */
  | 'MISSING_COLUMNS'
  /** A module needs its kind. */
  | 'MODULE_KIND_REQUIRED'
  /** No such municipality in the caller's scope. */
  | 'MUNICIPALITY_NOT_FOUND'
  /** The correction changes nothing. */
  | 'NOTHING_TO_CORRECT'
  /** Registration is possible only for events. */
  | 'NOT_AN_EVENT'
  /** The operation needs an operator or organisation head role. */
  | 'NOT_AN_OPERATOR'
  /** Some chosen teachers are not candidates of the campaign. */
  | 'NOT_A_CANDIDATE'
  /** A number can go only to a confirmed candidate. */
  | 'NOT_A_CONFIRMED_CANDIDATE'
  /** The operation needs a registered person's token. */
  | 'NOT_A_PERSON'
  /** Applications are accepted only for ДПП programs. */
  | 'NOT_A_PROGRAM'
  /** The calling client is not bound to a provider. */
  | 'NOT_A_PROVIDER'
  /** A service found nothing without a more specific code. */
  | 'NOT_FOUND'
  /** Code redemption: the person is not on the event's attendance list. */
  | 'NOT_IN_ATTENDANCE_LIST'
  /** The course is not in the regional programme registry. */
  | 'NOT_IN_REGISTRY'
  /** The operation needs provider staff. */
  | 'NOT_PROVIDER_STAFF'
  /** The element belongs to another provider. The message differs between operations; this is the general one. */
  | 'NOT_YOUR_PROVIDER'
  /** Seats can be reserved and released only for oneself. */
  | 'NOT_YOUR_RESERVATION'
  /** A reservation needs at least one seat claim. */
  | 'NO_CLAIMS'
  /** The person has no accepted credit for the element (for an event: no accepted code), so may not rate it. */
  | 'NO_CREDIT_FOR_ELEMENT'
  /** The person has no cycle for the element's specialty. */
  | 'NO_CYCLE_FOR_SPECIALTY'
  /** No group is chosen. */
  | 'NO_GROUPS'
  /** The teacher holds no unique number in the campaign. */
  | 'NO_NUMBER'
  /** No free seats are left. The message differs between operations; this is the general one. */
  | 'NO_SEATS_LEFT'
  /** No free tickets are left for the event. */
  | 'NO_TICKETS_LEFT'
  /** SMK qualification: an application without variants. */
  | 'NO_VARIANTS'
  /** No such unique number. */
  | 'NUMBER_NOT_FOUND'
  /** The unique number is already held by a teacher. */
  | 'NUMBER_NOT_FREE'
  /** Only a live number can be refused. */
  | 'NUMBER_NOT_REFUSABLE'
  /** The teacher chose off-budget training; no budget number this year. */
  | 'OFF_BUDGET_CHOSEN'
  /** The consent text changed; accept the current version. */
  | 'OUTDATED_CONSENT'
  /** The object lies outside the caller's scope (organisation, municipality, region). The message differs between operations; this is the general one. */
  | 'OUT_OF_SCOPE'
  /** A service refused the caller without a more specific code. */
  | 'PERMISSION_DENIED'
  /** No such person (also a per-record posting rejection: no registered person with the SNILS). The message differs between operations; this is the general one. */
  | 'PERSON_NOT_FOUND'
  /** The person is missing (neither id nor SNILS). */
  | 'PERSON_REQUIRED'
  /** A paid element needs its price. */
  | 'PRICE_REQUIRED'
  /** No such program cycle. */
  | 'PROGRAM_CYCLE_NOT_FOUND'
  /** The program cycle has already ended. */
  | 'PROGRAM_CYCLE_OVER'
  /** No such provider. The message differs between operations; this is the general one. */
  | 'PROVIDER_NOT_FOUND'
  /** Profil Zaufany (SMK) did not pass the PESEL or the names a first login needs. */
  | 'PZ_DATA_INCOMPLETE'
  /** SMK qualification: the caller already has a standing application in the session (a new request id; the same one returns the application). */
  | 'QUALIFICATION_APPLICATION_EXISTS'
  /** SMK qualification: no application with this id of the caller's, or the caller has none in the session. */
  | 'QUALIFICATION_APPLICATION_NOT_FOUND'
  /** SMK qualification: publishing a list before the session's lists were computed. */
  | 'QUALIFICATION_LISTS_NOT_COMPUTED'
  /** SMK qualification: someone other than the voivodeship's office asks for its list before it is published. */
  | 'QUALIFICATION_LIST_NOT_PUBLISHED'
  /** SMK qualification: the caller is not the voivodeship office (smk_voivodeship_office) of the voivodeship concerned (or of any, for opening sessions and computing lists). */
  | 'QUALIFICATION_OFFICE_ONLY'
  /** SMK qualification: no session with this id. */
  | 'QUALIFICATION_SESSION_NOT_FOUND'
  /** SMK qualification: the caller without the smk_trainee role submits an application. */
  | 'QUALIFICATION_TRAINEE_ONLY'
  /** SMK qualification: the day is outside the session's application window (smk-2023: 1–28 February, 1–30 September). */
  | 'QUALIFICATION_WINDOW_CLOSED'
  /** The GraphQL operation is nested deeper than the limit. */
  | 'QUERY_TOO_DEEP'
  /** The search text is longer than 200 characters. */
  | 'QUERY_TOO_LONG'
  /** The campaign's questionnaire window is not open now. */
  | 'QUESTIONNAIRE_WINDOW_CLOSED'
  /** A reason is missing. The message differs between operations; this is the general one. */
  | 'REASON_REQUIRED'
  /** The reason is too long. */
  | 'REASON_TOO_LONG'
  /** The failed-attempt limiter (Redis) is down, so codes cannot be entered now. */
  | 'REDEMPTION_UNAVAILABLE'
  /** Refusing a role request needs a reason the person can read. */
  | 'REFUSAL_REASON_REQUIRED'
  /** No such event registration. */
  | 'REGISTRATION_NOT_FOUND'
  /** No error report with this id. */
  | 'REPORT_NOT_FOUND'
  /** An error report without text. */
  | 'REPORT_TEXT_REQUIRED'
  /** An error report's text is over 2000 characters. */
  | 'REPORT_TOO_LONG'
  /** A concurrent reservation won; repeat. */
  | 'RESERVATION_RETRY'
  /** The note closing an error report is over 2000 characters. */
  | 'RESOLUTION_TOO_LONG'
  /** A limit was reached (no more specific code). */
  | 'RESOURCE_EXHAUSTED'
  /** No review with this id. */
  | 'REVIEW_NOT_FOUND'
  /** A review's text is over 2000 characters. */
  | 'REVIEW_TOO_LONG'
  /** A role nobody may request (identity_svc.domain.requestable_roles): admin, SMK's exam centre, CMKP and trainee are granted by an admin only. */
  | 'ROLE_NOT_REQUESTABLE'
  /** The role request was already decided the other way; a decision is final. */
  | 'ROLE_REQUEST_DECIDED'
  /** No role request has this id. */
  | 'ROLE_REQUEST_NOT_FOUND'
  /** No such school in the caller's scope. */
  | 'SCHOOL_NOT_FOUND'
  /** Seats of this kind are taken and cannot be removed. The message differs between operations; this is the general one. */
  | 'SEATS_BELOW_TAKEN'
  /** No seats of this cycle and funding basis. */
  | 'SEATS_NOT_FOUND'
  /** The seat could not be reserved or released in catalog-svc. */
  | 'SEAT_NOT_RESERVED'
  /** The service lacks its client-credentials identity for this call. */
  | 'SERVICE_IDENTITY_MISSING'
  /** A backend service did not answer in time. */
  | 'SERVICE_UNAVAILABLE'
  /** The sex is missing. */
  | 'SEX_REQUIRED'
  /** The exam application needs every module of the card completed. */
  | 'SMK_CARD_INCOMPLETE'
  /** No such training card visible to the caller. */
  | 'SMK_CARD_NOT_FOUND'
  /** Only CMKP (role smk_cmkp) or an admin publishes programmes and accredits units (SpecialisationService/PublishProgramme, AccreditUnit). */
  | 'SMK_CMKP_ONLY'
  /** The entry was confirmed or returned the other way already. */
  | 'SMK_ENTRY_DECIDED'
  /** No such entry on the card. */
  | 'SMK_ENTRY_NOT_FOUND'
  /** The caller is not a supervisor (smk_supervisor) of the card's training unit. */
  | 'SMK_ENTRY_NOT_IN_SCOPE'
  /** The exam application was accepted or returned the other way already. */
  | 'SMK_EXAM_APPLICATION_DECIDED'
  /** The card has a submitted or accepted exam application. */
  | 'SMK_EXAM_APPLICATION_EXISTS'
  /** No such exam application. */
  | 'SMK_EXAM_APPLICATION_NOT_FOUND'
  /** Only the exam centre (smk_exam_centre) or an admin lists a session's applications and decides them. */
  | 'SMK_EXAM_CENTRE_ONLY'
  /** Outside the session's application window (smk-2023). */
  | 'SMK_EXAM_WINDOW_CLOSED'
  /** The idempotency key was used for another card entry or exam application. */
  | 'SMK_IDEMPOTENCY_KEY_REUSED'
  /** An accreditation breaks a rule: registry number, name, town, places (none, negative, a mode twice or unspecified) or validity dates (SpecialisationService/AccreditUnit, ListTrainingUnits). */
  | 'SMK_INVALID_ACCREDITATION'
  /** A card entry breaks a rule (module, element of the kind, quantity, patient code, date); the message says which. */
  | 'SMK_INVALID_ENTRY'
  /** An SMK write's idempotency key is empty or over 100 characters. */
  | 'SMK_INVALID_IDEMPOTENCY_KEY'
  /** Unknown training mode. */
  | 'SMK_INVALID_MODE'
  /** A published programme breaks a rule of smk-2023's programme part; the message says which (SpecialisationService/PublishProgramme). */
  | 'SMK_INVALID_PROGRAMME'
  /** An exam session is '<year>-spring' or '<year>-autumn'. */
  | 'SMK_INVALID_SESSION'
  /** The module's completion is confirmed; it takes no new entries. */
  | 'SMK_MODULE_CLOSED'
  /** A module's completion needs every requirement met by confirmed entries. */
  | 'SMK_MODULE_INCOMPLETE'
  /** No programme of this specialty (and version) is published (SpecialisationService/GetProgramme, AccreditUnit; plan-svc's training card opening). */
  | 'SMK_PROGRAMME_NOT_FOUND'
  /** Returning an entry or an exam application needs a reason. */
  | 'SMK_REASON_REQUIRED'
  /** Only a trainee (smk_trainee) opens a card and records its entries, and only on their own card. */
  | 'SMK_TRAINEE_ONLY'
  /** The unit is not accredited for the specialty on the start day, or has no places of the mode. */
  | 'SMK_UNIT_NOT_ACCREDITED'
  /** No such training unit in catalog-svc. */
  | 'SMK_UNIT_NOT_FOUND'
  /** Medical specialties are not given for teachers' programs. */
  | 'SPECIALTIES_FOR_MEDICAL_ONLY'
  /** The document kind is not issued for this specialty's level. */
  | 'SPECIALTY_LEVEL_NOT_ADMITTED'
  /** The specialty is missing. */
  | 'SPECIALTY_REQUIRED'
  /** Subjects are given only for teachers' programs. */
  | 'SUBJECTS_FOR_TEACHERS_ONLY'
  /** A teachers' program needs its subject. */
  | 'SUBJECT_REQUIRED'
  /** No support request with this id is visible to the caller. */
  | 'SUPPORT_REQUEST_NOT_FOUND'
  /** A support request or message needs at least 10 characters of text. */
  | 'SUPPORT_TEXT_REQUIRED'
  /** Only programs are published for teachers. */
  | 'TEACHERS_PROGRAMS_ONLY'
  /** The caller is not in the teachers' lists. The message differs between operations; this is the general one. */
  | 'TEACHER_NOT_FOUND'
  /** The number can go only to a teacher of the same school. */
  | 'TEACHER_NOT_IN_SCHOOL'
  /** A free-text field is longer than its limit (the message names the field and the limit). The message differs between operations; this is the general one. */
  | 'TEXT_TOO_LONG'
  /** Only free events have tickets. */
  | 'TICKETS_FOR_FREE_EVENTS_ONLY'
  /** A free event needs its number of tickets. */
  | 'TICKETS_REQUIRED'
  /** The GraphQL operation has more aliases than the limit. */
  | 'TOO_MANY_ALIASES'
  /** Too many failed code entries; wait and retry. */
  | 'TOO_MANY_ATTEMPTS'
  /** More than 20 seat claims in one reservation. */
  | 'TOO_MANY_CLAIMS'
  /** More than 100 cycles in one program. */
  | 'TOO_MANY_CYCLES'
  /** Too many groups chosen. */
  | 'TOO_MANY_GROUPS'
  /** More than 500 items in one call. */
  | 'TOO_MANY_ITEMS'
  /** More than 50 additional specialties. */
  | 'TOO_MANY_SPECIALTIES'
  /** SMK qualification: a variant names more training units than allowed (3). */
  | 'TOO_MANY_UNITS'
  /** SMK qualification: more variants than the rule set allows (15). */
  | 'TOO_MANY_VARIANTS'
  /** The person is below the minimum age. */
  | 'TOO_YOUNG'
  /** The token is missing, invalid or expired. The message differs between operations; this is the general one. */
  | 'UNAUTHENTICATED'
  /** A dependency of the service (PostgreSQL, Redis, another service) is unavailable; retry later. */
  | 'UNAVAILABLE'
  /** The chosen group is not in the registry. */
  | 'UNKNOWN_GROUP'
  /** SMK qualification: a variant for a specialty, voivodeship and mode with no places in the session. */
  | 'UNKNOWN_PLACE'
  /** These profile fields cannot be changed. */
  | 'UNKNOWN_PROFILE_FIELD'
  /** The answer refers to a question the questionnaire lacks. */
  | 'UNKNOWN_QUESTION'
  /** The quota names a school or municipality outside the region. */
  | 'UNKNOWN_QUOTA_SCOPE'
  /** The region code is unknown. The message differs between operations; this is the general one. */
  | 'UNKNOWN_REGION'
  /** The campaign's stored rules version is unknown to this build. */
  | 'UNKNOWN_RULES_VERSION'
  /** The rule set is unknown. */
  | 'UNKNOWN_RULE_SET'
  /** The specialty is not in the nomenclature. The message differs between operations; this is the general one. */
  | 'UNKNOWN_SPECIALTY'
  /** The subject is unknown. */
  | 'UNKNOWN_SUBJECT'
  /** SMK qualification: a variant names a training unit that is not among the units of its place (places taken from catalog-svc's accreditations). */
  | 'UNKNOWN_UNIT'
  /** The password is too short or too long. */
  | 'WEAK_PASSWORD'
  /** ZET exceed the element's ZET (also a per-record posting rejection). */
  | 'ZET_OVER_ELEMENT';

/** A person's report of an error in an element's description. */
export type ErrorReport = {
  __typename?: 'ErrorReport';
  /** When it was closed; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it (identity-svc person id, or the client id of a provider's system); empty while open. */
  closedBy: Scalars['String']['output'];
  /** When it was reported. */
  createdAt: Scalars['DateTime']['output'];
  /** The element (UUID). */
  elementId: Scalars['ID']['output'];
  /** The element's title, for lists. */
  elementTitle: Scalars['String']['output'];
  /** The report's id (UUID). */
  id: Scalars['ID']['output'];
  /** The element's provider (UUID), whose staff see the report. */
  providerId: Scalars['ID']['output'];
  /** The person who reported (identity-svc id, UUID). */
  reporterPersonId: Scalars['ID']['output'];
  /** The note of whoever closed it; may be empty. */
  resolution: Scalars['String']['output'];
  /** Open or closed. */
  status: ErrorReportStatus;
  /** What is wrong, 1 to 2000 characters. */
  text: Scalars['String']['output'];
};

/** A page of a list (a Relay connection). */
export type ErrorReportConnection = {
  __typename?: 'ErrorReportConnection';
  /** The items of this page, in order. */
  edges: Array<ErrorReportEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type ErrorReportEdge = {
  __typename?: 'ErrorReportEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ErrorReport;
};

/** The error report as stored, or why it was refused. */
export type ErrorReportResult = ErrorReport | UserError;

/** Where an error report stands. */
export type ErrorReportStatus =
  /** Closed by the provider's staff (or an admin). */
  | 'CLOSED'
  /** Waiting for the provider's staff. */
  | 'OPEN';

/** One confirmation code of an event. */
export type EventCode = {
  __typename?: 'EventCode';
  /** The code: 12 characters, Latin capitals and digits. */
  code: Scalars['String']['output'];
  /** The event (UUID) the code is bound to. */
  eventId: Scalars['ID']['output'];
  /** When the code was issued, RFC 3339. */
  issuedAt: Scalars['String']['output'];
  /** "queued" | "scheduled" (waits for the event to be over) | "sent" | "no_email" | "" (not mailed). */
  mailStatus: Scalars['String']['output'];
  /** 11 digits when bound to an attendee; empty for an unbound code. */
  snils: Scalars['String']['output'];
  /** Issued, pending, accepted or rejected. */
  status: EventCodeStatus;
};

/** Where a confirmation code stands. */
export type EventCodeStatus =
  /** Verified; the person's credit is recorded. */
  | 'ACCEPTED'
  /** Issued, not yet entered by anyone. */
  | 'ISSUED'
  /** Entered by a person, awaiting verification. */
  | 'PENDING'
  /** Entered but rejected by verification (e.g. not in the attendance list). */
  | 'REJECTED';

/** An educational event (ОМ): a conference, seminar and the like. */
export type EventInput = {
  /** Further specialties the element counts for. */
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  /** A description for people. */
  annotation?: Scalars['String']['input'];
  /** How attendance is checked; free text. */
  attendanceControl?: Scalars['String']['input'];
  /** `medical` (NMO) or `teachers` (the regional model). */
  audience?: Scalars['String']['input'];
  /** What an attendee must do to get a confirmation code. */
  confirmationRequirements?: Scalars['String']['input'];
  /** The last day. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A `reference(kind: EVENT_FORMAT)` code. */
  eventFormat?: Scalars['String']['input'];
  /** Free of charge. */
  free?: Scalars['Boolean']['input'];
  /** The main specialty (`Specialty.code`); none when null. */
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  /** Price in kopecks (RUB/100) of a paid event or module. */
  priceKopecks?: Scalars['Int']['input'];
  /** Two-digit region code; the provider's region when null. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The first day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Teachers' subjects (`reference(kind: TEACHER_SUBJECT)` codes). */
  subjectCodes?: Array<Scalars['String']['input']>;
  /** Tickets of a free event (its seat limit). */
  ticketsTotal?: Scalars['Int']['input'];
  /** Title, at most 500 characters. */
  title: Scalars['String']['input'];
  /** Credits in ZET (1 ZET = 1 academic hour). */
  zet: Scalars['Int']['input'];
};

/** A person's registration for a free event, holding one ticket in catalog-svc. */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  /** Cycles whose plans now hold the event; empty in CancelEventRegistration's answer. */
  cycleIds: Array<Scalars['ID']['output']>;
  /** The event (catalog element). */
  elementId: Scalars['ID']['output'];
  /** Registration id (UUID); also the ticket reservation's idempotency key. */
  id: Scalars['ID']['output'];
  /** Registered or cancelled. */
  status: EventRegistrationStatus;
};

/** The registration, or why the event could not be registered for. */
export type EventRegistrationResult = EventRegistration | UserError;

/** State of a registration for a free event. */
export type EventRegistrationStatus =
  /** The registration was cancelled; the ticket was released. */
  | 'CANCELLED'
  /** A ticket is held for the person. */
  | 'REGISTERED';

/** An application for the state specialisation exam (PES). */
export type ExamApplication = {
  __typename?: 'ExamApplication';
  /** The card. */
  cardId: Scalars['ID']['output'];
  /** When it was decided; null while submitted. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided (person id); empty while submitted. */
  decidedBy: Scalars['String']['output'];
  /** The application's id (UUID). */
  id: Scalars['ID']['output'];
  /** Why it was returned; empty otherwise. */
  returnReason: Scalars['String']['output'];
  /** The session: "<year>-spring" or "<year>-autumn". */
  session: Scalars['String']['output'];
  /** The specialty. */
  specialty: Scalars['String']['output'];
  /** Where it stands. */
  status: ExamApplicationStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The trainee. */
  traineePersonId: Scalars['ID']['output'];
};

/** The application, or why it was refused. */
export type ExamApplicationResult = ExamApplication | UserError;

/** Where an exam application stands. */
export type ExamApplicationStatus =
  /** Accepted: the trainee sits the session's exam. */
  | 'ACCEPTED'
  /** Returned with a reason; the trainee may apply again. */
  | 'RETURNED'
  /** Waiting for the exam centre. */
  | 'SUBMITTED';

/** The file format of an export. */
export type ExportFormat =
  /** CSV, UTF-8 with BOM, ";"-separated (opens in Excel), with a header line. */
  | 'CSV'
  /** An Excel workbook (one sheet with a header row). */
  | 'XLSX';

/** Whether a document is confirmed in ФРМР (the federal register of medical workers), as computed against the loaded register extract. Shown beside the document; never blocks the plan. */
export type FrmrStatus =
  /** "подтверждён в ФРМР": a register record has the document's series and number, specialty, issue date and, where both are known, the person's SNILS and the document kind. */
  | 'CONFIRMED'
  /** "не проверен": no register extract has been loaded yet (also for cycles without a document). */
  | 'NOT_CHECKED'
  /** "не подтверждён в ФРМР": no matching record; the person should ask the employer's HR department to send the document to ФРМР. */
  | 'NOT_CONFIRMED';

/** The basis a ДПП ПК seat is held on (who pays for the training). */
export type FundingBasis =
  /** Budget-funded seat. */
  | 'BUDGET'
  /** Paid under a contract. */
  | 'CONTRACT'
  /** Funded by ФФОМС/ТФОМС (health insurance). */
  | 'OMS';

/** How the teacher's training is funded. */
export type FundingChoice =
  /** Budget-funded, with the unique number. */
  | 'BUDGET'
  /** Off-budget: recorded as a refusal of the number for this year. */
  | 'OFF_BUDGET';

/** The grant as held, or why it was refused. */
export type GrantRoleResult = RoleGrant | UserError;

/** What a CSV import did. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Rows that created a new school or teacher. */
  created: Scalars['Int']['output'];
  /** Rows skipped, by line number. */
  rejected: Array<RejectedRow>;
  /** Rows identical to what was stored. */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed a stored one. */
  updated: Scalars['Int']['output'];
};

/** The codes issued, or why not. */
export type IssueCodesResult = IssuedCodes | UserError;

/** The codes of one issue. */
export type IssuedCodes = {
  __typename?: 'IssuedCodes';
  /** Every code of this idempotency key (also on a repeated call), in issue order. */
  codes: Array<EventCode>;
};

/** The number of search matches of one element kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** Matches of this kind (every filter except kind); a lower bound when counts_capped. */
  count: Scalars['Int']['output'];
  /** Program, event or module. */
  kind: ElementKind;
};

/** A group of element kinds the rule sets recommend and cap apart. */
export type KindGroup =
  /** Events (ОМ) and interactive modules (ИОМ) together. */
  | 'EVENT_AND_MODULE'
  /** ДПП ПК programs. */
  | 'PROGRAM';

/** Progress of a kind group in a cycle. */
export type KindGroupProgress = {
  __typename?: 'KindGroupProgress';
  /** ZET of the group's live credits, before caps. */
  actualZet: Scalars['Int']['output'];
  /** At most this much ZET counts from the group; null when there is no cap. */
  capZet?: Maybe<Scalars['Int']['output']>;
  /** What counts toward the target (after caps). */
  countedZet: Scalars['Int']['output'];
  /** Which group. */
  group: KindGroup;
  /** What is still short of recommendedZet in this group, at most the cycle's missingZet (0 when reached or when the cycle needs nothing more). */
  missingZet: Scalars['Int']['output'];
  /** Over the whole cycle: nmo-250: the recommendation (180 for programs, 70 for events and modules); nmo-709n-144: the minimum for ДПП ПК (72), 0 for events and modules. */
  recommendedZet: Scalars['Int']['output'];
};

/** ZET by element kind in a cycle, before caps. */
export type KindTotal = {
  __typename?: 'KindTotal';
  /** The element kind; all three kinds are always listed. */
  kind: ElementKind;
  /** Sum of the cycle's live (not voided) credits of this kind, in ZET, before caps. */
  zet: Scalars['Int']['output'];
};

/** The answer to logout. */
export type LoggedOut = {
  __typename?: 'LoggedOut';
  /** True: the session at the identity provider ended. */
  ok: Scalars['Boolean']['output'];
};

/** The tokens, or why the login or refresh failed. */
export type LoginResult = Tokens | UserError;

/** Logged out, or why it failed. */
export type LogoutResult = LoggedOut | UserError;

/** Places of one mode. */
export type ModePlaces = {
  __typename?: 'ModePlaces';
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The number of places (miejsca szkoleniowe), 0 or more. */
  places: Scalars['Int']['output'];
};

/** Places of one mode. */
export type ModePlacesInput = {
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The number of places, 0 or more. */
  places: Scalars['Int']['input'];
};

/** An interactive educational module (ИОМ). */
export type ModuleInput = {
  /** Further specialties the element counts for. */
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  /** A description for people. */
  annotation?: Scalars['String']['input'];
  /** `medical` (NMO) or `teachers` (the regional model). */
  audience?: Scalars['String']['input'];
  /** Free of charge. */
  free?: Scalars['Boolean']['input'];
  /** The main specialty (`Specialty.code`); none when null. */
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  /** A `reference(kind: MODULE_KIND)` code. */
  moduleKind?: Scalars['String']['input'];
  /** Price in kopecks (RUB/100) of a paid event or module. */
  priceKopecks?: Scalars['Int']['input'];
  /** Two-digit region code; the provider's region when null. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Teachers' subjects (`reference(kind: TEACHER_SUBJECT)` codes). */
  subjectCodes?: Array<Scalars['String']['input']>;
  /** Title, at most 500 characters. */
  title: Scalars['String']['input'];
  /** Credits in ZET (1 ZET = 1 academic hour). */
  zet: Scalars['Int']['input'];
};

/** One module's progress. */
export type ModuleProgress = {
  __typename?: 'ModuleProgress';
  /** The module's code. */
  code: Scalars['String']['output'];
  /** Completion confirmed by the supervisor. */
  completed: Scalars['Boolean']['output'];
  /** When the supervisor confirmed the module; null until then. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed it (person id); empty until then. */
  completedBy: Scalars['String']['output'];
  /** "basic" or "specialised". */
  kind: Scalars['String']['output'];
  /** Every requirement of it. */
  requirements: Array<RequirementProgress>;
  /** Every requirement met by confirmed entries. */
  requirementsMet: Scalars['Boolean']['output'];
  /** Its title (Polish). */
  title: Scalars['String']['output'];
};

/** A municipality of a region: the middle level of operators' scopes (school → municipality → region) and of quotas. */
export type Municipality = {
  __typename?: 'Municipality';
  /** UUID. */
  id: Scalars['ID']['output'];
  /** Municipal district, urban okrug or city district. */
  kind: MunicipalityKind;
  /** The name, unique within the region (at most 300 characters). */
  name: Scalars['String']['output'];
  /** The region's two-digit code as in the official list, e.g. "16" for Tatarstan. */
  regionCode: Scalars['String']['output'];
};

/** The kind of a municipal formation (муниципальное образование) of a region. */
export type MunicipalityKind =
  /** City district (внутригородской район). */
  | 'CITY_DISTRICT'
  /** Municipal district (муниципальный район). */
  | 'MUNICIPAL_DISTRICT'
  /** Urban okrug (городской округ). */
  | 'URBAN_OKRUG';

/** The municipality created or found. */
export type MunicipalityPayload = {
  __typename?: 'MunicipalityPayload';
  /** False when a municipality of that name already existed in the region. */
  created: Scalars['Boolean']['output'];
  /** The stored municipality (an existing one unchanged, even when the kind differs). */
  municipality: Municipality;
};

/** The municipality created or found, or why it was refused. */
export type MunicipalityResult = MunicipalityPayload | UserError;

/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** For a provider's staff: accepts an application (enrolment). */
  acceptApplication: ApplicationResult;
  /** CMKP accredits a training unit for a specialty with places per mode; accrediting again replaces the accreditation. */
  accreditUnit: TrainingUnitResult;
  /** The trainee records an entry on their card. */
  addCardEntry: CardEntryResult;
  /** Adds a certificate or accreditation document; it opens a five-year cycle (the existing cycle when the document is already there). */
  addDocument: AddDocumentResult;
  /** Adds a catalog element eligible for the cycle's specialty to the cycle's plan (the existing item when already planned). */
  addPlanItem: PlanItemResult;
  /** A teacher answers the questionnaire within its window; an operator may answer for a teacher in scope (teacherId). */
  answerQuestionnaire: AnswersResult;
  /** The provider's answer to a review of its element (staff of the provider); an empty answer removes it. */
  answerReview: ReviewResult;
  /** The trainee applies for the exam (PES) of a session with a complete card. */
  applyForExam: ExamApplicationResult;
  /** A teacher withdraws a submitted application back to a draft; the seats are released. */
  cancelRegionalApplication: RegionalApplicationResult;
  /** Regional operator: cancels a campaign opened by mistake (while no numbers are allocated). */
  cancelRegionalCampaign: UpdateCampaignResult;
  /** Close an error report on one's provider's element, with a note for the reporter. */
  closeErrorReport: ErrorReportResult;
  /** A voivodeship office computes the session's lists (the next round once a list of the current one is published). */
  computeQualificationLists: ComputedQualificationListsResult;
  /** The supervisor confirms a module whose requirements are all met. */
  confirmModule: TrainingCardResult;
  /** Correct a credit record of one's provider with a reason: a new record replaces it (returned); the old one becomes SUPERSEDED. */
  correctCredit: CreditChangeResult;
  /** Create an educational event (a draft). */
  createEvent: ElementResult;
  /** Create an interactive module (a draft). */
  createModule: ElementResult;
  /** Regional operator: creates a municipality of the region (or returns the existing one of that name). */
  createMunicipality: MunicipalityResult;
  /** Create a program (a draft) of a provider one works for. */
  createProgram: ElementResult;
  /** An operator confirms or removes candidates of their scope (all or none). */
  decideCandidates: CandidatesResult;
  /** The exam centre accepts an application or returns it with a reason. */
  decideExamApplication: ExamApplicationResult;
  /** Approve a role request (the role is granted) or refuse it with a reason: for the scope's authority. Deciding again the same way returns the request. */
  decideRoleRequest: RoleRequestResult;
  /** Grant a role in a scope to a person (by id, SNILS or PESEL). */
  grantRole: GrantRoleResult;
  /** Hide a review from everyone but admins and its author, or show it again (admins). */
  hideReview: ReviewResult;
  /** Regional operator: imports the region's schools from CSV (columns municipality, code, name, kind). */
  importRegionalSchools: RegionalImportResult;
  /** Regional operator: imports the region's teachers from CSV (school_code, snils, names, then optional profile columns). */
  importRegionalTeachers: RegionalImportResult;
  /** Issue confirmation codes for an event of one's provider (12 characters, single use); the same idempotency key returns the same codes. */
  issueCodes: IssueCodesResult;
  /** For an administrator: loads a ФРМР register extract, replacing the previous one; documents' ФРМР statuses are checked against it. */
  loadRegisterExtract: RegisterExtractResult;
  /** Log in with SNILS (in any spelling), or PESEL for a person in Poland, and password. */
  login: LoginResult;
  /** Log out: the session at the identity provider ends. */
  logout: LogoutResult;
  /** A voivodeship office opens the session of a year and term (again: the same session); the window is the rule set's unless both dates are given. */
  openQualificationSession: QualificationSessionResult;
  /** Regional operator: opens the campaign of a year (or returns the existing one unchanged). */
  openRegionalCampaign: CampaignResult;
  /** Open a support request (the question is its first message). */
  openSupportRequest: SupportRequestResult;
  /** A trainee opens their training card at an accredited unit (opening again returns it). */
  openTrainingCard: TrainingCardResult;
  /** Post one batch of results for the provider one works for (a staff member of exactly one provider); idempotent by batch id and by each record's external id. Bad records are rejected one by one with their reasons, the rest credited; a batch that cannot be applied (over 1000 records, batch id reused) is REJECTED whole. Keep batches small enough for the request size limit (GATEWAY_MAX_BODY_BYTES), e.g. 100 records. */
  postResults: PostResultsResult;
  /** Write in a support request's thread: the person (back to staff) or staff who see it (the person is e-mailed the answer); resolve marks it resolved. */
  postSupportMessage: SupportRequestResult;
  /** Publish an element: the search finds it from now on. */
  publishElement: ElementResult;
  /** CMKP publishes a programme as its specialty's next version; the same content again returns the latest version. */
  publishProgramme: ProgrammeResult;
  /** The voivodeship's office publishes its list of the current round. */
  publishQualificationList: QualificationListPublicationResult;
  /** Rate an element one has a credit for, 1 to 10, with an optional review; rating again changes the rating and the review. */
  rateElement: RateElementResult;
  /** An operator gives a free number of a school's pool to a confirmed candidate of the same school. */
  reassignNumber: NumberChangeResult;
  /** An operator records a teacher's document of completed training; it closes the campaign's number when one was submitted. */
  recordCompletion: CompletionResult;
  /** Enter an event confirmation code: it is taken for checking (PENDING) or refused at once with the reason as a UserError. */
  redeemCode: RedeemCodeResult;
  /** A new access token for a refresh token. */
  refreshToken: LoginResult;
  /** Refuses a number (a teacher their own, an operator any in scope); it returns to the school's pool. */
  refuseNumber: NumberChangeResult;
  /** Register by SNILS, or by PESEL for a physician in Poland (no login needed). */
  register: RegisterResult;
  /** Registers the caller for a free event (takes a ticket) and plans it in the chosen cycles. */
  registerForEvent: EventRegistrationResult;
  /** For a provider's staff: rejects an application with a reason; the seat is released. */
  rejectApplication: ApplicationResult;
  /** Removes an element from a cycle's plan. */
  removePlanItem: RemovePlanItemResult;
  /** Report an error in an element's description («Нашли ошибку? Сообщить»). */
  reportElementError: ErrorReportResult;
  /** Forgotten password: an e-mail with a reset link goes to the profile's address (the same answer whether or not the SNILS, or PESEL, is registered). */
  requestPasswordReset: PasswordResetResult;
  /** Ask for a role on a scope, with a justification; asking again while a request for it is pending returns that request. */
  requestRole: RoleRequestResult;
  /** The supervisor of the card's unit confirms an entry or returns it with a reason. */
  reviewCardEntry: CardEntryResult;
  /** Revoke a person's role in a scope (person by id, SNILS or PESEL). */
  revokeRole: RevokeRoleResult;
  /** Regional operator: allocates the campaign's unique numbers within the quotas (once; a repeat returns the stored result). */
  runAllocation: AllocationResult;
  /** Add a program cycle, or change one (by `id`). */
  saveProgramCycle: ProgramCycleResult;
  /** A teacher saves their application as a draft (nothing is reserved) or chooses off-budget training (refusing the number for the year). */
  saveRegionalApplication: SaveRegionalApplicationResult;
  /** The voivodeship's office sets the places of one specialty and mode. */
  setQualificationPlaces: QualificationPlaceResult;
  /** Regional operator: sets a campaign's questionnaire. */
  setQuestionnaire: QuestionsResult;
  /** Regional operator: sets quotas of unique numbers (each replaces its municipality's or school's count). */
  setRegionalQuotas: QuotasResult;
  /** Applies to a ДПП ПК program cycle; a seat is held until the provider decides (an application is not enrolment). */
  submitApplication: ApplicationResult;
  /** A trainee submits their application within the session's window. */
  submitQualificationApplication: QualificationApplicationResult;
  /** A teacher submits their complete draft within the application window; every group's seat is reserved atomically. */
  submitRegionalApplication: RegionalApplicationResult;
  /** Change an element of a provider one works for. */
  updateElement: ElementResult;
  /** A teacher fills in «Моя анкета»; an operator may fill it for a teacher in scope (teacherId). */
  updateMyTeacherProfile: TeacherProfileResult;
  /** Change one's own profile; a new e-mail or phone awaits confirmation. */
  updateProfile: UpdateProfileResult;
  /** Regional operator: changes a campaign's windows or hours. */
  updateRegionalCampaign: UpdateCampaignResult;
  /** Add SNILS numbers of those present to an event's attendance list; the event's pending codes are decided against it at once. */
  uploadAttendance: AttendanceUploadResult;
  /** Void a credit record of one's provider, with a reason. */
  voidCredit: CreditChangeResult;
  /** Withdraws the caller's application; the seat is released. */
  withdrawApplication: ApplicationResult;
  /** Withdraw an element from publication (it stays readable for plans). */
  withdrawElement: ElementResult;
  /** The trainee withdraws their application; its place goes to the next round. */
  withdrawQualificationApplication: QualificationApplicationResult;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAcceptApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAccreditUnitArgs = {
  input: AccreditUnitInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAddCardEntryArgs = {
  cardId: Scalars['ID']['input'];
  entry: CardEntryInput;
  idempotencyKey: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAddDocumentArgs = {
  document: DocumentInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAddPlanItemArgs = {
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAnswerQuestionnaireArgs = {
  answers: Array<AnswerInput>;
  campaignId: Scalars['ID']['input'];
  teacherId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationAnswerReviewArgs = {
  answer: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationApplyForExamArgs = {
  cardId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  session: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCancelRegionalApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCancelRegionalCampaignArgs = {
  campaignId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCloseErrorReportArgs = {
  reportId: Scalars['ID']['input'];
  resolution?: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationComputeQualificationListsArgs = {
  sessionId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationConfirmModuleArgs = {
  cardId: Scalars['ID']['input'];
  moduleCode: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCorrectCreditArgs = {
  completedOn: Scalars['String']['input'];
  creditId: Scalars['ID']['input'];
  documentNumber?: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCreateEventArgs = {
  event: EventInput;
  providerId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCreateModuleArgs = {
  module: ModuleInput;
  providerId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCreateMunicipalityArgs = {
  kind: MunicipalityKind;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationCreateProgramArgs = {
  program: ProgramInput;
  providerId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationDecideCandidatesArgs = {
  campaignId: Scalars['ID']['input'];
  decision: CandidateDecision;
  teacherIds: Array<Scalars['ID']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationDecideExamApplicationArgs = {
  accept: Scalars['Boolean']['input'];
  applicationId: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationDecideRoleRequestArgs = {
  approve: Scalars['Boolean']['input'];
  refusalReason?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationGrantRoleArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  pesel?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  snils?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationHideReviewArgs = {
  hidden?: Scalars['Boolean']['input'];
  reviewId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationImportRegionalSchoolsArgs = {
  csv: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationImportRegionalTeachersArgs = {
  csv: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationIssueCodesArgs = {
  count: Scalars['Int']['input'];
  eventId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  sendByMail?: Scalars['Boolean']['input'];
  snils?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationLoadRegisterExtractArgs = {
  content: Scalars['String']['input'];
  format: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  pesel?: InputMaybe<Scalars['String']['input']>;
  snils?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationOpenQualificationSessionArgs = {
  applicationsCloseOn?: InputMaybe<Scalars['Date']['input']>;
  applicationsOpenOn?: InputMaybe<Scalars['Date']['input']>;
  term: QualificationTerm;
  year: Scalars['Int']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationOpenRegionalCampaignArgs = {
  quotas?: InputMaybe<Array<QuotaInput>>;
  regionCode: Scalars['String']['input'];
  requiredHours?: Scalars['Int']['input'];
  windows: CampaignWindowsInput;
  year: Scalars['Int']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationOpenSupportRequestArgs = {
  input: SupportRequestInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationOpenTrainingCardArgs = {
  mode: Scalars['String']['input'];
  programmeVersion?: Scalars['Int']['input'];
  specialty: Scalars['String']['input'];
  startedOn: Scalars['Date']['input'];
  unitId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationPostResultsArgs = {
  batchId: Scalars['String']['input'];
  records: Array<ResultRecordInput>;
  sequence?: Scalars['Int']['input'];
  seriesId?: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationPostSupportMessageArgs = {
  idempotencyKey?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  resolve?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationPublishElementArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationPublishProgrammeArgs = {
  programme: ProgrammeInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationPublishQualificationListArgs = {
  sessionId: Scalars['ID']['input'];
  voivodeship: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRateElementArgs = {
  elementId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
  text?: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationReassignNumberArgs = {
  numberId: Scalars['ID']['input'];
  teacherId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRecordCompletionArgs = {
  input: CompletionInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRedeemCodeArgs = {
  code: Scalars['String']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRefuseNumberArgs = {
  holdingId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  reason: RefusalReason;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRegisterArgs = {
  input: RegistrationInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRegisterForEventArgs = {
  cycleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  elementId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRejectApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRemovePlanItemArgs = {
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationReportElementErrorArgs = {
  elementId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRequestPasswordResetArgs = {
  captchaToken?: InputMaybe<Scalars['String']['input']>;
  pesel?: InputMaybe<Scalars['String']['input']>;
  snils?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRequestRoleArgs = {
  justification: Scalars['String']['input'];
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationReviewCardEntryArgs = {
  cardId: Scalars['ID']['input'];
  confirm: Scalars['Boolean']['input'];
  entryId: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRevokeRoleArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  pesel?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  snils?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationRunAllocationArgs = {
  campaignId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSaveProgramCycleArgs = {
  cycle: ProgramCycleInput;
  elementId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSaveRegionalApplicationArgs = {
  input: RegionalApplicationInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSetQualificationPlacesArgs = {
  input: QualificationPlacesInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSetQuestionnaireArgs = {
  campaignId: Scalars['ID']['input'];
  questions: Array<QuestionInput>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSetRegionalQuotasArgs = {
  campaignId: Scalars['ID']['input'];
  quotas: Array<QuotaInput>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSubmitApplicationArgs = {
  application: ApplicationInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSubmitQualificationApplicationArgs = {
  input: QualificationApplicationInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationSubmitRegionalApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationUpdateElementArgs = {
  element: ElementUpdateInput;
  id: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationUpdateMyTeacherProfileArgs = {
  profile: TeacherProfileInput;
  teacherId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationUpdateRegionalCampaignArgs = {
  campaignId: Scalars['ID']['input'];
  requiredHours?: Scalars['Int']['input'];
  windows?: InputMaybe<CampaignWindowsInput>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationUploadAttendanceArgs = {
  eventId: Scalars['ID']['input'];
  snils: Array<Scalars['String']['input']>;
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationVoidCreditArgs = {
  creditId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationWithdrawApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationWithdrawElementArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Expected failures come back as a `UserError` member of the field's result union, never as GraphQL errors; only register, login, refreshToken and requestPasswordReset work without a token. */
export type MutationWithdrawQualificationApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};

/** The calling teacher's state in a campaign. */
export type MyCampaignStatus = {
  __typename?: 'MyCampaignStatus';
  /** The application on that holding; null when none was saved. */
  application?: Maybe<RegionalApplication>;
  /** The campaign, with its windows' open state now. */
  campaign: RegionalCampaign;
  /** Whether the teacher qualifies as a candidate by the last training year (never trained, or 3 or more years before the campaign year). */
  candidate: Scalars['Boolean']['output'];
  /** The operators' decision (PENDING when none). */
  decision: CandidateDecision;
  /** Null when the teacher has no number this campaign; otherwise the live holding, else the latest refused one. */
  holding?: Maybe<NumberHolding>;
  /** The calling teacher. */
  teacher: RegionalTeacher;
};

/** The caller's application in a session and its published result. */
export type MyQualificationResult = {
  __typename?: 'MyQualificationResult';
  /** The caller's latest application in the session. */
  application: QualificationApplication;
  /** The result in the latest published round; null before a list naming the application is published. */
  result?: Maybe<QualificationResult>;
};

/** The application and its result, or why it was refused. */
export type MyQualificationResultResult = MyQualificationResult | UserError;

/**
 * A holding after a refusal or a reassignment, and the free numbers left in the school's
 *     pool.
 */
export type NumberChange = {
  __typename?: 'NumberChange';
  /** Free numbers of the school's pool in this campaign after the refusal. */
  freeInSchoolPool: Scalars['Int']['output'];
  /** Status REFUSED. */
  holding: NumberHolding;
};

/** The number's holding after the change, or why it was refused. */
export type NumberChangeResult = NumberChange | UserError;

/** A unique number's holding: the number, who holds it (or nobody: the school's pool), status. */
export type NumberHolding = {
  __typename?: 'NumberHolding';
  /** The teacher's application on this holding (UUID); empty when none was saved. */
  applicationId: Scalars['ID']['output'];
  /** The campaign (UUID). */
  campaignId: Scalars['ID']['output'];
  /** The holding's own id (a number has one holding per teacher who held it); empty for a free number. */
  holdingId: Scalars['ID']['output'];
  /** The school's municipality (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** The opaque unique number shown to people, e.g. "16-25-7KQ2-M9XD-4TRA" (region, year, then an HMAC of the campaign's secret: unguessable, says nothing about the teacher). */
  numberCode: Scalars['String']['output'];
  /** The number (UUID). */
  numberId: Scalars['ID']['output'];
  /** The refuser's note (at most 500 characters); empty when none. */
  refusalNote: Scalars['String']['output'];
  /** Why the number was refused; null unless the status is REFUSED. */
  refusalReason?: Maybe<RefusalReason>;
  /** Russian label of the refusal reason; empty unless refused. */
  refusalText: Scalars['String']['output'];
  /** The school whose pool the number belongs to (UUID). */
  schoolId: Scalars['ID']['output'];
  /** The holding's status, or FREE. */
  status: NumberStatus;
  /** Russian label of the status, e.g. "заявление: подано". */
  statusText: Scalars['String']['output'];
  /** Empty for a free number in the pool. */
  teacherId: Scalars['ID']['output'];
  /** "Family Given Middle"; empty for a free number. */
  teacherName: Scalars['String']['output'];
  /** Last change (RFC 3339); for a free number, when the number was created. */
  updatedAt: Scalars['String']['output'];
  /** The campaign's year. */
  year: Scalars['Int']['output'];
};

/** A page of a list (a Relay connection). */
export type NumberHoldingConnection = {
  __typename?: 'NumberHoldingConnection';
  /** The items of this page, in order. */
  edges: Array<NumberHoldingEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type NumberHoldingEdge = {
  __typename?: 'NumberHoldingEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: NumberHolding;
};

/** The status of a unique number's holding (or of a free number). Transitions: expected → assigned → application draft ⇄ submitted → completed; assigned, draft and submitted may be refused. */
export type NumberStatus =
  /** Заявление: черновик (application saved as a draft; nothing reserved). */
  | 'APPLICATION_DRAFT'
  /** Заявление: подано (application submitted; seats reserved in catalog-svc). */
  | 'APPLICATION_SUBMITTED'
  /** Присвоен: the number is the teacher's; no application yet. */
  | 'ASSIGNED'
  /** Обучение завершено: a completion document closed the number. */
  | 'COMPLETED'
  /** Ожидается: a confirmed candidate before the allocation. */
  | 'EXPECTED'
  /** A number in the school's pool, held by nobody. */
  | 'FREE'
  /** Отказ (with a reason): the holding ended and the number returned to the school's pool. */
  | 'REFUSED';

/** A result past its posting deadline: of an accepted application (ДПП ПК) or of a registration for an event (ОМ) whose end has passed, while the person has no live credit for the element. */
export type OverdueResult = {
  __typename?: 'OverdueResult';
  /** For a program: the accepted application; null for an event. */
  application?: Maybe<Application>;
  /** Days past the deadline (at least 1). */
  daysOverdue: Scalars['Int']['output'];
  /** The last day the result was on time: one month after endsOn. */
  deadline: Scalars['Date']['output'];
  /** The program or event; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The program or event (catalog element). */
  elementId: Scalars['ID']['output'];
  /** Program or event. */
  elementKind: ElementKind;
  /** The last day of the training (YYYY-MM-DD): the program cycle's or the event's. */
  endsOn: Scalars['Date']['output'];
  /** The person who waits (UUID). */
  personId: Scalars['ID']['output'];
  /** For an event: the person's registration; null for a program. */
  registration?: Maybe<EventRegistration>;
};

/** A page of a list (a Relay connection). */
export type OverdueResultConnection = {
  __typename?: 'OverdueResultConnection';
  /** The items of this page, in order. */
  edges: Array<OverdueResultEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type OverdueResultEdge = {
  __typename?: 'OverdueResultEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OverdueResult;
};

/** Information to aid in pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Passport data: sealed (AES-256-GCM) before it is stored, never returned (operators see a mask). */
export type PassportInput = {
  /** Issue date, YYYY-MM-DD, not in the future. */
  issuedOn: Scalars['String']['input'];
  /** Who issued it: 3..300 characters. */
  issuer: Scalars['String']['input'];
  /** 6 digits (spaces ignored). */
  number: Scalars['String']['input'];
  /** 4 digits (spaces ignored). */
  series: Scalars['String']['input'];
};

/** A password reset request taken (whether or not the SNILS exists). */
export type PasswordResetRequested = {
  __typename?: 'PasswordResetRequested';
  /** What happens next, in Russian, for the person. */
  message: Scalars['String']['output'];
};

/** The request taken, or why it was refused. */
export type PasswordResetResult = PasswordResetRequested | UserError;

/** A person (one's own profile): a specialist, a teacher, or a physician in Poland (SMK). */
export type Person = {
  __typename?: 'Person';
  /** Date of birth. */
  birthDate: Scalars['Date']['output'];
  /** Country code, ISO 3166-1 alpha-2 (e.g. RU); null when not given. */
  citizenship?: Maybe<Scalars['String']['output']>;
  /** The consents given at registration; empty for persons who came through ESIA. */
  consents: Array<Consent>;
  /** Contact e-mail; null when not given. */
  email?: Maybe<Scalars['String']['output']>;
  /** The identity provider has confirmed the e-mail address (the person followed the link). */
  emailVerified: Scalars['Boolean']['output'];
  /** Given name (имя). */
  firstName: Scalars['String']['output'];
  /** The person's id (UUID). */
  id: Scalars['ID']['output'];
  /** Who registered (specialist, teacher or a physician in Poland); null for accounts made otherwise. */
  kind?: Maybe<PersonKind>;
  /** Surname (фамилия). */
  lastName: Scalars['String']['output'];
  /** Patronymic; null when there is none. */
  patronymic?: Maybe<Scalars['String']['output']>;
  /** PESEL (11 digits) of a person in Poland (SMK); null for a person identified by SNILS. The birth date and the sex are the PESEL's. */
  pesel?: Maybe<Scalars['String']['output']>;
  /** Phone in international form; null when not given. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The phone number is confirmed; always false for now (no SMS verification yet). */
  phoneVerified: Scalars['Boolean']['output'];
  /** Licence number of a physician in Poland (numer PWZ, 7 digits); null when not known. */
  pwz?: Maybe<Scalars['String']['output']>;
  /** Two-digit code of the region of residence; null when not given. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Sex; null when not given. */
  sex?: Maybe<Sex>;
  /** SNILS, shown as XXX-XXX-XXX YY; null for a person identified by PESEL. */
  snils?: Maybe<Scalars['String']['output']>;
  /** The specialties of one's own documents, each with its cycle, by code; empty on another person's profile. */
  specialties: Array<ProfileSpecialty>;
};

/** What kind of person this is; decides the realm role (specialist or teacher) of their account. */
export type PersonKind =
  /** A physician in Poland (SMK): registers with a PESEL and a licence number (PWZ) instead of a SNILS and a region; gets the realm role `smk_trainee`. */
  | 'SMK_PHYSICIAN'
  /** A specialist with higher medical (or pharmaceutical) education (NMO, credits in ZET). */
  | 'SPECIALIST_HIGHER'
  /** A specialist with secondary medical (or pharmaceutical) education. */
  | 'SPECIALIST_SECONDARY'
  /** A school teacher (the regional ЭОРТ model); gets the realm role `teacher`. */
  | 'TEACHER';

/** A catalog element a person plans to take within a cycle. */
export type PlanItem = {
  __typename?: 'PlanItem';
  /** The cycle whose plan holds the item. */
  cycleId: Scalars['ID']['output'];
  /** The catalog element; null when the catalog no longer has it. */
  element?: Maybe<Element>;
  /** The catalog element (catalog-svc id). */
  elementId: Scalars['ID']['output'];
  /** The element's kind. */
  elementKind: ElementKind;
  /** The person's unfinished cycles the element is eligible for; two or more is "x2". */
  eligibleCycleIds: Array<Scalars['ID']['output']>;
  /** Plan item id (UUID). */
  id: Scalars['ID']['output'];
  /** In how many of the person's cycles the element counts (2 is shown as x2); at least 1. */
  multiplier: Scalars['Int']['output'];
  /** The person's cycles whose plans hold this element (this one included). */
  plannedCycleIds: Array<Scalars['ID']['output']>;
  /** Set while the person waits for the provider's result: the status is COMPLETED and no credit for the element has come (in any cycle); unset otherwise. */
  resultWait?: Maybe<ResultWait>;
  /** Where the item stands. */
  status: PlanItemStatus;
  /** Russian label of the status, e.g. "В плане", "Зачтено". */
  statusLabel: Scalars['String']['output'];
};

/** The plan item, or why the element could not be planned. */
export type PlanItemResult = PlanItem | UserError;

/** Where a plan item stands, derived when read (in this order of precedence: credited, the enrolment's stage by dates, applied, cancelled, planned). */
export type PlanItemStatus =
  /** An application to a cycle of the program is submitted and waits for the provider. */
  | 'APPLIED'
  /** Every application was withdrawn or rejected, or the event registration was cancelled. */
  | 'CANCELLED'
  /** The training's dates are over and no credit counts in this cycle yet (waiting for the provider's result), or the element was credited but the credit does not count in this cycle. */
  | 'COMPLETED'
  /** A live credit for the element counts in this cycle. */
  | 'CREDITED'
  /** Accepted by the provider (or registered for the event) and training has not started yet (or its dates are unknown). */
  | 'ENROLLED'
  /** Accepted or registered, and today is within the training's dates. */
  | 'IN_PROGRESS'
  /** In the plan; no application, registration or credit yet. */
  | 'PLANNED';

/** The batch's acknowledgement, or why it was refused. */
export type PostResultsResult = PostedBatch | UserError;

/**
 * The acknowledgement of one batch of results: one outcome per record; a rejected batch
 *     applies nothing and says why.
 */
export type PostedBatch = {
  __typename?: 'PostedBatch';
  /** The batch's id, echoed. */
  batchId: Scalars['ID']['output'];
  /** The batch reason_code's message in Russian; empty when not rejected. */
  message: Scalars['String']['output'];
  /** One outcome per record, in the batch's order; empty when the batch was rejected. */
  outcomes: Array<PostedRecord>;
  /** Why a batch was rejected: "batch_too_large", "payload_hash_mismatch", "batch_id_reused", "missing_batch_id", "invalid_batch_id", "invalid_series_id"; empty otherwise. */
  reasonCode: Scalars['String']['output'];
  /** The batch's sequence, echoed. */
  sequence: Scalars['Int']['output'];
  /** The batch's series id, echoed (empty: the default series). */
  seriesId: Scalars['ID']['output'];
  /** Applied, replayed or rejected. */
  status: PostedBatchStatus;
};

/** What happened to a whole batch of posted results. */
export type PostedBatchStatus =
  /** Committed now. */
  | 'APPLIED'
  /** Nothing applied; see reason_code. */
  | 'REJECTED'
  /** Committed before; this is the original acknowledgement. */
  | 'REPLAYED';

/** The outcome of one posted result, in the order of the batch's records. */
export type PostedRecord = {
  __typename?: 'PostedRecord';
  /** Days after the posting deadline (ДПП cycle end + 1 month) the result was posted; 0 when on time or without a deadline. */
  daysLate: Scalars['Int']['output'];
  /** The record's external_id as posted (see reason_code for "invalid_external_id"). */
  externalId: Scalars['ID']['output'];
  /** The reason_code's message in Russian, for people; empty when not rejected. */
  message: Scalars['String']['output'];
  /** Accepted, duplicate or rejected. */
  outcome: PostedRecordOutcome;
  /** Stable code when rejected, e.g. "unknown_element", "person_not_found" (see ResultRecord); empty otherwise. For "invalid_external_id" external_id is echoed with its control characters replaced by U+FFFD. */
  reasonCode: Scalars['String']['output'];
  /** The credit record written (ACCEPTED) or found (DUPLICATE); null when REJECTED. */
  recordId?: Maybe<Scalars['ID']['output']>;
};

/** What happened to one posted result. */
export type PostedRecordOutcome =
  /** Recorded now as a new ACCEPTED credit; record_id is the new record. */
  | 'ACCEPTED'
  /** Already posted with the same content; record_id is the original record. */
  | 'DUPLICATE'
  /** Not recorded; see reason_code and message. */
  | 'REJECTED';

/** Free or paid elements only; both when not given. */
export type PriceFilter =
  /** Elements flagged free. */
  | 'FREE'
  /** Elements not flagged free (programs, whose prices are per cycle and funding basis, included). */
  | 'PAID';

/** How a procedure counts. */
export type ProcedureType =
  /** Type A: performed by the trainee. */
  | 'A'
  /** Type B: assisted by the trainee. */
  | 'B';

/** Changes of one's profile: only the fields given (not null) change. */
export type ProfileInput = {
  /** Date of birth, YYYY-MM-DD. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Country code, ISO 3166-1 alpha-2. */
  citizenship?: InputMaybe<Scalars['String']['input']>;
  /** A new e-mail; saved once confirmed by the link sent to it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Patronymic; an empty string removes it. */
  patronymic?: InputMaybe<Scalars['String']['input']>;
  /** A new phone; saved unconfirmed. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A new licence number (numer PWZ) of a person identified by PESEL; an empty string removes it. */
  pwz?: InputMaybe<Scalars['String']['input']>;
  /** Two-digit code of the region. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Sex. */
  sex?: InputMaybe<Sex>;
};

/** A specialty of the person, from their documents, with its cycle. */
export type ProfileSpecialty = {
  __typename?: 'ProfileSpecialty';
  /** Specialty code of the nomenclature, e.g. "31.08.36". */
  code: Scalars['String']['output'];
  /** The specialty's cycle: the active one, else the latest that started, else the next one. */
  cycle: Cycle;
  /** The specialty; null when the catalog does not know it. */
  specialty?: Maybe<Specialty>;
};

/** A changed profile and what the person still has to confirm. */
export type ProfileUpdate = {
  __typename?: 'ProfileUpdate';
  /** A new e-mail address awaits confirmation by the link sent to it. */
  emailVerificationSent: Scalars['Boolean']['output'];
  /** What the person still has to do, in Russian; null when nothing. */
  notice?: Maybe<Scalars['String']['output']>;
  /** The profile as saved. */
  person: Person;
  /** A new phone number is saved unconfirmed (SMS confirmation is not available). */
  phoneNeedsVerification: Scalars['Boolean']['output'];
};

/** A cycle (run) of a ДПП program: its dates, place and seats; a group of a Tatarstan registry course in the regional model. */
export type ProgramCycle = {
  __typename?: 'ProgramCycle';
  /** Responsible person (куратор), at most 300 characters; may be empty. */
  curator: Scalars['String']['output'];
  /** Department (кафедра) that runs it, at most 300 characters; may be empty. */
  department: Scalars['String']['output'];
  /** The program (Element of kind PROGRAM) this cycle belongs to. Ignored inside an Element. */
  elementId: Scalars['ID']['output'];
  /** The last day of training; results are due one month later. */
  endsOn: Scalars['Date']['output'];
  /** The cycle's id (UUID). */
  id: Scalars['ID']['output'];
  /** Where it is held (free text, e.g. an address), at most 500 characters; may be empty. */
  place: Scalars['String']['output'];
  /** Seats per funding basis (budget, contract, oms), at most one entry per basis; listing the seats replaces them (a basis left out is removed unless seats of it are taken). */
  seats: Array<SeatCount>;
  /** The first day of training. */
  startsOn: Scalars['Date']['output'];
};

/** A cycle (group) of a program: its dates, seats and place. */
export type ProgramCycleInput = {
  /** Who leads it; free text. */
  curator?: Scalars['String']['input'];
  /** The provider's department that runs it; free text. */
  department?: Scalars['String']['input'];
  /** The last day of training; not before the first. */
  endsOn: Scalars['Date']['input'];
  /** Where it is held; free text. */
  place?: Scalars['String']['input'];
  /** Seats by funding basis. */
  seats: Array<SeatInput>;
  /** The first day of training. */
  startsOn: Scalars['Date']['input'];
};

/** The cycle as saved, or why it was refused. */
export type ProgramCycleResult = ProgramCycle | UserError;

/** A ДПП ПК program (additional professional programme). */
export type ProgramInput = {
  /** Further specialties the element counts for. */
  additionalSpecialtyCodes?: Array<Scalars['String']['input']>;
  /** A description for people. */
  annotation?: Scalars['String']['input'];
  /** `medical` (NMO) or `teachers` (the regional model). */
  audience?: Scalars['String']['input'];
  /** The program's first cycles (more: saveProgramCycle). */
  cycles?: Array<ProgramCycleInput>;
  /** Taught with distance learning technologies. */
  distanceLearning?: Scalars['Boolean']['input'];
  /** A `reference(kind: FORM_OF_STUDY)` code. */
  formOfStudy?: Scalars['String']['input'];
  /** Free of charge. */
  free?: Scalars['Boolean']['input'];
  /** The main specialty (`Specialty.code`); none when null. */
  mainSpecialtyCode?: InputMaybe<Scalars['String']['input']>;
  /** Price in kopecks (RUB/100) of a paid event or module. */
  priceKopecks?: Scalars['Int']['input'];
  /** Two-digit region code; the provider's region when null. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Teachers' subjects (`reference(kind: TEACHER_SUBJECT)` codes). */
  subjectCodes?: Array<Scalars['String']['input']>;
  /** Title, at most 500 characters. */
  title: Scalars['String']['input'];
  /** Credits in ZET (1 ZET = 1 academic hour). */
  zet: Scalars['Int']['input'];
};

/** A published programme version; never changes once published. */
export type Programme = {
  __typename?: 'Programme';
  /** Its length in years, 1 to 10. */
  durationYears: Scalars['Int']['output'];
  /** Its modules, basic first as published. */
  modules: Array<ProgrammeModule>;
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it (identity-svc person id, or the client id of a system). */
  publishedBy: Scalars['String']['output'];
  /** The rule set whose training part the programme follows ("smk-2023"). */
  ruleSet: Scalars['String']['output'];
  /** The specialty's code (lowercase letters, digits, hyphens; e.g. "kardiologia"). */
  specialty: Scalars['String']['output'];
  /** The specialty's name (Polish, e.g. "Kardiologia"). */
  specialtyName: Scalars['String']['output'];
  /** The programme's title (Polish). */
  title: Scalars['String']['output'];
  /** 1 for the first version, then each publication adds one. */
  version: Scalars['Int']['output'];
};

/** A course (kurs specjalizacyjny) of a module. */
export type ProgrammeCourse = {
  __typename?: 'ProgrammeCourse';
  /** Unique within the programme (e.g. "K-ATLS"); providers name it in their SMK course element. */
  code: Scalars['String']['output'];
  /** Its length in hours, more than 0. */
  hours: Scalars['Int']['output'];
  /** The course's title (Polish). */
  title: Scalars['String']['output'];
};

/** A course of a programme module. */
export type ProgrammeCourseInput = {
  /** Unique within the programme, e.g. K-ATLS. */
  code: Scalars['String']['input'];
  /** Its length in hours, more than 0. */
  hours: Scalars['Int']['input'];
  /** The course's title (Polish). */
  title: Scalars['String']['input'];
};

/** A programme to publish as its specialty's next version. */
export type ProgrammeInput = {
  /** Its length in years, 1 to 10. */
  durationYears: Scalars['Int']['input'];
  /** Its modules, basic ones first. */
  modules: Array<ProgrammeModuleInput>;
  /** The specialty's code: lowercase letters, digits, hyphens. */
  specialty: Scalars['String']['input'];
  /** The specialty's name (Polish). */
  specialtyName: Scalars['String']['input'];
  /** The programme's title (Polish). */
  title: Scalars['String']['input'];
};

/** An internship (staż kierunkowy) of a module. */
export type ProgrammeInternship = {
  __typename?: 'ProgrammeInternship';
  /** Unique within the programme. */
  code: Scalars['String']['output'];
  /** The internship's title (Polish). */
  title: Scalars['String']['output'];
  /** Its length in weeks, more than 0. */
  weeks: Scalars['Int']['output'];
  /** Where it may be done (e.g. "oddział kardiologii"); empty: at any accredited unit. */
  where: Scalars['String']['output'];
};

/** An internship (staż kierunkowy) of a programme module. */
export type ProgrammeInternshipInput = {
  /** Unique within the programme. */
  code: Scalars['String']['input'];
  /** The internship's title (Polish). */
  title: Scalars['String']['input'];
  /** Its length in weeks, more than 0. */
  weeks: Scalars['Int']['input'];
  /** Where it may be done; empty: at any accredited unit. */
  where?: Scalars['String']['input'];
};

/** A module (moduł) of a programme. */
export type ProgrammeModule = {
  __typename?: 'ProgrammeModule';
  /** Unique within the programme (e.g. "podstawowy-choroby-wewnetrzne"). */
  code: Scalars['String']['output'];
  /** Its courses. */
  courses: Array<ProgrammeCourse>;
  /** Duty hours (dyżury medyczne) required in the module; 0: none. */
  dutyHours: Scalars['Int']['output'];
  /** Its internships. */
  internships: Array<ProgrammeInternship>;
  /** Basic or specialised. */
  kind: ProgrammeModuleKind;
  /** Its procedures. */
  procedures: Array<ProgrammeProcedure>;
  /** Self-study days (samokształcenie) in the module; 0: none. */
  selfStudyDays: Scalars['Int']['output'];
  /** The module's title (Polish). */
  title: Scalars['String']['output'];
};

/** A module of a programme. */
export type ProgrammeModuleInput = {
  /** Unique within the programme. */
  code: Scalars['String']['input'];
  /** Its courses. */
  courses?: Array<ProgrammeCourseInput>;
  /** Duty hours required; 0: none. */
  dutyHours?: Scalars['Int']['input'];
  /** Its internships. */
  internships?: Array<ProgrammeInternshipInput>;
  /** Basic or specialised. */
  kind: ProgrammeModuleKind;
  /** Its procedures. */
  procedures?: Array<ProgrammeProcedureInput>;
  /** Self-study days; 0: none. */
  selfStudyDays?: Scalars['Int']['input'];
  /** The module's title (Polish). */
  title: Scalars['String']['input'];
};

/** A module's place in the programme. */
export type ProgrammeModuleKind =
  /** Moduł podstawowy. */
  | 'BASIC'
  /** Moduł specjalistyczny. */
  | 'SPECIALISED';

/** A procedure (procedura medyczna) of a module with the number required. */
export type ProgrammeProcedure = {
  __typename?: 'ProgrammeProcedure';
  /** Unique within the programme. */
  code: Scalars['String']['output'];
  /** How many must be recorded and confirmed, more than 0. */
  requiredCount: Scalars['Int']['output'];
  /** The procedure's name (Polish). */
  title: Scalars['String']['output'];
  /** A (performed) or B (assisted). */
  type: ProcedureType;
};

/** A procedure of a programme module with its required count. */
export type ProgrammeProcedureInput = {
  /** Unique within the programme. */
  code: Scalars['String']['input'];
  /** How many, more than 0. */
  requiredCount: Scalars['Int']['input'];
  /** The procedure's name (Polish). */
  title: Scalars['String']['input'];
  /** A (performed) or B (assisted). */
  type: ProcedureType;
};

/** The programme, or why it was refused. */
export type ProgrammeResult = Programme | UserError;

/**
 * Progress of one cycle against its rule set, computed when read from the credits the plan
 *     service has received. Amounts are in ZET (1 ZET = 1 academic hour).
 */
export type Progress = {
  __typename?: 'Progress';
  /** The sum of all live attributed credits, before caps. */
  actualZet: Scalars['Int']['output'];
  /** Progress of the ДПП ПК group and of the events-and-modules group. */
  byGroup: Array<KindGroupProgress>;
  /** ZET by element kind, before caps. */
  byKind: Array<KindTotal>;
  /** One row per cycle year. */
  byYear: Array<YearProgress>;
  /** missingZet is 0: the target (and any ДПП ПК minimum) is reached. */
  complete: Scalars['Boolean']['output'];
  /** The cycle's credits in completion order, including voided and over-cap ones. */
  credits: Array<CountedCredit>;
  /** Cumulative recommendation of the cycle years already over (nmo-250: 50 per year; otherwise the target spread evenly, rounded up), to compare with total_zet. */
  expectedToDateZet: Scalars['Int']['output'];
  /** ZET still needed: the larger of the target minus totalZet and the ДПП ПК minimum minus the program credits (0 when complete). */
  missingZet: Scalars['Int']['output'];
  /** totalZet is at least expectedToDateZet. */
  onTrack: Scalars['Boolean']['output'];
  /** Code of the cycle's rule set, e.g. nmo-250. */
  ruleSet: Scalars['String']['output'];
  /** The rule set's target (250 or 144). */
  targetZet: Scalars['Int']['output'];
  /** ZET that counts toward the target (after the rule set's caps); may exceed targetZet, the surplus never carries into the next cycle. */
  totalZet: Scalars['Int']['output'];
};

/** An educational organisation or event organiser that publishes elements and posts results. */
export type Provider = {
  __typename?: 'Provider';
  /** Accreditation of programs (e.g. by the commission of the Ministry of Health) when given, free text; empty otherwise. */
  accreditation: Scalars['String']['output'];
  /** Postal address, free text; empty when not given. */
  address: Scalars['String']['output'];
  /** Contact e-mail; empty when not given. */
  email: Scalars['String']['output'];
  /** The provider's id (UUID). */
  id: Scalars['ID']['output'];
  /** The date of its licence for educational activity; null when not given. */
  licenseDate?: Maybe<Scalars['Date']['output']>;
  /** Licence for educational activity: its number (empty when not given). */
  licenseNumber: Scalars['String']['output'];
  /** Full name, required, at most 500 characters. */
  name: Scalars['String']['output'];
  /** Contact phone, free text; empty when not given. */
  phone: Scalars['String']['output'];
  /** Two-digit region code (REFERENCE_KIND_REGION), required; new elements default to it. */
  regionCode: Scalars['String']['output'];
  /** Website URL; empty when not given. */
  website: Scalars['String']['output'];
};

/** Lateness statistics of one provider, over its original postings with a deadline (ДПП results with a program cycle); corrections and code credits are not counted. */
export type ProviderLateness = {
  __typename?: 'ProviderLateness';
  /** How many of them were posted after their deadline. */
  lateResults: Scalars['Int']['output'];
  /** The largest days_late; 0 when none was late. */
  maxDaysLate: Scalars['Int']['output'];
  /** The provider (catalog-svc id, UUID). */
  providerId: Scalars['ID']['output'];
  /** ДПП results with a deadline. */
  resultsWithDeadline: Scalars['Int']['output'];
  /** Sum of days_late over those results. */
  totalDaysLate: Scalars['Int']['output'];
};

/** An application as stored. */
export type QualificationApplication = {
  __typename?: 'QualificationApplication';
  /** Additional points, a decimal. */
  additionalPoints: Scalars['String']['output'];
  /** The LEK/LDEK result in percent, a decimal ("78.5"). */
  examPercent: Scalars['String']['output'];
  /** The application's id (UUID). */
  id: Scalars['ID']['output'];
  /** The applicant (identity-svc person id). */
  personId: Scalars['ID']['output'];
  /** The score: exam_percent + additional_points. */
  score: Scalars['String']['output'];
  /** The session's id. */
  sessionId: Scalars['ID']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The variants in order of preference. */
  variants: Array<QualificationVariant>;
  /** When it was withdrawn; null while it stands. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An application to start specialisation training. */
export type QualificationApplicationInput = {
  /** Additional points. */
  additionalPoints?: Scalars['String']['input'];
  /** The LEK/LDEK result in percent, e.g. 78.5. */
  examPercent: Scalars['String']['input'];
  /** The caller's key: the same key again returns the application made. */
  requestId: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['ID']['input'];
  /** Up to 15 variants, in order of preference. */
  variants: Array<QualificationVariantInput>;
};

/** The application, or why it was refused. */
export type QualificationApplicationResult = QualificationApplication | UserError;

/** A voivodeship's list: the applicants naming it in a variant, in ranking order. */
export type QualificationList = {
  __typename?: 'QualificationList';
  /** When it was published; null when not (yet). */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** In ranking order. */
  results: Array<QualificationResult>;
  /** The round shown. */
  round: Scalars['Int']['output'];
};

/** A voivodeship's list published. */
export type QualificationListPublication = {
  __typename?: 'QualificationListPublication';
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The round published. */
  round: Scalars['Int']['output'];
};

/** The publication, or why it was refused. */
export type QualificationListPublicationResult = QualificationListPublication | UserError;

/** The list, or why it was refused. */
export type QualificationListResult = QualificationList | UserError;

/** What an applicant got in a round. */
export type QualificationOutcome =
  /** A place of one of their variants. */
  | 'ASSIGNED'
  /** Every variant's place was taken by applicants ranked higher. */
  | 'NO_PLACE_LEFT';

/** Places of one specialty, voivodeship and mode in a session. */
export type QualificationPlace = {
  __typename?: 'QualificationPlace';
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The number of places. */
  places: Scalars['Int']['output'];
  /** The specialty's code. */
  specialty: Scalars['String']['output'];
  /** The training units the places are at (from catalog-svc); empty when set as a number. */
  unitIds: Array<Scalars['ID']['output']>;
  /** The voivodeship (TERYT code). */
  voivodeship: Scalars['String']['output'];
};

/** The places, or why it was refused. */
export type QualificationPlaceResult = QualificationPlace | UserError;

/** Places of one specialty and mode in a voivodeship. */
export type QualificationPlacesInput = {
  /** Take the places and units from the units accredited in the catalog. */
  fromCatalog?: Scalars['Boolean']['input'];
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The number (without fromCatalog). */
  places?: Scalars['Int']['input'];
  /** The session. */
  sessionId: Scalars['ID']['input'];
  /** The specialty's code. */
  specialty: Scalars['String']['input'];
  /** The voivodeship (TERYT code, e.g. 14). */
  voivodeship: Scalars['String']['input'];
};

/** An applicant's result in a round. */
export type QualificationResult = {
  __typename?: 'QualificationResult';
  /** The application's id. */
  applicationId: Scalars['ID']['output'];
  /** What it means, in Polish. */
  explanation: Scalars['String']['output'];
  /** Assigned, or why not. */
  outcome: QualificationOutcome;
  /** The place got; null when none. */
  place?: Maybe<QualificationPlace>;
  /** Position in the session's ranking (1: the highest score). */
  rank: Scalars['Int']['output'];
  /** The round. */
  round: Scalars['Int']['output'];
  /** The score. */
  score: Scalars['String']['output'];
  /** The variant got (1: the first preference); 0 when none. */
  variantNumber: Scalars['Int']['output'];
};

/** A qualification session. */
export type QualificationSession = {
  __typename?: 'QualificationSession';
  /** Last day of the window. */
  applicationsCloseOn: Scalars['Date']['output'];
  /** First day of the window. */
  applicationsOpenOn: Scalars['Date']['output'];
  /** The session's id (UUID). */
  id: Scalars['ID']['output'];
  /** The most training units a variant may name. */
  maxUnitsPerVariant: Scalars['Int']['output'];
  /** The most variants an application may list. */
  maxVariants: Scalars['Int']['output'];
  /** The latest round computed; 0 before the first. */
  round: Scalars['Int']['output'];
  /** The act the rules come from. */
  rulesSource: Scalars['String']['output'];
  /** The rule set it was opened under, e.g. "smk-2023". */
  rulesVersion: Scalars['String']['output'];
  /** Spring or autumn. */
  term: QualificationTerm;
  /** Its year. */
  year: Scalars['Int']['output'];
};

/** The session, or why it was refused. */
export type QualificationSessionResult = QualificationSession | UserError;

/** The two sessions of a year. */
export type QualificationTerm =
  /** Autumn session (window in September). */
  | 'AUTUMN'
  /** Spring session (window in February). */
  | 'SPRING';

/** One variant of an application. */
export type QualificationVariant = {
  __typename?: 'QualificationVariant';
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The specialty's code. */
  specialty: Scalars['String']['output'];
  /** Up to 3 preferred training units, in order (of the place's units when it has them). */
  unitIds: Array<Scalars['ID']['output']>;
  /** The voivodeship (TERYT code). */
  voivodeship: Scalars['String']['output'];
};

/** One variant of an application, in order of preference. */
export type QualificationVariantInput = {
  /** Residency or non-residency. */
  mode: TrainingMode;
  /** The specialty's code. */
  specialty: Scalars['String']['input'];
  /** Up to 3 preferred training units, in order. */
  unitIds?: Array<Scalars['ID']['input']>;
  /** The voivodeship (TERYT code). */
  voivodeship: Scalars['String']['input'];
};

/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type Query = {
  __typename?: 'Query';
  /** The accreditation portfolio of one of the caller's cycles: the person, specialty, document, cycle dates, the rule set with its source and numbers, every credited element (provider, dates, ZET, document number, status), totals per cycle year and per kind, and the document's ФРМР status. */
  accreditationPortfolio: AccreditationPortfolio;
  /** The allocation report: who received a number and why others did not; by municipality, then rank (unranked last), then family name. */
  allocationReport: AllocationOutcomeConnection;
  /** A campaign's candidates for unique numbers (3 or more years since the last training, or none), sorted by name. */
  candidates: CandidateConnection;
  /** The catalog search over published elements: Russian full-text search (morphology, typos in titles), filters, order, pages, and counts per kind for tabs. */
  catalog: CatalogConnection;
  /** Recorded documents of completed training in the caller's scope. */
  completionDocuments: CompletionDocumentConnection;
  /** The consent texts in force with their versions (no login needed): the registration form shows them and sends the versions back in `register`. */
  consentTexts: Array<ConsentText>;
  /** A credit record's history: the chain of corrections and the audit trail (who posted it, who voided or corrected it and why); one's own record or one of one's provider. */
  creditHistory: CreditHistoryResult;
  /** One element by id, withdrawn ones included. */
  element: Element;
  /** Error reports on the descriptions of a provider's elements, newest first: for its staff and admins. */
  errorReports: ErrorReportConnection;
  /** Every confirmation code of an event, in issue order (its provider's staff and admins). */
  eventCodes: Array<EventCode>;
  /** Exam (PES) applications: the exam centre lists a session's, a trainee their own. */
  examApplications: Array<ExamApplication>;
  /** The profile of the person logged in. */
  me: Person;
  /** A region's municipalities, sorted by name. */
  municipalities: Array<Municipality>;
  /** Municipalities by id, each with its region (a municipal operator's own, known from the grant, even before it has schools); unknown ids are left out. */
  municipalitiesById: Array<Municipality>;
  /** The caller's applications to ДПП ПК program cycles. */
  myApplications: Array<Application>;
  /** The calling teacher's state in a campaign: candidacy, number, application. */
  myCampaignStatus: MyCampaignStatus;
  /** The confirmation codes I entered and where each stands. */
  myCodeRedemptions: Array<CodeRedemption>;
  /** The calling teacher's own completion documents, most recently recorded first. */
  myCompletionDocuments: Array<CompletionDocument>;
  /** My credit records, every status, with their history links. */
  myCredits: Array<Credit>;
  /** The caller's five-year cycles, by start date then specialty; empty when they added no document. */
  myCycles: Array<Cycle>;
  /** The roles and scopes of the person logged in. */
  myGrants: Array<RoleGrant>;
  /** The caller's application in a session and its result once published. */
  myQualificationResult: MyQualificationResultResult;
  /** The role requests of the person logged in, newest first. */
  myRoleRequests: RoleRequestConnection;
  /** The support requests of the person logged in, the latest changed first (without their threads: read one with supportRequest). */
  mySupportRequests: SupportRequestConnection;
  /** The calling teacher with their profile («Моя анкета»). */
  myTeacherProfile: RegionalTeacher;
  /** The caller's training cards, newest first (no entries). */
  myTrainingCards: Array<TrainingCard>;
  /** For a provider's staff: applications to the provider's program cycles, oldest first, at most 1000. */
  providerApplications: Array<Application>;
  /** How late providers posted program results, per provider (administrators). */
  providerLateness: Array<ProviderLateness>;
  /** For a provider's staff: accepted applications and event registrations whose training ended more than a month ago (the posting deadline) without a posted result, oldest end first, at most 1000, on one page. */
  providerOverdueResults: OverdueResultConnection;
  /** A voivodeship's list in ranking order: the current round for its office, the latest published one for anyone else. */
  qualificationList: QualificationListResult;
  /** A session's places by specialty, voivodeship and mode. */
  qualificationPlaces: Array<QualificationPlace>;
  /** The qualification sessions, newest first (SMK). */
  qualificationSessions: Array<QualificationSession>;
  /** A campaign's questionnaire and the calling teacher's answers. */
  questionnaire: Questionnaire;
  /** Teachers' answers to a campaign's questionnaire (and who has not answered), sorted by name. */
  questionnaireResponses: QuestionnaireResponseConnection;
  /** A reference list (regions, funding bases, forms of study, event formats, module kinds, teachers' subjects): the codes other fields and filters use. */
  reference: Array<ReferenceItem>;
  /** One teacher's application (the teacher's own, or in scope). */
  regionalApplication: RegionalApplication;
  /** Teachers' applications in the caller's scope, by school, family name, id. */
  regionalApplications: RegionalApplicationConnection;
  /** The operators' audit trail in the caller's scope, newest first. */
  regionalAudit: AuditEventConnection;
  /** A campaign by id, or by region and year, with its windows' open state now. */
  regionalCampaign: RegionalCampaign;
  /** A region's campaigns, newest year first. */
  regionalCampaigns: Array<RegionalCampaign>;
  /** A list of the caller's scope as a CSV or XLSX file. */
  regionalExport: ReportExport;
  /** A campaign's quotas in the caller's scope and how much of each was given: municipal quotas first, then school quotas. */
  regionalQuotas: Array<QuotaUsage>;
  /** Schools in the caller's scope, sorted by name. */
  regionalSchools: RegionalSchoolConnection;
  /** Teachers in the caller's scope, sorted by name. */
  regionalTeachers: RegionalTeacherConnection;
  /** The role requests the person logged in decides, newest first: an admin every one, a provider admin its provider's staff, a school head its school's operators, a regional operator its region's municipal operators; empty for others. */
  roleRequestsToDecide: RoleRequestConnection;
  /** Every published NMO rule set with its name, source act and numbers, ordered by code. */
  ruleSets: Array<RuleSet>;
  /** A school's pool of free numbers in a campaign. */
  schoolPool: SchoolPool;
  /** One programme version of a specialty (SMK). */
  smkProgramme: ProgrammeResult;
  /** The latest programme of every specialty (SMK). */
  smkProgrammes: Array<Programme>;
  /** Accredited training units, by voivodeship then name; filters combine. */
  smkTrainingUnits: Array<TrainingUnit>;
  /** The nomenclature of specialties, by code. */
  specialties: Array<Specialty>;
  /** One support request with its thread, for whoever sees it. */
  supportRequest: SupportRequestResult;
  /** The support requests the person logged in sees, the latest changed first: support agents and admins every one, a provider's staff those about their provider, everyone their own. */
  supportRequests: SupportRequestConnection;
  /** A training card with its entries and progress: its trainee, the unit's supervisors and staff, the exam centre. */
  trainingCard: TrainingCardResult;
  /** Unique numbers in the caller's scope: every holding (current and refused) and every free number; newest year first, then school, code, last change. */
  uniqueNumbers: NumberHoldingConnection;
  /** A training unit's cards for its supervisors and staff, newest first. */
  unitTrainingCards: Array<TrainingCard>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryAccreditationPortfolioArgs = {
  cycleId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryAllocationReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  notGrantedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  decision?: InputMaybe<CandidateDecision>;
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryCatalogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<CatalogFilters>;
  first?: Scalars['Int']['input'];
  query?: Scalars['String']['input'];
  sort?: InputMaybe<CatalogSort>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryCompletionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryCreditHistoryArgs = {
  creditId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryElementArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryErrorReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  providerId: Scalars['ID']['input'];
  status?: InputMaybe<ErrorReportStatus>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryEventCodesArgs = {
  eventId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryExamApplicationsArgs = {
  session?: Scalars['String']['input'];
  status?: InputMaybe<ExamApplicationStatus>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMunicipalitiesArgs = {
  regionCode: Scalars['String']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMunicipalitiesByIdArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMyCampaignStatusArgs = {
  campaignId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMyQualificationResultArgs = {
  sessionId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMyRoleRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryMySupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SupportStatus>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryProviderApplicationsArgs = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryProviderLatenessArgs = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryProviderOverdueResultsArgs = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryQualificationListArgs = {
  sessionId: Scalars['ID']['input'];
  voivodeship: Scalars['String']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryQualificationPlacesArgs = {
  sessionId: Scalars['ID']['input'];
  voivodeship?: Scalars['String']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryQuestionnaireArgs = {
  campaignId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryQuestionnaireResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  notAnsweredOnly?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryReferenceArgs = {
  kind: ReferenceKind;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalAuditArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalCampaignArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalCampaignsArgs = {
  regionCode: Scalars['String']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalExportArgs = {
  filter?: InputMaybe<RegionalFilter>;
  format: ExportFormat;
  kind: ReportKind;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalQuotasArgs = {
  campaignId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRegionalTeachersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  profileIncompleteOnly?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryRoleRequestsToDecideArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  pendingOnly?: Scalars['Boolean']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySchoolPoolArgs = {
  campaignId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySmkProgrammeArgs = {
  specialty: Scalars['String']['input'];
  version?: Scalars['Int']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySmkTrainingUnitsArgs = {
  mode?: InputMaybe<TrainingMode>;
  specialty?: Scalars['String']['input'];
  validOn?: InputMaybe<Scalars['Date']['input']>;
  voivodeship?: Scalars['String']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySpecialtiesArgs = {
  level?: InputMaybe<EducationLevel>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySupportRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QuerySupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SupportStatus>;
  topic?: InputMaybe<SupportTopic>;
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryTrainingCardArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryUniqueNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionalFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: one's profile, the catalog, plans and progress, credits, and the regional model's campaigns and lists. Every field needs a bearer token. */
export type QueryUnitTrainingCardsArgs = {
  pendingOnly?: Scalars['Boolean']['input'];
  unitId: Scalars['ID']['input'];
};

/** A question of a campaign's questionnaire (анкетирование). */
export type Question = {
  __typename?: 'Question';
  /** Empty for a new question; kept for existing ones (UUID). */
  id: Scalars['ID']['output'];
  /** Text, single or multiple choice. */
  kind: QuestionKind;
  /** The choices (at least two for choice kinds, each at most 300 characters); not used for text. */
  options: Array<Scalars['String']['output']>;
  /** An answer is required ("answer_required" otherwise). */
  required: Scalars['Boolean']['output'];
  /** The question's text: required, at most 1000 characters. */
  text: Scalars['String']['output'];
};

/** A question of a campaign's questionnaire. */
export type QuestionInput = {
  /** An existing question's id to keep it; empty for a new question. */
  id?: Scalars['ID']['input'];
  /** Text, single or multiple choice. */
  kind: QuestionKind;
  /** The choices: at least two for choice kinds, each at most 300 characters; not used for text. */
  options?: Array<Scalars['String']['input']>;
  /** An answer is required (answer_required otherwise). */
  required?: Scalars['Boolean']['input'];
  /** The question's text, at most 1000 characters. */
  text: Scalars['String']['input'];
};

/** The kind of a questionnaire question. */
export type QuestionKind =
  /** Any number of the options. */
  | 'MULTIPLE_CHOICE'
  /** Exactly one of the options. */
  | 'SINGLE_CHOICE'
  /** Free text (at most 2000 characters). */
  | 'TEXT';

/** The questionnaire stored. */
export type QuestionList = {
  __typename?: 'QuestionList';
  /** The active questions in order, with their ids. */
  questions: Array<Question>;
};

/** The questionnaire and the caller's answers. */
export type Questionnaire = {
  __typename?: 'Questionnaire';
  /** When the teacher last answered (RFC 3339); empty when not yet. */
  answeredAt: Scalars['String']['output'];
  /** The calling teacher's answers (empty for callers who are not a listed teacher, and before answering). */
  myAnswers: Array<Answer>;
  /** The active questions in order. */
  questions: Array<Question>;
};

/** One teacher's answers to a campaign's questionnaire. */
export type QuestionnaireResponse = {
  __typename?: 'QuestionnaireResponse';
  /** Whether the teacher (or an operator for them) has answered. */
  answered: Scalars['Boolean']['output'];
  /** When answered (RFC 3339); empty when not answered. */
  answeredAt: Scalars['String']['output'];
  /** The answers, by question id; empty when not answered. */
  answers: Array<Answer>;
  /** The person id of the operator who answered on the teacher's behalf; empty: the teacher. */
  filledBy: Scalars['ID']['output'];
  /** The teacher. */
  teacher: RegionalTeacher;
};

/** A page of teachers' questionnaire responses. */
export type QuestionnaireResponseConnection = {
  __typename?: 'QuestionnaireResponseConnection';
  /** How many teachers in the filter's scope have answered (notAnsweredOnly aside). */
  answeredTotal: Scalars['Int']['output'];
  /** The items of this page, in order. */
  edges: Array<QuestionnaireResponseEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type QuestionnaireResponseEdge = {
  __typename?: 'QuestionnaireResponseEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: QuestionnaireResponse;
};

/** The questionnaire stored, or why it was refused. */
export type QuestionsResult = QuestionList | UserError;

/** A quota of unique numbers for one municipality or one school: exactly one of the ids is given. */
export type QuotaInput = {
  /** Numbers, 0..1 000 000. */
  count: Scalars['Int']['input'];
  /** The municipality of a municipal quota. */
  municipalityId?: Scalars['ID']['input'];
  /** The school of a school quota. */
  schoolId?: Scalars['ID']['input'];
};

/** The quotas of a campaign as stored by setRegionalQuotas. */
export type QuotaList = {
  __typename?: 'QuotaList';
  /** The quotas given, stored. */
  quotas: Array<QuotaUsage>;
};

/** A quota of unique numbers for one municipality or one school (exactly one of the ids is set) and how much of it was given. */
export type QuotaUsage = {
  __typename?: 'QuotaUsage';
  /** Numbers in the quota, 0..1 000 000. */
  count: Scalars['Int']['output'];
  /** The municipality of a municipal quota; empty for a school quota. */
  municipalityId: Scalars['ID']['output'];
  /** The school of a school quota; empty for a municipal quota. */
  schoolId: Scalars['ID']['output'];
  /** Numbers given from the quota (including those later refused and returned to the pool); for a municipality, the sum over its schools in the caller's scope. 0 in setRegionalQuotas' answer. */
  used: Scalars['Int']['output'];
};

/** The quotas stored, or why they were refused. */
export type QuotasResult = QuotaList | UserError;

/** The stored rating, or why it was refused. */
export type RateElementResult = RatedElement | UserError;

/** The caller's rating as stored and the element's rating after it. */
export type RatedElement = {
  __typename?: 'RatedElement';
  /** The element's rating after this one (Element.rating). */
  rating: Scalars['Float']['output'];
  /** The number of ratings after this one (Element.rating_count). */
  ratingCount: Scalars['Int']['output'];
  /** The caller's rating and review as stored. */
  review: Review;
};

/** The recorded document. */
export type RecordCompletionPayload = {
  __typename?: 'RecordCompletionPayload';
  /** The number the document closed (status COMPLETED); null when it closed none. */
  closedNumber?: Maybe<NumberHolding>;
  /** False when the same document (teacher, type, series, number) was already recorded. */
  created: Scalars['Boolean']['output'];
  /** The stored document (on a repeat, the one recorded first, unchanged). */
  document: CompletionDocument;
};

/** The code taken for checking, or why it was refused. */
export type RedeemCodeResult = CodeRedemption | UserError;

/** The status of a code redemption. */
export type RedemptionStatus =
  /** Verified; credit_id is the recorded credit. */
  | 'ACCEPTED'
  /** The code was taken; awaiting verification (by the attendance list, or automatically after a delay of at most a day). */
  | 'PENDING'
  /** Refused at entry or by verification; see reason_code. */
  | 'REJECTED';

/** One entry of a reference list. */
export type ReferenceItem = {
  __typename?: 'ReferenceItem';
  /** Stable code stored in other records (e.g. "16", "full_time", "clinical_case", "math"). */
  code: Scalars['String']['output'];
  /** Display name in Russian. */
  name: Scalars['String']['output'];
};

/** Which reference list ListReference returns. */
export type ReferenceKind =
  /** Formats of events: offline, online. */
  | 'EVENT_FORMAT'
  /** Forms of study of programs: full_time (очная), part_time (очно-заочная), extramural (заочная). */
  | 'FORM_OF_STUDY'
  /** Funding bases of seats: budget, contract, oms, ticket (see FundingBasis). */
  | 'FUNDING_BASIS'
  /** Kinds of interactive modules: clinical_guideline, clinical_case, video_lecture, simulation. */
  | 'MODULE_KIND'
  /** Subjects of the Russian Federation, two-digit codes of the tax authority ("16" = Республика Татарстан). */
  | 'REGION'
  /** Teachers' subjects for the regional model (e.g. math, russian, tatar, primary). */
  | 'TEACHER_SUBJECT';

/** How many numbers were refused for one reason. */
export type RefusalCount = {
  __typename?: 'RefusalCount';
  /** Refused numbers (holdings) with this reason. */
  count: Scalars['Int']['output'];
  /** The reason. */
  reason: RefusalReason;
  /** Its Russian text, e.g. "болезнь". */
  reasonText: Scalars['String']['output'];
};

/** Why a number was refused (the list of reasons of the regional model). */
export type RefusalReason =
  /** Увольнение (dismissal). */
  | 'DISMISSAL'
  /** Болезнь (illness). */
  | 'ILLNESS'
  /** Ликвидация/отставка (liquidation or resignation). */
  | 'LIQUIDATION_OR_RESIGNATION'
  /** Декретный отпуск (maternity leave). */
  | 'MATERNITY_LEAVE'
  /** Не указана (not stated). */
  | 'NOT_STATED'
  /** Выбрано внебюджетное обучение (off-budget training chosen; set by SaveApplication with the off-budget basis); bars a budget number for the campaign year. */
  | 'OFF_BUDGET_CHOSEN'
  /** Другое (other; explain in the note). */
  | 'OTHER'
  /** Обучение пройдено в другой организации (trained elsewhere). */
  | 'TRAINED_ELSEWHERE';

/** A teacher's application for budget-funded training with their unique number. */
export type RegionalApplication = {
  __typename?: 'RegionalApplication';
  /** The campaign (UUID). */
  campaignId: Scalars['ID']['output'];
  /** The chosen course: a catalog-svc programme element of the region's registry for teachers. */
  courseId: Scalars['ID']['output'];
  /** The chosen groups: catalog-svc program cycle ids (at most 6 on submission). */
  groupIds: Array<Scalars['ID']['output']>;
  /** The holding of the number it uses (UUID). */
  holdingId: Scalars['ID']['output'];
  /** UUID. */
  id: Scalars['ID']['output'];
  /** The number's municipality (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** The unique number's code. */
  numberCode: Scalars['String']['output'];
  /** Whether passport data has been saved. */
  passportFilled: Scalars['Boolean']['output'];
  /** e.g. "92 ** ****56"; the full passport data is never returned. */
  passportMasked: Scalars['String']['output'];
  /** Contact phone, digits with an optional leading "+" (10..15 digits); empty in a draft without it. */
  phone: Scalars['String']['output'];
  /** Position held (at most 300 characters). */
  position: Scalars['String']['output'];
  /** Qualification category (at most 100 characters). */
  qualificationCategory: Scalars['String']['output'];
  /** catalog-svc's seat reservation id; empty unless submitted. */
  reservationId: Scalars['ID']['output'];
  /** The number's school (UUID). */
  schoolId: Scalars['ID']['output'];
  /** Draft, submitted or closed. */
  status: RegionalApplicationStatus;
  /** Subject taught (at most 300 characters). */
  subject: Scalars['String']['output'];
  /** When submitted (RFC 3339); empty unless submitted. */
  submittedAt: Scalars['String']['output'];
  /** The applying teacher (UUID). */
  teacherId: Scalars['ID']['output'];
  /** "Family Given Middle". */
  teacherName: Scalars['String']['output'];
  /** Academic hours of the chosen groups (each group counts its programme's hours); must equal the campaign's requiredHours on submission. */
  totalHours: Scalars['Int']['output'];
  /** Last change (RFC 3339). */
  updatedAt: Scalars['String']['output'];
};

/** A page of a list (a Relay connection). */
export type RegionalApplicationConnection = {
  __typename?: 'RegionalApplicationConnection';
  /** The items of this page, in order. */
  edges: Array<RegionalApplicationEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type RegionalApplicationEdge = {
  __typename?: 'RegionalApplicationEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RegionalApplication;
};

/** The calling teacher's draft application (or off-budget choice) for a campaign. Every field but passport replaces the stored value. */
export type RegionalApplicationInput = {
  /** BUDGET saves the draft; OFF_BUDGET refuses the number for the year (the other fields are ignored). */
  basis: FundingChoice;
  /** The campaign in which the teacher holds a number. */
  campaignId: Scalars['ID']['input'];
  /** A course of the region's registry (catalog programme); required on submission; at least one chosen group must belong to it. */
  courseId?: Scalars['ID']['input'];
  /** Groups (catalog program cycles) whose hours add up to the campaign's requirement (e.g. 72 = 36 + 36); no duplicates. */
  groupIds?: Array<Scalars['ID']['input']>;
  /** Null keeps the passport saved before. */
  passport?: InputMaybe<PassportInput>;
  /** Optional in a draft; 10..15 digits, spaces, brackets and dashes ignored. */
  phone?: Scalars['String']['input'];
  /** Position held; required on submission, at most 300 characters. */
  position?: Scalars['String']['input'];
  /** Qualification category; required on submission, at most 100 characters. */
  qualificationCategory?: Scalars['String']['input'];
  /** Subject taught; required on submission, at most 300 characters. */
  subject?: Scalars['String']['input'];
};

/** The application after the change, or why it was refused. */
export type RegionalApplicationResult = RegionalApplication | UserError;

/** The state of a teacher's application. */
export type RegionalApplicationStatus =
  /** The number was refused (off-budget or another reason) or training completed: read only. */
  | 'CLOSED'
  /** Saved; nothing reserved; may be changed and submitted. */
  | 'DRAFT'
  /** Submitted: the groups' seats are reserved in catalog-svc; cancel to change it. */
  | 'SUBMITTED';

/** The yearly campaign of a region: questionnaire and application windows, required hours. A window is open for opens_at <= now < closes_at. */
export type RegionalCampaign = {
  __typename?: 'RegionalCampaign';
  /** RFC 3339; empty until the allocation has run. */
  allocatedAt: Scalars['String']['output'];
  /** End of the application window (RFC 3339, exclusive). */
  applicationsCloseAt: Scalars['String']['output'];
  /** Start of the application window (RFC 3339). */
  applicationsOpenAt: Scalars['String']['output'];
  /** Whether the application window is open at the time of the answer (server clock). */
  applicationsOpenNow: Scalars['Boolean']['output'];
  /** UUID. */
  id: Scalars['ID']['output'];
  /** End of the questionnaire window (RFC 3339, exclusive). */
  questionnaireClosesAt: Scalars['String']['output'];
  /** Whether the questionnaire window is open at the time of the answer (server clock). */
  questionnaireOpenNow: Scalars['Boolean']['output'];
  /** Start of the questionnaire window (RFC 3339). */
  questionnaireOpensAt: Scalars['String']['output'];
  /** Two-digit region code. */
  regionCode: Scalars['String']['output'];
  /** Hours the groups of an application must add up to (e.g. 72 = 36 + 36); 1..1000. */
  requiredHours: Scalars['Int']['output'];
  /** The training year (2000..2100); one campaign per region and year. */
  year: Scalars['Int']['output'];
};

/** Filters shared by lists and exports; all optional and combined (AND), always narrowed to the caller's scope. */
export type RegionalFilter = {
  /** Only this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this municipality. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this region (two digits). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only numbers in this status (applications: their holding's status; ignored by completion documents). */
  status?: InputMaybe<NumberStatus>;
  /** Only this teacher: a teacher id or the teacher's person id. */
  teacherId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this campaign year (completion documents: the issue year). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What the CSV import did, or why it was refused as a whole. */
export type RegionalImportResult = ImportReport | UserError;

/** An educational organisation where teachers work: the innermost operators' scope. */
export type RegionalSchool = {
  __typename?: 'RegionalSchool';
  /** The natural key of the import (e.g. the organisation's INN or the regional code), unique within the region; at most 64 characters. */
  code: Scalars['String']['output'];
  /** UUID. */
  id: Scalars['ID']['output'];
  /** Preschool, general, additional or vocational. */
  kind: SchoolKind;
  /** The municipality it lies in (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** The organisation's name (at most 300 characters). */
  name: Scalars['String']['output'];
  /** Two-digit region code. */
  regionCode: Scalars['String']['output'];
};

/** A page of a list (a Relay connection). */
export type RegionalSchoolConnection = {
  __typename?: 'RegionalSchoolConnection';
  /** The items of this page, in order. */
  edges: Array<RegionalSchoolEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type RegionalSchoolEdge = {
  __typename?: 'RegionalSchoolEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RegionalSchool;
};

/** A teacher of a school in the region, as imported and completed in "Моя анкета". */
export type RegionalTeacher = {
  __typename?: 'RegionalTeacher';
  /** Family name (at most 100 characters). */
  familyName: Scalars['String']['output'];
  /** Given name (at most 100 characters). */
  givenName: Scalars['String']['output'];
  /** UUID. */
  id: Scalars['ID']['output'];
  /** The year of the last budget-funded number used before the platform (from the import); null when none is known. Either it or a number held here bars a new budget number within 3 years. */
  lastBudgetNumberYear?: Maybe<Scalars['Int']['output']>;
  /** Patronymic (at most 100 characters); empty when none. */
  middleName: Scalars['String']['output'];
  /** Mandatory profile fields still missing, as the service names them (e.g. birth_year, last_training_on), as of the last save or import. */
  missingProfileFields: Array<Scalars['String']['output']>;
  /** The school's municipality (UUID). */
  municipalityId: Scalars['ID']['output'];
  /** identity-svc person id (UUID); empty until the teacher registers and signs in. */
  personId: Scalars['ID']['output'];
  /** "Моя анкета". */
  profile: TeacherProfile;
  /** missingProfileFields is empty. */
  profileComplete: Scalars['Boolean']['output'];
  /** The person id of the operator who last filled the profile on the teacher's behalf; cleared when the teacher saves their own profile; imports leave it as it is. */
  profileFilledBy: Scalars['ID']['output'];
  /** Two-digit region code. */
  regionCode: Scalars['String']['output'];
  /** The teacher's school (UUID). */
  schoolId: Scalars['ID']['output'];
  /** 11 digits without separators (natural key within the region, with a valid check number). */
  snils: Scalars['String']['output'];
};

/** A page of a list (a Relay connection). */
export type RegionalTeacherConnection = {
  __typename?: 'RegionalTeacherConnection';
  /** The items of this page, in order. */
  edges: Array<RegionalTeacherEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type RegionalTeacherEdge = {
  __typename?: 'RegionalTeacherEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RegionalTeacher;
};

/** What loadRegisterExtract stored. */
export type RegisterExtractPayload = {
  __typename?: 'RegisterExtractPayload';
  /** Number of records now in the register extract. */
  records: Scalars['Int']['output'];
};

/** What the ФРМР extract load stored, or why it was refused. */
export type RegisterExtractResult = RegisterExtractPayload | UserError;

/** The registration taken, or why it was refused. */
export type RegisterResult = Registration | UserError;

/** A registration taken: the person confirms the address by the link in the e-mail. */
export type Registration = {
  __typename?: 'Registration';
  /** Where the confirmation e-mail went. */
  email: Scalars['String']['output'];
  /** What to do next, in Russian, for the person. */
  message: Scalars['String']['output'];
  /** The new person's id. */
  personId: Scalars['ID']['output'];
  /** False when the e-mail could not be sent now (it is retried). */
  verificationEmailSent: Scalars['Boolean']['output'];
};

/** What a person registers with. A physician in Poland (kind SMK_PHYSICIAN) gives pesel and pwz instead of snils and regionCode; the PESEL gives the birth date and the sex. */
export type RegistrationInput = {
  /** Date of birth, YYYY-MM-DD; required with a SNILS. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Country code, ISO 3166-1 alpha-2 (e.g. RU). */
  citizenship: Scalars['String']['input'];
  /** The consents given: personal data and the user agreement are required. */
  consents: Array<ConsentInput>;
  /** E-mail; a confirmation link is sent to it. */
  email: Scalars['String']['input'];
  /** First name. */
  firstName: Scalars['String']['input'];
  /** A retry with the same key returns the same registration instead of a duplicate. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Specialist (by education), teacher or a physician in Poland. */
  kind: PersonKind;
  /** Last name. */
  lastName: Scalars['String']['input'];
  /** The password for logins with the SNILS (or the PESEL). */
  password: Scalars['String']['input'];
  /** Patronymic; null when there is none. */
  patronymic?: InputMaybe<Scalars['String']['input']>;
  /** PESEL, 11 digits (a physician in Poland). */
  pesel?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone: Scalars['String']['input'];
  /** Licence number (numer PWZ), 7 digits (a physician in Poland). */
  pwz?: InputMaybe<Scalars['String']['input']>;
  /** Two-digit code of the region (e.g. 16); required with a SNILS. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Sex; required with a SNILS. */
  sex?: InputMaybe<Sex>;
  /** SNILS, in any spelling (dashes and spaces); required except for a physician in Poland. */
  snils?: InputMaybe<Scalars['String']['input']>;
};

/** A CSV row that was not imported. */
export type RejectedRow = {
  __typename?: 'RejectedRow';
  /** Stable code, e.g. "missing_value", "invalid_snils", "invalid_year", "invalid_date", "invalid_school_kind", "duplicate_in_file", "too_many_values", "text_too_long", "unknown_municipality", "unknown_school". */
  code: Scalars['String']['output'];
  /** Russian explanation naming the column and value. */
  reason: Scalars['String']['output'];
  /** 1-based line number in the file, the header being line 1. */
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

/** What was removed, or why the plan could not be changed. */
export type RemovePlanItemResult = RemovePlanItemPayload | UserError;

/** The exported file. */
export type ReportExport = {
  __typename?: 'ReportExport';
  /** The whole file, base64-encoded. */
  contentBase64: Scalars['String']['output'];
  /** "text/csv; charset=utf-8" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet". */
  contentType: Scalars['String']['output'];
  /** e.g. "numbers.csv", "allocation.xlsx". */
  filename: Scalars['String']['output'];
  /** Data rows in the file (the header not counted), at most 200 000. */
  rows: Scalars['Int']['output'];
};

/** Which list an export contains. */
export type ReportKind =
  /** A campaign's allocation outcomes (campaign required; municipality and school filters apply). */
  | 'ALLOCATION'
  /** Applications (as ListApplications; every filter applies). */
  | 'APPLICATIONS'
  /** A campaign's candidates (campaign required; municipality and school filters apply). */
  | 'CANDIDATES'
  /** Completion documents (as ListCompletions). */
  | 'COMPLETIONS'
  /** Unique numbers (as ListNumbers; every filter applies). */
  | 'NUMBERS'
  /** Teachers with their profile state (region, municipality and school filters apply). */
  | 'TEACHERS';

/** One requirement's progress. */
export type RequirementProgress = {
  __typename?: 'RequirementProgress';
  /** The element's code; empty for duty and self-study. */
  code: Scalars['String']['output'];
  /** Confirmed so far (may exceed required). */
  confirmed: Scalars['Int']['output'];
  /** "course", "internship", "procedure_a", "procedure_b", "duty" or "self_study". */
  kind: Scalars['String']['output'];
  /** Required: 1 per course, weeks, a procedure's count, duty hours, self-study days. */
  required: Scalars['Int']['output'];
  /** The element's title (Polish); empty for duty and self-study. */
  title: Scalars['String']['output'];
};

/** One result of a CSV line, as the provider CLI reads it. */
export type ResultRecordInput = {
  /** The completion date as written, YYYY-MM-DD; a bad one is rejected with invalid_date (the other records go on). */
  completedOn: Scalars['String']['input'];
  /** The completion document's number; may be empty. */
  documentNumber?: Scalars['String']['input'];
  /** The element's id (UUID); a malformed one is rejected as unknown_element. */
  elementId: Scalars['String']['input'];
  /** The provider's own id of the result (the idempotency key), 1 to 200 characters. */
  externalId: Scalars['String']['input'];
  /** The ДПП program cycle (UUID); may be empty. */
  programCycleId?: Scalars['String']['input'];
  /** The specialist's SNILS, separators allowed. */
  snils: Scalars['String']['input'];
  /** Credits in ZET, 0 up to the element's. */
  zet: Scalars['Int']['input'];
};

/** A result a person waits for: the provider posts it within one month of the end (DESIGN.md). */
export type ResultWait = {
  __typename?: 'ResultWait';
  /** Days past the deadline; 0 while on time. */
  daysOverdue: Scalars['Int']['output'];
  /** The last day the result is on time: one month after endsOn (the last day of the month when that month is shorter). */
  deadline: Scalars['Date']['output'];
  /** The last day of the training (YYYY-MM-DD): the accepted application's program cycle's, or the event's. */
  endsOn: Scalars['Date']['output'];
  /** True once today is after the deadline. */
  overdue: Scalars['Boolean']['output'];
  /** The provider that owes the result (catalog-svc id). */
  providerId: Scalars['ID']['output'];
  /** Once overdue: a support request to the provider, ready to send (topic, subject, text naming the element, provider, end date and deadline, and the context reference); null while on time. */
  supportRequest?: Maybe<SupportRequestDraft>;
};

/** One person's rating of an element with their review, if they wrote one. */
export type Review = {
  __typename?: 'Review';
  /** The provider's answer; empty when none. */
  answer: Scalars['String']['output'];
  /** When the provider answered; null when it did not. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person who rated (identity-svc id, UUID). */
  authorPersonId: Scalars['ID']['output'];
  /** When the person first rated. */
  createdAt: Scalars['DateTime']['output'];
  /** The rated element (UUID). */
  elementId: Scalars['ID']['output'];
  /** Hidden by an admin: seen only by admins and the author; the score still counts. */
  hidden: Scalars['Boolean']['output'];
  /** The review's id (UUID); one per element and person, it stays when the rating changes. */
  id: Scalars['ID']['output'];
  /** The score, 1 to 10. */
  score: Scalars['Int']['output'];
  /** The review's text, at most 2000 characters; empty for a rating without a review. */
  text: Scalars['String']['output'];
  /** When the person last changed the score or the text. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of a list (a Relay connection). */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  /** The items of this page, in order. */
  edges: Array<ReviewEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Review;
};

/** The review as stored, or why it was refused. */
export type ReviewResult = Review | UserError;

/** Whether a grant was revoked, or why it was refused. */
export type RevokeRoleResult = RoleRevoke | UserError;

/** A role a person holds in a scope of authority. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The person holding the role, a UUID. */
  personId: Scalars['ID']['output'];
  /** A realm role: "admin" (on platform:*), "provider_staff" and "provider_admin" (provider:<id>), "school_head" and "school_operator" (school:<id>), "municipal_operator" (municipality:<id>), "regional_operator" (region:<two-digit code>). */
  role: Scalars['String']['output'];
  /** Where the role applies: "school:<id>", "provider:<id>", "municipality:<id>", "region:16" or "platform:*". */
  scope: Scalars['String']['output'];
};

/** A person's request for a scoped role and its decision. */
export type RoleRequest = {
  __typename?: 'RoleRequest';
  /** When the person asked. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided; null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person who decided; null while pending. */
  decidedByPersonId?: Maybe<Scalars['ID']['output']>;
  /** The request's id, a UUID. */
  id: Scalars['ID']['output'];
  /** Why the person needs the role. */
  justification: Scalars['String']['output'];
  /** The person asking (UUID). */
  personId: Scalars['ID']['output'];
  /** Why it was refused; empty unless refused. */
  refusalReason: Scalars['String']['output'];
  /** Who asks, as the decider sees them: the person's full name (last, first, patronymic). */
  requesterName: Scalars['String']['output'];
  /** The person's PESEL (a person in Poland); empty otherwise. */
  requesterPesel: Scalars['String']['output'];
  /** The person's SNILS, 11 digits; empty for a person in Poland. */
  requesterSnils: Scalars['String']['output'];
  /** The role asked for (see Grant.role). */
  role: Scalars['String']['output'];
  /** The scope asked for (see Grant.scope). */
  scope: Scalars['String']['output'];
  /** Where the request stands. */
  status: RoleRequestStatus;
};

/** A page of a list (a Relay connection). */
export type RoleRequestConnection = {
  __typename?: 'RoleRequestConnection';
  /** The items of this page, in order. */
  edges: Array<RoleRequestEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page and the cursor after it. */
export type RoleRequestEdge = {
  __typename?: 'RoleRequestEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RoleRequest;
};

/** The role request as stored, or why it was refused. */
export type RoleRequestResult = RoleRequest | UserError;

/** Where a role request stands. */
export type RoleRequestStatus =
  /** Approved: the person holds the role. */
  | 'APPROVED'
  /** Waiting for the scope's authority. */
  | 'PENDING'
  /** Refused, with a reason. */
  | 'REFUSED';

/** The answer to revokeRole. */
export type RoleRevoke = {
  __typename?: 'RoleRevoke';
  /** True when the grant existed and was revoked; false when there was none. */
  revoked: Scalars['Boolean']['output'];
};

/** A versioned rule set a cycle is counted by (DESIGN.md, NMO); its numbers never change once published: new rules get a new code. */
export type RuleSet = {
  __typename?: 'RuleSet';
  /** Stable code pinned to cycles: "nmo-250" (250 ZET, 50 a year: 36 ДПП ПК + 14 ОМ/ИОМ) or "nmo-709n-144" (periodic accreditation, order 709н, transitional: 144 hours). */
  code: Scalars['String']['output'];
  /** Length of a cycle in years (5). */
  cycleYears: Scalars['Int']['output'];
  /** Date (YYYY-MM-DD) from which the rule set applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** At most this much ZET from events and modules counts toward the target (nmo-709n-144: 72); null when there is no cap. */
  eventAndModuleCapZet?: Maybe<Scalars['Int']['output']>;
  /** At least this much ZET from ДПП ПК over the cycle (nmo-709n-144: 72); null when there is no minimum. */
  programMinZet?: Maybe<Scalars['Int']['output']>;
  /** The act the numbers come from, with the numbers (Russian). */
  source: Scalars['String']['output'];
  /** ZET (academic hours) a cycle needs in total: 250 or 144. */
  targetZet: Scalars['Int']['output'];
  /** Russian name for people, e.g. "НМО: 250 ЗЕТ за пятилетний цикл". */
  title: Scalars['String']['output'];
  /** Version of the rules under this code (1 for both published sets). */
  version: Scalars['Int']['output'];
  /** ZET recommended from events (ОМ) and interactive modules (ИОМ) per cycle year (nmo-250: 14); null when the rule set has no yearly recommendation. */
  yearlyEventAndModuleZet?: Maybe<Scalars['Int']['output']>;
  /** ZET recommended from ДПП ПК programs per cycle year (nmo-250: 36); null when the rule set has no yearly recommendation. */
  yearlyProgramZet?: Maybe<Scalars['Int']['output']>;
};

/** The result of saving. */
export type SaveApplicationPayload = {
  __typename?: 'SaveApplicationPayload';
  /** The saved draft; null for the off-budget choice (the number is refused instead). */
  application?: Maybe<RegionalApplication>;
  /** The number's holding afterwards (APPLICATION_DRAFT, or REFUSED for off-budget). */
  holding: NumberHolding;
};

/** The saved draft (or off-budget refusal), or why it was refused. */
export type SaveRegionalApplicationResult = SaveApplicationPayload | UserError;

/** The kind of an educational organisation ("school" in this API means any of them). */
export type SchoolKind =
  /** Organisation of additional education (организация дополнительного образования); CSV "additional". */
  | 'ADDITIONAL'
  /** General education organisation (общеобразовательная организация); CSV "general". */
  | 'GENERAL'
  /** Preschool organisation (дошкольная образовательная организация); CSV "preschool". */
  | 'PRESCHOOL'
  /** Vocational education organisation (профессиональная образовательная организация); CSV "vocational". */
  | 'VOCATIONAL';

/** A school's pool of free numbers. */
export type SchoolPool = {
  __typename?: 'SchoolPool';
  /** How many free numbers the pool holds. */
  freeCount: Scalars['Int']['output'];
  /** The free numbers (status FREE), by code. */
  freeNumbers: Array<NumberHolding>;
  /** "Свободных номеров, закреплённых за организацией: N". */
  message: Scalars['String']['output'];
};

/** Who pays for a seat. Reference codes (REFERENCE_KIND_FUNDING_BASIS): budget, contract, oms, ticket. */
export type SeatBasis =
  /** Budget allocations (also the regional model's budget-funded places, УН). */
  | 'BUDGET'
  /** A contract paid by the person or their employer. */
  | 'CONTRACT'
  /** ФФОМС/ТФОМС: normalised insurance reserve of the compulsory medical insurance funds. */
  | 'OMS'
  /** Tickets of a free event (never a program cycle's seats). */
  | 'TICKET';

/** Seats of one funding basis on a program cycle. */
export type SeatCount = {
  __typename?: 'SeatCount';
  /** BUDGET, CONTRACT or OMS (tickets are Element.tickets_total); one entry per basis. */
  basis: SeatBasis;
  /** Seats not yet reserved. Output only: on input ignored (computed as total minus taken). */
  free: Scalars['Int']['output'];
  /** Price of one seat on this basis in kopecks (RUB/100); 0 when not charged. */
  priceKopecks: Scalars['Float']['output'];
  /** Number of seats, 0 to 100000. May not drop below the seats already taken. */
  total: Scalars['Int']['output'];
};

/** Seats of one funding basis on a program cycle. */
export type SeatInput = {
  /** BUDGET, CONTRACT or OMS; one entry per basis (tickets are the event's). */
  basis: SeatBasis;
  /** Price of one seat in kopecks (RUB/100); 0 when not charged. */
  priceKopecks?: Scalars['Int']['input'];
  /** Number of seats, 0 to 100000; not below the seats already taken. */
  total: Scalars['Int']['input'];
};

/** The person's sex. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** A specialty of the nomenclature of medical and pharmaceutical specialties (206н); NMO cycles, documents and element eligibility refer to it by code. */
export type Specialty = {
  __typename?: 'Specialty';
  /** Official FGOS code (e.g. "31.08.36"), or a local code "L.08.NN" / "L.02.NN" for nomenclature specialties without one; at most 64 characters. */
  code: Scalars['String']['output'];
  /** Higher or secondary education. */
  level: EducationLevel;
  /** The specialty's name in Russian, as in the nomenclature. */
  name: Scalars['String']['output'];
};

/** One suggested element. */
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
  /** Why it is suggested, in Russian ("Не хватает ЗЕТ по программам ДПП ПК", "В вашем регионе", ...). */
  reasons: Array<Scalars['String']['output']>;
  /** Ranking score, higher first (missing group, providers chosen before, own region, starting soon, rating); comparable only within one answer. */
  score: Scalars['Float']['output'];
  /** Start of that program cycle or of the event; null when undated (modules). */
  startsOn?: Maybe<Scalars['Date']['output']>;
};

/** Who wrote a message of a support request. */
export type SupportAuthorKind =
  /** The person who opened the request. */
  | 'PERSON'
  /** Staff of the provider the request names. */
  | 'PROVIDER'
  /** A support agent or an admin. */
  | 'SUPPORT';

/** One message of a support request's thread. */
export type SupportMessage = {
  __typename?: 'SupportMessage';
  /** Who wrote it. */
  authorKind: SupportAuthorKind;
  /** The author's person id; null for staff acting without a person. */
  authorPersonId?: Maybe<Scalars['ID']['output']>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The message's id, a UUID. */
  id: Scalars['ID']['output'];
  /** The text. */
  text: Scalars['String']['output'];
};

/** A person's support request. */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** What it is about: "<kind>:<id>" with kind cycle, element, credit, code, application or plan_item; empty when about nothing in particular. */
  contextReference: Scalars['String']['output'];
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The request's id, a UUID. */
  id: Scalars['ID']['output'];
  /** The thread, oldest first (the first message is the request's text); empty in lists. */
  messages: Array<SupportMessage>;
  /** The person who opened it (UUID). */
  personId: Scalars['ID']['output'];
  /** The provider whose result it is about (its staff see it); null for none. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  status: SupportStatus;
  /** Its subject line; may be empty. */
  subject: Scalars['String']['output'];
  /** Its topic. */
  topic: SupportTopic;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of a list (a Relay connection). */
export type SupportRequestConnection = {
  __typename?: 'SupportRequestConnection';
  /** The items of this page, in order. */
  edges: Array<SupportRequestEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** A support request prepared for the person: the client shows it and submits it (as it is or edited) with identity-svc's support requests. */
export type SupportRequestDraft = {
  __typename?: 'SupportRequestDraft';
  /** What the request is about, for support staff: "plan_item:<plan item id>". */
  contextReference: Scalars['String']['output'];
  /** Subject line (Russian), naming the element. */
  subject: Scalars['String']['output'];
  /** The request's text (Russian): the element, its provider, the end date and the deadline. */
  text: Scalars['String']['output'];
  /** The request's topic code: "credits_not_posted". */
  topic: Scalars['String']['output'];
};

/** An item of a page and the cursor after it. */
export type SupportRequestEdge = {
  __typename?: 'SupportRequestEdge';
  /** The cursor to pass as `after` to get the items after this one; set on the page's last edge only (empty on the others). */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SupportRequest;
};

/** A new support request. */
export type SupportRequestInput = {
  /** What it is about, "<kind>:<id>" with kind cycle, element, credit, code, application or plan_item (the page it is opened from attaches it); may be empty. */
  contextReference?: Scalars['String']['input'];
  /** The client's key: a retry returns the same request. */
  idempotencyKey?: Scalars['String']['input'];
  /** The provider whose result it is about; null for none. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** A subject line, at most 200. */
  subject?: Scalars['String']['input'];
  /** The question, 10 to 4000 characters. */
  text: Scalars['String']['input'];
  /** What it is about, from the list. */
  topic: SupportTopic;
};

/** The support request with its thread, or why it was refused. */
export type SupportRequestResult = SupportRequest | UserError;

/** Where a support request stands. */
export type SupportStatus =
  /** The person wrote after an answer: staff are on it. */
  | 'IN_PROGRESS'
  /** Opened, nobody has answered yet. */
  | 'NEW'
  /** Resolved. */
  | 'RESOLVED'
  /** Staff answered: waiting for the person. */
  | 'WAITING_FOR_PERSON';

/** What a support request is about (the list the person picks from). */
export type SupportTopic =
  /** Confirmation codes of events. */
  | 'CODES'
  /** A provider has not posted the credits for a completed element. */
  | 'CREDITS_NOT_POSTED'
  /** A cycle (five-year period) and its documents. */
  | 'CYCLE_DOCUMENTS'
  /** The regional teachers' model (ЭОРТ): numbers, applications, operators. */
  | 'EORT'
  /** Anything else. */
  | 'OTHER'
  /** Registration, login, the account. */
  | 'REGISTRATION';

/**
 * «Моя анкета»: what a teacher fills in (the import may prefill it). Mandatory fields still
 *     missing are listed in RegionalTeacher.missingProfileFields.
 */
export type TeacherProfile = {
  __typename?: 'TeacherProfile';
  /** Year of birth; mandatory (four digits); null when not given. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** Year of graduation; mandatory only with fewer than 3 years of work (four digits); null when not given. */
  graduationYear?: Maybe<Scalars['Int']['output']>;
  /** Date (YYYY-MM-DD) of the last professional retraining (профессиональная переподготовка); empty when only the year is known or there was none. */
  lastRetrainingOn: Scalars['String']['output'];
  /** Topic of the last retraining, at most 500 characters; optional. */
  lastRetrainingTopic: Scalars['String']['output'];
  /** Year of the last professional retraining (derived from the date when set) (four digits); null when not given. */
  lastRetrainingYear?: Maybe<Scalars['Int']['output']>;
  /** Date (YYYY-MM-DD) of the last qualification upgrade (повышение квалификации); empty when only the year is known or the teacher never trained. Mandatory unless never_trained. */
  lastTrainingOn: Scalars['String']['output'];
  /** Organisation of the last training, at most 500 characters; mandatory unless neverTrained. */
  lastTrainingOrganisation: Scalars['String']['output'];
  /** Topic of the last training, at most 500 characters; mandatory unless neverTrained. */
  lastTrainingTopic: Scalars['String']['output'];
  /** Year of the last qualification upgrade (given alone when the date is unknown, else derived from lastTrainingOn); null when never trained or unknown. It decides candidacy (3 years) and allocation priority. */
  lastTrainingYear?: Maybe<Scalars['Int']['output']>;
  /** Explicitly: never trained (instead of the fields above; the year is then dropped). */
  neverTrained: Scalars['Boolean']['output'];
  /** Explicitly: no professional retraining. */
  noRetraining: Scalars['Boolean']['output'];
  /** Contact phone as typed, at most 20 characters; optional. */
  phone: Scalars['String']['output'];
  /** Position held (должность), at most 300 characters; mandatory. */
  position: Scalars['String']['output'];
  /** e.g. "высшая", "первая", "соответствие занимаемой должности", "без категории"; at most 100 characters; mandatory. */
  qualificationCategory: Scalars['String']['output'];
  /** Subjects taught, each at most 300 characters (blank entries dropped); at least one is mandatory. */
  subjects: Array<Scalars['String']['output']>;
  /** The year teaching work started; mandatory (four digits); null when not given. */
  teachingSinceYear?: Maybe<Scalars['Int']['output']>;
};

/** «Моя анкета»: replaces the whole profile (fields left empty are cleared). Years are four-digit; null means not given. */
export type TeacherProfileInput = {
  /** Year of birth; mandatory. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Year of graduation; mandatory only with fewer than 3 years of work. */
  graduationYear?: InputMaybe<Scalars['Int']['input']>;
  /** Date (YYYY-MM-DD) of the last professional retraining. */
  lastRetrainingOn?: Scalars['String']['input'];
  /** Topic of the last retraining; optional, at most 500 characters. */
  lastRetrainingTopic?: Scalars['String']['input'];
  /** Year of the last retraining when the date is unknown; the date or the year is mandatory unless noRetraining. */
  lastRetrainingYear?: InputMaybe<Scalars['Int']['input']>;
  /** Date (YYYY-MM-DD) of the last qualification upgrade; mandatory unless neverTrained. */
  lastTrainingOn?: Scalars['String']['input'];
  /** Organisation of the last training; mandatory unless neverTrained, at most 500 characters. */
  lastTrainingOrganisation?: Scalars['String']['input'];
  /** Topic of the last training; mandatory unless neverTrained, at most 500 characters. */
  lastTrainingTopic?: Scalars['String']['input'];
  /** Explicitly: never trained (instead of the fields above). */
  neverTrained?: Scalars['Boolean']['input'];
  /** Explicitly: no professional retraining. */
  noRetraining?: Scalars['Boolean']['input'];
  /** Contact phone; optional, at most 20 characters. */
  phone?: Scalars['String']['input'];
  /** Position held; mandatory, at most 300 characters. */
  position?: Scalars['String']['input'];
  /** e.g. высшая, первая, без категории; mandatory, at most 100 characters. */
  qualificationCategory?: Scalars['String']['input'];
  /** Subjects taught, each at most 300 characters; at least one is mandatory. */
  subjects?: Array<Scalars['String']['input']>;
  /** The year teaching work started; mandatory. */
  teachingSinceYear?: InputMaybe<Scalars['Int']['input']>;
};

/** The teacher with the saved profile, or why it was refused. */
export type TeacherProfileResult = RegionalTeacher | UserError;

/** Tokens issued by the identity provider at login or refresh. */
export type Tokens = {
  __typename?: 'Tokens';
  /** The bearer token for the `Authorization` header (a JWT, RS256). */
  accessToken: Scalars['String']['output'];
  /** Lifetime of the access token, in seconds. */
  expiresIn: Scalars['Int']['output'];
  /** Lifetime of the refresh token, in seconds. */
  refreshExpiresIn: Scalars['Int']['output'];
  /** The token for refreshToken and logout; null when none was issued. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The token type, "Bearer". */
  tokenType: Scalars['String']['output'];
};

/** A trainee's electronic training card. */
export type TrainingCard = {
  __typename?: 'TrainingCard';
  /** Every module completed: the trainee may apply for the exam. */
  complete: Scalars['Boolean']['output'];
  /** Entries, oldest first (GetTrainingCard only; lists leave them out). */
  entries: Array<CardEntry>;
  /** The card's id (UUID). */
  id: Scalars['ID']['output'];
  /** "residency" or "non_residency". */
  mode: Scalars['String']['output'];
  /** Progress per module, in the programme's order. */
  modules: Array<ModuleProgress>;
  /** Entries waiting for the supervisor. */
  pendingEntries: Scalars['Int']['output'];
  /** The programme's title. */
  programmeTitle: Scalars['String']['output'];
  /** The programme version the card follows. */
  programmeVersion: Scalars['Int']['output'];
  /** The rule set ("smk-2023"). */
  ruleSet: Scalars['String']['output'];
  /** The specialty's code. */
  specialty: Scalars['String']['output'];
  /** The first day of training. */
  startedOn: Scalars['Date']['output'];
  /** The trainee (identity-svc person id). */
  traineePersonId: Scalars['ID']['output'];
  /** The training unit (catalog-svc id). */
  unitId: Scalars['ID']['output'];
  /** The unit's name when the card was opened. */
  unitName: Scalars['String']['output'];
};

/** The card, or why it was refused. */
export type TrainingCardResult = TrainingCard | UserError;

/** The mode of training at a unit. */
export type TrainingMode =
  /** Poza rezydenturą. */
  | 'NON_RESIDENCY'
  /** Rezydentura (funded by the Ministry of Health). */
  | 'RESIDENCY';

/** An accredited training unit (jednostka szkoląca). */
export type TrainingUnit = {
  __typename?: 'TrainingUnit';
  /** Its accreditations, sorted by specialty. */
  accreditations: Array<Accreditation>;
  /** Its town. */
  city: Scalars['String']['output'];
  /** The unit's id (UUID). */
  id: Scalars['ID']['output'];
  /** Its name (Polish). */
  name: Scalars['String']['output'];
  /** Its number in the register of medical entities (księga rejestrowa), unique. */
  registryNumber: Scalars['String']['output'];
  /** Its voivodeship (TERYT code, e.g. "14"). */
  voivodeship: Scalars['String']['output'];
};

/** The unit, or why it was refused. */
export type TrainingUnitResult = TrainingUnit | UserError;

/** The campaign after the change, or why it was refused. */
export type UpdateCampaignResult = RegionalCampaign | UserError;

/** The changed profile, or why the change was refused. */
export type UpdateProfileResult = ProfileUpdate | UserError;

/** An expected failure the client shows to people: a stable machine-readable code and a message in Russian. */
export type UserError = {
  __typename?: 'UserError';
  /** What failed, as a stable code clients branch on (never on the message). */
  code: ErrorCode;
  /** The argument or input field the failure is about; null when it is about the request as a whole. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in Russian, for people. */
  message: Scalars['String']['output'];
};

/** A cycle year: 12 months from the cycle start (year 1 starts on the cycle's first day). */
export type YearProgress = {
  __typename?: 'YearProgress';
  /** Last day of the year, inclusive (YYYY-MM-DD). */
  endsOn: Scalars['Date']['output'];
  /** Counted ZET (after caps) from events and modules completed in this year. */
  eventAndModuleZet: Scalars['Int']['output'];
  /** Counted ZET (after caps) from ДПП ПК completed in this year. */
  programZet: Scalars['Int']['output'];
  /** The year's own credits reach both parts of its recommendation (a surplus is never moved between years); false when there is no yearly recommendation. */
  recommendationMet: Scalars['Boolean']['output'];
  /** Recommended ZET from events and modules this year (nmo-250: 14; else 0). */
  recommendedEventAndModuleZet: Scalars['Int']['output'];
  /** Recommended ZET from ДПП ПК this year (nmo-250: 36); 0 when the rule set recommends nothing per year. */
  recommendedProgramZet: Scalars['Int']['output'];
  /** Sum of both recommendations (nmo-250: 50; else 0). */
  recommendedTotalZet: Scalars['Int']['output'];
  /** First day of the year (YYYY-MM-DD). */
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


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename: 'Registration', personId: string, email: string, verificationEmailSent: boolean, message: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  snils: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename: 'PasswordResetRequested', message: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename: 'LoggedOut', ok: boolean } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, snils?: string | null, lastName: string, firstName: string, patronymic?: string | null, email?: string | null, emailVerified: boolean, regionCode?: string | null } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', reference: Array<{ __typename?: 'ReferenceItem', code: string, name: string }> };

export type MySpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MySpecialtiesQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, specialties: Array<{ __typename?: 'ProfileSpecialty', code: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, cycle: { __typename?: 'Cycle', id: string, startsOn: string, endsOn: string, state: CycleState, ruleSet: { __typename?: 'RuleSet', code: string, version: number, title: string } } }> } };

export type RoleRequestPartsFragment = { __typename?: 'RoleRequest', id: string, personId: string, requesterName: string, requesterSnils: string, requesterPesel: string, role: string, scope: string, justification: string, status: RoleRequestStatus, createdAt: string, decidedAt?: string | null, refusalReason: string };

export type GrantRoleMutationVariables = Exact<{
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  snils?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantRoleMutation = { __typename?: 'Mutation', grantRole: { __typename: 'RoleGrant', personId: string, role: string, scope: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RevokeRoleMutationVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  snils?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
}>;


export type RevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename: 'RoleRevoke', revoked: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RoleRequestsToDecideQueryVariables = Exact<{
  pendingOnly: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoleRequestsToDecideQuery = { __typename?: 'Query', roleRequestsToDecide: { __typename?: 'RoleRequestConnection', totalCount: number, edges: Array<{ __typename?: 'RoleRequestEdge', node: { __typename?: 'RoleRequest', id: string, personId: string, requesterName: string, requesterSnils: string, requesterPesel: string, role: string, scope: string, justification: string, status: RoleRequestStatus, createdAt: string, decidedAt?: string | null, refusalReason: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DecideRoleRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  refusalReason: Scalars['String']['input'];
}>;


export type DecideRoleRequestMutation = { __typename?: 'Mutation', decideRoleRequest: { __typename: 'RoleRequest', id: string, personId: string, requesterName: string, requesterSnils: string, requesterPesel: string, role: string, scope: string, justification: string, status: RoleRequestStatus, createdAt: string, decidedAt?: string | null, refusalReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type MyRoleRequestsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRoleRequestsQuery = { __typename?: 'Query', myRoleRequests: { __typename?: 'RoleRequestConnection', edges: Array<{ __typename?: 'RoleRequestEdge', node: { __typename?: 'RoleRequest', id: string, personId: string, requesterName: string, requesterSnils: string, requesterPesel: string, role: string, scope: string, justification: string, status: RoleRequestStatus, createdAt: string, decidedAt?: string | null, refusalReason: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RequestRoleMutationVariables = Exact<{
  role: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  justification: Scalars['String']['input'];
}>;


export type RequestRoleMutation = { __typename?: 'Mutation', requestRole: { __typename: 'RoleRequest', id: string, personId: string, requesterName: string, requesterSnils: string, requesterPesel: string, role: string, scope: string, justification: string, status: RoleRequestStatus, createdAt: string, decidedAt?: string | null, refusalReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type LoadRegisterExtractMutationVariables = Exact<{
  format: Scalars['String']['input'];
  content: Scalars['String']['input'];
}>;


export type LoadRegisterExtractMutation = { __typename?: 'Mutation', loadRegisterExtract: { __typename: 'RegisterExtractPayload', records: number } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ReviewsToModerateQueryVariables = Exact<{
  query: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewsToModerateQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', edges: Array<{ __typename?: 'ElementEdge', node: { __typename?: 'Element', id: string, title: string, providerName: string, reviews: { __typename?: 'ReviewConnection', edges: Array<{ __typename?: 'ReviewEdge', node: { __typename?: 'Review', id: string, score: number, text: string, hidden: boolean, createdAt: string } }> } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type HideReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  hidden: Scalars['Boolean']['input'];
}>;


export type HideReviewMutation = { __typename?: 'Mutation', hideReview: { __typename: 'Review', id: string, hidden: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type CatalogSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filters?: InputMaybe<CatalogFilters>;
  sort?: InputMaybe<CatalogSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogSearchQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', totalCount: number, countsCapped: boolean, edges: Array<{ __typename?: 'ElementEdge', cursor: string, node: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, rating: number, regionCode: string, providerId: string, providerName: string, multiplier: number, mainSpecialty?: { __typename?: 'Specialty', code: string, name: string } | null, countsForCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, countsByKind: Array<{ __typename?: 'KindCount', kind: ElementKind, count: number }> } };

export type CatalogReferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogReferencesQuery = { __typename?: 'Query', specialties: Array<{ __typename?: 'Specialty', code: string, name: string, level: EducationLevel }>, regions: Array<{ __typename?: 'ReferenceItem', code: string, name: string }>, forms: Array<{ __typename?: 'ReferenceItem', code: string, name: string }> };

export type ElementDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ElementDetailQuery = { __typename?: 'Query', element: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, annotation: string, startsOn?: string | null, endsOn?: string | null, status: ElementStatus, free: boolean, priceKopecks: number, rating: number, regionCode: string, formOfStudy?: string | null, distanceLearning: boolean, ticketsTotal: number, ticketsFree: number, confirmationRequirements: string, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, providerName: string, mainSpecialty?: { __typename?: 'Specialty', code: string, name: string } | null, cycles: Array<{ __typename?: 'ProgramCycle', id: string, startsOn: string, endsOn: string, place: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> }, myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, plan: Array<{ __typename?: 'PlanItem', id: string, elementId: string, status: PlanItemStatus }> }> };

export type MyCreditsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCreditsQuery = { __typename?: 'Query', myCredits: Array<{ __typename?: 'Credit', id: string, elementId: string, zet: number, completedOn: string, status: CreditStatus, elementKind: ElementKind, source: CreditSource, documentNumber: string, deadline?: string | null, daysLate: number, statusReason: string, correctsId?: string | null, correctedBy?: string | null, recordedAt?: string | null, element?: { __typename?: 'Element', id: string, title: string } | null }> };

export type CreditHistoryQueryVariables = Exact<{
  creditId: Scalars['ID']['input'];
}>;


export type CreditHistoryQuery = { __typename?: 'Query', creditHistory: { __typename: 'CreditHistory', chain: Array<{ __typename?: 'Credit', id: string, zet: number, completedOn: string, status: CreditStatus, statusReason: string }>, audit: Array<{ __typename?: 'CreditAuditEntry', creditId: string, action: CreditAuditAction, actor: string, actorClientId: string, reason: string, at?: string | null }> } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type MyCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCodesQuery = { __typename?: 'Query', myCodeRedemptions: Array<{ __typename?: 'CodeRedemption', id: string, code: string, eventId?: string | null, status: RedemptionStatus, reason: string, enteredAt?: string | null, decidedAt?: string | null, event?: { __typename?: 'Element', id: string, title: string } | null }> };

export type RedeemCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RedeemCodeMutation = { __typename?: 'Mutation', redeemCode: { __typename: 'CodeRedemption', id: string, status: RedemptionStatus, reason: string, enteredCode: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string, state: CycleState, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, ruleSet: { __typename?: 'RuleSet', code: string, version: number, title: string, source: string, targetZet: number, yearlyProgramZet?: number | null, yearlyEventAndModuleZet?: number | null }, document?: { __typename?: 'Document', id: string, kind: DocumentKind, series: string, number: string, issuedOn: string, frmrStatus: FrmrStatus, frmrNote: string } | null, progress?: { __typename?: 'Progress', totalZet: number, actualZet: number, targetZet: number, missingZet: number, expectedToDateZet: number, onTrack: boolean, complete: boolean, byGroup: Array<{ __typename?: 'KindGroupProgress', group: KindGroup, actualZet: number, countedZet: number, recommendedZet: number, missingZet: number, capZet?: number | null }>, byYear: Array<{ __typename?: 'YearProgress', year: number, startsOn: string, endsOn: string, programZet: number, eventAndModuleZet: number, totalZet: number, recommendedProgramZet: number, recommendedEventAndModuleZet: number, recommendedTotalZet: number, recommendationMet: boolean, state: YearState }>, credits: Array<{ __typename?: 'CountedCredit', creditId: string, kind: ElementKind, zet: number, countedZet: number, completedOn: string, countsInSeveralCycles: boolean, element?: { __typename?: 'Element', id: string, title: string } | null }> } | null, plan: Array<{ __typename?: 'PlanItem', id: string, elementId: string, status: PlanItemStatus, element?: { __typename?: 'Element', id: string, title: string, providerName: string } | null, resultWait?: { __typename?: 'ResultWait', providerId: string, endsOn: string, deadline: string, overdue: boolean, daysOverdue: number, supportRequest?: { __typename?: 'SupportRequestDraft', topic: string, subject: string, text: string, contextReference: string } | null } | null }> }> };

export type AccreditationPortfolioQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type AccreditationPortfolioQuery = { __typename?: 'Query', accreditationPortfolio: { __typename?: 'AccreditationPortfolio', fileName: string, contentType: string, contentBase64: string } };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { __typename?: 'Query', specialties: Array<{ __typename?: 'Specialty', code: string, name: string, level: EducationLevel }> };

export type AddDocumentMutationVariables = Exact<{
  document: DocumentInput;
}>;


export type AddDocumentMutation = { __typename?: 'Mutation', addDocument: { __typename: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type MunicipalCandidatesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  decision?: InputMaybe<CandidateDecision>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalCandidatesQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', totalCount: number, edges: Array<{ __typename?: 'CandidateEdge', node: { __typename?: 'Candidate', decision: CandidateDecision, yearsSinceTraining?: number | null, neverTrained: boolean, budgetNumberWithinThreeYears: boolean, numberStatus?: NumberStatus | null, teacher: { __typename?: 'RegionalTeacher', id: string, schoolId: string, familyName: string, givenName: string, middleName: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MunicipalDecideCandidatesMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  teacherIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  decision: CandidateDecision;
}>;


export type MunicipalDecideCandidatesMutation = { __typename?: 'Mutation', decideCandidates: { __typename: 'CandidateList', items: Array<{ __typename?: 'Candidate', decision: CandidateDecision, teacher: { __typename?: 'RegionalTeacher', id: string } }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type MunicipalNumbersQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NumberStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalNumbersQuery = { __typename?: 'Query', uniqueNumbers: { __typename?: 'NumberHoldingConnection', totalCount: number, edges: Array<{ __typename?: 'NumberHoldingEdge', node: { __typename?: 'NumberHolding', numberId: string, holdingId: string, numberCode: string, schoolId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MunicipalityOwnQueryVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
}>;


export type MunicipalityOwnQuery = { __typename?: 'Query', municipalitiesById: Array<{ __typename?: 'Municipality', id: string, regionCode: string, name: string }> };

export type MunicipalRefusalsByReasonQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  municipalityId: Scalars['ID']['input'];
}>;


export type MunicipalRefusalsByReasonQuery = { __typename?: 'Query', allocationReport: { __typename?: 'AllocationOutcomeConnection', refusalsByReason: Array<{ __typename?: 'RefusalCount', reason: RefusalReason, reasonText: string, count: number }> } };

export type ResultWaitFieldsFragment = { __typename?: 'ResultWait', providerId: string, endsOn: string, deadline: string, overdue: boolean, daysOverdue: number, supportRequest?: { __typename?: 'SupportRequestDraft', topic: string, subject: string, text: string, contextReference: string } | null };

export type MyPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlanQuery = { __typename?: 'Query', myCycles: Array<{ __typename?: 'Cycle', id: string, specialtyCode: string, startsOn: string, endsOn: string, specialty?: { __typename?: 'Specialty', code: string, name: string } | null, plan: Array<{ __typename?: 'PlanItem', id: string, cycleId: string, elementId: string, elementKind: ElementKind, status: PlanItemStatus, statusLabel: string, multiplier: number, plannedCycleIds: Array<string>, element?: { __typename?: 'Element', id: string, kind: ElementKind, title: string, zet: number, startsOn?: string | null, endsOn?: string | null, providerName: string } | null, resultWait?: { __typename?: 'ResultWait', providerId: string, endsOn: string, deadline: string, overdue: boolean, daysOverdue: number, supportRequest?: { __typename?: 'SupportRequestDraft', topic: string, subject: string, text: string, contextReference: string } | null } | null }> }>, myApplications: Array<{ __typename?: 'Application', id: string, elementId: string, programCycleId: string, status: ApplicationStatus, decisionReason: string, startsOn?: string | null, endsOn?: string | null, note: string }> };

export type AddPlanItemMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
}>;


export type AddPlanItemMutation = { __typename?: 'Mutation', addPlanItem: { __typename: 'PlanItem', id: string, cycleId: string, elementId: string, status: PlanItemStatus, multiplier: number } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RemovePlanItemMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  elementId: Scalars['ID']['input'];
}>;


export type RemovePlanItemMutation = { __typename?: 'Mutation', removePlanItem: { __typename: 'RemovePlanItemPayload', removed: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { __typename?: 'Query', myApplications: Array<{ __typename?: 'Application', id: string, elementId: string, programCycleId: string, specialtyCode: string, fundingBasis: FundingBasis, status: ApplicationStatus, decisionReason: string, startsOn?: string | null, endsOn?: string | null, note: string, element?: { __typename?: 'Element', id: string, title: string } | null }> };

export type SubmitApplicationMutationVariables = Exact<{
  application: ApplicationInput;
}>;


export type SubmitApplicationMutation = { __typename?: 'Mutation', submitApplication: { __typename: 'Application', id: string, status: ApplicationStatus, note: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type WithdrawApplicationMutation = { __typename?: 'Mutation', withdrawApplication: { __typename: 'Application', id: string, status: ApplicationStatus } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderGrantsQuery = { __typename?: 'Query', myGrants: Array<{ __typename?: 'RoleGrant', role: string, scope: string }> };

export type ProviderCyclePartsFragment = { __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> };

export type ProviderElementPartsFragment = { __typename?: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> };

export type ProviderElementsQueryVariables = Exact<{
  providerId: Scalars['ID']['input'];
  kind?: InputMaybe<ElementKind>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProviderElementsQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', totalCount: number, edges: Array<{ __typename?: 'ElementEdge', node: { __typename?: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ProviderElementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProviderElementQuery = { __typename?: 'Query', element: { __typename?: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } };

export type ProviderCreateProgramMutationVariables = Exact<{
  providerId: Scalars['ID']['input'];
  program: ProgramInput;
}>;


export type ProviderCreateProgramMutation = { __typename?: 'Mutation', createProgram: { __typename: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderCreateEventMutationVariables = Exact<{
  providerId: Scalars['ID']['input'];
  event: EventInput;
}>;


export type ProviderCreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderCreateModuleMutationVariables = Exact<{
  providerId: Scalars['ID']['input'];
  module: ModuleInput;
}>;


export type ProviderCreateModuleMutation = { __typename?: 'Mutation', createModule: { __typename: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderUpdateElementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  element: ElementUpdateInput;
}>;


export type ProviderUpdateElementMutation = { __typename?: 'Mutation', updateElement: { __typename: 'Element', id: string, kind: ElementKind, title: string, status: ElementStatus, zet: number, mainSpecialtyCode: string, additionalSpecialtyCodes: Array<string>, annotation: string, regionCode: string, audience: string, subjectCodes: Array<string>, startsOn?: string | null, endsOn?: string | null, free: boolean, priceKopecks: number, formOfStudy?: string | null, distanceLearning: boolean, eventFormat?: string | null, moduleKind?: string | null, ticketsTotal: number, ticketsFree: number, attendanceControl: string, confirmationRequirements: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderSaveCycleMutationVariables = Exact<{
  elementId: Scalars['ID']['input'];
  cycle: ProgramCycleInput;
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProviderSaveCycleMutation = { __typename?: 'Mutation', saveProgramCycle: { __typename: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProviderPublishMutation = { __typename?: 'Mutation', publishElement: { __typename: 'Element', id: string, status: ElementStatus } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProviderWithdrawMutation = { __typename?: 'Mutation', withdrawElement: { __typename: 'Element', id: string, status: ElementStatus } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderApplicationsQueryVariables = Exact<{
  providerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ApplicationStatus>;
}>;


export type ProviderApplicationsQuery = { __typename?: 'Query', providerApplications: Array<{ __typename?: 'Application', id: string, personId: string, programCycleId: string, elementId: string, specialtyCode: string, fundingBasis: FundingBasis, status: ApplicationStatus, decisionReason: string, startsOn?: string | null, endsOn?: string | null, employment: { __typename?: 'Employment', kind: EmploymentKind, organization: string, position: string }, element?: { __typename?: 'Element', id: string, title: string, cycles: Array<{ __typename?: 'ProgramCycle', id: string, elementId: string, startsOn: string, endsOn: string, place: string, curator: string, department: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } | null }> };

export type ProviderAcceptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProviderAcceptMutation = { __typename?: 'Mutation', acceptApplication: { __typename: 'Application', id: string, status: ApplicationStatus, decisionReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ProviderRejectMutation = { __typename?: 'Mutation', rejectApplication: { __typename: 'Application', id: string, status: ApplicationStatus, decisionReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderPostResultsMutationVariables = Exact<{
  batchId: Scalars['String']['input'];
  seriesId: Scalars['String']['input'];
  sequence: Scalars['Int']['input'];
  records: Array<ResultRecordInput> | ResultRecordInput;
}>;


export type ProviderPostResultsMutation = { __typename?: 'Mutation', postResults: { __typename: 'PostedBatch', batchId: string, status: PostedBatchStatus, reasonCode: string, message: string, outcomes: Array<{ __typename?: 'PostedRecord', externalId: string, outcome: PostedRecordOutcome, recordId?: string | null, reasonCode: string, message: string, daysLate: number }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderLatenessSummaryQueryVariables = Exact<{
  providerId: Scalars['ID']['input'];
}>;


export type ProviderLatenessSummaryQuery = { __typename?: 'Query', providerLateness: Array<{ __typename?: 'ProviderLateness', providerId: string, resultsWithDeadline: number, lateResults: number, totalDaysLate: number, maxDaysLate: number }> };

export type ProviderCreditHistoryQueryVariables = Exact<{
  creditId: Scalars['ID']['input'];
}>;


export type ProviderCreditHistoryQuery = { __typename?: 'Query', creditHistory: { __typename: 'CreditHistory', chain: Array<{ __typename?: 'Credit', id: string, zet: number, completedOn: string, status: CreditStatus, statusReason: string, deadline?: string | null, daysLate: number, documentNumber: string, element?: { __typename?: 'Element', id: string, title: string } | null }>, audit: Array<{ __typename?: 'CreditAuditEntry', creditId: string, action: CreditAuditAction, reason: string, at?: string | null }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderVoidCreditMutationVariables = Exact<{
  creditId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ProviderVoidCreditMutation = { __typename?: 'Mutation', voidCredit: { __typename: 'Credit', id: string, status: CreditStatus, statusReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderCorrectCreditMutationVariables = Exact<{
  creditId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  zet: Scalars['Int']['input'];
  completedOn: Scalars['String']['input'];
  documentNumber: Scalars['String']['input'];
}>;


export type ProviderCorrectCreditMutation = { __typename?: 'Mutation', correctCredit: { __typename: 'Credit', id: string, status: CreditStatus, zet: number, completedOn: string, correctsId?: string | null } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderEventCodesQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type ProviderEventCodesQuery = { __typename?: 'Query', eventCodes: Array<{ __typename?: 'EventCode', code: string, eventId: string, snils: string, status: EventCodeStatus, issuedAt: string, mailStatus: string }> };

export type ProviderIssueCodesMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ProviderIssueCodesMutation = { __typename?: 'Mutation', issueCodes: { __typename: 'IssuedCodes', codes: Array<{ __typename?: 'EventCode', code: string, eventId: string, snils: string, status: EventCodeStatus, issuedAt: string, mailStatus: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderUploadAttendanceMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  snils: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ProviderUploadAttendanceMutation = { __typename?: 'Mutation', uploadAttendance: { __typename: 'AttendanceUpload', attendees: number, invalidSnils: Array<string> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderErrorReportsQueryVariables = Exact<{
  providerId: Scalars['ID']['input'];
}>;


export type ProviderErrorReportsQuery = { __typename?: 'Query', errorReports: { __typename?: 'ErrorReportConnection', edges: Array<{ __typename?: 'ErrorReportEdge', node: { __typename?: 'ErrorReport', id: string, elementId: string, elementTitle: string, text: string, status: ErrorReportStatus, createdAt: string, resolution: string } }> } };

export type ProviderCloseErrorReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
}>;


export type ProviderCloseErrorReportMutation = { __typename?: 'Mutation', closeErrorReport: { __typename: 'ErrorReport', id: string, status: ErrorReportStatus, resolution: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderOverdueQueryVariables = Exact<{
  providerId: Scalars['ID']['input'];
}>;


export type ProviderOverdueQuery = { __typename?: 'Query', providerOverdueResults: { __typename?: 'OverdueResultConnection', totalCount: number, edges: Array<{ __typename?: 'OverdueResultEdge', node: { __typename?: 'OverdueResult', personId: string, elementId: string, elementKind: ElementKind, endsOn: string, deadline: string, daysOverdue: number, element?: { __typename?: 'Element', id: string, title: string } | null } }> } };

export type ProviderReviewsQueryVariables = Exact<{
  providerId: Scalars['ID']['input'];
}>;


export type ProviderReviewsQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', edges: Array<{ __typename?: 'ElementEdge', node: { __typename?: 'Element', id: string, title: string, ratingCount: number, reviews: { __typename?: 'ReviewConnection', edges: Array<{ __typename?: 'ReviewEdge', node: { __typename?: 'Review', id: string, score: number, text: string, answer: string, answeredAt?: string | null, createdAt: string } }> } } }> } };

export type ProviderAnswerReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
}>;


export type ProviderAnswerReviewMutation = { __typename?: 'Mutation', answerReview: { __typename: 'Review', id: string, answer: string, answeredAt?: string | null } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderSupportRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderSupportRequestsQuery = { __typename?: 'Query', supportRequests: { __typename?: 'SupportRequestConnection', edges: Array<{ __typename?: 'SupportRequestEdge', node: { __typename?: 'SupportRequest', id: string, subject: string, topic: SupportTopic, status: SupportStatus, providerId?: string | null, contextReference: string, createdAt: string, updatedAt: string } }> } };

export type ProviderSupportThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProviderSupportThreadQuery = { __typename?: 'Query', supportRequest: { __typename: 'SupportRequest', id: string, status: SupportStatus, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ProviderSupportAnswerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ProviderSupportAnswerMutation = { __typename?: 'Mutation', postSupportMessage: { __typename: 'SupportRequest', id: string, status: SupportStatus, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionOperatorGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionOperatorGrantsQuery = { __typename?: 'Query', myGrants: Array<{ __typename?: 'RoleGrant', role: string, scope: string }> };

export type RegionCampaignPartsFragment = { __typename?: 'RegionalCampaign', id: string, regionCode: string, year: number, questionnaireOpensAt: string, questionnaireClosesAt: string, applicationsOpenAt: string, applicationsCloseAt: string, requiredHours: number, allocatedAt: string, questionnaireOpenNow: boolean, applicationsOpenNow: boolean };

export type RegionCampaignsQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
}>;


export type RegionCampaignsQuery = { __typename?: 'Query', regionalCampaigns: Array<{ __typename?: 'RegionalCampaign', id: string, regionCode: string, year: number, questionnaireOpensAt: string, questionnaireClosesAt: string, applicationsOpenAt: string, applicationsCloseAt: string, requiredHours: number, allocatedAt: string, questionnaireOpenNow: boolean, applicationsOpenNow: boolean }> };

export type RegionOpenCampaignMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  windows: CampaignWindowsInput;
  requiredHours: Scalars['Int']['input'];
}>;


export type RegionOpenCampaignMutation = { __typename?: 'Mutation', openRegionalCampaign: { __typename: 'CampaignPayload', created: boolean, campaign: { __typename?: 'RegionalCampaign', id: string, regionCode: string, year: number, questionnaireOpensAt: string, questionnaireClosesAt: string, applicationsOpenAt: string, applicationsCloseAt: string, requiredHours: number, allocatedAt: string, questionnaireOpenNow: boolean, applicationsOpenNow: boolean } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionUpdateCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  windows?: InputMaybe<CampaignWindowsInput>;
  requiredHours: Scalars['Int']['input'];
}>;


export type RegionUpdateCampaignMutation = { __typename?: 'Mutation', updateRegionalCampaign: { __typename: 'RegionalCampaign', id: string, regionCode: string, year: number, questionnaireOpensAt: string, questionnaireClosesAt: string, applicationsOpenAt: string, applicationsCloseAt: string, requiredHours: number, allocatedAt: string, questionnaireOpenNow: boolean, applicationsOpenNow: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionCancelCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionCancelCampaignMutation = { __typename?: 'Mutation', cancelRegionalCampaign: { __typename: 'RegionalCampaign', id: string, regionCode: string, year: number, questionnaireOpensAt: string, questionnaireClosesAt: string, applicationsOpenAt: string, applicationsCloseAt: string, requiredHours: number, allocatedAt: string, questionnaireOpenNow: boolean, applicationsOpenNow: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionMunicipalitiesQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
}>;


export type RegionMunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', id: string, name: string, kind: MunicipalityKind }> };

export type RegionSchoolsPageQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionSchoolsPageQuery = { __typename?: 'Query', regionalSchools: { __typename?: 'RegionalSchoolConnection', totalCount: number, edges: Array<{ __typename?: 'RegionalSchoolEdge', node: { __typename?: 'RegionalSchool', id: string, municipalityId: string, regionCode: string, code: string, name: string, kind: SchoolKind } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RegionTeachersPageQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionTeachersPageQuery = { __typename?: 'Query', regionalTeachers: { __typename?: 'RegionalTeacherConnection', totalCount: number, edges: Array<{ __typename?: 'RegionalTeacherEdge', node: { __typename?: 'RegionalTeacher', id: string, schoolId: string, municipalityId: string, snils: string, familyName: string, givenName: string, middleName: string, profileComplete: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RegionQuotasQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RegionQuotasQuery = { __typename?: 'Query', regionalQuotas: Array<{ __typename?: 'QuotaUsage', municipalityId: string, schoolId: string, count: number, used: number }> };

export type RegionSetQuotasMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  quotas: Array<QuotaInput> | QuotaInput;
}>;


export type RegionSetQuotasMutation = { __typename?: 'Mutation', setRegionalQuotas: { __typename: 'QuotaList', quotas: Array<{ __typename?: 'QuotaUsage', municipalityId: string, schoolId: string, count: number, used: number }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionCreateMunicipalityMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  kind: MunicipalityKind;
}>;


export type RegionCreateMunicipalityMutation = { __typename?: 'Mutation', createMunicipality: { __typename: 'MunicipalityPayload', created: boolean, municipality: { __typename?: 'Municipality', id: string, name: string, kind: MunicipalityKind } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionImportReportFragment = { __typename?: 'ImportReport', created: number, updated: number, unchanged: number, rejected: Array<{ __typename?: 'RejectedRow', row: number, code: string, reason: string }> };

export type RegionImportSchoolsMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  csv: Scalars['String']['input'];
}>;


export type RegionImportSchoolsMutation = { __typename?: 'Mutation', importRegionalSchools: { __typename: 'ImportReport', created: number, updated: number, unchanged: number, rejected: Array<{ __typename?: 'RejectedRow', row: number, code: string, reason: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionImportTeachersMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  csv: Scalars['String']['input'];
}>;


export type RegionImportTeachersMutation = { __typename?: 'Mutation', importRegionalTeachers: { __typename: 'ImportReport', created: number, updated: number, unchanged: number, rejected: Array<{ __typename?: 'RejectedRow', row: number, code: string, reason: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionRunAllocationMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type RegionRunAllocationMutation = { __typename?: 'Mutation', runAllocation: { __typename: 'AllocationSummary', campaignId: string, granted: number, notGranted: number, allocatedAt: string, ranNow: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionAllocationReportQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  notGrantedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionAllocationReportQuery = { __typename?: 'Query', allocationReport: { __typename?: 'AllocationOutcomeConnection', totalCount: number, summary: { __typename?: 'AllocationSummary', granted: number, notGranted: number, allocatedAt: string }, edges: Array<{ __typename?: 'AllocationOutcomeEdge', node: { __typename?: 'AllocationOutcome', teacherId: string, teacherName: string, schoolId: string, municipalityId: string, granted: boolean, numberCode: string, reason: AllocationReason, reasonText: string, rank: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RegionReportCountsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RegionReportCountsQuery = { __typename?: 'Query', allocation: { __typename?: 'AllocationOutcomeConnection', summary: { __typename?: 'AllocationSummary', granted: number, notGranted: number, allocatedAt: string }, refusalsByReason: Array<{ __typename?: 'RefusalCount', reason: RefusalReason, reasonText: string, count: number }> }, assigned: { __typename?: 'NumberHoldingConnection', totalCount: number }, drafts: { __typename?: 'NumberHoldingConnection', totalCount: number }, submitted: { __typename?: 'NumberHoldingConnection', totalCount: number }, completed: { __typename?: 'NumberHoldingConnection', totalCount: number }, free: { __typename?: 'NumberHoldingConnection', totalCount: number }, refused: { __typename?: 'NumberHoldingConnection', totalCount: number }, applications: { __typename?: 'RegionalApplicationConnection', totalCount: number }, completions: { __typename?: 'CompletionDocumentConnection', totalCount: number } };

export type RegionExportQueryVariables = Exact<{
  kind: ReportKind;
  filter?: InputMaybe<RegionalFilter>;
}>;


export type RegionExportQuery = { __typename?: 'Query', regionalExport: { __typename?: 'ReportExport', contentBase64: string, filename: string, contentType: string, rows: number } };

export type RegionQuestionPartsFragment = { __typename?: 'Question', id: string, text: string, kind: QuestionKind, options: Array<string>, required: boolean };

export type RegionQuestionnaireQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type RegionQuestionnaireQuery = { __typename?: 'Query', questionnaire: { __typename?: 'Questionnaire', questions: Array<{ __typename?: 'Question', id: string, text: string, kind: QuestionKind, options: Array<string>, required: boolean }> } };

export type RegionSetQuestionnaireMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  questions: Array<QuestionInput> | QuestionInput;
}>;


export type RegionSetQuestionnaireMutation = { __typename?: 'Mutation', setQuestionnaire: { __typename: 'QuestionList', questions: Array<{ __typename?: 'Question', id: string, text: string, kind: QuestionKind, options: Array<string>, required: boolean }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RegionAuditQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionAuditQuery = { __typename?: 'Query', regionalAudit: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, at: string, action: string, entityType: string, entityId: string, schoolId: string, municipalityId: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RequestableTrainingUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestableTrainingUnitsQuery = { __typename?: 'Query', smkTrainingUnits: Array<{ __typename?: 'TrainingUnit', id: string, name: string, city: string, voivodeship: string }> };

export type SchoolGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolGrantsQuery = { __typename?: 'Query', myGrants: Array<{ __typename?: 'RoleGrant', role: string, scope: string }> };

export type SchoolsInScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolsInScopeQuery = { __typename?: 'Query', regionalSchools: { __typename?: 'RegionalSchoolConnection', edges: Array<{ __typename?: 'RegionalSchoolEdge', node: { __typename?: 'RegionalSchool', id: string, code: string, name: string, regionCode: string, municipalityId: string } }> } };

export type SchoolTeacherPartsFragment = { __typename?: 'RegionalTeacher', id: string, schoolId: string, familyName: string, givenName: string, middleName: string, snils: string, profileComplete: boolean, missingProfileFields: Array<string> };

export type HoldingPartsFragment = { __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, campaignId: string, year: number, schoolId: string, teacherId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, applicationId: string, updatedAt: string };

export type SchoolCandidatesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolCandidatesQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', totalCount: number, edges: Array<{ __typename?: 'CandidateEdge', node: { __typename?: 'Candidate', decision: CandidateDecision, yearsSinceTraining?: number | null, neverTrained: boolean, budgetNumberWithinThreeYears: boolean, decidedAt: string, numberStatus?: NumberStatus | null, teacher: { __typename?: 'RegionalTeacher', id: string, schoolId: string, familyName: string, givenName: string, middleName: string, snils: string, profileComplete: boolean, missingProfileFields: Array<string> } } }> } };

export type SchoolDecideCandidatesMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  teacherIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  decision: CandidateDecision;
}>;


export type SchoolDecideCandidatesMutation = { __typename?: 'Mutation', decideCandidates: { __typename: 'CandidateList', items: Array<{ __typename?: 'Candidate', decision: CandidateDecision, numberStatus?: NumberStatus | null, teacher: { __typename?: 'RegionalTeacher', id: string } }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type SchoolQuestionnaireResponsesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolQuestionnaireResponsesQuery = { __typename?: 'Query', questionnaireResponses: { __typename?: 'QuestionnaireResponseConnection', totalCount: number, answeredTotal: number, edges: Array<{ __typename?: 'QuestionnaireResponseEdge', node: { __typename?: 'QuestionnaireResponse', answered: boolean, answeredAt: string, filledBy: string, teacher: { __typename?: 'RegionalTeacher', id: string, schoolId: string, familyName: string, givenName: string, middleName: string, snils: string, profileComplete: boolean, missingProfileFields: Array<string> }, answers: Array<{ __typename?: 'Answer', questionId: string, values: Array<string> }> } }> } };

export type SchoolNumbersQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolNumbersQuery = { __typename?: 'Query', uniqueNumbers: { __typename?: 'NumberHoldingConnection', totalCount: number, edges: Array<{ __typename?: 'NumberHoldingEdge', node: { __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, campaignId: string, year: number, schoolId: string, teacherId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, applicationId: string, updatedAt: string } }> }, schoolPool: { __typename?: 'SchoolPool', freeCount: number, message: string, freeNumbers: Array<{ __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, campaignId: string, year: number, schoolId: string, teacherId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, applicationId: string, updatedAt: string }> } };

export type SchoolReassignNumberMutationVariables = Exact<{
  numberId: Scalars['ID']['input'];
  teacherId: Scalars['ID']['input'];
}>;


export type SchoolReassignNumberMutation = { __typename?: 'Mutation', reassignNumber: { __typename: 'NumberChange', freeInSchoolPool: number, holding: { __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, campaignId: string, year: number, schoolId: string, teacherId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, applicationId: string, updatedAt: string } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type SchoolApplicationsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolApplicationsQuery = { __typename?: 'Query', regionalApplications: { __typename?: 'RegionalApplicationConnection', totalCount: number, edges: Array<{ __typename?: 'RegionalApplicationEdge', node: { __typename?: 'RegionalApplication', id: string, teacherId: string, teacherName: string, numberCode: string, status: RegionalApplicationStatus, passportMasked: string, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string } }> } };

export type SchoolCompletionsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolCompletionsQuery = { __typename?: 'Query', completionDocuments: { __typename?: 'CompletionDocumentConnection', totalCount: number, edges: Array<{ __typename?: 'CompletionDocumentEdge', node: { __typename?: 'CompletionDocument', id: string, teacherId: string, teacherName: string, campaignId: string, numberCode: string, documentType: string, series: string, number: string, issuedOn: string, hours: number, organisation: string, programme: string, recordedAt: string } }> } };

export type SchoolRecordCompletionMutationVariables = Exact<{
  input: CompletionInput;
}>;


export type SchoolRecordCompletionMutation = { __typename?: 'Mutation', recordCompletion: { __typename: 'RecordCompletionPayload', created: boolean, document: { __typename?: 'CompletionDocument', id: string }, closedNumber?: { __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, campaignId: string, year: number, schoolId: string, teacherId: string, teacherName: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, applicationId: string, updatedAt: string } | null } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type SmkCardPartsFragment = { __typename?: 'TrainingCard', id: string, unitId: string, unitName: string, specialty: string, programmeVersion: number, programmeTitle: string, mode: string, startedOn: string, complete: boolean, pendingEntries: number, modules: Array<{ __typename?: 'ModuleProgress', code: string, title: string, kind: string, requirementsMet: boolean, completed: boolean, completedAt?: string | null, requirements: Array<{ __typename?: 'RequirementProgress', kind: string, code: string, title: string, required: number, confirmed: number }> }> };

export type MyTrainingCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrainingCardsQuery = { __typename?: 'Query', myTrainingCards: Array<{ __typename?: 'TrainingCard', id: string, unitId: string, unitName: string, specialty: string, programmeVersion: number, programmeTitle: string, mode: string, startedOn: string, complete: boolean, pendingEntries: number, modules: Array<{ __typename?: 'ModuleProgress', code: string, title: string, kind: string, requirementsMet: boolean, completed: boolean, completedAt?: string | null, requirements: Array<{ __typename?: 'RequirementProgress', kind: string, code: string, title: string, required: number, confirmed: number }> }> }> };

export type SmkTrainingCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SmkTrainingCardQuery = { __typename?: 'Query', trainingCard: { __typename: 'TrainingCard', id: string, unitId: string, unitName: string, specialty: string, programmeVersion: number, programmeTitle: string, mode: string, startedOn: string, complete: boolean, pendingEntries: number, entries: Array<{ __typename?: 'CardEntry', id: string, moduleCode: string, kind: EntryKind, elementCode: string, quantity: number, performedOn: string, patientCode: string, catalogElementId: string, status: EntryStatus, returnReason: string, decidedBy: string, decidedAt?: string | null, createdAt: string }>, modules: Array<{ __typename?: 'ModuleProgress', code: string, title: string, kind: string, requirementsMet: boolean, completed: boolean, completedAt?: string | null, requirements: Array<{ __typename?: 'RequirementProgress', kind: string, code: string, title: string, required: number, confirmed: number }> }> } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type UnitTrainingCardsQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  pendingOnly: Scalars['Boolean']['input'];
}>;


export type UnitTrainingCardsQuery = { __typename?: 'Query', unitTrainingCards: Array<{ __typename?: 'TrainingCard', traineePersonId: string, id: string, unitId: string, unitName: string, specialty: string, programmeVersion: number, programmeTitle: string, mode: string, startedOn: string, complete: boolean, pendingEntries: number, modules: Array<{ __typename?: 'ModuleProgress', code: string, title: string, kind: string, requirementsMet: boolean, completed: boolean, completedAt?: string | null, requirements: Array<{ __typename?: 'RequirementProgress', kind: string, code: string, title: string, required: number, confirmed: number }> }> }> };

export type MySmkGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySmkGrantsQuery = { __typename?: 'Query', myGrants: Array<{ __typename?: 'RoleGrant', role: string, scope: string }> };

export type AddCardEntryMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
  entry: CardEntryInput;
  key: Scalars['String']['input'];
}>;


export type AddCardEntryMutation = { __typename?: 'Mutation', addCardEntry: { __typename: 'CardEntryChange', entry: { __typename?: 'CardEntry', id: string, status: EntryStatus }, card: { __typename?: 'TrainingCard', id: string, pendingEntries: number } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ReviewCardEntryMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
  entryId: Scalars['ID']['input'];
  confirm: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReviewCardEntryMutation = { __typename?: 'Mutation', reviewCardEntry: { __typename: 'CardEntryChange', entry: { __typename?: 'CardEntry', id: string, status: EntryStatus, returnReason: string }, card: { __typename?: 'TrainingCard', id: string, pendingEntries: number } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ConfirmModuleMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
  moduleCode: Scalars['String']['input'];
}>;


export type ConfirmModuleMutation = { __typename?: 'Mutation', confirmModule: { __typename: 'TrainingCard', id: string, complete: boolean } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type ExamApplicationsQueryVariables = Exact<{
  session: Scalars['String']['input'];
  status?: InputMaybe<ExamApplicationStatus>;
}>;


export type ExamApplicationsQuery = { __typename?: 'Query', examApplications: Array<{ __typename?: 'ExamApplication', id: string, cardId: string, traineePersonId: string, specialty: string, session: string, status: ExamApplicationStatus, returnReason: string, submittedAt: string, decidedAt?: string | null }> };

export type ApplyForExamMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
  session: Scalars['String']['input'];
  key: Scalars['String']['input'];
}>;


export type ApplyForExamMutation = { __typename?: 'Mutation', applyForExam: { __typename: 'ExamApplication', id: string, status: ExamApplicationStatus, session: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type DecideExamApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideExamApplicationMutation = { __typename?: 'Mutation', decideExamApplication: { __typename: 'ExamApplication', id: string, status: ExamApplicationStatus, returnReason: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type SmkProgrammesAndUnitsQueryVariables = Exact<{
  specialty: Scalars['String']['input'];
}>;


export type SmkProgrammesAndUnitsQuery = { __typename?: 'Query', smkProgrammes: Array<{ __typename?: 'Programme', specialty: string, specialtyName: string, title: string, version: number }>, smkTrainingUnits: Array<{ __typename?: 'TrainingUnit', id: string, name: string, city: string, voivodeship: string }> };

export type OpenTrainingCardMutationVariables = Exact<{
  unitId: Scalars['ID']['input'];
  specialty: Scalars['String']['input'];
  mode: Scalars['String']['input'];
  startedOn: Scalars['Date']['input'];
}>;


export type OpenTrainingCardMutation = { __typename?: 'Mutation', openTrainingCard: { __typename: 'TrainingCard', id: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type QualificationSessionPartsFragment = { __typename?: 'QualificationSession', id: string, year: number, term: QualificationTerm, rulesVersion: string, rulesSource: string, applicationsOpenOn: string, applicationsCloseOn: string, round: number, maxVariants: number, maxUnitsPerVariant: number };

export type QualificationResultPartsFragment = { __typename?: 'QualificationResult', applicationId: string, round: number, rank: number, score: string, outcome: QualificationOutcome, variantNumber: number, explanation: string, place?: { __typename?: 'QualificationPlace', specialty: string, voivodeship: string, mode: TrainingMode } | null };

export type QualificationSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type QualificationSessionsQuery = { __typename?: 'Query', qualificationSessions: Array<{ __typename?: 'QualificationSession', id: string, year: number, term: QualificationTerm, rulesVersion: string, rulesSource: string, applicationsOpenOn: string, applicationsCloseOn: string, round: number, maxVariants: number, maxUnitsPerVariant: number }> };

export type QualificationPlacesQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  voivodeship: Scalars['String']['input'];
}>;


export type QualificationPlacesQuery = { __typename?: 'Query', qualificationPlaces: Array<{ __typename?: 'QualificationPlace', specialty: string, voivodeship: string, mode: TrainingMode, places: number, unitIds: Array<string> }> };

export type MyQualificationResultQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type MyQualificationResultQuery = { __typename?: 'Query', myQualificationResult: { __typename: 'MyQualificationResult', application: { __typename?: 'QualificationApplication', id: string, score: string, examPercent: string, additionalPoints: string, submittedAt: string, withdrawnAt?: string | null, variants: Array<{ __typename?: 'QualificationVariant', specialty: string, voivodeship: string, mode: TrainingMode, unitIds: Array<string> }> }, result?: { __typename?: 'QualificationResult', applicationId: string, round: number, rank: number, score: string, outcome: QualificationOutcome, variantNumber: number, explanation: string, place?: { __typename?: 'QualificationPlace', specialty: string, voivodeship: string, mode: TrainingMode } | null } | null } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type QualificationListQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  voivodeship: Scalars['String']['input'];
}>;


export type QualificationListQuery = { __typename?: 'Query', qualificationList: { __typename: 'QualificationList', round: number, publishedAt?: string | null, results: Array<{ __typename?: 'QualificationResult', applicationId: string, round: number, rank: number, score: string, outcome: QualificationOutcome, variantNumber: number, explanation: string, place?: { __typename?: 'QualificationPlace', specialty: string, voivodeship: string, mode: TrainingMode } | null }> } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type OpenQualificationSessionMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  term: QualificationTerm;
}>;


export type OpenQualificationSessionMutation = { __typename?: 'Mutation', openQualificationSession: { __typename: 'QualificationSession', id: string, year: number, term: QualificationTerm, rulesVersion: string, rulesSource: string, applicationsOpenOn: string, applicationsCloseOn: string, round: number, maxVariants: number, maxUnitsPerVariant: number } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type SetQualificationPlacesMutationVariables = Exact<{
  input: QualificationPlacesInput;
}>;


export type SetQualificationPlacesMutation = { __typename?: 'Mutation', setQualificationPlaces: { __typename: 'QualificationPlace', specialty: string, voivodeship: string, mode: TrainingMode, places: number, unitIds: Array<string> } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type SubmitQualificationApplicationMutationVariables = Exact<{
  input: QualificationApplicationInput;
}>;


export type SubmitQualificationApplicationMutation = { __typename?: 'Mutation', submitQualificationApplication: { __typename: 'QualificationApplication', id: string, score: string } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type WithdrawQualificationApplicationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type WithdrawQualificationApplicationMutation = { __typename?: 'Mutation', withdrawQualificationApplication: { __typename: 'QualificationApplication', id: string, withdrawnAt?: string | null } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type ComputeQualificationListsMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type ComputeQualificationListsMutation = { __typename?: 'Mutation', computeQualificationLists: { __typename: 'ComputedQualificationLists', assigned: number, unassigned: number, session: { __typename?: 'QualificationSession', id: string, year: number, term: QualificationTerm, rulesVersion: string, rulesSource: string, applicationsOpenOn: string, applicationsCloseOn: string, round: number, maxVariants: number, maxUnitsPerVariant: number } } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type PublishQualificationListMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  voivodeship: Scalars['String']['input'];
}>;


export type PublishQualificationListMutation = { __typename?: 'Mutation', publishQualificationList: { __typename: 'QualificationListPublication', round: number, publishedAt: string } | { __typename: 'UserError', code: ErrorCode, message: string } };

export type ConsentVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentVersionsQuery = { __typename?: 'Query', consentTexts: Array<{ __typename?: 'ConsentText', kind: ConsentKind, version: string }> };

export type SupportRequestPartsFragment = { __typename?: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string };

export type SupportThreadPartsFragment = { __typename?: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> };

export type SupportQueueQueryVariables = Exact<{
  status?: InputMaybe<SupportStatus>;
  topic?: InputMaybe<SupportTopic>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupportQueueQuery = { __typename?: 'Query', supportRequests: { __typename?: 'SupportRequestConnection', totalCount: number, edges: Array<{ __typename?: 'SupportRequestEdge', node: { __typename?: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MySupportRequestsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MySupportRequestsQuery = { __typename?: 'Query', mySupportRequests: { __typename?: 'SupportRequestConnection', totalCount: number, edges: Array<{ __typename?: 'SupportRequestEdge', node: { __typename?: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SupportThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportThreadQuery = { __typename?: 'Query', supportRequest: { __typename: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type PostSupportMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  resolve: Scalars['Boolean']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type PostSupportMessageMutation = { __typename?: 'Mutation', postSupportMessage: { __typename: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type OpenSupportRequestMutationVariables = Exact<{
  input: SupportRequestInput;
}>;


export type OpenSupportRequestMutation = { __typename?: 'Mutation', openSupportRequest: { __typename: 'SupportRequest', id: string, personId: string, topic: SupportTopic, subject: string, contextReference: string, providerId?: string | null, status: SupportStatus, createdAt: string, updatedAt: string, messages: Array<{ __typename?: 'SupportMessage', id: string, authorKind: SupportAuthorKind, text: string, createdAt: string }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type TeacherProfilePartsFragment = { __typename?: 'TeacherProfile', birthYear?: number | null, position: string, subjects: Array<string>, qualificationCategory: string, lastTrainingOn: string, lastTrainingTopic: string, lastTrainingOrganisation: string, neverTrained: boolean, lastRetrainingOn: string, lastRetrainingYear?: number | null, lastRetrainingTopic: string, noRetraining: boolean, teachingSinceYear?: number | null, graduationYear?: number | null, phone: string };

export type MyTeacherProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTeacherProfileQuery = { __typename?: 'Query', myTeacherProfile: { __typename?: 'RegionalTeacher', id: string, schoolId: string, regionCode: string, familyName: string, givenName: string, middleName: string, profileComplete: boolean, missingProfileFields: Array<string>, profile: { __typename?: 'TeacherProfile', birthYear?: number | null, position: string, subjects: Array<string>, qualificationCategory: string, lastTrainingOn: string, lastTrainingTopic: string, lastTrainingOrganisation: string, neverTrained: boolean, lastRetrainingOn: string, lastRetrainingYear?: number | null, lastRetrainingTopic: string, noRetraining: boolean, teachingSinceYear?: number | null, graduationYear?: number | null, phone: string } } };

export type TeacherProfileOfQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type TeacherProfileOfQuery = { __typename?: 'Query', regionalTeachers: { __typename?: 'RegionalTeacherConnection', edges: Array<{ __typename?: 'RegionalTeacherEdge', node: { __typename?: 'RegionalTeacher', id: string, familyName: string, givenName: string, middleName: string, profileComplete: boolean, missingProfileFields: Array<string>, profile: { __typename?: 'TeacherProfile', birthYear?: number | null, position: string, subjects: Array<string>, qualificationCategory: string, lastTrainingOn: string, lastTrainingTopic: string, lastTrainingOrganisation: string, neverTrained: boolean, lastRetrainingOn: string, lastRetrainingYear?: number | null, lastRetrainingTopic: string, noRetraining: boolean, teachingSinceYear?: number | null, graduationYear?: number | null, phone: string } } }> } };

export type UpdateTeacherProfileMutationVariables = Exact<{
  profile: TeacherProfileInput;
  teacherId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpdateTeacherProfileMutation = { __typename?: 'Mutation', updateMyTeacherProfile: { __typename: 'RegionalTeacher', id: string, profileComplete: boolean, missingProfileFields: Array<string>, profile: { __typename?: 'TeacherProfile', birthYear?: number | null, position: string, subjects: Array<string>, qualificationCategory: string, lastTrainingOn: string, lastTrainingTopic: string, lastTrainingOrganisation: string, neverTrained: boolean, lastRetrainingOn: string, lastRetrainingYear?: number | null, lastRetrainingTopic: string, noRetraining: boolean, teachingSinceYear?: number | null, graduationYear?: number | null, phone: string } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type CampaignQuestionnaireQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignQuestionnaireQuery = { __typename?: 'Query', questionnaire: { __typename?: 'Questionnaire', answeredAt: string, questions: Array<{ __typename?: 'Question', id: string, text: string, kind: QuestionKind, options: Array<string>, required: boolean }>, myAnswers: Array<{ __typename?: 'Answer', questionId: string, values: Array<string> }> } };

export type AnswerQuestionnaireMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  answers: Array<AnswerInput> | AnswerInput;
  teacherId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AnswerQuestionnaireMutation = { __typename?: 'Mutation', answerQuestionnaire: { __typename: 'AnswersPayload', answeredAt: string, filledBy: string, answers: Array<{ __typename?: 'Answer', questionId: string, values: Array<string> }> } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type TeacherApplicationPartsFragment = { __typename?: 'RegionalApplication', id: string, status: RegionalApplicationStatus, numberCode: string, passportMasked: string, passportFilled: boolean, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string };

export type MyCampaignStatusQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type MyCampaignStatusQuery = { __typename?: 'Query', myCampaignStatus: { __typename?: 'MyCampaignStatus', candidate: boolean, decision: CandidateDecision, holding?: { __typename?: 'NumberHolding', holdingId: string, numberId: string, numberCode: string, status: NumberStatus, statusText: string, refusalReason?: RefusalReason | null, refusalText: string, refusalNote: string, updatedAt: string } | null, application?: { __typename?: 'RegionalApplication', id: string, status: RegionalApplicationStatus, numberCode: string, passportMasked: string, passportFilled: boolean, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string } | null, campaign: { __typename?: 'RegionalCampaign', id: string, year: number, requiredHours: number, applicationsOpenNow: boolean, applicationsOpenAt: string, applicationsCloseAt: string } } };

export type TeachersCoursesQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
}>;


export type TeachersCoursesQuery = { __typename?: 'Query', catalog: { __typename?: 'CatalogConnection', edges: Array<{ __typename?: 'ElementEdge', node: { __typename?: 'Element', id: string, title: string, zet: number, cycles: Array<{ __typename?: 'ProgramCycle', id: string, startsOn: string, endsOn: string, place: string, seats: Array<{ __typename?: 'SeatCount', basis: SeatBasis, total: number, free: number, priceKopecks: number }> }> } }> } };

export type SaveRegionalApplicationMutationVariables = Exact<{
  input: RegionalApplicationInput;
}>;


export type SaveRegionalApplicationMutation = { __typename?: 'Mutation', saveRegionalApplication: { __typename: 'SaveApplicationPayload', application?: { __typename?: 'RegionalApplication', id: string, status: RegionalApplicationStatus, numberCode: string, passportMasked: string, passportFilled: boolean, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string } | null, holding: { __typename?: 'NumberHolding', holdingId: string, status: NumberStatus, statusText: string, refusalText: string } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type SubmitRegionalApplicationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type SubmitRegionalApplicationMutation = { __typename?: 'Mutation', submitRegionalApplication: { __typename: 'RegionalApplication', id: string, status: RegionalApplicationStatus, numberCode: string, passportMasked: string, passportFilled: boolean, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type CancelRegionalApplicationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type CancelRegionalApplicationMutation = { __typename?: 'Mutation', cancelRegionalApplication: { __typename: 'RegionalApplication', id: string, status: RegionalApplicationStatus, numberCode: string, passportMasked: string, passportFilled: boolean, phone: string, position: string, subject: string, qualificationCategory: string, courseId: string, groupIds: Array<string>, totalHours: number, submittedAt: string, updatedAt: string } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type RefuseNumberMutationVariables = Exact<{
  holdingId: Scalars['ID']['input'];
  reason: RefusalReason;
  note: Scalars['String']['input'];
}>;


export type RefuseNumberMutation = { __typename?: 'Mutation', refuseNumber: { __typename: 'NumberChange', freeInSchoolPool: number, holding: { __typename?: 'NumberHolding', holdingId: string, status: NumberStatus, statusText: string, refusalText: string, refusalNote: string } } | { __typename: 'UserError', code: ErrorCode, message: string, field?: string | null } };

export type MyCompletionDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompletionDocumentsQuery = { __typename?: 'Query', myCompletionDocuments: Array<{ __typename?: 'CompletionDocument', id: string, numberCode: string, documentType: string, series: string, number: string, issuedOn: string, hours: number, organisation: string, programme: string, recordedAt: string }> };

export const RoleRequestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterSnils"}},{"kind":"Field","name":{"kind":"Name","value":"requesterPesel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]} as unknown as DocumentNode<RoleRequestPartsFragment, unknown>;
export const ResultWaitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultWaitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultWait"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}}]}}]}}]} as unknown as DocumentNode<ResultWaitFieldsFragment, unknown>;
export const ProviderCyclePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]} as unknown as DocumentNode<ProviderCyclePartsFragment, unknown>;
export const ProviderElementPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]} as unknown as DocumentNode<ProviderElementPartsFragment, unknown>;
export const RegionCampaignPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionCampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}}]}}]} as unknown as DocumentNode<RegionCampaignPartsFragment, unknown>;
export const RegionImportReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RegionImportReportFragment, unknown>;
export const RegionQuestionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionQuestionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]} as unknown as DocumentNode<RegionQuestionPartsFragment, unknown>;
export const SchoolTeacherPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTeacherParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalTeacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}}]}}]} as unknown as DocumentNode<SchoolTeacherPartsFragment, unknown>;
export const HoldingPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberHolding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HoldingPartsFragment, unknown>;
export const SmkCardPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmkCardParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"programmeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<SmkCardPartsFragment, unknown>;
export const QualificationSessionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationSessionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rulesSource"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"maxVariants"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnitsPerVariant"}}]}}]} as unknown as DocumentNode<QualificationSessionPartsFragment, unknown>;
export const QualificationResultPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"variantNumber"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<QualificationResultPartsFragment, unknown>;
export const SupportRequestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupportRequestPartsFragment, unknown>;
export const SupportThreadPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupportThreadPartsFragment, unknown>;
export const TeacherProfilePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"noRetraining"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<TeacherProfilePartsFragment, unknown>;
export const TeacherApplicationPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherApplicationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"passportFilled"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TeacherApplicationPartsFragment, unknown>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEmailSent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snils"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"snils"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snils"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequested"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoggedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const MySpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySpecialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySpecialtiesQuery, MySpecialtiesQueryVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snils"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"snils"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snils"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snils"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"snils"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snils"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRevoke"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const RoleRequestsToDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleRequestsToDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleRequestsToDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRequestParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterSnils"}},{"kind":"Field","name":{"kind":"Name","value":"requesterPesel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]} as unknown as DocumentNode<RoleRequestsToDecideQuery, RoleRequestsToDecideQueryVariables>;
export const DecideRoleRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRoleRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refusalReason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRoleRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"refusalReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refusalReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRequestParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterSnils"}},{"kind":"Field","name":{"kind":"Name","value":"requesterPesel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]} as unknown as DocumentNode<DecideRoleRequestMutation, DecideRoleRequestMutationVariables>;
export const MyRoleRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRoleRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRoleRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRequestParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterSnils"}},{"kind":"Field","name":{"kind":"Name","value":"requesterPesel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]} as unknown as DocumentNode<MyRoleRequestsQuery, MyRoleRequestsQueryVariables>;
export const RequestRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleRequestParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterSnils"}},{"kind":"Field","name":{"kind":"Name","value":"requesterPesel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]} as unknown as DocumentNode<RequestRoleMutation, RequestRoleMutationVariables>;
export const LoadRegisterExtractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadRegisterExtract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadRegisterExtract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterExtractPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LoadRegisterExtractMutation, LoadRegisterExtractMutationVariables>;
export const ReviewsToModerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewsToModerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsToModerateQuery, ReviewsToModerateQueryVariables>;
export const HideReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hidden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HideReviewMutation, HideReviewMutationVariables>;
export const CatalogSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFilters"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"countsForCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsCapped"}}]}}]}}]} as unknown as DocumentNode<CatalogSearchQuery, CatalogSearchQueryVariables>;
export const CatalogReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regions"},"name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"forms"},"name":{"kind":"Name","value":"reference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FORM_OF_STUDY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CatalogReferencesQuery, CatalogReferencesQueryVariables>;
export const ElementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ElementDetailQuery, ElementDetailQueryVariables>;
export const MyCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"elementKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyCreditsQuery, MyCreditsQueryVariables>;
export const CreditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorClientId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditHistoryQuery, CreditHistoryQueryVariables>;
export const MyCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCodeRedemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyCodesQuery, MyCodesQueryVariables>;
export const RedeemCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"enteredCode"},"name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCodeMutation, RedeemCodeMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"targetZet"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyProgramZet"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyEventAndModuleZet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"frmrStatus"}},{"kind":"Field","name":{"kind":"Name","value":"frmrNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalZet"}},{"kind":"Field","name":{"kind":"Name","value":"actualZet"}},{"kind":"Field","name":{"kind":"Name","value":"targetZet"}},{"kind":"Field","name":{"kind":"Name","value":"missingZet"}},{"kind":"Field","name":{"kind":"Name","value":"expectedToDateZet"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"actualZet"}},{"kind":"Field","name":{"kind":"Name","value":"countedZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedZet"}},{"kind":"Field","name":{"kind":"Name","value":"missingZet"}},{"kind":"Field","name":{"kind":"Name","value":"capZet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programZet"}},{"kind":"Field","name":{"kind":"Name","value":"eventAndModuleZet"}},{"kind":"Field","name":{"kind":"Name","value":"totalZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProgramZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedEventAndModuleZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedTotalZet"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationMet"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"countedZet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"countsInSeveralCycles"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultWait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultWaitFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultWaitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultWait"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AccreditationPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccreditationPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditationPortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<AccreditationPortfolioQuery, AccreditationPortfolioQueryVariables>;
export const SpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const AddDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const MunicipalCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateDecision"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"yearsSinceTraining"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"budgetNumberWithinThreeYears"}},{"kind":"Field","name":{"kind":"Name","value":"numberStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalCandidatesQuery, MunicipalCandidatesQueryVariables>;
export const MunicipalDecideCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MunicipalDecideCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateDecision"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teacherIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalDecideCandidatesMutation, MunicipalDecideCandidatesMutationVariables>;
export const MunicipalNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NumberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalNumbersQuery, MunicipalNumbersQueryVariables>;
export const MunicipalityOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityOwn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalitiesById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityOwnQuery, MunicipalityOwnQueryVariables>;
export const MunicipalRefusalsByReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalRefusalsByReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusalsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalRefusalsByReasonQuery, MunicipalRefusalsByReasonQueryVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"elementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCycleIds"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultWait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultWaitFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"programCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultWaitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultWait"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}}]}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const AddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"elementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const RemovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"elementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePlanItemPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePlanItemMutation, RemovePlanItemMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"programCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const ProviderGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<ProviderGrantsQuery, ProviderGrantsQueryVariables>;
export const ProviderElementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderElements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ElementKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"NullValue"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderElementsQuery, ProviderElementsQueryVariables>;
export const ProviderElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderElementQuery, ProviderElementQueryVariables>;
export const ProviderCreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderCreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"program"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"program"},"value":{"kind":"Variable","name":{"kind":"Name","value":"program"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderCreateProgramMutation, ProviderCreateProgramMutationVariables>;
export const ProviderCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderCreateEventMutation, ProviderCreateEventMutationVariables>;
export const ProviderCreateModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderCreateModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"module"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"module"},"value":{"kind":"Variable","name":{"kind":"Name","value":"module"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderCreateModuleMutation, ProviderCreateModuleMutationVariables>;
export const ProviderUpdateElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderUpdateElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"element"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElementUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"element"},"value":{"kind":"Variable","name":{"kind":"Name","value":"element"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderElementParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderElementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"mainSpecialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalSpecialtyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCodes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"formOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLearning"}},{"kind":"Field","name":{"kind":"Name","value":"eventFormat"}},{"kind":"Field","name":{"kind":"Name","value":"moduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsFree"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceControl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]} as unknown as DocumentNode<ProviderUpdateElementMutation, ProviderUpdateElementMutationVariables>;
export const ProviderSaveCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderSaveCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycleInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgramCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycle"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]} as unknown as DocumentNode<ProviderSaveCycleMutation, ProviderSaveCycleMutationVariables>;
export const ProviderPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderPublishMutation, ProviderPublishMutationVariables>;
export const ProviderWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Element"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderWithdrawMutation, ProviderWithdrawMutationVariables>;
export const ProviderApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"programCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCycleParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCycleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]} as unknown as DocumentNode<ProviderApplicationsQuery, ProviderApplicationsQueryVariables>;
export const ProviderAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderAcceptMutation, ProviderAcceptMutationVariables>;
export const ProviderRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderRejectMutation, ProviderRejectMutationVariables>;
export const ProviderPostResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderPostResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sequence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seriesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sequence"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostedBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderPostResultsMutation, ProviderPostResultsMutationVariables>;
export const ProviderLatenessSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderLatenessSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerLateness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resultsWithDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"lateResults"}},{"kind":"Field","name":{"kind":"Name","value":"totalDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysLate"}}]}}]}}]} as unknown as DocumentNode<ProviderLatenessSummaryQuery, ProviderLatenessSummaryQueryVariables>;
export const ProviderCreditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCreditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditHistory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCreditHistoryQuery, ProviderCreditHistoryQueryVariables>;
export const ProviderVoidCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderVoidCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderVoidCreditMutation, ProviderVoidCreditMutationVariables>;
export const ProviderCorrectCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderCorrectCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zet"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"completedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"zet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zet"}}},{"kind":"Argument","name":{"kind":"Name","value":"completedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"completedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCorrectCreditMutation, ProviderCorrectCreditMutationVariables>;
export const ProviderEventCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderEventCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailStatus"}}]}}]}}]} as unknown as DocumentNode<ProviderEventCodesQuery, ProviderEventCodesQueryVariables>;
export const ProviderIssueCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderIssueCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssuedCodes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderIssueCodesMutation, ProviderIssueCodesMutationVariables>;
export const ProviderUploadAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderUploadAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snils"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"snils"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snils"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"invalidSnils"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderUploadAttendanceMutation, ProviderUploadAttendanceMutationVariables>;
export const ProviderErrorReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderErrorReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"elementTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderErrorReportsQuery, ProviderErrorReportsQueryVariables>;
export const ProviderCloseErrorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderCloseErrorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeErrorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCloseErrorReportMutation, ProviderCloseErrorReportMutationVariables>;
export const ProviderOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerOverdueResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"elementKind"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOverdueQuery, ProviderOverdueQueryVariables>;
export const ProviderReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderReviewsQuery, ProviderReviewsQueryVariables>;
export const ProviderAnswerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderAnswerReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderAnswerReviewMutation, ProviderAnswerReviewMutationVariables>;
export const ProviderSupportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderSupportRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderSupportRequestsQuery, ProviderSupportRequestsQueryVariables>;
export const ProviderSupportThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderSupportThreadQuery, ProviderSupportThreadQueryVariables>;
export const ProviderSupportAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderSupportAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postSupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderSupportAnswerMutation, ProviderSupportAnswerMutationVariables>;
export const RegionOperatorGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOperatorGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<RegionOperatorGrantsQuery, RegionOperatorGrantsQueryVariables>;
export const RegionCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionCampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionCampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}}]}}]} as unknown as DocumentNode<RegionCampaignsQuery, RegionCampaignsQueryVariables>;
export const RegionOpenCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionOpenCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWindowsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requiredHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRegionalCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"windows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windows"}}},{"kind":"Argument","name":{"kind":"Name","value":"requiredHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requiredHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionCampaignParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionCampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}}]}}]} as unknown as DocumentNode<RegionOpenCampaignMutation, RegionOpenCampaignMutationVariables>;
export const RegionUpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionUpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWindowsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requiredHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionalCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"windows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windows"}}},{"kind":"Argument","name":{"kind":"Name","value":"requiredHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requiredHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionCampaignParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionCampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}}]}}]} as unknown as DocumentNode<RegionUpdateCampaignMutation, RegionUpdateCampaignMutationVariables>;
export const RegionCancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionCancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegionalCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionCampaignParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionCampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}}]}}]} as unknown as DocumentNode<RegionCancelCampaignMutation, RegionCancelCampaignMutationVariables>;
export const RegionMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RegionMunicipalitiesQuery, RegionMunicipalitiesQueryVariables>;
export const RegionSchoolsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionSchoolsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegionSchoolsPageQuery, RegionSchoolsPageQueryVariables>;
export const RegionTeachersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTeachersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalTeachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegionTeachersPageQuery, RegionTeachersPageQueryVariables>;
export const RegionQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]} as unknown as DocumentNode<RegionQuotasQuery, RegionQuotasQueryVariables>;
export const RegionSetQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionSetQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRegionalQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quotas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegionSetQuotasMutation, RegionSetQuotasMutationVariables>;
export const RegionCreateMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionCreateMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegionCreateMunicipalityMutation, RegionCreateMunicipalityMutationVariables>;
export const RegionImportSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionImportSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegionalSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionImportReport"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RegionImportSchoolsMutation, RegionImportSchoolsMutationVariables>;
export const RegionImportTeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionImportTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegionalTeachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionImportReport"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RegionImportTeachersMutation, RegionImportTeachersMutationVariables>;
export const RegionRunAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionRunAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"notGranted"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranNow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegionRunAllocationMutation, RegionRunAllocationMutationVariables>;
export const RegionAllocationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAllocationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notGrantedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notGrantedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notGrantedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"notGranted"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegionAllocationReportQuery, RegionAllocationReportQueryVariables>;
export const RegionReportCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionReportCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"allocation"},"name":{"kind":"Name","value":"allocationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"notGranted"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assigned"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ASSIGNED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPLICATION_DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPLICATION_SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"free"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FREE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"refused"},"name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REFUSED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"applications"},"name":{"kind":"Name","value":"regionalApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completions"},"name":{"kind":"Name","value":"completionDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionReportCountsQuery, RegionReportCountsQueryVariables>;
export const RegionExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<RegionExportQuery, RegionExportQueryVariables>;
export const RegionQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionQuestionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionQuestionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]} as unknown as DocumentNode<RegionQuestionnaireQuery, RegionQuestionnaireQueryVariables>;
export const RegionSetQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionSetQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionQuestionParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionQuestionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]} as unknown as DocumentNode<RegionSetQuestionnaireMutation, RegionSetQuestionnaireMutationVariables>;
export const RegionAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegionAuditQuery, RegionAuditQueryVariables>;
export const RequestableTrainingUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestableTrainingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smkTrainingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}}]}}]}}]} as unknown as DocumentNode<RequestableTrainingUnitsQuery, RequestableTrainingUnitsQueryVariables>;
export const SchoolGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<SchoolGrantsQuery, SchoolGrantsQueryVariables>;
export const SchoolsInScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolsInScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsInScopeQuery, SchoolsInScopeQueryVariables>;
export const SchoolCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolTeacherParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"yearsSinceTraining"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"budgetNumberWithinThreeYears"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"numberStatus"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTeacherParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalTeacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}}]}}]} as unknown as DocumentNode<SchoolCandidatesQuery, SchoolCandidatesQueryVariables>;
export const SchoolDecideCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchoolDecideCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateDecision"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teacherIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"numberStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolDecideCandidatesMutation, SchoolDecideCandidatesMutationVariables>;
export const SchoolQuestionnaireResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolQuestionnaireResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolTeacherParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTeacherParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalTeacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}}]}}]} as unknown as DocumentNode<SchoolQuestionnaireResponsesQuery, SchoolQuestionnaireResponsesQueryVariables>;
export const SchoolNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uniqueNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldingParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"freeNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldingParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberHolding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolNumbersQuery, SchoolNumbersQueryVariables>;
export const SchoolReassignNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchoolReassignNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeInSchoolPool"}},{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldingParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberHolding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolReassignNumberMutation, SchoolReassignNumberMutationVariables>;
export const SchoolApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolApplicationsQuery, SchoolApplicationsQueryVariables>;
export const SchoolCompletionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completionDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolCompletionsQuery, SchoolCompletionsQueryVariables>;
export const SchoolRecordCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchoolRecordCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompletionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldingParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberHolding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolRecordCompletionMutation, SchoolRecordCompletionMutationVariables>;
export const MyTrainingCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTrainingCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTrainingCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmkCardParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmkCardParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"programmeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingCardsQuery, MyTrainingCardsQueryVariables>;
export const SmkTrainingCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmkTrainingCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmkCardParts"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moduleCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"elementCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"patientCode"}},{"kind":"Field","name":{"kind":"Name","value":"catalogElementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmkCardParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"programmeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<SmkTrainingCardQuery, SmkTrainingCardQueryVariables>;
export const UnitTrainingCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTrainingCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitTrainingCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmkCardParts"}},{"kind":"Field","name":{"kind":"Name","value":"traineePersonId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmkCardParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"programmeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<UnitTrainingCardsQuery, UnitTrainingCardsQueryVariables>;
export const MySmkGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySmkGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<MySmkGrantsQuery, MySmkGrantsQueryVariables>;
export const AddCardEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCardEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardEntryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCardEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entry"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardEntryChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddCardEntryMutation, AddCardEntryMutationVariables>;
export const ReviewCardEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCardEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCardEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardEntryChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewCardEntryMutation, ReviewCardEntryMutationVariables>;
export const ConfirmModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"moduleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmModuleMutation, ConfirmModuleMutationVariables>;
export const ExamApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"session"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamApplicationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"session"},"value":{"kind":"Variable","name":{"kind":"Name","value":"session"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardId"}},{"kind":"Field","name":{"kind":"Name","value":"traineePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ExamApplicationsQuery, ExamApplicationsQueryVariables>;
export const ApplyForExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"session"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"session"},"value":{"kind":"Variable","name":{"kind":"Name","value":"session"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExamApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"session"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForExamMutation, ApplyForExamMutationVariables>;
export const DecideExamApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExamApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExamApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExamApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DecideExamApplicationMutation, DecideExamApplicationMutationVariables>;
export const SmkProgrammesAndUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmkProgrammesAndUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smkProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smkTrainingUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}}]}}]}}]} as unknown as DocumentNode<SmkProgrammesAndUnitsQuery, SmkProgrammesAndUnitsQueryVariables>;
export const OpenTrainingCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTrainingCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTrainingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OpenTrainingCardMutation, OpenTrainingCardMutationVariables>;
export const QualificationSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualificationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationSessionParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationSessionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rulesSource"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"maxVariants"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnitsPerVariant"}}]}}]} as unknown as DocumentNode<QualificationSessionsQuery, QualificationSessionsQueryVariables>;
export const QualificationPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualificationPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"voivodeship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]} as unknown as DocumentNode<QualificationPlacesQuery, QualificationPlacesQueryVariables>;
export const MyQualificationResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQualificationResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myQualificationResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyQualificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"examPercent"}},{"kind":"Field","name":{"kind":"Name","value":"additionalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationResultParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"variantNumber"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<MyQualificationResultQuery, MyQualificationResultQueryVariables>;
export const QualificationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualificationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"voivodeship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationResultParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"variantNumber"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<QualificationListQuery, QualificationListQueryVariables>;
export const OpenQualificationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenQualificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationTerm"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openQualificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationSessionParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationSessionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rulesSource"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"maxVariants"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnitsPerVariant"}}]}}]} as unknown as DocumentNode<OpenQualificationSessionMutation, OpenQualificationSessionMutationVariables>;
export const SetQualificationPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQualificationPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationPlacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQualificationPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationPlace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetQualificationPlacesMutation, SetQualificationPlacesMutationVariables>;
export const SubmitQualificationApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQualificationApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitQualificationApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitQualificationApplicationMutation, SubmitQualificationApplicationMutationVariables>;
export const WithdrawQualificationApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawQualificationApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawQualificationApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawQualificationApplicationMutation, WithdrawQualificationApplicationMutationVariables>;
export const ComputeQualificationListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeQualificationLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeQualificationLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComputedQualificationLists"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationSessionParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationSessionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rulesSource"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"maxVariants"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnitsPerVariant"}}]}}]} as unknown as DocumentNode<ComputeQualificationListsMutation, ComputeQualificationListsMutationVariables>;
export const PublishQualificationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishQualificationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishQualificationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"voivodeship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voivodeship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationListPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishQualificationListMutation, PublishQualificationListMutationVariables>;
export const ConsentVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsentVersionsQuery, ConsentVersionsQueryVariables>;
export const SupportQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportTopic"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupportQueueQuery, SupportQueueQueryVariables>;
export const MySupportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySupportRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySupportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MySupportRequestsQuery, MySupportRequestsQueryVariables>;
export const SupportThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportThreadQuery, SupportThreadQueryVariables>;
export const PostSupportMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostSupportMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postSupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolve"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PostSupportMessageMutation, PostSupportMessageMutationVariables>;
export const OpenSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"contextReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportRequestParts"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpenSupportRequestMutation, OpenSupportRequestMutationVariables>;
export const MyTeacherProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTeacherProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTeacherProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherProfileParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"noRetraining"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<MyTeacherProfileQuery, MyTeacherProfileQueryVariables>;
export const TeacherProfileOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherProfileOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalTeachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherProfileParts"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"noRetraining"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<TeacherProfileOfQuery, TeacherProfileOfQueryVariables>;
export const UpdateTeacherProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeacherProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyTeacherProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalTeacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileComplete"}},{"kind":"Field","name":{"kind":"Name","value":"missingProfileFields"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherProfileParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"neverTrained"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetrainingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"noRetraining"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UpdateTeacherProfileMutation, UpdateTeacherProfileMutationVariables>;
export const CampaignQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CampaignQuestionnaireQuery, CampaignQuestionnaireQueryVariables>;
export const AnswerQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerQuestionnaireMutation, AnswerQuestionnaireMutationVariables>;
export const MyCampaignStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCampaignStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCampaignStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"numberId"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherApplicationParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenNow"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherApplicationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"passportFilled"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyCampaignStatusQuery, MyCampaignStatusQueryVariables>;
export const TeachersCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeachersCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROGRAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"audience"},"value":{"kind":"StringValue","value":"teachers","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"zet"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeachersCoursesQuery, TeachersCoursesQueryVariables>;
export const SaveRegionalApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRegionalApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRegionalApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaveApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherApplicationParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherApplicationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"passportFilled"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveRegionalApplicationMutation, SaveRegionalApplicationMutationVariables>;
export const SubmitRegionalApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRegionalApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRegionalApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherApplicationParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherApplicationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"passportFilled"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitRegionalApplicationMutation, SubmitRegionalApplicationMutationVariables>;
export const CancelRegionalApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegionalApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegionalApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeacherApplicationParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeacherApplicationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"passportMasked"}},{"kind":"Field","name":{"kind":"Name","value":"passportFilled"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelRegionalApplicationMutation, CancelRegionalApplicationMutationVariables>;
export const RefuseNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeInSchoolPool"}},{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalNote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RefuseNumberMutation, RefuseNumberMutationVariables>;
export const MyCompletionDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompletionDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompletionDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberCode"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<MyCompletionDocumentsQuery, MyCompletionDocumentsQueryVariables>;