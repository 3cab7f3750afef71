"""Persons in Poland (SMK): a physician registers with a PESEL and a licence number (PWZ), the
PESEL decides the birth date and the sex, a Profil Zaufany login makes a person by PESEL, and
the profile of a person with a PESEL keeps the PESEL's facts."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from cpd_platform.errors import DomainError
from cpd_platform.pesel import pesel_with_check_digit
from cpd_platform.pwz import pwz_with_check_digit
from identity_svc.domain.brokered_logins import brokered_login
from identity_svc.domain.person import NationalId, NationalIdKind, Person, PersonKind, Sex
from identity_svc.domain.profil_zaufany import PROFIL_ZAUFANY, person_from_pz
from identity_svc.domain.registration import (
    CONSENT_TEXT_VERSIONS,
    RegistrationForm,
    check_registration,
)
from identity_svc.service_layer.profile import ProfileChanges, apply_changes, editable_fields

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)
# Born 14 February 1990 (month 02 in the 1900s); the serial's last digit 2 is even: a woman.
PESEL = pesel_with_check_digit("9002140122")
PWZ = pwz_with_check_digit("425740")

FORM = RegistrationForm(
    kind=PersonKind.SMK_PHYSICIAN,
    citizenship="pl",
    region_code="",
    snils="",
    pesel=f" {PESEL} ",
    pwz=PWZ,
    last_name="Wiśniewska",
    first_name="Małgorzata",
    patronymic="",
    sex=None,
    birth_date="",
    email="m.wisniewska@example.pl",
    phone="+48 601 234 567",
    password="correct horse",
    consents=dict(CONSENT_TEXT_VERSIONS),
)


def code_of(form: RegistrationForm) -> tuple[str, str]:
    with pytest.raises(DomainError) as caught:
        check_registration(form, NOW)
    return caught.value.code, caught.value.message


def test_a_physician_registers_with_a_pesel_that_gives_the_birth_date_and_the_sex() -> None:
    registration = check_registration(FORM, NOW)
    assert registration.pesel == PESEL
    assert registration.pwz == PWZ == "5425740"
    assert registration.snils is None and registration.region_code is None
    assert registration.birth_date == date(1990, 2, 14)
    assert registration.sex is Sex.FEMALE
    assert registration.citizenship == "PL"
    assert registration.last_name == "Wiśniewska"
    assert registration.national_id == NationalId(NationalIdKind.PESEL, PESEL)


def test_the_pesel_decides_the_century_and_the_sex() -> None:
    # Month 22 = February of the 2000s; serial ending in 1 (odd): a man, 19 years old in 2025.
    young = pesel_with_check_digit("0622140011")
    registration = check_registration(replace(FORM, pesel=young), NOW)
    assert (registration.birth_date, registration.sex) == (date(2006, 2, 14), Sex.MALE)


@pytest.mark.parametrize(
    "pesel",
    [
        "",
        "9002140121",  # ten digits
        PESEL[:10] + str((int(PESEL[10]) + 1) % 10),  # a wrong check digit
        pesel_with_check_digit("9013140122"),  # month 13: no century has it
        pesel_with_check_digit("9002300122"),  # 30 February
        "9002140122a",
    ],
)
def test_a_bad_pesel_is_refused_in_polish(pesel: str) -> None:
    code, message = code_of(replace(FORM, pesel=pesel))
    assert code == "invalid_pesel"
    assert message.startswith("Nieprawidłowy numer PESEL")


def test_a_pesel_of_a_child_is_too_young_to_register() -> None:
    child = pesel_with_check_digit("2022140012")  # born 14 February 2020
    assert code_of(replace(FORM, pesel=child))[0] == "too_young"


@pytest.mark.parametrize("pwz", ["", "542574", "4425740", "0000000", "54257401"])
def test_a_physician_needs_a_licence_number_with_its_check_digit(pwz: str) -> None:
    code, message = code_of(replace(FORM, pwz=pwz))
    assert code == "invalid_pwz"
    assert message.startswith("Nieprawidłowy numer prawa wykonywania zawodu")


def test_the_snils_and_the_region_are_not_read_for_a_physician_in_poland() -> None:
    retyped = replace(FORM, snils="garbage", region_code="99", sex=Sex.MALE, birth_date="x")
    assert check_registration(retyped, NOW).fingerprint == check_registration(FORM, NOW).fingerprint


def test_a_russian_registration_ignores_pesel_and_pwz() -> None:
    russian = replace(
        FORM,
        kind=PersonKind.SPECIALIST_HIGHER,
        snils="112-233-445 95",
        region_code="16",
        sex=Sex.FEMALE,
        birth_date="1985-04-12",
        pesel="nonsense",
        pwz="nonsense",
    )
    registration = check_registration(russian, NOW)
    assert (registration.snils, registration.pesel, registration.pwz) == ("11223344595", None, None)
    assert registration.national_id == NationalId(NationalIdKind.SNILS, "11223344595")


CLAIMS = {
    "identity_provider": PROFIL_ZAUFANY,
    "pesel": PESEL,
    "family_name": "Wiśniewska",
    "given_name": " Małgorzata ",
    "email": "M.Wisniewska@example.pl",
}


def test_a_profil_zaufany_login_names_the_person_by_pesel() -> None:
    login = brokered_login(CLAIMS)
    assert login is not None
    assert login.national_id == NationalId(NationalIdKind.PESEL, PESEL)
    person = login.new_person(person_id="p1", subject="s1")
    assert (person.pesel, person.snils, person.pwz) == (PESEL, None, None)
    assert (person.birth_date, person.sex) == (date(1990, 2, 14), Sex.FEMALE)
    assert (person.last_name, person.first_name) == ("Wiśniewska", "Małgorzata")
    assert person.email == "m.wisniewska@example.pl"
    assert person.citizenship == "PL"


def test_a_password_login_is_not_brokered_and_esia_still_names_a_snils() -> None:
    assert brokered_login({"pesel": PESEL}) is None
    esia = brokered_login({"identity_provider": "esia", "snils": "112-233-445 95"})
    assert esia is not None
    assert esia.national_id == NationalId(NationalIdKind.SNILS, "11223344595")


@pytest.mark.parametrize(
    ("claims", "code"),
    [
        ({k: v for k, v in CLAIMS.items() if k != "pesel"}, "pz_data_incomplete"),
        ({**CLAIMS, "pesel": "12345678901"}, "invalid_pesel"),
        ({k: v for k, v in CLAIMS.items() if k != "family_name"}, "pz_data_incomplete"),
    ],
)
def test_profil_zaufany_data_without_a_valid_pesel_or_names_is_refused(
    claims: dict[str, str], code: str
) -> None:
    with pytest.raises(DomainError) as caught:
        person_from_pz(claims, person_id="p1", subject="s1")
    assert caught.value.code == code


POLISH = Person(
    id="p1",
    subject="s1",
    snils=None,
    pesel=PESEL,
    last_name="Wiśniewska",
    first_name="Małgorzata",
    patronymic=None,
    birth_date=date(1990, 2, 14),
    sex=Sex.FEMALE,
    region_code=None,
    email=None,
)


def test_a_person_with_a_pesel_changes_the_licence_number_but_not_what_the_pesel_decides() -> None:
    editable = editable_fields(POLISH)
    assert "pwz" in editable
    assert {"sex", "birth_date", "region_code"}.isdisjoint(editable)
    assert "pwz" not in editable_fields(replace(POLISH, pesel=None, snils="11223344595"))
    changed = apply_changes(POLISH, ProfileChanges(frozenset({"pwz"}), {"pwz": f" {PWZ} "}), NOW)
    assert changed.pwz == PWZ
    removed = apply_changes(changed, ProfileChanges(frozenset({"pwz"}), {"pwz": ""}), NOW)
    assert removed.pwz is None
    with pytest.raises(DomainError) as caught:
        apply_changes(POLISH, ProfileChanges(frozenset({"pwz"}), {"pwz": "1234567"}), NOW)
    assert caught.value.code == "invalid_pwz"
