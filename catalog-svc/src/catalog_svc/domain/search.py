"""Search requests: filters, their validation, sort orders and opaque keyset cursors."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from catalog_svc.domain.element import MAX_ZET, ElementKind
from catalog_svc.domain.feedback import MAX_SCORE
from catalog_svc.domain.reference import Audience, FormOfStudy, FundingBasis
from cpd_platform.errors import InvalidArgument
from cpd_platform.ids import valid_uuids
from cpd_platform.regions import is_region_code

MAX_QUERY = 200
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Tabs show "1000+" beyond this: counting every match of a broad query costs more than the page.
COUNT_CAP = 1000
# Sorting by start date puts elements without dates (modules) last.
NO_DATE = date.max


class SearchSort(StrEnum):
    RELEVANCE = "relevance"
    START_DATE = "start_date"
    RATING = "rating"


class Price(StrEnum):
    FREE = "free"
    PAID = "paid"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    query: str = ""
    kind: ElementKind | None = None
    specialty_code: str | None = None
    region_code: str | None = None
    provider_id: str | None = None
    starts_from: date | None = None
    starts_to: date | None = None
    form_of_study: FormOfStudy | None = None
    funding_basis: FundingBasis | None = None
    zet_min: int | None = None
    zet_max: int | None = None
    min_rating: float = 0.0
    price: Price | None = None
    with_free_seats: bool = False
    audience: Audience | None = None
    subject_code: str | None = None

    def validate(self) -> None:
        """Checks what can be checked without the database (specialty codes are checked there)."""
        if len(self.query) > MAX_QUERY:
            raise InvalidArgument("query_too_long", "Поисковый запрос не длиннее 200 символов")
        if self.region_code is not None and not is_region_code(self.region_code):
            raise InvalidArgument(
                "unknown_region", f"Неизвестный код региона: {self.region_code!r}"
            )
        if self.provider_id is not None and not valid_uuids([self.provider_id]):
            raise InvalidArgument("invalid_provider_id", "Неверный идентификатор организации")
        if self.starts_from and self.starts_to and self.starts_from > self.starts_to:
            raise InvalidArgument("inverted_date_range", "Начало периода позже его окончания")
        for zet in (self.zet_min, self.zet_max):
            if zet is not None and not 0 <= zet <= MAX_ZET:
                raise InvalidArgument("invalid_zet_range", "ЗЕТ: от 0 до 1000")
        if self.zet_min is not None and self.zet_max is not None and self.zet_min > self.zet_max:
            raise InvalidArgument("invalid_zet_range", "Нижняя граница ЗЕТ больше верхней")
        if not 0 <= self.min_rating <= MAX_SCORE:
            raise InvalidArgument("invalid_rating", "Рейтинг: от 0 до 10")


def page_size_of(requested: int) -> int:
    if requested == 0:
        return DEFAULT_PAGE_SIZE
    if not 1 <= requested <= MAX_PAGE_SIZE:
        raise InvalidArgument("invalid_page_size", "Размер страницы: от 1 до 100")
    return requested


def effective_sort(sort: SearchSort | None, query: str) -> SearchSort:
    if sort is None:
        return SearchSort.RELEVANCE if query.strip() else SearchSort.START_DATE
    if sort is SearchSort.RELEVANCE and not query.strip():
        return SearchSort.START_DATE
    return sort


@dataclass(frozen=True, slots=True)
class Cursor:
    """The position after the last element of a page: the sort key and the id (the tie-breaker).

    `fingerprint` ties the cursor to the request it came from, so a cursor replayed with other
    filters or another sort is refused instead of silently skipping elements."""

    sort: SearchSort
    key: float | str
    element_id: str
    fingerprint: str

    def encode(self) -> str:
        raw = json.dumps(
            [self.sort.value, self.key, self.element_id, self.fingerprint], separators=(",", ":")
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str, sort: SearchSort, fingerprint: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            sort_value, key, element_id, seen = json.loads(raw)
            cursor = cls(SearchSort(sort_value), key, str(element_id), str(seen))
            if cursor.sort is SearchSort.START_DATE:
                date.fromisoformat(str(key))
            elif not isinstance(key, (int, float)) or isinstance(key, bool):
                raise ValueError("key")
            if len(valid_uuids([cursor.element_id])) != 1:
                raise ValueError("id")
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            raise InvalidArgument("invalid_cursor", "Неверный курсор страницы") from None
        if cursor.sort is not sort or cursor.fingerprint != fingerprint:
            raise InvalidArgument(
                "invalid_cursor", "Курсор относится к другому запросу: начните с первой страницы"
            )
        return cursor


def fingerprint_of(filters: SearchFilters, sort: SearchSort, *, fuzzy: bool = False) -> str:
    """A short digest of what the result order depends on."""
    text = repr((filters, sort.value, fuzzy))
    return hashlib.blake2s(text.encode(), digest_size=6).hexdigest()


@dataclass(frozen=True, slots=True)
class SearchHits:
    """One page of matching element ids, the counts per kind (capped) and the next cursor."""

    counts: dict[ElementKind, int]
    ids: list[str]
    next_cursor: Cursor | None
