"""SNILS as people type it: ``112-233-445 95``, ``112 233 445 95`` or ``11223344595``.

Usernames in the realm are the 11 digits; the login page and the ESIA broker normalise
before the lookup. (The check number is validated by identity-svc at registration.) A PESEL, the
username of a person in Poland, is 11 digits too and goes through the same normalisation.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]")
SNILS_DIGITS = 11


def normalise_snils(raw: str) -> str | None:
    """The 11 digits of a SNILS written with or without separators, or ``None``."""
    digits = _SEPARATORS.sub("", raw)
    if len(digits) != SNILS_DIGITS or not digits.isascii() or not digits.isdigit():
        return None
    return digits


def login_name(raw: str) -> str:
    """What the login page looks up: a SNILS in any format becomes its digits; anything else
    (e.g. a technical account's username) is used as typed."""
    stripped = raw.strip()
    return normalise_snils(stripped) or stripped
