from dataclasses import replace
from datetime import date

import pytest

from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.imports import parse_schools, parse_teachers
from pk_regional_svc.domain.structure import SchoolKind, TeacherProfile, missing_profile_fields

COMPLETE = TeacherProfile(
    birth_year=1980,
    position="учитель",
    subjects=("математика",),
    qualification_category="высшая",
    last_training_on=date(2021, 3, 1),
    last_training_topic="ФГОС",
    last_training_organisation="ИРО РТ",
    no_retraining=True,
    teaching_since_year=2005,
)


def test_a_complete_profile_misses_nothing() -> None:
    assert missing_profile_fields(COMPLETE, 2025) == []


def test_an_empty_profile_lists_every_mandatory_field() -> None:
    assert missing_profile_fields(TeacherProfile(), 2025) == [
        "birth_year",
        "position",
        "subjects",
        "qualification_category",
        "teaching_since_year",
        "last_training_on",
        "last_training_topic",
        "last_training_organisation",
        "last_retraining_on",
    ]


def test_never_trained_needs_no_training_fields() -> None:
    profile = replace(COMPLETE, never_trained=True, last_training_on=None, last_training_topic="")
    assert missing_profile_fields(profile, 2025) == []


@pytest.mark.parametrize(("since", "needs_graduation"), [(2023, True), (2022, False)])
def test_young_teachers_give_their_graduation_year(since: int, needs_graduation: bool) -> None:
    profile = replace(COMPLETE, teaching_since_year=since)
    assert ("graduation_year" in missing_profile_fields(profile, 2025)) is needs_graduation


def test_schools_csv_with_rejected_rows_by_line_number() -> None:
    content = (
        "municipality;code;name;kind\n"
        "Район;1001;Школа №1;general\n"
        "Район;1002;Детский сад;дошкольная\n"
        ";1003;Без района;general\n"
        "Район;1004;Странная;космическая\n"
        "Район;1001;Дубль;general\n"
    ).encode()
    accepted, rejected = parse_schools(content)
    assert [(s.code, s.kind) for s in accepted] == [
        ("1001", SchoolKind.GENERAL),
        ("1002", SchoolKind.PRESCHOOL),
    ]
    assert [(r.row, r.code) for r in rejected] == [
        (4, "missing_value"),
        (5, "invalid_school_kind"),
        (6, "duplicate_in_file"),
    ]


def test_teachers_csv_parses_dates_years_and_subjects() -> None:
    content = (
        "\ufeffschool_code,snils,family_name,given_name,subjects,last_training,last_retraining\n"
        "1001,112-233-445 95,Иванова,Анна,математика|информатика,14.05.2021,2019\n"
        "1001,11223344596,Петров,Пётр,,,\n"
        "1001,11223344595,Дубль,Дубль,,,\n"
        "1001,00000000000,Сидоров,Иван,,2021-13-01,\n"
    ).encode()
    accepted, rejected = parse_teachers(content)
    assert len(accepted) == 1
    row = accepted[0]
    assert row.snils == "11223344595"
    assert row.subjects == ("математика", "информатика")
    assert row.last_training_on == date(2021, 5, 14) and row.last_retraining_year == 2019
    assert [(r.row, r.code) for r in rejected] == [
        (3, "invalid_snils"),
        (4, "duplicate_in_file"),
        (5, "invalid_date"),
    ]


def test_a_file_without_required_columns_is_refused_as_a_whole() -> None:
    with pytest.raises(InvalidArgument) as caught:
        parse_teachers(b"snils,family_name\n1,2\n")
    assert caught.value.code == "missing_columns"
