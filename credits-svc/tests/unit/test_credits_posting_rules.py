import hashlib
from dataclasses import replace
from datetime import date

import pytest

from credits_svc.domain.posting import (
    BATCH_REJECTIONS,
    Rejection,
    ValidResult,
    batch_problem,
    normalised_snils,
    validate,
)
from credits_svc.domain.records import (
    Element,
    ElementKind,
    PostedResult,
    ProgramCycle,
    content_hash,
    legacy_payload_hash,
    payload_hash,
    payload_hash_matches,
)

PROVIDER = "p-1"
PROGRAM = Element(
    id="e-1",
    provider_id=PROVIDER,
    kind=ElementKind.PROGRAM,
    zet=36,
    main_specialty_code="31.08.36",
    additional_specialty_codes=("31.08.49",),
    starts_on=date(2025, 2, 3),
    ends_on=date(2025, 2, 28),
)
PERSONS = {"11223344595": "person-1"}


def result(**changes: object) -> PostedResult:
    values: dict[str, object] = {
        "external_id": "x-1",
        "snils": "112-233-445 95",
        "element_id": "e-1",
        "zet": 36,
        "completed_on": "2025-02-28",
    }
    values.update(changes)
    return PostedResult(**values)  # type: ignore[arg-type]


def check(
    posted: PostedResult, elements: dict[str, Element] | None = None
) -> ValidResult | Rejection:
    return validate(
        posted,
        provider_id=PROVIDER,
        elements={"e-1": PROGRAM} if elements is None else elements,
        persons_by_snils=PERSONS,
    )


def test_a_valid_result_is_normalised() -> None:
    checked = check(result())
    assert isinstance(checked, ValidResult)
    assert (checked.snils, checked.person_id, checked.zet, checked.completed_on) == (
        "11223344595",
        "person-1",
        36,
        date(2025, 2, 28),
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"external_id": "  "}, "missing_external_id"),
        ({"snils": "112-233-445 96"}, "invalid_snils"),
        ({"completed_on": "28.02.2025"}, "invalid_date"),
        ({"zet": -1}, "invalid_zet"),
        ({"element_id": "e-404"}, "unknown_element"),
        ({"snils": "000-000-111 03"}, "person_not_found"),
        ({"completed_on": "2025-02-02"}, "completion_outside_element_dates"),
        ({"completed_on": "2025-03-01"}, "completion_outside_element_dates"),
        ({"zet": 37}, "zet_over_element"),
    ],
)
def test_each_problem_has_its_stable_reason(changes: dict[str, object], code: str) -> None:
    checked = check(result(**changes))
    assert isinstance(checked, Rejection)
    assert checked.code == code
    assert checked.message  # a Russian message the provider can show


def test_an_element_of_another_provider_is_refused() -> None:
    checked = check(result(), {"e-1": replace(PROGRAM, provider_id="p-2")})
    assert isinstance(checked, Rejection)
    assert checked.code == "element_not_owned"


def test_elements_without_dates_accept_any_completion_date() -> None:
    module = replace(PROGRAM, kind=ElementKind.MODULE, starts_on=None, ends_on=None, zet=2)
    checked = check(result(zet=2, completed_on="2030-01-01"), {"e-1": module})
    assert isinstance(checked, ValidResult)


def test_payload_hash_is_canonical_json_of_the_records_in_order() -> None:
    records = [result(), result(external_id="x-2")]
    expected = hashlib.sha256(
        b'[["x-1","112-233-445 95","e-1",36,"2025-02-28","",""],'
        b'["x-2","112-233-445 95","e-1",36,"2025-02-28","",""]]'
    ).hexdigest()
    assert payload_hash(records) == expected
    assert payload_hash(list(reversed(records))) != expected


def test_content_hash_tells_content_apart() -> None:
    same = content_hash("11223344595", "e-1", 36, date(2025, 2, 28))
    assert same == content_hash("11223344595", "e-1", 36, date(2025, 2, 28))
    assert same != content_hash("11223344595", "e-1", 35, date(2025, 2, 28))


def test_first_version_clients_may_send_the_five_field_hash() -> None:
    records = [result()]
    legacy = hashlib.sha256(b'[["x-1","112-233-445 95","e-1",36,"2025-02-28"]]').hexdigest()
    assert payload_hash_matches(records, legacy)
    assert payload_hash_matches(records, payload_hash(records))
    # Not once a record uses a field the old form does not cover.
    with_document = [result(document_number="У-1")]
    assert not payload_hash_matches(with_document, legacy_payload_hash(with_document))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("112-233-445 95", "11223344595"),
        ("11223344595", "11223344595"),
        ("1 1 2 2 3 3 4 4 5 9 5", "11223344595"),  # longer than the memoised length
        ("112-233-445 96", None),
        ("1" * 40, None),
    ],
)
def test_snils_is_normalised_the_same_way_every_time(written: str, expected: str | None) -> None:
    for _ in range(2):  # the second time from the memo (for short inputs)
        assert normalised_snils(result(snils=written)) == expected


