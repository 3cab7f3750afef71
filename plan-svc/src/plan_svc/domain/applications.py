"""Applications to ДПП ПК program cycles and registrations for free events.

An application holds a seat from submission (catalog-svc counts seats); it is not enrolment:
the provider accepts or rejects it. Withdrawing or a rejection gives the seat back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.limits import checked_text

APPLICATION_NOTE = (
    "Заявка — ещё не зачисление: место за вами придержано, решение о зачислении принимает "
    "образовательная организация. Следите за статусом заявки."
)


class ApplicationStatus(StrEnum):
    # Written before the seat is asked for, so a retry finds it and asks again with the same key.
    PENDING_SEAT = "pending_seat"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


ACTIVE_APPLICATION = frozenset(
    {ApplicationStatus.PENDING_SEAT, ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED}
)


class FundingBasis(StrEnum):
    BUDGET = "budget"
    CONTRACT = "contract"
    OMS = "oms"


class EmploymentKind(StrEnum):
    STATE = "state"
    PRIVATE = "private"
    UNEMPLOYED = "unemployed"


@dataclass(frozen=True, slots=True)
class Employment:
    kind: EmploymentKind
    organization: str
    position: str


@dataclass(frozen=True, slots=True)
class ApplicationForm:
    program_cycle_id: str
    specialty_code: str
    employment: Employment
    funding_basis: FundingBasis
    consent_to_share: bool


@dataclass(frozen=True, slots=True)
class Application:
    id: str
    person_id: str
    program_cycle_id: str
    element_id: str
    provider_id: str
    specialty_code: str
    employment: Employment
    funding_basis: FundingBasis
    consent_to_share: bool
    status: ApplicationStatus
    decision_reason: str
    submitted_at: datetime
    decided_at: datetime | None
    starts_on: date | None
    ends_on: date | None
    reservation_id: str

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_APPLICATION


def parse_form(
    *,
    program_cycle_id: str,
    specialty_code: str,
    employment_kind: str,
    organization: str,
    position: str,
    funding_basis: str,
    consent_to_share: bool,
) -> ApplicationForm:
    if not consent_to_share:
        raise InvalidArgument(
            "consent_required",
            "Без согласия на передачу данных образовательной организации заявку подать нельзя",
        )
    specialty_code = checked_text("specialty_code", specialty_code)
    organization = checked_text("organization", organization)
    position = checked_text("position", position)
    if not specialty_code:
        raise InvalidArgument("specialty_required", "Укажите специальность")
    try:
        basis = FundingBasis(funding_basis)
    except ValueError:
        raise InvalidArgument(
            "invalid_funding_basis", "Основа обучения: бюджет, договор или ОМС"
        ) from None
    try:
        kind = EmploymentKind(employment_kind)
    except ValueError:
        raise InvalidArgument(
            "invalid_employment", "Укажите занятость: государственная, частная, не работаю"
        ) from None
    if kind != EmploymentKind.UNEMPLOYED and not organization:
        raise InvalidArgument("employer_required", "Укажите место работы")
    return ApplicationForm(
        program_cycle_id=program_cycle_id,
        specialty_code=specialty_code,
        employment=Employment(kind, organization, position),
        funding_basis=basis,
        consent_to_share=True,
    )


def decide(application: Application, accept: bool, reason: str, now: datetime) -> Application:
    """The provider's decision; repeating the same decision changes nothing."""
    wanted = ApplicationStatus.ACCEPTED if accept else ApplicationStatus.REJECTED
    if application.status == wanted:
        return application
    if application.status != ApplicationStatus.SUBMITTED:
        raise FailedPrecondition(
            "application_not_pending", "Решение уже принято или заявка отозвана"
        )
    reason = checked_text("reason", reason)
    if not accept and not reason:
        raise InvalidArgument("reason_required", "Укажите причину отказа")
    return replace(application, status=wanted, decision_reason=reason, decided_at=now)


def withdraw(application: Application, now: datetime) -> Application:
    if application.status == ApplicationStatus.WITHDRAWN:
        return application
    if application.status == ApplicationStatus.REJECTED:
        raise FailedPrecondition("application_rejected", "Заявка уже отклонена")
    return replace(application, status=ApplicationStatus.WITHDRAWN, decided_at=now)


class RegistrationStatus(StrEnum):
    PENDING_TICKET = "pending_ticket"
    REGISTERED = "registered"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class EventRegistration:
    id: str
    person_id: str
    element_id: str
    status: RegistrationStatus
    reservation_id: str
    registered_at: datetime
