"""A brokered login (ESIA, Profil Zaufany) in identity-svc's integration tests: an account in
the identity provider and a principal carrying the broker's claims."""

from __future__ import annotations

import uuid
from typing import Any

import jwt

from cpd_platform.principal import Principal
from local_idp.pytest_plugin import RunningIdp


async def brokered_principal(
    idp: RunningIdp, username_prefix: str, claims: dict[str, Any], snils: str | None = None
) -> Principal:
    """A new account named `<username_prefix>-...` and its principal whose token holds
    `claims` (those given as None left out); the service reads claims the interceptor has
    verified, here they are given directly."""
    subject = await idp.create_user(
        username=f"{username_prefix}-{uuid.uuid4().hex[:10]}",
        password="x" * 12,
        attributes={},
        roles=[],
    )
    values = {"sub": subject, **claims}
    token = jwt.encode({k: v for k, v in values.items() if v is not None}, "k" * 32, "HS256")
    return Principal(subject, "web", frozenset(), None, snils, token)
