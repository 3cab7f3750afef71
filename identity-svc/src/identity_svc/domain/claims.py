"""Reading the claims of a login brokered from an external identity provider (ESIA, Profil
Zaufany): the identity provider's mappers put the external profile into the token."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cpd_platform.errors import InvalidArgument
from identity_svc.domain.contacts import normalise_email

Incomplete = Callable[[str], Exception]
"""Makes the error for a missing claim from the missing item's name, as people read it."""


def claim_text(claims: Mapping[str, Any], name: str, label: str, incomplete: Incomplete) -> str:
    """The claim with single spaces, or the provider's "incomplete data" error."""
    value = claims.get(name)
    if not isinstance(value, str) or not value.strip():
        raise incomplete(label)
    return " ".join(value.split())


def optional_claim_text(claims: Mapping[str, Any], name: str) -> str | None:
    value = claims.get(name)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def claim_email(claims: Mapping[str, Any]) -> str | None:
    """The e-mail claim when it is a valid address (never required)."""
    raw = claims.get("email")
    if not isinstance(raw, str):
        return None
    try:
        return normalise_email(raw)
    except InvalidArgument:
        return None
