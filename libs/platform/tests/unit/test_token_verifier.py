"""TokenVerifier refuses everything but an RS256 access token of our issuer and audience.

The JWKS endpoint is an httpx MockTransport: the identity provider is outside this unit."""

import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from cpd_platform.auth import InvalidToken, JwksCache, TokenVerifier, VerifiedTokens
from cpd_platform.principal import Principal

ISSUER = "http://idp.test/realms/cpd"
AUDIENCE = "cpd-api"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OTHER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, Any]:
    data = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**data, "kid": kid, "alg": "RS256", "use": "sig"}


class Jwks:
    def __init__(self) -> None:
        self.keys = [jwk(KEY, "k1")]
        self.fetches = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.fetches += 1
        return httpx.Response(200, json={"keys": self.keys})


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    values = {
        "iss": ISSUER,
        "aud": [AUDIENCE],
        "sub": "user-1",
        "typ": "Bearer",
        "azp": "web",
        "iat": now,
        "exp": now + 300,
        "realm_access": {"roles": ["specialist"]},
        "person_id": "p-1",
        "snils": "11223344595",
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def sign(payload: dict[str, Any], key: rsa.RSAPrivateKey = KEY, kid: str = "k1") -> str:
    return jwt.encode(payload, key, algorithm="RS256", headers={"kid": kid})


@pytest.fixture
def jwks() -> Jwks:
    return Jwks()


@pytest.fixture
async def verifier(jwks: Jwks) -> AsyncIterator[TokenVerifier]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(jwks.handler)) as http:
        yield TokenVerifier(
            ISSUER, AUDIENCE, JwksCache(f"{ISSUER}/certs", http=http, min_refetch_seconds=60)
        )


async def test_a_valid_access_token_gives_the_principal(verifier: TokenVerifier) -> None:
    principal = await verifier.verify(sign(claims()))
    assert (principal.subject, principal.client_id, principal.person_id, principal.snils) == (
        "user-1",
        "web",
        "p-1",
        "11223344595",
    )
    assert principal.roles == frozenset({"specialist"})


def b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


async def test_alg_none_is_refused(verifier: TokenVerifier) -> None:
    token = f"{b64({'alg': 'none', 'kid': 'k1'})}.{b64(claims())}."
    with pytest.raises(InvalidToken):
        await verifier.verify(token)


async def test_hs256_signed_with_the_public_key_is_refused(verifier: TokenVerifier) -> None:
    public_pem = KEY.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = b64({"alg": "HS256", "kid": "k1", "typ": "JWT"})
    body = b64(claims())
    signature = (
        base64.urlsafe_b64encode(
            hmac.new(public_pem, f"{header}.{body}".encode(), hashlib.sha256).digest()
        )
        .rstrip(b"=")
        .decode()
    )
    with pytest.raises(InvalidToken):
        await verifier.verify(f"{header}.{body}.{signature}")


@pytest.mark.parametrize(
    "payload",
    [
        claims(iss="http://evil.test/realms/cpd"),
        claims(aud=["another-api"]),
        claims(aud="web"),
        claims(exp=int(time.time()) - 60),
        claims(typ="Refresh"),
        claims(typ="ID"),
        claims(typ=None),
        claims(sub=None),
    ],
    ids=["issuer", "audience", "id-token-audience", "expired", "refresh", "id", "no-typ", "no-sub"],
)
async def test_tokens_that_are_not_our_access_tokens_are_refused(
    verifier: TokenVerifier, payload: dict[str, Any]
) -> None:
    with pytest.raises(InvalidToken):
        await verifier.verify(sign(payload))


async def test_a_token_signed_by_another_key_under_a_known_kid_is_refused(
    verifier: TokenVerifier,
) -> None:
    with pytest.raises(InvalidToken):
        await verifier.verify(sign(claims(), key=OTHER_KEY))


async def test_unknown_kids_do_not_refetch_the_keys_within_the_throttle_interval(
    verifier: TokenVerifier, jwks: Jwks
) -> None:
    await verifier.verify(sign(claims()))
    assert jwks.fetches == 1
    for _ in range(3):
        with pytest.raises(InvalidToken):
            await verifier.verify(sign(claims(), key=OTHER_KEY, kid="k2"))
    assert jwks.fetches == 1


async def test_a_rotated_key_is_found_after_a_refetch() -> None:
    jwks = Jwks()
    http = httpx.AsyncClient(transport=httpx.MockTransport(jwks.handler))
    verifier = TokenVerifier(
        ISSUER, AUDIENCE, JwksCache(f"{ISSUER}/certs", http=http, min_refetch_seconds=0)
    )
    await verifier.verify(sign(claims()))
    jwks.keys.append(jwk(OTHER_KEY, "k2"))
    principal = await verifier.verify(sign(claims(), key=OTHER_KEY, kid="k2"))
    assert principal.subject == "user-1"
    await http.aclose()


async def test_a_verified_token_is_remembered_until_it_expires(jwks: Jwks) -> None:
    now = [float(int(time.time()))]
    verified: list[int] = []
    async with httpx.AsyncClient(transport=httpx.MockTransport(jwks.handler)) as http:
        verifier = TokenVerifier(
            ISSUER, AUDIENCE, JwksCache(f"{ISSUER}/certs", http=http), clock=lambda: now[0]
        )
        original_verify = verifier._verify

        async def counting(token: str) -> tuple[Any, float]:
            verified.append(1)
            return await original_verify(token)

        verifier._verify = counting  # type: ignore[method-assign]
        token = sign(claims(exp=int(now[0]) + 60))
        first = await verifier.verify(token)
        assert await verifier.verify(token) is first
        assert len(verified) == 1
        # A token that differs in one character is checked on its own, and refused.
        with pytest.raises(InvalidToken):
            await verifier.verify(token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1])
        # At its expiry the token is checked again (and PyJWT decides, as for any token).
        now[0] += 60
        await verifier.verify(token)
        assert len(verified) == 3


def test_remembered_tokens_are_bounded_least_recently_used_first() -> None:
    remembered = VerifiedTokens(maxsize=2)
    principals = {
        name: Principal(name, "web", frozenset(), None, None, name) for name in ("a", "b", "c")
    }
    remembered.put("a", 100.0, principals["a"])
    remembered.put("b", 100.0, principals["b"])
    assert remembered.get("a", 0.0) is principals["a"]
    remembered.put("c", 100.0, principals["c"])
    assert (remembered.get("a", 0.0), remembered.get("b", 0.0), remembered.get("c", 0.0)) == (
        principals["a"],
        None,
        principals["c"],
    )
    assert remembered.get("a", 100.0) is None
