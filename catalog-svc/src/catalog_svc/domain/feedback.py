"""People's feedback on elements: ratings with reviews, and error reports on descriptions.

A person rates an element they have a credit for, 1 to 10, once; rating again changes the score
(and the review). The element keeps the aggregate (total and count), so the catalog's filter and
sort read a stored number. Reviews are moderated: the provider answers, an admin hides; a hidden
review is seen only by admins and its author, and its score still counts.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Principal, Role

MIN_SCORE = 1
MAX_SCORE = 10
MAX_TEXT = 2000
MAX_IDEMPOTENCY_KEY = 100
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

# Review ids derive from (element, person): one review per person and element, stable across
# changes of the score.
_REVIEW_NAMESPACE = uuid.UUID("6f1d2c3b-8a4e-4f5d-9b0c-1e2f3a4b5c6d")


def review_id_for(element_id: str, person_id: str) -> str:
    return str(uuid.uuid5(_REVIEW_NAMESPACE, f"{element_id}:{person_id}"))


def check_score(score: int) -> None:
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidArgument("invalid_score", "Оценка — целое число от 1 до 10")


def check_text(text: str, code: str, what: str) -> str:
    """The text without surrounding spaces, at most `MAX_TEXT` characters."""
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise InvalidArgument(code, f"{what}: не более {MAX_TEXT} символов")
    return text


@dataclass(frozen=True, slots=True)
class Review:
    id: str
    element_id: str
    author_person_id: str
    score: int
    text: str
    hidden: bool
    answer: str
    answered_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RatingChange:
    """What one person's rating adds to an element's total and count."""

    total_delta: int
    count_delta: int

    @classmethod
    def of(cls, previous_score: int | None, score: int) -> RatingChange:
        if previous_score is None:
            return cls(score, 1)
        return cls(score - previous_score, 0)


def average(total: int, count: int) -> float:
    """The element's rating: the mean score with one decimal, 0 with no ratings."""
    return round(total / count, 1) if count else 0.0


def may_see_hidden(principal: Principal, review: Review) -> bool:
    return principal.has_role(Role.ADMIN) or principal.person_id == review.author_person_id


class ReportStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class ErrorReport:
    id: str
    element_id: str
    provider_id: str
    reporter_person_id: str
    idempotency_key: str
    text: str
    status: ReportStatus
    created_at: datetime
    closed_at: datetime | None = None
    closed_by: str = ""
    resolution: str = ""
    element_title: str = ""


def check_report_text(text: str) -> str:
    text = check_text(text, "report_too_long", "Сообщение об ошибке")
    if not text:
        raise InvalidArgument("report_text_required", "Опишите, что не так в описании")
    return text


def check_idempotency_key(key: str) -> str:
    if not 1 <= len(key) <= MAX_IDEMPOTENCY_KEY:
        raise InvalidArgument(
            "invalid_idempotency_key", "Ключ идемпотентности: от 1 до 100 символов"
        )
    return key


def page_size(requested: int) -> int:
    if requested == 0:
        return DEFAULT_PAGE_SIZE
    if not 1 <= requested <= MAX_PAGE_SIZE:
        raise InvalidArgument("invalid_page_size", "Размер страницы: от 1 до 100")
    return requested


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the next page of a newest-first list starts: after (at, id)."""

    at: datetime
    id: str

    def encode(self) -> str:
        raw = f"{self.at.isoformat()}|{self.id}".encode()
        return base64.urlsafe_b64encode(raw).decode()

    @classmethod
    def decode(cls, token: str) -> PageCursor | None:
        if not token:
            return None
        try:
            at, id_ = base64.urlsafe_b64decode(token.encode()).decode().split("|")
            return cls(datetime.fromisoformat(at), str(uuid.UUID(id_)))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise InvalidArgument("invalid_cursor", "Неверный курсор страницы") from None


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_Identified)


def newest_first_page(
    rows: list[Row], size: int, at: Callable[[Row], datetime]
) -> tuple[list[Row], PageCursor | None]:
    """The page of a newest-first list read one row beyond `size`, and the cursor after its last
    row when that extra row says there is a next page."""
    if len(rows) <= size:
        return rows, None
    page = rows[:size]
    return page, PageCursor(at(page[-1]), page[-1].id)