# -- hostile and impossible records (issue 11): each is refused with its own reason -------------

MODULE = replace(PROGRAM, kind=ElementKind.MODULE, starts_on=None, ends_on=None, zet=2)
CYCLE = ProgramCycle("c-1", "e-1", date(2025, 2, 10), date(2025, 2, 20))


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"document_number": "У-1\x00"}, "invalid_document_number"),
        ({"document_number": "У-1 🎓"}, "invalid_document_number"),
        ({"document_number": 'У-"1"'}, "invalid_document_number"),
        ({"document_number": "У-1'"}, "invalid_document_number"),
        ({"document_number": "7" * 101}, "invalid_document_number"),
        ({"external_id": "x\x00"}, "invalid_external_id"),
        ({"external_id": "x\ud800"}, "invalid_external_id"),
        ({"external_id": "x" * 201}, "external_id_too_long"),
        ({"snils": "1" * 33}, "invalid_snils"),
        ({"snils": "112-233-445 95\x00"}, "invalid_snils"),
        ({"completed_on": "1900-01-01"}, "completion_too_early"),
        ({"completed_on": "2015-12-31"}, "completion_too_early"),
        ({"completed_on": "2025-02-28\x00"}, "invalid_date"),
        ({"element_id": "e-1\x00"}, "unknown_element"),
    ],
)
def test_hostile_fields_are_refused_with_their_reason(
    changes: dict[str, object], code: str
) -> None:
    checked = check(result(**changes))
    assert isinstance(checked, Rejection)
    assert (checked.code, bool(checked.message)) == (code, True)


def test_elements_without_dates_still_refuse_completions_before_2016() -> None:
    assert isinstance(check(result(zet=2, completed_on="2016-01-01"), {"e-1": MODULE}), ValidResult)
    refused = check(result(zet=2, completed_on="1900-01-01"), {"e-1": MODULE})
    assert isinstance(refused, Rejection)
    assert refused.code == "completion_too_early"


def test_a_completion_before_the_cycle_starts_is_refused_though_the_program_started() -> None:
    def with_cycle(day: str) -> ValidResult | Rejection:
        return validate(
            result(completed_on=day, program_cycle_id="c-1"),
            provider_id=PROVIDER,
            elements={"e-1": PROGRAM},
            persons_by_snils=PERSONS,
            cycles={"c-1": CYCLE},
        )

    assert isinstance(with_cycle("2025-02-15"), ValidResult)
    early = with_cycle("2025-02-05")  # within the program's dates, before the cycle's start
    assert isinstance(early, Rejection)
    assert early.code == "completion_outside_cycle_dates"


@pytest.mark.parametrize(
    "number", ["", "У-123/2025", "№ 77 0001234", "ПК-12.3 (копия)", "AB_12:34, #5"]
)
def test_documented_document_number_characters_are_accepted(number: str) -> None:
    checked = check(result(document_number=number))
    assert isinstance(checked, ValidResult)
    assert checked.document_number == number.strip()


def test_a_completion_after_today_is_refused() -> None:
    checked = validate(
        result(completed_on="2025-02-28"),
        provider_id=PROVIDER,
        elements={"e-1": PROGRAM},
        persons_by_snils=PERSONS,
        today=date(2025, 2, 27),
    )
    assert isinstance(checked, Rejection)
    assert checked.code == "completion_in_future"


@pytest.mark.parametrize(
    ("batch_id", "series_id", "records", "code"),
    [
        ("b-1", "", 1000, None),
        ("  ", "", 1, "missing_batch_id"),
        ("b" * 201, "", 1, "invalid_batch_id"),
        ("b-1\x00", "", 1, "invalid_batch_id"),
        ("b-1", "s" * 201, 1, "invalid_series_id"),
        ("b-1", "s\x00", 1, "invalid_series_id"),
        ("b-1", "", 1001, "batch_too_large"),
    ],
)
def test_batch_level_problems(
    batch_id: str, series_id: str, records: int, code: str | None
) -> None:
    assert batch_problem(batch_id, series_id, records) == code
    if code is not None:
        assert BATCH_REJECTIONS[code]
