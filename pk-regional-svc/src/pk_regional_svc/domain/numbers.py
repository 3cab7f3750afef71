"""Statuses of a unique number's holding and the transitions between them.

A holding is one teacher holding one unique number (УН). The number itself either has a current
holding or sits in its school's pool (free). A refused holding ends; its number returns to the
pool, and an operator may give it to another confirmed candidate (a new holding).

    expected ─► assigned ─► application_draft ⇄ application_submitted ─► completed
                   │               │                     │
                   └───────────────┴──────── refused ◄───┘   (expected ─► refused as well)
"""

from __future__ import annotations

from enum import StrEnum

from cpd_platform.errors import FailedPrecondition


class NumberStatus(StrEnum):
    EXPECTED = "expected"
    ASSIGNED = "assigned"
    APPLICATION_DRAFT = "application_draft"
    APPLICATION_SUBMITTED = "application_submitted"
    REFUSED = "refused"
    COMPLETED = "completed"
    # A number in the school's pool: no holder.
    FREE = "free"


STATUS_TEXT: dict[NumberStatus, str] = {
    NumberStatus.EXPECTED: "ожидается",
    NumberStatus.ASSIGNED: "присвоен",
    NumberStatus.APPLICATION_DRAFT: "заявление: черновик",
    NumberStatus.APPLICATION_SUBMITTED: "заявление: подано",
    NumberStatus.REFUSED: "отказ",
    NumberStatus.COMPLETED: "обучение завершено",
    NumberStatus.FREE: "свободен (в пуле организации)",
}


class RefusalReason(StrEnum):
    NOT_STATED = "not_stated"
    LIQUIDATION_OR_RESIGNATION = "liquidation_or_resignation"
    OFF_BUDGET_CHOSEN = "off_budget_chosen"
    MATERNITY_LEAVE = "maternity_leave"
    DISMISSAL = "dismissal"
    ILLNESS = "illness"
    TRAINED_ELSEWHERE = "trained_elsewhere"
    OTHER = "other"


REFUSAL_TEXT: dict[RefusalReason, str] = {
    RefusalReason.NOT_STATED: "не указана",
    RefusalReason.LIQUIDATION_OR_RESIGNATION: "ликвидация/отставка",
    RefusalReason.OFF_BUDGET_CHOSEN: "выбрано внебюджетное обучение",
    RefusalReason.MATERNITY_LEAVE: "декретный отпуск",
    RefusalReason.DISMISSAL: "увольнение",
    RefusalReason.ILLNESS: "болезнь",
    RefusalReason.TRAINED_ELSEWHERE: "обучение пройдено в другой организации",
    RefusalReason.OTHER: "другое",
}

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
            f"Нельзя перевести номер из статуса «{STATUS_TEXT[current]}» "
            f"в статус «{STATUS_TEXT[target]}»",
        )
    return target


def refusal_label(reason: RefusalReason) -> str:
    return REFUSAL_TEXT[reason]


def pool_message(free: int) -> str:
    return f"Свободных номеров, закреплённых за организацией: {free}"
