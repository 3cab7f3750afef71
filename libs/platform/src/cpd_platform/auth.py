"""Bearer-token verification (RS256 JWTs from Keycloak or the local identity provider).

Checks: RS256 only, a known `kid` (JWKS cached, refetched at most once per `min_refetch_seconds`
when an unknown kid shows up), issuer, audience, expiry and `typ=Bearer`, so that refresh and ID
tokens are never accepted as access tokens. The principal itself is `cpd_platform.principal`.

A verified token is remembered (by its full text) until it expires, so a request that passes
the same token through the gateway and several services pays for the RSA check once per process.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import httpx
import jwt

from cpd_platform.errors import Unauthenticated
from cpd_platform.principal import Principal

ALGORITHM = "RS256"


class InvalidToken(Unauthenticated):
    def __init__(self, reason: str) -> None:
        super().__init__("unauthenticated", "Требуется вход в систему: токен недействителен")
        self.reason = reason


principal_var: ContextVar[Principal | None] = ContextVar("principal", default=None)


def current_principal() -> Principal:
    principal = principal_var.get()
    if principal is None:
        raise Unauthenticated("unauthenticated", "Требуется вход в систему")
    return principal


class JwksCache:
    def __init__(
        self,
        jwks_url: str,
        *,
        http: httpx.AsyncClient | None = None,
        min_refetch_seconds: float = 10.0,
        timeout: float = 5.0,
    ) -> None:
        self._url = jwks_url
        self._http = http
        self._timeout = timeout
        self._min_refetch = min_refetch_seconds
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> jwt.PyJWK:
        key = self._keys.get(kid)
        if key is not None:
            return key
        async with self._lock:
            if kid not in self._keys and time.monotonic() - self._fetched_at >= self._min_refetch:
                await self._refetch()
        try:
            return self._keys[kid]
        except KeyError:
            raise InvalidToken("unknown kid") from None

    async def _refetch(self) -> None:
        self._fetched_at = time.monotonic()
        if self._http is None:
            async with httpx.AsyncClient(timeout=self._timeout) as http:
                response = await http.get(self._url)
        else:
            response = await self._http.get(self._url, timeout=self._timeout)
        response.raise_for_status()
        keys = jwt.PyJWKSet.from_dict(response.json()).keys
        self._keys = {k.key_id: k for k in keys if k.key_id and k.algorithm_name == ALGORITHM}


class VerifiedTokens:
    """The principals of tokens already verified, until their `exp`, least recently used out."""

    def __init__(self, maxsize: int = 10_000) -> None:
        self._maxsize = maxsize
        self._entries: OrderedDict[str, tuple[float, Principal]] = OrderedDict()

    def get(self, token: str, now: float) -> Principal | None:
        entry = self._entries.get(token)
        if entry is None:
            return None
        expires_at, principal = entry
        if now >= expires_at:
            del self._entries[token]
            return None
        self._entries.move_to_end(token)
        return principal

    def put(self, token: str, expires_at: float, principal: Principal) -> None:
        self._entries[token] = (expires_at, principal)
        self._entries.move_to_end(token)
        while len(self._entries) > self._maxsize:
            self._entries.popitem(last=False)


class TokenVerifier:
    def __init__(
        self,
        issuer: str,
        audience: str,
        jwks: JwksCache,
        leeway: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._issuer = issuer
        self._audience = audience
        self._jwks = jwks
        self._leeway = leeway
        self._clock = clock
        self._verified = VerifiedTokens()

    @classmethod
    def for_issuer(cls, issuer: str, audience: str) -> TokenVerifier:
        return cls(issuer, audience, JwksCache(f"{issuer}/protocol/openid-connect/certs"))

    async def verify(self, token: str) -> Principal:
        remembered = self._verified.get(token, self._clock())
        if remembered is not None:
            return remembered
        principal, expires_at = await self._verify(token)
        self._verified.put(token, expires_at, principal)
        return principal

    async def _verify(self, token: str) -> tuple[Principal, float]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise InvalidToken("malformed") from None
        if header.get("alg") != ALGORITHM:
            raise InvalidToken("algorithm not allowed")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise InvalidToken("no kid")
        key = await self._jwks.key(kid)
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                leeway=self._leeway,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(type(exc).__name__) from None
        if claims.get("typ") != "Bearer":
            raise InvalidToken("not an access token")
        return Principal.from_claims(claims, token), float(claims["exp"])


def bearer_from_header(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
