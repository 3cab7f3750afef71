"""Catalog search in SQL: Russian full-text search (stemming) on title and annotation, typo
tolerance on titles (pg_trgm word similarity), filters, keyset pagination and counts per element
kind.

Raw SQL on purpose: the query is built from a fixed set of fragments with bound parameters only.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.domain.element import ElementKind
from catalog_svc.domain.search import (
    COUNT_CAP,
    NO_DATE,
    Cursor,
    Price,
    SearchFilters,
    SearchHits,
    SearchSort,
    fingerprint_of,
)
from cpd_platform.errors import InvalidArgument

# word_similarity threshold of the `<%` operator: one or two typos in a word still match.
TYPO_THRESHOLD = 0.45
STALE_CURSOR = "Курсор относится к другому запросу: начните с первой страницы"

_TSQUERY = "websearch_to_tsquery('russian', :q)"
# Full-text relevance; when the words match nothing (typos), similarity of the title instead.
_SCORE = f"ts_rank_cd(e.search_vector, {_TSQUERY}, 32)::float8"
_FUZZY_SCORE = "word_similarity(:q, e.title)::float8"
_KEYS = {
    SearchSort.RELEVANCE: (_SCORE, "DESC"),
    # asyncpg maps date.max to and from 'infinity': the cursor round-trips exactly.
    SearchSort.START_DATE: ("COALESCE(e.starts_on, DATE 'infinity')", "ASC"),
    SearchSort.RATING: ("e.rating::float8", "DESC"),
}


def _conditions(filters: SearchFilters, params: dict[str, Any], *, fuzzy: bool) -> list[str]:
    """Every filter but the element kind (the counts per kind share them). The text matches by
    Russian stems; `fuzzy` (when the stems match nothing: a typo) matches title trigrams."""
    where = ["e.status = 'published'"]
    if filters.query.strip():
        params["q"] = filters.query.strip()
        where.append(":q <% e.title" if fuzzy else f"e.search_vector @@ {_TSQUERY}")
    if filters.specialty_code:
        params["specialty"] = filters.specialty_code
        where.append("e.specialty_codes @> ARRAY[CAST(:specialty AS text)]")
    if filters.subject_code:
        params["subject"] = filters.subject_code
        where.append("e.subject_codes @> ARRAY[CAST(:subject AS text)]")
    if filters.region_code:
        params["region"] = filters.region_code
        where.append("e.region_code = :region")
    if filters.provider_id:
        params["provider"] = uuid.UUID(filters.provider_id)
        where.append("e.provider_id = :provider")
    if filters.audience:
        params["audience"] = filters.audience.value
        where.append("e.audience = :audience")
    if filters.starts_from or filters.starts_to:
        # Held within the period: the element's dates (a program's span its cycles) overlap it.
        params["from"] = filters.starts_from or date.min
        params["to"] = filters.starts_to or NO_DATE
        where.append("(e.starts_on <= :to AND e.ends_on >= :from)")
    if filters.form_of_study:
        params["form"] = filters.form_of_study.value
        where.append("e.form_of_study = :form")
    if filters.zet_min is not None:
        params["zet_min"] = filters.zet_min
        where.append("e.zet >= :zet_min")
    if filters.zet_max is not None:
        params["zet_max"] = filters.zet_max
        where.append("e.zet <= :zet_max")
    if filters.min_rating:
        params["rating"] = filters.min_rating
        where.append("e.rating >= :rating")
    if filters.price is Price.FREE:
        where.append("e.free")
    elif filters.price is Price.PAID:
        where.append("NOT e.free")
    if filters.funding_basis:
        params["basis"] = filters.funding_basis.value
        column = "free_seat_bases" if filters.with_free_seats else "seat_bases"
        where.append(f"e.{column} @> ARRAY[CAST(:basis AS text)]")
    elif filters.with_free_seats:
        where.append(
            "(e.kind = 'module' OR (e.kind = 'event' AND NOT e.free)"
            " OR cardinality(e.free_seat_bases) > 0)"
        )
    return where


class SearchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(
        self, filters: SearchFilters, order: SearchSort, size: int, page_token: str
    ) -> SearchHits:
        if order is SearchSort.RELEVANCE:
            counts, ids, next_cursor = await self._ranked(filters, size, page_token)
        else:
            counts, ids, next_cursor = await self._ordered(filters, order, size, page_token)
        return SearchHits(counts, ids, next_cursor)

    async def _ordered(
        self, filters: SearchFilters, order: SearchSort, size: int, token: str
    ) -> tuple[dict[ElementKind, int], list[str], Cursor | None]:
        """By start date or rating: the page follows an index in order and stops early, so it
        runs apart from the (capped) counts."""
        params: dict[str, Any] = {}
        where = _conditions(filters, params, fuzzy=False)
        counts = await self._counts(where, params)
        fuzzy = bool(filters.query.strip()) and not counts
        if fuzzy:
            await self._lower_typo_threshold()
            params = {}
            where = _conditions(filters, params, fuzzy=True)
            counts = await self._counts(where, params)
        fingerprint = fingerprint_of(filters, order, fuzzy=fuzzy)
        cursor = Cursor.decode(token, order, fingerprint) if token else None
        ids, next_cursor = await self._page(
            filters, where, dict(params), order, size, cursor, fingerprint, fuzzy
        )
        return counts, ids, next_cursor

    async def _ranked(
        self, filters: SearchFilters, size: int, token: str
    ) -> tuple[dict[ElementKind, int], list[str], Cursor | None]:
        """By relevance every match is scored anyway, so one statement scores the matches once
        and takes both the counts and the page from them. Words matching nothing with these
        filters (a typo) fall back to title similarity; a cursor carries which of the two it
        pages through."""
        order = SearchSort.RELEVANCE
        cursor, cursor_fuzzy = _relevance_cursor(filters, token)
        counts, rows = await self._scored(
            filters, size, None if cursor_fuzzy else cursor, fuzzy=False
        )
        fuzzy = not counts
        if fuzzy:
            await self._lower_typo_threshold()
            counts, rows = await self._scored(
                filters, size, cursor if cursor_fuzzy else None, fuzzy=True
            )
        if cursor is not None and cursor_fuzzy != fuzzy:
            raise InvalidArgument("invalid_cursor", STALE_CURSOR)
        fingerprint = fingerprint_of(filters, order, fuzzy=fuzzy)
        return counts, *_page_of(rows, size, order, fingerprint)

    async def _scored(
        self,
        filters: SearchFilters,
        size: int,
        cursor: Cursor | None,
        *,
        fuzzy: bool,
    ) -> tuple[dict[ElementKind, int], list[Any]]:
        params: dict[str, Any] = {}
        where = _conditions(filters, params, fuzzy=fuzzy)
        score = _FUZZY_SCORE if fuzzy else _SCORE
        page_where = ["m.key IS NOT NULL"]
        if filters.kind:
            # Only the requested kind is scored: the others are just counted.
            params["kind"] = filters.kind.value
            score = f"CASE WHEN e.kind = :kind THEN {score} END"
        if cursor is not None:
            params["after_key"] = float(cursor.key)
            params["after_id"] = uuid.UUID(cursor.element_id)
            page_where.append("(m.key < :after_key OR (m.key = :after_key AND m.id > :after_id))")
        params["limit"] = size + 1
        rows = list(
            await self._session.execute(
                text(
                    f"WITH m AS MATERIALIZED (SELECT e.id, e.kind, {score} AS key"
                    f" FROM catalog.elements e WHERE {' AND '.join(where)})"
                    " SELECT NULL::uuid AS id, c.kind, c.n, NULL::float8 AS key FROM"
                    " (SELECT k.kind, count(*) AS n FROM"
                    f" (SELECT m.kind FROM m LIMIT {COUNT_CAP + 1}) k GROUP BY k.kind) c"
                    " UNION ALL (SELECT m.id, NULL, NULL, m.key FROM m"
                    f" WHERE {' AND '.join(page_where)} ORDER BY m.key DESC, m.id LIMIT :limit)"
                ),
                params,
            )
        )
        counts = {ElementKind(row.kind): int(row.n) for row in rows if row.id is None}
        return counts, [row for row in rows if row.id is not None]

    async def _counts(self, where: list[str], params: dict[str, Any]) -> dict[ElementKind, int]:
        rows = await self._session.execute(
            text(
                "SELECT m.kind, count(*) AS n FROM (SELECT e.kind FROM catalog.elements e"
                f" WHERE {' AND '.join(where)} LIMIT {COUNT_CAP + 1}) m GROUP BY m.kind"
            ),
            params,
        )
        return {ElementKind(row.kind): int(row.n) for row in rows}

    async def _page(
        self,
        filters: SearchFilters,
        where: list[str],
        params: dict[str, Any],
        order: SearchSort,
        size: int,
        cursor: Cursor | None,
        fingerprint: str,
        fuzzy: bool,
    ) -> tuple[list[str], Cursor | None]:
        key, direction = _KEYS[order]
        if fuzzy and order is SearchSort.RELEVANCE:
            key = _FUZZY_SCORE
        where = list(where)
        if filters.kind:
            params["kind"] = filters.kind.value
            where.append("e.kind = :kind")
        after = ""
        if cursor is not None:
            params["after_key"] = (
                date.fromisoformat(str(cursor.key))
                if order is SearchSort.START_DATE
                else float(cursor.key)
            )
            params["after_id"] = uuid.UUID(cursor.element_id)
            beyond = "<" if direction == "DESC" else ">"
            after = (
                f" WHERE (m.key {beyond} :after_key OR (m.key = :after_key AND m.id > :after_id))"
            )
        params["limit"] = size + 1
        rows = list(
            await self._session.execute(
                text(
                    f"SELECT m.id, m.key FROM (SELECT e.id, {key} AS key FROM catalog.elements e"
                    f" WHERE {' AND '.join(where)}) m{after}"
                    f" ORDER BY m.key {direction}, m.id LIMIT :limit"
                ),
                params,
            )
        )
        return _page_of(rows, size, order, fingerprint)

    async def _lower_typo_threshold(self) -> None:
        await self._session.execute(
            text(f"SET LOCAL pg_trgm.word_similarity_threshold = {TYPO_THRESHOLD}")
        )


def _relevance_cursor(filters: SearchFilters, token: str) -> tuple[Cursor | None, bool]:
    """The cursor and whether it pages through title-similarity (typo) results."""
    if not token:
        return None, False
    order = SearchSort.RELEVANCE
    try:
        return Cursor.decode(token, order, fingerprint_of(filters, order, fuzzy=False)), False
    except InvalidArgument:
        return Cursor.decode(token, order, fingerprint_of(filters, order, fuzzy=True)), True


def _page_of(
    rows: list[Any], size: int, order: SearchSort, fingerprint: str
) -> tuple[list[str], Cursor | None]:
    page = rows[:size]
    ids = [str(row.id) for row in page]
    if len(rows) <= size:
        return ids, None
    last = page[-1]
    last_key = last.key.isoformat() if isinstance(last.key, date) else float(last.key)
    return ids, Cursor(order, last_key, str(last.id), fingerprint)
