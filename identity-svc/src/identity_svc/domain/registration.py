"""Registration rules: what a person must give to register, checked before anything is created.

Numbers are data: the age bounds and the versions of the consent texts in force. A physician in
Poland (kind `smk_physician`) registers with a PESEL and a licence number (PWZ) instead of a SNILS
and a Russian region; the PESEL gives the birth date and the sex.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from cpd_platform.errors import InvalidArgument
from cpd_platform.regions import is_region_code
from cpd_platform.snils import parse_snils
from identity_svc.domain.contacts import normalise_email, normalise_phone
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.person import (
    Consent,
    ConsentKind,
    NationalId,
    PersonKind,
    Sex,
    national_id_of,
)
from identity_svc.domain.polish_identity import check_pesel, check_required_pwz

# A person registers from their 14th birthday (students of medical colleges) to their 100th year.
MIN_AGE = 14
MAX_AGE = 100
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
MAX_NAME_LENGTH = 100

# The versions of the texts people agree to now; a consent to another version is refused.
CONSENT_TEXT_VERSIONS: Mapping[ConsentKind, str] = {
    ConsentKind.PERSONAL_DATA: "2025-01",
    ConsentKind.USER_AGREEMENT: "2025-01",
}
CONSENT_NAMES: Mapping[ConsentKind, str] = {
    ConsentKind.PERSONAL_DATA: "согласие на обработку персональных данных",
    ConsentKind.USER_AGREEMENT: "согласие с пользовательским соглашением",
}

# Cyrillic, and Latin with its accented letters (Latin-1 and Latin Extended-A: Polish ą ć ę ł ń
# ó ś ź ż among them).
_LETTERS = "A-Za-zÀ-ÖØ-öø-ž" + "А-Яа-яЁё"
_NAME = re.compile(rf"^[{_LETTERS}]+([ '\-][{_LETTERS}]+)*$")
_CITIZENSHIP = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class RegistrationForm:
    """What the person typed (strings as given; consents as kind → text version)."""

    kind: PersonKind | None
    citizenship: str
    region_code: str
    snils: str
    last_name: str
    first_name: str
    patronymic: str
    sex: Sex | None
    birth_date: str
    email: str
    phone: str
    password: str
    consents: Mapping[ConsentKind, str]
    idempotency_key: str = ""
    pesel: str = ""
    pwz: str = ""


@dataclass(frozen=True, slots=True)
class Registration:
    """A checked registration, normalised."""

    kind: PersonKind
    citizenship: str
    region_code: str | None
    snils: str | None
    last_name: str
    first_name: str
    patronymic: str | None
    sex: Sex
    birth_date: date
    email: str
    phone: str
    password: str
    consents: tuple[Consent, ...]
    fingerprint: str
    pesel: str | None = None
    pwz: str | None = None

    @property
    def national_id(self) -> NationalId:
        return national_id_of(self.snils, self.pesel)


def age_on(birth_date: date, today: date) -> int:
    return (
        today.year
        - birth_date.year
        - ((today.month, today.day) < (birth_date.month, birth_date.day))
    )


def check_birth_date(raw: str | date, today: date) -> date:
    if isinstance(raw, date):
        born = raw
    else:
        try:
            born = date.fromisoformat(raw.strip())
        except ValueError:
            raise InvalidArgument(
                "invalid_birth_date", "Дата рождения указана неверно: нужна дата ГГГГ-ММ-ДД"
            ) from None
    if born > today:
        raise InvalidArgument("birth_date_in_future", "Дата рождения не может быть в будущем")
    age = age_on(born, today)
    if age < MIN_AGE:
        raise InvalidArgument("too_young", f"Зарегистрироваться можно с {MIN_AGE} лет")
    if age > MAX_AGE:
        raise InvalidArgument(
            "birth_date_too_old", f"Проверьте дату рождения: возраст больше {MAX_AGE} лет"
        )
    return born


def check_optional_name(raw: str, field_code: str, label: str) -> str | None:
    """A name part with single spaces, or None when empty."""
    value = " ".join(raw.split())
    if not value:
        return None
    if len(value) > MAX_NAME_LENGTH or not _NAME.match(value):
        raise InvalidArgument(
            f"invalid_{field_code}",
            f"Поле «{label}» может содержать только буквы, пробел, дефис и апостроф",
        )
    return value


def check_name(raw: str, field_code: str, label: str) -> str:
    value = check_optional_name(raw, field_code, label)
    if value is None:
        raise InvalidArgument(f"{field_code}_required", f"Укажите {label}")
    return value


def check_region(code: str) -> str:
    value = code.strip()
    if not is_region_code(value):
        raise InvalidArgument("unknown_region", "Регион не найден в справочнике субъектов РФ")
    return value


def check_citizenship(code: str) -> str:
    value = code.strip().upper()
    if not _CITIZENSHIP.match(value):
        raise InvalidArgument(
            "invalid_citizenship", "Гражданство указывается двухбуквенным кодом страны, например RU"
        )
    return value


def check_password(password: str) -> str:
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise InvalidArgument(
            "weak_password",
            f"Пароль должен содержать от {MIN_PASSWORD_LENGTH} до {MAX_PASSWORD_LENGTH} символов",
        )
    return password


def check_consents(given: Mapping[ConsentKind, str], now: datetime) -> tuple[Consent, ...]:
    consents = []
    for kind, current in CONSENT_TEXT_VERSIONS.items():
        version = given.get(kind, "").strip()
        if not version:
            raise InvalidArgument("consent_required", f"Нужно {CONSENT_NAMES[kind]}")
        if version != current:
            raise InvalidArgument(
                "outdated_consent",
                f"Текст ({CONSENT_NAMES[kind]}) обновился: ознакомьтесь с версией {current}",
            )
        consents.append(Consent(kind, version, now))
    return tuple(consents)


def fingerprint(values: Mapping[str, object]) -> str:
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _Identity:
    """Who the registering person is in their country's register, and what it decides."""

    snils: str | None
    pesel: str | None
    pwz: str | None
    region_code: str | None
    sex: Sex
    birth_date: date


