"""GraphQL inputs of the regional model and their protobuf requests."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping.inputs import MessageInput
from gateway.schema.pk_regional.enums import FundingChoice, NumberStatus, QuestionKind


def page_request(first: int, after: str | None) -> pb.Page:
    """The service's page: `first` rows (1..500) after the cursor (null: the first page)."""
    return pb.Page(page_size=first, page_token=after or "")


@strawberry.input(
    description="Filters shared by lists and exports; all optional and combined (AND), always "
    "narrowed to the caller's scope."
)
class RegionalFilter(MessageInput[pb.ReportFilter]):
    campaign_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this campaign."
    )
    region_code: str | None = strawberry.field(
        default=None, description="Only this region (two digits)."
    )
    year: int | None = strawberry.field(
        default=None,
        description="Only this campaign year (completion documents: the issue year).",
    )
    municipality_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this municipality."
    )
    school_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this school."
    )
    status: NumberStatus | None = strawberry.field(
        default=None,
        description="Only numbers in this status (applications: their holding's status; "
        "ignored by completion documents).",
    )
    teacher_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this teacher: a teacher id or the teacher's person id."
    )


def filter_pb(given: RegionalFilter | None) -> pb.ReportFilter:
    return (given or RegionalFilter()).to_pb()


@strawberry.input(
    description="The two windows of a campaign: RFC 3339 date-times (without an offset: Moscow "
    "time); each end must be after its start (invalid_window)."
)
class CampaignWindowsInput(MessageInput[pb.CampaignWindows]):
    questionnaire_opens_at: str = strawberry.field(
        description="Start of the questionnaire window, e.g. 2025-09-07T00:00:00+03:00."
    )
    questionnaire_closes_at: str = strawberry.field(
        description="End of the questionnaire window (exclusive)."
    )
    applications_open_at: str = strawberry.field(description="Start of the application window.")
    applications_close_at: str = strawberry.field(
        description="End of the application window (exclusive)."
    )


@strawberry.input(
    description="A quota of unique numbers for one municipality or one school: exactly one of "
    "the ids is given."
)
class QuotaInput(MessageInput[pb.Quota]):
    count: int = strawberry.field(description="Numbers, 0..1 000 000.")
    municipality_id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""), description="The municipality of a municipal quota."
    )
    school_id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""), description="The school of a school quota."
    )


@strawberry.input(description="A question of a campaign's questionnaire.")
class QuestionInput(MessageInput[pb.Question]):
    text: str = strawberry.field(description="The question's text, at most 1000 characters.")
    kind: QuestionKind = strawberry.field(description="Text, single or multiple choice.")
    options: list[str] = strawberry.field(
        default_factory=list,
        description="The choices: at least two for choice kinds, each at most 300 characters; "
        "not used for text.",
    )
    required: bool = strawberry.field(
        default=False, description="An answer is required (answer_required otherwise)."
    )
    id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""),
        description="An existing question's id to keep it; empty for a new question.",
    )


@strawberry.input(description="A teacher's answer to one question.")
class AnswerInput(MessageInput[pb.Answer]):
    question_id: strawberry.ID = strawberry.field(
        description="A question of the campaign's questionnaire."
    )
    values: list[str] = strawberry.field(
        description="Text answers and single choices: one value; multiple choice: the chosen "
        "options exactly as offered. Blank values are dropped."
    )


def _text(meaning: str, limit: int) -> str:
    return f"{meaning}, at most {limit} characters."


