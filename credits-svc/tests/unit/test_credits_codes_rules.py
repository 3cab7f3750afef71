"""Confirmation codes: alphabet and length, redemption reasons, verification."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from credits_svc.domain.codes import (
    CODE_ALPHABET,
    CODE_LENGTH,
    REDEMPTION_REJECTIONS,
    AttemptLimits,
    CodeStatus,
    EventNotFinished,
    IssuedCode,
    Verdict,
    attempt_counters,
    check_code,
    credit_date,
    ensure_over,
    first_day_after,
    is_over,
    is_well_formed,
    new_code,
    normalised_code,
    usable_address,
    verify,
)
from credits_svc.domain.records import Element, ElementKind


def test_codes_are_12_latin_capitals_and_digits_and_do_not_repeat() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == CODE_LENGTH == 12 for c in codes)
    assert set("".join(codes)) <= set(CODE_ALPHABET)
    assert set(CODE_ALPHABET) == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    # Every character of the alphabet shows up: the draw covers it.
    assert set("".join(codes)) == set(CODE_ALPHABET)


def test_entered_codes_are_normalised_and_checked_for_form() -> None:
    assert normalised_code(" ab12-cd34 ef56 ") == "AB12CD34EF56"
    assert is_well_formed("AB12CD34EF56")
    assert not is_well_formed("AB12CD34EF5")
    assert not is_well_formed("AB12CD34EF5Ж")


CODE = IssuedCode("AB12CD34EF56", "event-1", "provider-1", "", CodeStatus.ISSUED, "")


@pytest.mark.parametrize(
    ("found", "snils", "event_id", "reason"),
    [
        (None, "11223344595", "", "code_not_found"),
        (
            IssuedCode("X" * 12, "event-1", "p", "", CodeStatus.PENDING, "person-2"),
            "11223344595",
            "",
            "code_already_used",
        ),
        (CODE, "11223344595", "event-2", "code_for_other_event"),
        (
            IssuedCode("X" * 12, "event-1", "p", "99999999999", CodeStatus.ISSUED, ""),
            "11223344595",
            "",
            "code_bound_to_other_person",
        ),
    ],
)
def test_each_redemption_problem_has_a_reason_people_can_read(
    found: IssuedCode | None, snils: str, event_id: str, reason: str
) -> None:
    rejected = check_code(found, person_id="person-1", person_snils=snils, event_id=event_id)
    assert rejected is not None and rejected.code == reason
    assert rejected.message == REDEMPTION_REJECTIONS[reason]


def test_a_good_code_passes_whether_bound_to_the_person_or_not() -> None:
    assert check_code(CODE, person_id="p", person_snils="11223344595", event_id="") is None
    bound = IssuedCode("X" * 12, "event-1", "p", "11223344595", CodeStatus.ISSUED, "")
    assert check_code(bound, person_id="p", person_snils="11223344595", event_id="event-1") is None


def test_russian_reasons_cover_the_issue() -> None:
    messages = " ".join(REDEMPTION_REJECTIONS.values()).lower()
    for phrase in (
        "код уже использован",
        "код относится к другому мероприятию",
        "мероприятие не включено в план",
        "вы не отмечены в списке присутствия",
        "код не найден",
        "код выдан другому участнику",
    ):
        assert phrase in messages


NOW = datetime(2025, 5, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("has_list", "attended", "age", "verdict"),
    [
        (True, True, timedelta(0), Verdict.ACCEPT),
        (True, False, timedelta(0), Verdict.REJECT),
        (False, False, timedelta(hours=1), Verdict.WAIT),
        (False, False, timedelta(hours=6), Verdict.ACCEPT),
    ],
)
def test_verification_by_list_or_after_the_delay(
    has_list: bool, attended: bool, age: timedelta, verdict: Verdict
) -> None:
    assert (
        verify(
            has_attendance_list=has_list,
            attended=attended,
            entered_at=NOW - age,
            now=NOW,
            auto_accept_after=timedelta(hours=6),
        )
        is verdict
    )


# -- codes wait for the end of their event (issue 12) ------------------------------------------

EVENT = Element(
    id="ev-1",
    provider_id="p-1",
    kind=ElementKind.EVENT,
    zet=4,
    main_specialty_code="31.08.36",
    additional_specialty_codes=(),
    starts_on=date(2025, 4, 10),
    ends_on=date(2025, 4, 11),
)


@pytest.mark.parametrize(
    ("today", "over"),
    [
        (date(2025, 4, 9), False),
        (date(2025, 4, 10), False),
        (date(2025, 4, 11), False),  # its last day: it may still be going on
        (date(2025, 4, 12), True),
        (date(2026, 1, 1), True),
    ],
)
def test_an_event_is_over_from_the_day_after_its_last_day(today: date, over: bool) -> None:
    assert is_over(EVENT, today) is over
    assert first_day_after(EVENT) == date(2025, 4, 12)
    if over:
        ensure_over(EVENT, today)
    else:
        with pytest.raises(EventNotFinished) as caught:
            ensure_over(EVENT, today)
        assert caught.value.code == "event_not_finished"
        assert "12.04.2025" in caught.value.message


def test_a_one_day_event_ends_on_its_start_and_an_undated_one_is_never_waited_for() -> None:
    one_day = replace(EVENT, ends_on=None)
    assert first_day_after(one_day) == date(2025, 4, 11)
    undated = replace(EVENT, starts_on=None, ends_on=None)
    assert first_day_after(undated) is None
    assert is_over(undated, date(2000, 1, 1))


def test_a_code_credit_is_never_dated_after_the_day_it_is_recorded() -> None:
    assert credit_date(date(2025, 4, 11), date(2025, 4, 12), date(2025, 4, 13)) == date(2025, 4, 11)
    assert credit_date(date(2025, 4, 20), date(2025, 4, 12), date(2025, 4, 13)) == date(2025, 4, 13)
    assert credit_date(None, date(2025, 4, 12), date(2025, 4, 13)) == date(2025, 4, 12)


def test_failed_attempts_count_per_person_per_person_and_event_and_per_address() -> None:
    limits = AttemptLimits(per_person=20, per_person_event=5, per_address=500)
    assert attempt_counters(limits, "p-1", "", "") == [("person:p-1", 20)]
    assert attempt_counters(limits, "p-1", "ev-1", "10.0.0.1") == [
        ("person:p-1", 20),
        ("person-event:p-1:ev-1", 5),
        ("address:10.0.0.1", 500),
    ]
    # Two people behind one address share only the (much higher) flood guard.
    mine = set(attempt_counters(limits, "p-1", "ev-1", "10.0.0.1"))
    theirs = set(attempt_counters(limits, "p-2", "ev-1", "10.0.0.1"))
    assert mine & theirs == {("address:10.0.0.1", 500)}


@pytest.mark.parametrize(
    ("given", "usable"),
    [
        ("10.0.0.1", "10.0.0.1"),
        ("2001:db8:85a3:0:0:8a2e:370:7334", "2001:db8:85a3:0:0:8a2e:370:7334"),
        ("", ""),
        ("1" * 65, ""),
        ("10.0.0.1\x00", ""),
    ],
)
def test_only_something_that_can_be_an_address_gets_a_counter(given: str, usable: str) -> None:
    assert usable_address(given) == usable
