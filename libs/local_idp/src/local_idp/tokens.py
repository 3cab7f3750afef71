"""Keycloak-shaped token claims, RS256 signing and verification."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import jwt

from local_idp.keys import ALGORITHM, KeyRing, SigningKey
from local_idp.realm import AttributeMapper, ClientConfig, SessionNoteMapper
from local_idp.store import User

Claims = dict[str, Any]
TokenTarget = Literal["access", "id", "userinfo", "introspection"]

TYP_ACCESS = "Bearer"
TYP_REFRESH = "Refresh"
TYP_ID = "ID"


class TokenError(Exception):
    """A token that must not be accepted; ``expired`` tells a stale token from a forged one."""

    def __init__(self, description: str, *, expired: bool = False) -> None:
        super().__init__(description)
        self.description = description
        self.expired = expired


@dataclass(frozen=True, slots=True)
class TokenContext:
    """Everything a token is about: who, for which client, in which session, when."""

    issuer: str
    client: ClientConfig
    user: User
    scope: str
    issued_at: int
    session_id: str | None = None
    session_notes: Mapping[str, str] = field(default_factory=dict)
    nonce: str | None = None


def realm_issuer(base_url: str, realm: str) -> str:
    return f"{base_url.rstrip('/')}/realms/{realm}"


def profile_claims(user: User) -> Claims:
    """The ``profile`` and ``email`` scope claims; absent values are left out like Keycloak."""
    claims: Claims = {"email_verified": user.email_verified}
    candidates: tuple[tuple[str, str | None], ...] = (
        ("name", user.full_name),
        ("preferred_username", user.username),
        ("given_name", user.first_name),
        ("family_name", user.last_name),
        ("email", user.email),
    )
    claims.update({key: value for key, value in candidates if value is not None})
    return claims


def mapper_claims(user: User, mappers: Iterable[AttributeMapper], target: TokenTarget) -> Claims:
    claims: Claims = {}
    for mapper in mappers:
        values = user.attributes.get(mapper.user_attribute)
        if not mapper.targets.includes(target) or not values:
            continue
        claims[mapper.claim_name] = list(values) if mapper.multivalued else values[0]
    return claims


def note_claims(
    notes: Mapping[str, str], mappers: Iterable[SessionNoteMapper], target: TokenTarget
) -> Claims:
    claims: Claims = {}
    for mapper in mappers:
        if mapper.targets.includes(target) and (value := notes.get(mapper.note)) is not None:
            claims[mapper.claim_name] = value
    return claims


def _session_claims(ctx: TokenContext) -> Claims:
    if ctx.session_id is None:
        return {}
    return {"sid": ctx.session_id, "session_state": ctx.session_id}


def access_token_claims(ctx: TokenContext, expires_at: int) -> Claims:
    user = ctx.user
    claims: Claims = {
        "exp": expires_at,
        "iat": ctx.issued_at,
        "jti": str(uuid.uuid4()),
        "iss": ctx.issuer,
        "aud": list(ctx.client.audiences),
        "sub": user.id,
        "typ": TYP_ACCESS,
        "azp": ctx.client.client_id,
        **_session_claims(ctx),
        "acr": "1",
        "realm_access": {"roles": list(user.realm_roles)},
    }
    if user.client_roles:
        claims["resource_access"] = {
            client: {"roles": list(roles)} for client, roles in user.client_roles.items() if roles
        }
    claims["scope"] = ctx.scope
    if user.service_account_client_id is not None:
        claims["clientId"] = user.service_account_client_id
    claims.update(profile_claims(user))
    claims.update(mapper_claims(user, ctx.client.attribute_mappers, "access"))
    claims.update(note_claims(ctx.session_notes, ctx.client.session_note_mappers, "access"))
    return claims


def refresh_token_claims(ctx: TokenContext, expires_at: int) -> Claims:
    return {
        "exp": expires_at,
        "iat": ctx.issued_at,
        "jti": str(uuid.uuid4()),
        "iss": ctx.issuer,
        "aud": ctx.issuer,
        "sub": ctx.user.id,
        "typ": TYP_REFRESH,
        "azp": ctx.client.client_id,
        **_session_claims(ctx),
        "scope": ctx.scope,
    }


def id_token_claims(ctx: TokenContext, expires_at: int, access_token: str) -> Claims:
    claims: Claims = {
        "exp": expires_at,
        "iat": ctx.issued_at,
        "jti": str(uuid.uuid4()),
        "iss": ctx.issuer,
        "aud": ctx.client.client_id,
        "sub": ctx.user.id,
        "typ": TYP_ID,
        "azp": ctx.client.client_id,
        **_session_claims(ctx),
        "at_hash": at_hash(access_token),
        "acr": "1",
    }
    if ctx.nonce is not None:
        claims["nonce"] = ctx.nonce
    claims.update(profile_claims(ctx.user))
    claims.update(mapper_claims(ctx.user, ctx.client.attribute_mappers, "id"))
    claims.update(note_claims(ctx.session_notes, ctx.client.session_note_mappers, "id"))
    return claims


def at_hash(access_token: str) -> str:
    digest = hashlib.sha256(access_token.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest[: len(digest) // 2]).rstrip(b"=").decode("ascii")


def sign(claims: Claims, key: SigningKey) -> str:
    return jwt.encode(claims, key.private_key, algorithm=ALGORITHM, headers={"kid": key.kid})


def verify(
    token: str,
    key_ring: KeyRing,
    *,
    realm: str,
    expected_typ: str | Collection[str],
    leeway: float = 0,
    check_expiry: bool = True,
) -> Claims:
    """Check signature, expiry, realm and ``typ``.

    The issuer's host is not compared: the same local IdP is often reached under several
    names (127.0.0.1, localhost, a compose service name).
    """
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError as exc:
        raise TokenError("Malformed token") from exc
    kid = header.get("kid")
    key = key_ring.find(kid) if isinstance(kid, str) else None
    if key is None or header.get("alg") != ALGORITHM:
        raise TokenError("Invalid token signature key")
    try:
        claims: Claims = jwt.decode(
            token,
            key.public_key,
            algorithms=[ALGORITHM],
            leeway=leeway,
            options={
                "verify_aud": False,
                "verify_exp": check_expiry,
                "require": ["exp", "iat", "iss", "sub", "typ"],
            },
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenError("Token is not active", expired=True) from exc
    except jwt.InvalidTokenError as exc:
        raise TokenError("Invalid token") from exc
    issuer = claims["iss"]
    if not isinstance(issuer, str) or not issuer.endswith(f"/realms/{realm}"):
        raise TokenError("Invalid token issuer")
    allowed = (expected_typ,) if isinstance(expected_typ, str) else expected_typ
    if claims["typ"] not in allowed:
        raise TokenError("Invalid token type")
    return claims