@strawberry.input(
    description="«Моя анкета»: replaces the whole profile (fields left empty are cleared). "
    "Years are four-digit; null means not given."
)
class TeacherProfileInput(MessageInput[pb.TeacherProfile]):
    birth_year: int | None = strawberry.field(default=None, description="Year of birth; mandatory.")
    position: str = strawberry.field(default="", description=_text("Position held; mandatory", 300))
    subjects: list[str] = strawberry.field(
        default_factory=list,
        description="Subjects taught, each at most 300 characters; at least one is mandatory.",
    )
    qualification_category: str = strawberry.field(
        default="",
        description=_text("e.g. высшая, первая, без категории; mandatory", 100),
    )
    last_training_on: str = strawberry.field(
        default="",
        description="Date (YYYY-MM-DD) of the last qualification upgrade; mandatory unless "
        "neverTrained.",
    )
    last_training_topic: str = strawberry.field(
        default="",
        description=_text("Topic of the last training; mandatory unless neverTrained", 500),
    )
    last_training_organisation: str = strawberry.field(
        default="",
        description=_text("Organisation of the last training; mandatory unless neverTrained", 500),
    )
    never_trained: bool = strawberry.field(
        default=False, description="Explicitly: never trained (instead of the fields above)."
    )
    last_retraining_on: str = strawberry.field(
        default="", description="Date (YYYY-MM-DD) of the last professional retraining."
    )
    last_retraining_year: int | None = strawberry.field(
        default=None,
        description="Year of the last retraining when the date is unknown; the date or the year "
        "is mandatory unless noRetraining.",
    )
    last_retraining_topic: str = strawberry.field(
        default="", description=_text("Topic of the last retraining; optional", 500)
    )
    no_retraining: bool = strawberry.field(
        default=False, description="Explicitly: no professional retraining."
    )
    teaching_since_year: int | None = strawberry.field(
        default=None, description="The year teaching work started; mandatory."
    )
    graduation_year: int | None = strawberry.field(
        default=None,
        description="Year of graduation; mandatory only with fewer than 3 years of work.",
    )
    phone: str = strawberry.field(default="", description=_text("Contact phone; optional", 20))


@strawberry.input(
    description="Passport data: sealed (AES-256-GCM) before it is stored, never returned "
    "(operators see a mask)."
)
class PassportInput(MessageInput[pb.Passport]):
    series: str = strawberry.field(description="4 digits (spaces ignored).")
    number: str = strawberry.field(description="6 digits (spaces ignored).")
    issuer: str = strawberry.field(description="Who issued it: 3..300 characters.")
    issued_on: str = strawberry.field(description="Issue date, YYYY-MM-DD, not in the future.")


@strawberry.input(
    description="The calling teacher's draft application (or off-budget choice) for a campaign. "
    "Every field but passport replaces the stored value."
)
class RegionalApplicationInput(MessageInput[pb.SaveApplicationRequest]):
    campaign_id: strawberry.ID = strawberry.field(
        description="The campaign in which the teacher holds a number."
    )
    basis: FundingChoice = strawberry.field(
        description="BUDGET saves the draft; OFF_BUDGET refuses the number for the year (the "
        "other fields are ignored)."
    )
    passport: PassportInput | None = strawberry.field(
        default=None, description="Null keeps the passport saved before."
    )
    phone: str = strawberry.field(
        default="",
        description="Optional in a draft; 10..15 digits, spaces, brackets and dashes ignored.",
    )
    position: str = strawberry.field(
        default="", description=_text("Position held; required on submission", 300)
    )
    subject: str = strawberry.field(
        default="", description=_text("Subject taught; required on submission", 300)
    )
    qualification_category: str = strawberry.field(
        default="", description=_text("Qualification category; required on submission", 100)
    )
    course_id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""),
        description="A course of the region's registry (catalog programme); required on "
        "submission; at least one chosen group must belong to it.",
    )
    group_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="Groups (catalog program cycles) whose hours add up to the campaign's "
        "requirement (e.g. 72 = 36 + 36); no duplicates.",
    )


@strawberry.input(
    description="A document of completed training (удостоверение о повышении квалификации etc.)."
)
class CompletionInput(MessageInput[pb.RecordCompletionRequest]):
    teacher_id: strawberry.ID = strawberry.field(
        description="The teacher, in the caller's operating scope."
    )
    document_type: str = strawberry.field(
        description=_text("e.g. удостоверение о повышении квалификации", 200)
    )
    number: str = strawberry.field(description=_text("Document number", 64))
    issued_on: str = strawberry.field(description="Issue date, YYYY-MM-DD, not in the future.")
    hours: int = strawberry.field(description="Academic hours of the training, 1..3000.")
    organisation: str = strawberry.field(description=_text("The training organisation", 500))
    programme: str = strawberry.field(description=_text("The programme's title", 500))
    series: str = strawberry.field(default="", description=_text("Document series; optional", 32))
    campaign_id: strawberry.ID = strawberry.field(
        default=strawberry.ID(""),
        description="The campaign whose number the document closes (only a number whose "
        "application was submitted is closed); empty: none.",
    )
