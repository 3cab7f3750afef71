"""Limits of the text credits-svc takes from callers, in one place (the proto comments and the
provider CLI's documentation repeat them). Every limit is a refusal with a stable code, never a
silent cut. Pure and cheap: they run once per posted record."""

from __future__ import annotations

import re
from datetime import date

# Maximum lengths, in characters.
MAX_EXTERNAL_ID_LENGTH = 200
MAX_SNILS_LENGTH = 32  # 11 digits with separators: "112-233-445 95" is 14
MAX_DOCUMENT_NUMBER_LENGTH = 100
MAX_BATCH_ID_LENGTH = 200
MAX_SERIES_ID_LENGTH = 200
MAX_REASON_LENGTH = 1000
MAX_IDEMPOTENCY_KEY_LENGTH = 200
MAX_ENTERED_CODE_LENGTH = 40  # a code is 12 characters; spaces and dashes may group it
MAX_CLIENT_ADDRESS_LENGTH = 64  # an IPv6 address is at most 45 characters
ID_LENGTH = 36  # element and cycle ids are UUIDs in their canonical form

# Nothing in the NMO system was completed before it started (2016).
EARLIEST_COMPLETION = date(2016, 1, 1)

# A document number: Cyrillic and Latin letters, digits, spaces and - / . , № # ( ) _ :
# (no quotes, control characters or emoji: the number is printed on certificates and reports).
DOCUMENT_NUMBER_CHARACTERS = "А-Я а-я Ё ё A-Z a-z 0-9, пробел и - / . , № # ( ) _ :"
_DOCUMENT_NUMBER = re.compile(r"[0-9A-Za-zА-Яа-яЁё №#\-/.,()_:]*")
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_printable_text(value: str) -> bool:
    """No control characters (NUL among them) and no lone surrogates."""
    return value.isprintable()


def shown_safely(value: str) -> str:
    """`value` with every control character and lone surrogate replaced by U+FFFD: how a
    refused identifier is echoed back (and stored with the acknowledgement)."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in value)


def is_document_number(value: str) -> bool:
    return (
        len(value) <= MAX_DOCUMENT_NUMBER_LENGTH and _DOCUMENT_NUMBER.fullmatch(value) is not None
    )


def looks_like_id(value: str) -> bool:
    """A canonical lower-case UUID: anything else cannot name an element or a cycle, so it is
    not sent to catalog-svc (and cannot reach a cast to uuid in SQL)."""
    return len(value) == ID_LENGTH and _ID.fullmatch(value) is not None