def _identity(form: RegistrationForm, today: date) -> _Identity:
    if form.kind is PersonKind.SMK_PHYSICIAN:
        person = check_pesel(form.pesel)
        return _Identity(
            snils=None,
            pesel=person.pesel,
            pwz=check_required_pwz(form.pwz),
            region_code=None,
            sex=person.sex,
            birth_date=check_birth_date(person.birth_date, today),
        )
    if form.sex is None:
        raise InvalidArgument("sex_required", "Укажите пол")
    return _Identity(
        snils=parse_snils(form.snils),
        pesel=None,
        pwz=None,
        region_code=check_region(form.region_code),
        sex=form.sex,
        birth_date=check_birth_date(form.birth_date, today),
    )


def check_registration(form: RegistrationForm, now: datetime) -> Registration:
    """The normalised registration, or the first rule it breaks (InvalidArgument)."""
    check_lengths(
        {
            "citizenship": form.citizenship,
            "region_code": form.region_code,
            "snils": form.snils,
            "pesel": form.pesel,
            "pwz": form.pwz,
            "last_name": form.last_name,
            "first_name": form.first_name,
            "patronymic": form.patronymic,
            "birth_date": form.birth_date,
            "email": form.email,
            "phone": form.phone,
            "password": form.password,
            "idempotency_key": form.idempotency_key,
        }
    )
    for version in form.consents.values():
        check_lengths({"text_version": version})
    if form.kind is None:
        raise InvalidArgument(
            "kind_required",
            "Укажите, кто вы: специалист с высшим или средним образованием, педагог",
        )
    identity = _identity(form, now.date())
    registration = Registration(
        kind=form.kind,
        citizenship=check_citizenship(form.citizenship),
        region_code=identity.region_code,
        snils=identity.snils,
        pesel=identity.pesel,
        pwz=identity.pwz,
        last_name=check_name(form.last_name, "last_name", "фамилия"),
        first_name=check_name(form.first_name, "first_name", "имя"),
        patronymic=check_optional_name(form.patronymic, "patronymic", "отчество"),
        sex=identity.sex,
        birth_date=identity.birth_date,
        email=normalise_email(form.email),
        phone=normalise_phone(form.phone),
        password=check_password(form.password),
        consents=check_consents(form.consents, now),
        fingerprint="",
    )
    data = {
        "kind": registration.kind,
        "citizenship": registration.citizenship,
        "region_code": registration.region_code,
        "snils": registration.snils,
        "names": [registration.last_name, registration.first_name, registration.patronymic],
        "sex": registration.sex,
        "birth_date": registration.birth_date.isoformat(),
        "email": registration.email,
        "phone": registration.phone,
        "consents": {c.kind: c.text_version for c in registration.consents},
        "idempotency_key": form.idempotency_key.strip(),
    }
    if registration.pesel is not None:
        # Only then: the fingerprints of SNILS registrations stay what they were.
        data |= {"pesel": registration.pesel, "pwz": registration.pwz}
    return replace(registration, fingerprint=fingerprint(data))
