"""Free-text limits and the CSV clearing marker: refused, never cut."""

from __future__ import annotations

import pytest

from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.imports import parse_teachers
from pk_regional_svc.domain.limits import LABELS, MAX_LENGTHS, bounded


def test_every_limited_field_has_a_russian_label() -> None:
    assert set(LABELS) == set(MAX_LENGTHS)


def test_a_value_at_the_limit_passes_trimmed_and_one_more_is_refused() -> None:
    assert bounded("  " + "a" * 500 + " ", "refusal_note") == "a" * 500
    with pytest.raises(InvalidArgument) as caught:
        bounded("a" * 501, "refusal_note")
    assert caught.value.code == "text_too_long"
    assert "не длиннее 500" in caught.value.message


def test_csv_cells_over_their_limit_reject_the_row_and_dash_marks_a_clearing() -> None:
    content = (
        "school_code,snils,family_name,given_name,middle_name,position,last_budget_number_year\n"
        "s1,112-233-445 95,Иванов,Иван,-,,-\n"
        f"s1,001-001-997 00,Петров,Пётр,,{'п' * 301},\n"
    ).encode()
    accepted, rejected = parse_teachers(content)
    assert [(r.row, r.code) for r in rejected] == [(3, "text_too_long")]
    (row,) = accepted
    assert row.cleared == frozenset({"middle_name", "last_budget_number_year"})
    assert (row.middle_name, row.last_budget_number_year) == ("", None)
