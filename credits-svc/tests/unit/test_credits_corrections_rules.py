"""Corrections: reasons required, only the current record of a chain, real changes only."""

from dataclasses import replace
from datetime import date

import pytest
from credits_fakes import credit_record

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from credits_svc.domain.corrections import (
    checked_reason,
    ensure_current,
    is_change,
    parse_correction,
)
from credits_svc.domain.events import recorded_payload_of, voided_payload_of
from credits_svc.domain.records import CreditStatus

RECORD = credit_record(
    main_specialty_code="31.08.36",
    additional_specialty_codes=("31.08.49",),
)
TODAY = date(2025, 6, 1)


def test_a_reason_is_required() -> None:
    assert checked_reason("  опечатка в дате  ") == "опечатка в дате"
    with pytest.raises(InvalidArgument) as caught:
        checked_reason("   ")
    assert caught.value.code == "reason_required"


@pytest.mark.parametrize(
    ("status", "code"),
    [(CreditStatus.VOIDED, "credit_voided"), (CreditStatus.SUPERSEDED, "credit_superseded")],
)
def test_only_the_current_record_of_a_chain_changes(status: CreditStatus, code: str) -> None:
    ensure_current(RECORD)
    with pytest.raises(FailedPrecondition) as caught:
        ensure_current(replace(RECORD, status=status))
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("zet", "day", "code"),
    [
        (3, "2025-05-01", "zet_over_element"),
        (-1, "2025-05-01", "invalid_zet"),
        (1, "2025-13-01", "invalid_date"),
        (1, "2025-07-01", "completion_in_future"),
        (1, "1900-01-01", "completion_too_early"),
    ],
)
def test_corrected_content_is_checked(zet: int, day: str, code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        parse_correction(zet, day, "", max_zet=2, today=TODAY)
    assert caught.value.code == code


@pytest.mark.parametrize("number", ["У-1\x00", "У-1 🎓", 'У-"1"', "7" * 101])
def test_a_corrected_document_number_is_checked_not_cut(number: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        parse_correction(1, "2025-05-01", number, max_zet=2, today=TODAY)
    assert caught.value.code == "invalid_document_number"


def test_an_overlong_reason_is_refused_not_cut() -> None:
    assert checked_reason("я" * 1000) == "я" * 1000
    with pytest.raises(InvalidArgument) as caught:
        checked_reason("я" * 1001)
    assert caught.value.code == "reason_too_long"


def test_a_correction_must_change_something() -> None:
    same = parse_correction(2, "2025-05-01", "", max_zet=2, today=TODAY)
    assert not is_change(RECORD, same)
    assert is_change(RECORD, parse_correction(1, "2025-05-01", "", max_zet=2, today=TODAY))
    assert is_change(RECORD, parse_correction(2, "2025-05-01", "У-2", max_zet=2, today=TODAY))


def test_events_of_a_correction_chain_reference_each_other() -> None:
    new = replace(RECORD, id="r-2", zet=1, corrects_id="r-1")
    voided = voided_payload_of(RECORD, "опечатка", replaced_by="r-2")
    recorded = recorded_payload_of(new)
    assert (voided["credit_id"], voided["replaced_by"], voided["person_id"]) == (
        "r-1",
        "r-2",
        "person-1",
    )
    assert (recorded["credit_id"], recorded["corrects_id"], recorded["zet"]) == ("r-2", "r-1", 1)
    # The fields plan-svc requires are all there.
    assert {
        "credit_id",
        "person_id",
        "element_id",
        "element_kind",
        "main_specialty_code",
        "additional_specialty_codes",
        "zet",
        "completed_on",
    } <= set(recorded)
