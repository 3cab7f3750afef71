from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog_svc.domain.search import (
    MAX_PAGE_SIZE,
    Cursor,
    SearchFilters,
    SearchSort,
    effective_sort,
    fingerprint_of,
    page_size_of,
)
from cpd_platform.errors import InvalidArgument

ID = "00000000-0000-0000-0000-000000000001"


@given(
    key=st.floats(allow_nan=False, allow_infinity=False, min_value=0, max_value=10),
    sort=st.sampled_from([SearchSort.RELEVANCE, SearchSort.RATING]),
)
def test_a_cursor_round_trips_its_float_key_exactly(key: float, sort: SearchSort) -> None:
    cursor = Cursor(sort, key, ID, "f")
    decoded = Cursor.decode(cursor.encode(), sort, "f")
    assert decoded == cursor
    assert decoded.key == key


def test_a_date_cursor_round_trips_including_the_no_date_end() -> None:
    for key in ("2030-01-01", date.max.isoformat()):
        cursor = Cursor(SearchSort.START_DATE, key, ID, "f")
        assert Cursor.decode(cursor.encode(), SearchSort.START_DATE, "f") == cursor


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "",
        "W10",  # []
        Cursor(SearchSort.RATING, "high", ID, "f").encode(),
        Cursor(SearchSort.RATING, 1.0, "not-an-id", "f").encode(),
        Cursor(SearchSort.START_DATE, "2030-02-30", ID, "f").encode(),
        Cursor(SearchSort.RATING, 1.0, ID, "other-request").encode(),
        Cursor(SearchSort.RELEVANCE, 1.0, ID, "f").encode(),
    ],
)
def test_malformed_or_foreign_cursors_are_invalid_arguments(token: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Cursor.decode(token, SearchSort.RATING, "f")
    assert caught.value.code == "invalid_cursor"


def test_the_fingerprint_changes_with_filters_and_sort() -> None:
    base = SearchFilters(query="кардиология")
    assert fingerprint_of(base, SearchSort.RATING) == fingerprint_of(
        SearchFilters(query="кардиология"), SearchSort.RATING
    )
    assert fingerprint_of(base, SearchSort.RATING) != fingerprint_of(base, SearchSort.RELEVANCE)
    assert fingerprint_of(base, SearchSort.RATING) != fingerprint_of(
        SearchFilters(query="кардиология", region_code="16"), SearchSort.RATING
    )


@pytest.mark.parametrize(
    ("filters", "code"),
    [
        (SearchFilters(query="а" * 10_000), "query_too_long"),
        (SearchFilters(region_code="16x"), "unknown_region"),
        (SearchFilters(provider_id="x"), "invalid_provider_id"),
        (
            SearchFilters(starts_from=date(2030, 2, 1), starts_to=date(2030, 1, 1)),
            "inverted_date_range",
        ),
        (SearchFilters(zet_min=-1), "invalid_zet_range"),
        (SearchFilters(zet_max=5000), "invalid_zet_range"),
        (SearchFilters(zet_min=10, zet_max=5), "invalid_zet_range"),
        (SearchFilters(min_rating=-0.5), "invalid_rating"),
        (SearchFilters(min_rating=10.5), "invalid_rating"),
    ],
)
def test_filters_are_validated_with_stable_codes(filters: SearchFilters, code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        filters.validate()
    assert caught.value.code == code


def test_valid_filters_pass() -> None:
    SearchFilters(
        query="кардиология",
        region_code="16",
        starts_from=date(2030, 1, 1),
        starts_to=date(2030, 1, 1),
        zet_min=0,
        zet_max=0,
        min_rating=10,
    ).validate()


def test_page_sizes() -> None:
    assert page_size_of(0) == 20
    assert page_size_of(MAX_PAGE_SIZE) == 100
    for bad in (-1, 101, 10_000):
        with pytest.raises(InvalidArgument) as caught:
            page_size_of(bad)
        assert caught.value.code == "invalid_page_size"


def test_relevance_needs_a_query_text() -> None:
    assert effective_sort(None, "кардиология") is SearchSort.RELEVANCE
    assert effective_sort(None, "  ") is SearchSort.START_DATE
    assert effective_sort(SearchSort.RELEVANCE, "") is SearchSort.START_DATE
    assert effective_sort(SearchSort.RATING, "кардиология") is SearchSort.RATING
