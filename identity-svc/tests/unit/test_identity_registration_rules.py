"""Registration rules: each refusal is typed, and the bounds are where the rules put them."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from cpd_platform.errors import InvalidArgument
from identity_svc.domain.person import ConsentKind, PersonKind, Sex
from identity_svc.domain.registration import (
    CONSENT_TEXT_VERSIONS,
    MAX_AGE,
    MIN_AGE,
    RegistrationForm,
    age_on,
    check_birth_date,
    check_registration,
)

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)
TODAY = NOW.date()

FORM = RegistrationForm(
    kind=PersonKind.SPECIALIST_HIGHER,
    citizenship="ru",
    region_code="16",
    snils="112-233-445 95",
    last_name="  Смирнова ",
    first_name="Анна",
    patronymic="",
    sex=Sex.FEMALE,
    birth_date="1985-04-12",
    email="Anna@Example.org",
    phone="8 (912) 345-67-89",
    password="correct horse",
    consents=dict(CONSENT_TEXT_VERSIONS),
)


def code_of(form: RegistrationForm) -> str:
    with pytest.raises(InvalidArgument) as caught:
        check_registration(form, NOW)
    return caught.value.code


def test_a_complete_form_is_normalised_and_the_consents_carry_time_and_version() -> None:
    registration = check_registration(FORM, NOW)
    assert registration.snils == "11223344595"
    assert registration.last_name == "Смирнова"
    assert registration.patronymic is None
    assert registration.citizenship == "RU"
    assert registration.email == "anna@example.org"
    assert registration.phone == "+79123456789"
    assert registration.birth_date == date(1985, 4, 12)
    assert {(c.kind, c.text_version, c.agreed_at) for c in registration.consents} == {
        (ConsentKind.PERSONAL_DATA, CONSENT_TEXT_VERSIONS[ConsentKind.PERSONAL_DATA], NOW),
        (ConsentKind.USER_AGREEMENT, CONSENT_TEXT_VERSIONS[ConsentKind.USER_AGREEMENT], NOW),
    }


def test_the_fingerprint_is_the_same_for_the_same_data_in_another_format_and_not_the_password() -> (
    None
):
    first = check_registration(FORM, NOW)
    retyped = replace(
        FORM,
        snils="11223344595",
        email="anna@example.org",
        phone="+79123456789",
        password="other password",
    )
    assert check_registration(retyped, NOW).fingerprint == first.fingerprint
    assert (
        check_registration(replace(FORM, first_name="Анна-Мария"), NOW).fingerprint
        != first.fingerprint
    )
    assert (
        check_registration(replace(FORM, idempotency_key="k1"), NOW).fingerprint
        != first.fingerprint
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"snils": "112-233-445 96"}, "invalid_snils"),
        ({"snils": "1122334459"}, "invalid_snils"),
        ({"email": "anna@"}, "invalid_email"),
        ({"phone": "12345"}, "invalid_phone"),
        ({"region_code": "00"}, "unknown_region"),
        ({"region_code": "Татарстан"}, "unknown_region"),
        ({"citizenship": "Россия"}, "invalid_citizenship"),
        ({"last_name": "  "}, "last_name_required"),
        ({"first_name": ""}, "first_name_required"),
        ({"first_name": "Анна1"}, "invalid_first_name"),
        ({"patronymic": "<script>"}, "invalid_patronymic"),
        ({"kind": None}, "kind_required"),
        ({"sex": None}, "sex_required"),
        ({"birth_date": "12.04.1985"}, "invalid_birth_date"),
        ({"password": "short"}, "weak_password"),
        ({"consents": {ConsentKind.USER_AGREEMENT: "2025-01"}}, "consent_required"),
        ({"consents": {ConsentKind.PERSONAL_DATA: "2025-01"}}, "consent_required"),
        ({"consents": {}}, "consent_required"),
        (
            {
                "consents": {
                    ConsentKind.PERSONAL_DATA: "2019-01",
                    ConsentKind.USER_AGREEMENT: "2025-01",
                }
            },
            "outdated_consent",
        ),
    ],
)
def test_each_broken_rule_has_its_stable_code_and_a_russian_message(
    changes: dict[str, object], code: str
) -> None:
    form = replace(FORM, **changes)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument) as caught:
        check_registration(form, NOW)
    assert caught.value.code == code
    assert any("а" <= ch <= "я" for ch in caught.value.message.lower())


def birthday(years_ago: int, days: int = 0) -> date:
    return TODAY.replace(year=TODAY.year - years_ago) + timedelta(days=days)


def test_age_bounds_are_inclusive_to_the_day() -> None:
    assert (MIN_AGE, MAX_AGE) == (14, 100)
    # The 14th birthday is today: registered; tomorrow's would be too young.
    assert check_birth_date(birthday(MIN_AGE), TODAY) == birthday(MIN_AGE)
    assert code_of(replace(FORM, birth_date=birthday(MIN_AGE, days=1).isoformat())) == "too_young"
    # Aged exactly 100 until the day before the 101st birthday.
    assert check_birth_date(birthday(MAX_AGE + 1, days=1), TODAY) == birthday(MAX_AGE + 1, days=1)
    assert (
        code_of(replace(FORM, birth_date=birthday(MAX_AGE + 1).isoformat())) == "birth_date_too_old"
    )


def test_a_birth_date_in_the_future_is_its_own_error() -> None:
    assert (
        code_of(replace(FORM, birth_date=birthday(0, days=1).isoformat())) == "birth_date_in_future"
    )
    assert code_of(replace(FORM, birth_date=birthday(0).isoformat())) == "too_young"


def test_age_counts_leap_day_birthdays_from_the_first_of_march() -> None:
    assert age_on(date(2008, 2, 29), date(2022, 2, 28)) == 13
    assert age_on(date(2008, 2, 29), date(2022, 3, 1)) == 14
