"""A teacher's application: passport data, groups whose hours add up to the requirement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.domain.limits import TEXT_TOO_LONG, bounded

_SERIES = re.compile(r"[0-9]{4}")
_NUMBER = re.compile(r"[0-9]{6}")
_PHONE = re.compile(r"\+?[0-9]{10,15}")
MAX_GROUPS = 6


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Passport:
    series: str
    number: str
    issuer: str
    issued_on: date

    def __repr__(self) -> str:  # never print passport data, even in tracebacks
        return "Passport(<hidden>)"

    __str__ = __repr__


def parse_passport(
    series: str, number: str, issuer: str, issued_on: str, *, today: date
) -> Passport:
    series = series.replace(" ", "")
    number = number.replace(" ", "")
    if _SERIES.fullmatch(series) is None:
        raise InvalidArgument("invalid_passport_series", "Серия паспорта: 4 цифры")
    if _NUMBER.fullmatch(number) is None:
        raise InvalidArgument("invalid_passport_number", "Номер паспорта: 6 цифр")
    issuer = bounded(issuer, "passport_issuer")
    if len(issuer) < 3:
        raise InvalidArgument("invalid_passport_issuer", "Укажите, кем выдан паспорт")
    try:
        on = date.fromisoformat(issued_on)
    except ValueError:
        raise InvalidArgument(
            "invalid_passport_issue_date", "Дата выдачи паспорта: ГГГГ-ММ-ДД"
        ) from None
    if on > today:
        raise InvalidArgument(
            "invalid_passport_issue_date", "Дата выдачи паспорта не может быть в будущем"
        )
    return Passport(series, number, issuer, on)


def mask_passport(series: str, number: str) -> str:
    """ "9205 123456" → "92 ** ****56": enough to recognise, not enough to use."""
    return f"{series[:2]} ** ****{number[-2:]}"


def normalise_phone(phone: str) -> str:
    compact = re.sub(r"[\s()\-]", "", phone)
    if _PHONE.fullmatch(compact) is None:
        raise InvalidArgument("invalid_phone", "Телефон: 10–15 цифр, например +79001234567")
    return compact


def check_hours(group_hours: Sequence[int], required: int) -> int:
    """The groups' hours must add up to exactly the requirement (e.g. 72 = 36 + 36)."""
    if not group_hours:
        raise InvalidArgument("no_groups", "Выберите хотя бы одну группу")
    if len(group_hours) > MAX_GROUPS:
        raise InvalidArgument("too_many_groups", f"Не больше {MAX_GROUPS} групп")
    total = sum(group_hours)
    if total != required:
        parts = " + ".join(str(h) for h in group_hours)
        raise InvalidArgument(
            "hours_mismatch",
            f"Сумма часов выбранных групп ({parts} = {total}) должна быть равна {required}",
        )
    return total


def require_text(value: str, code: str, label: str, max_len: int = 300) -> str:
    value = value.strip()
    if not value:
        raise InvalidArgument(code, f"Заполните поле «{label}»")
    if len(value) > max_len:
        raise InvalidArgument(TEXT_TOO_LONG, f"Поле «{label}»: не длиннее {max_len} символов")
    return value


def release_key(application_id: str, submission_no: int) -> str:
    """The idempotency key of releasing a submission's seats in catalog-svc."""
    return f"pk-regional:application:{application_id}:{submission_no}"


@dataclass(frozen=True, slots=True)
class Application:
    """A teacher's application for the number they hold. Passport data never sits here: only
    whether it was given and its masked form."""

    id: str
    campaign_id: str
    teacher_id: str
    teacher_name: str
    holding_id: str
    number_code: str
    region_code: str
    school_id: str
    municipality_id: str
    status: ApplicationStatus
    passport_masked: str = ""
    passport_filled: bool = False
    phone: str = ""
    position: str = ""
    subject: str = ""
    qualification_category: str = ""
    course_id: str = ""
    group_ids: tuple[str, ...] = ()
    total_hours: int = 0
    reservation_id: str = ""
    submitted_at: datetime | None = None
    updated_at: datetime | None = None
    # Each submission reserves seats under its own idempotency key (release_key).
    submission_no: int = 0

    @property
    def seats_key(self) -> str:
        return release_key(self.id, self.submission_no)

    def require_complete(self) -> None:
        missing = [
            label
            for label, ok in (
                ("паспортные данные", self.passport_filled),
                ("телефон", bool(self.phone)),
                ("должность", bool(self.position)),
                ("предмет", bool(self.subject)),
                ("квалификационная категория", bool(self.qualification_category)),
                ("курс", bool(self.course_id)),
            )
            if not ok
        ]
        if missing:
            raise InvalidArgument(
                "application_incomplete", f"Заполните заявление: {', '.join(missing)}"
            )

    def require_draft(self) -> None:
        if self.status is not ApplicationStatus.DRAFT:
            raise FailedPrecondition("application_closed", "Заявление закрыто")

    def submitted(self, reservation_id: str, at: datetime) -> Application:
        return replace(
            self,
            status=ApplicationStatus.SUBMITTED,
            reservation_id=reservation_id,
            submitted_at=at,
            updated_at=at,
        )

    def cancelled(self, at: datetime) -> Application:
        """Back to a draft; the next submission reserves under a new key."""
        return replace(
            self,
            status=ApplicationStatus.DRAFT,
            reservation_id="",
            submitted_at=None,
            submission_no=self.submission_no + 1,
            updated_at=at,
        )

    def finished(self, at: datetime) -> Application:
        """Closed by the completion of its training (its reservation stays on record)."""
        return replace(self, status=ApplicationStatus.CLOSED, updated_at=at)

    def closed(self, at: datetime) -> Application:
        return replace(self, status=ApplicationStatus.CLOSED, reservation_id="", updated_at=at)
