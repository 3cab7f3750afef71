"""E-mail addresses and phone numbers as people type them, normalised or refused."""

from __future__ import annotations

import re

from cpd_platform.errors import InvalidArgument

MAX_EMAIL_LENGTH = 254
MAX_LOCAL_PART = 64
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_DOMAIN_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_TLD = re.compile(r"^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$")

_PHONE_SEPARATORS = re.compile(r"[\s()\-.]")
RUSSIAN_PREFIX = "+7"
_E164_MIN_DIGITS = 8
_E164_MAX_DIGITS = 15


class InvalidEmail(InvalidArgument):
    def __init__(self) -> None:
        super().__init__("invalid_email", "Адрес электронной почты указан неверно")


class InvalidPhone(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(
            "invalid_phone",
            "Номер телефона указан неверно: для России — 10 цифр после +7 или 8, "
            "для других стран — в международном формате",
        )


def normalise_email(raw: str) -> str:
    """A plain ASCII address `local@domain.tld`, lower-cased (as the identity provider stores it).
    Internationalised domains must be given in their punycode form."""
    value = raw.strip().lower()
    local, at, domain = value.rpartition("@")
    if not at or len(value) > MAX_EMAIL_LENGTH or not local or len(local) > MAX_LOCAL_PART:
        raise InvalidEmail()
    if not _LOCAL_PART.match(local):
        raise InvalidEmail()
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        raise InvalidEmail()
    if not _TLD.match(labels[-1]):
        raise InvalidEmail()
    return value


def normalise_phone(raw: str) -> str:
    """Russian numbers as +7XXXXXXXXXX (from +7…, 8…, 7… or ten digits starting with 9);
    other countries' numbers in E.164 (+ and 8 to 15 digits)."""
    value = _PHONE_SEPARATORS.sub("", raw.strip())
    plus = value.startswith("+")
    digits = value[1:] if plus else value
    if not digits.isascii() or not digits.isdigit():
        raise InvalidPhone()
    if plus:
        if digits.startswith("7"):
            if len(digits) != 11:
                raise InvalidPhone()
            return RUSSIAN_PREFIX + digits[1:]
        if digits.startswith("0") or not _E164_MIN_DIGITS <= len(digits) <= _E164_MAX_DIGITS:
            raise InvalidPhone()
        return "+" + digits
    if len(digits) == 11 and digits[0] in "78":
        return RUSSIAN_PREFIX + digits[1:]
    if len(digits) == 10 and digits[0] == "9":
        return RUSSIAN_PREFIX + digits
    raise InvalidPhone()
