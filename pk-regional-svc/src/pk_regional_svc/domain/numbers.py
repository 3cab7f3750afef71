"""Statuses of a unique number's holding and the transitions between them.

A holding is one teacher holding one unique number (УН). The number itself either has a current
holding or sits in its school's pool (free). A refused holding ends; its number returns to the
pool, and an operator may give it to another confirmed candidate (a new holding).

    expected ─► assigned ─► application_draft ⇄ application_submitted ─► completed
                   │               │                     │
                   └───────────────┴──────── refused ◄───┘   (expected ─► refused as well)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.domain.allocation import Outcome, number_code
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidates import has_recent_budget_number, is_candidate
from pk_regional_svc.domain.labelled import Labelled
from pk_regional_svc.domain.rules import RegionalRules


class NumberStatus(Labelled):
    EXPECTED = "expected", "ожидается"
    ASSIGNED = "assigned", "присвоен"
    APPLICATION_DRAFT = "application_draft", "заявление: черновик"
    APPLICATION_SUBMITTED = "application_submitted", "заявление: подано"
    REFUSED = "refused", "отказ"
    COMPLETED = "completed", "обучение завершено"
    # A number in the school's pool: no holder.
    FREE = "free", "свободен (в пуле организации)"


class RefusalReason(Labelled):
    NOT_STATED = "not_stated", "не указана"
    LIQUIDATION_OR_RESIGNATION = "liquidation_or_resignation", "ликвидация/отставка"
    OFF_BUDGET_CHOSEN = "off_budget_chosen", "выбрано внебюджетное обучение"
    MATERNITY_LEAVE = "maternity_leave", "декретный отпуск"
    DISMISSAL = "dismissal", "увольнение"
    ILLNESS = "illness", "болезнь"
    TRAINED_ELSEWHERE = "trained_elsewhere", "обучение пройдено в другой организации"
    OTHER = "other", "другое"


# The holder's statuses (FREE is a number's, never a holding's).
_ALLOWED: dict[NumberStatus, frozenset[NumberStatus]] = {
    NumberStatus.EXPECTED: frozenset({NumberStatus.ASSIGNED, NumberStatus.REFUSED}),
    NumberStatus.ASSIGNED: frozenset({NumberStatus.APPLICATION_DRAFT, NumberStatus.REFUSED}),
    NumberStatus.APPLICATION_DRAFT: frozenset(
        {
            NumberStatus.APPLICATION_DRAFT,  # saving the draft again
            NumberStatus.APPLICATION_SUBMITTED,
            NumberStatus.REFUSED,
        }
    ),
    NumberStatus.APPLICATION_SUBMITTED: frozenset(
        {
            NumberStatus.APPLICATION_DRAFT,  # the application is cancelled (seats released)
            NumberStatus.REFUSED,
            NumberStatus.COMPLETED,
        }
    ),
    NumberStatus.REFUSED: frozenset(),
    NumberStatus.COMPLETED: frozenset(),
    NumberStatus.FREE: frozenset(),
}

# Statuses in which a holding still uses the teacher's budget-funded number.
ACTIVE = frozenset(
    {
        NumberStatus.ASSIGNED,
        NumberStatus.APPLICATION_DRAFT,
        NumberStatus.APPLICATION_SUBMITTED,
        NumberStatus.COMPLETED,
    }
)
# Statuses a holding may be refused from (the number goes back to the pool).
OPEN = frozenset(
    {NumberStatus.ASSIGNED, NumberStatus.APPLICATION_DRAFT, NumberStatus.APPLICATION_SUBMITTED}
)


def allowed(current: NumberStatus, target: NumberStatus) -> bool:
    return target in _ALLOWED[current]


def transition(current: NumberStatus, target: NumberStatus) -> NumberStatus:
    """The new status, or FailedPrecondition `invalid_status_transition` with a Russian message."""
    if not allowed(current, target):
        raise FailedPrecondition(
            "invalid_status_transition",
            f"Нельзя перевести номер из статуса «{current.text}» в статус «{target.text}»",
        )
    return target


def refusal_label(reason: RefusalReason) -> str:
    return reason.text


def pool_message(free: int) -> str:
    return f"Свободных номеров, закреплённых за организацией: {free}"


@dataclass(frozen=True, slots=True)
class Holding:
    """One teacher holding one unique number of a campaign, or (status FREE, no holding id and
    no teacher) a number sitting in its school's pool."""

    holding_id: str
    number_id: str
    number_code: str
    campaign_id: str
    year: int
    region_code: str
    school_id: str
    municipality_id: str
    teacher_id: str
    teacher_name: str
    status: NumberStatus
    refusal_reason: RefusalReason | None = None
    refusal_note: str = ""
    application_id: str = ""
    updated_at: datetime | None = None
    # The holder's person id in identity-svc ("" until the teacher signed in).
    holder_person_id: str = ""

    def is_held_by(self, person_id: str | None) -> bool:
        return bool(person_id) and self.holder_person_id == person_id

    def moved_to(self, status: NumberStatus, at: datetime | None = None) -> Holding:
        return replace(self, status=transition(self.status, status), updated_at=at)

    def require_refusable(self) -> None:
        if self.status not in OPEN:
            raise FailedPrecondition(
                "number_not_refusable", "Отказаться можно только от действующего номера"
            )

    def refused(self, reason: RefusalReason, note: str, at: datetime | None = None) -> Holding:
        """The number goes back to the school's pool; the holding keeps why."""
        return replace(
            self.moved_to(NumberStatus.REFUSED, at),
            refusal_reason=reason,
            refusal_note=note.strip(),
        )

    def audit_snapshot(self) -> dict[str, Any]:
        return {
            "number_code": self.number_code,
            "teacher_id": self.teacher_id,
            "status": self.status.value,
            "refusal_reason": self.refusal_reason.value if self.refusal_reason else None,
        }


@dataclass(frozen=True, slots=True)
class NumberFilter:
    """Filters of the lists of numbers, applications and completions (empty: any)."""

    campaign_id: str = ""
    region_code: str = ""
    year: int = 0
    municipality_id: str = ""
    school_id: str = ""
    status: NumberStatus | None = None
    teacher_id: str = ""


@dataclass(frozen=True, slots=True)
class UniqueNumber:
    id: str
    campaign_id: str
    region_code: str
    municipality_id: str
    school_id: str
    code: str
    # 1-based position of the number within its school in the campaign (its code derives from it).
    sequence: int = 0


def allocated_numbers(
    campaign: Campaign, secret: bytes, outcomes: Sequence[Outcome], new_id: Callable[[], str]
) -> tuple[list[UniqueNumber], list[Holding]]:
    """The numbers of an allocation's granted outcomes, each with its first holding."""
    numbers: list[UniqueNumber] = []
    held: list[Holding] = []
    for o in outcomes:
        if not o.granted:
            continue
        code = number_code(
            secret, campaign.region_code, campaign.year, o.school_id, o.school_sequence
        )
        number = UniqueNumber(
            new_id(),
            campaign.id,
            campaign.region_code,
            o.municipality_id,
            o.school_id,
            code,
            o.school_sequence,
        )
        numbers.append(number)
        held.append(
            Holding(
                holding_id=new_id(),
                number_id=number.id,
                number_code=code,
                campaign_id=campaign.id,
                year=campaign.year,
                region_code=campaign.region_code,
                school_id=o.school_id,
                municipality_id=o.municipality_id,
                teacher_id=o.teacher_id,
                teacher_name="",
                status=NumberStatus.ASSIGNED,
            )
        )
    return numbers, held


@dataclass(frozen=True, slots=True)
class Recipient:
    """What decides whether a teacher may be handed a freed number of a campaign."""

    teacher_id: str
    school_id: str
    region_code: str
    last_training_year: int | None
    confirmed: bool
    # Years of budget-funded numbers used in other campaigns, and one imported from the registry.
    budget_years: tuple[int, ...]
    chose_off_budget: bool
    holds_number: bool


def reassigned(
    number: UniqueNumber,
    recipient: Recipient | None,
    *,
    year: int,
    rules: RegionalRules,
    holding_id: str,
    teacher_name: str = "",
) -> Holding:
    """A freed number handed to a confirmed candidate of the same school, checked in this order:
    same school, confirmed candidate, no budget number within the interval, not off-budget this
    year, no other number of this campaign."""
    if recipient is None or recipient.school_id != number.school_id:
        raise InvalidArgument(
            "teacher_not_in_school", "Номер можно передать только педагогу той же организации"
        )
    eligible = recipient.region_code == number.region_code and is_candidate(
        year, recipient.last_training_year, rules
    )
    if not eligible or not recipient.confirmed:
        raise FailedPrecondition(
            "not_a_confirmed_candidate", "Номер можно передать только подтверждённому кандидату"
        )
    if has_recent_budget_number(year, recipient.budget_years, rules):
        raise FailedPrecondition(
            "budget_number_within_three_years",
            "Педагог уже получал бюджетный номер в течение 3 лет",
        )
    if recipient.chose_off_budget:
        raise FailedPrecondition(
            "off_budget_chosen",
            "Педагог выбрал внебюджетное обучение: в этом году бюджетный номер ему не передаётся",
        )
    if recipient.holds_number:
        raise FailedPrecondition("already_has_number", "У педагога уже есть номер в этой кампании")
    return Holding(
        holding_id=holding_id,
        number_id=number.id,
        number_code=number.code,
        campaign_id=number.campaign_id,
        year=year,
        region_code=number.region_code,
        school_id=number.school_id,
        municipality_id=number.municipality_id,
        teacher_id=recipient.teacher_id,
        teacher_name=teacher_name,
        status=NumberStatus.ASSIGNED,
    )


@dataclass(frozen=True, slots=True)
class RefusalCount:
    """How many numbers of a scope were refused for one reason."""

    reason: RefusalReason
    count: int
