"""Forged and misused tokens are refused by the gateway and by a service called directly.

The forgeries are made with the running identity provider's own signing key (read from its
data folder), so that each one differs from a valid token in exactly the one way it attacks;
a control token made the same way with nothing wrong is accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from tests.e2e.conftest import Tokens, graphql

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import bearer
from local_idp.keys import KeyRing, SigningKey
from local_idp.persistence import read_json
from local_idp.store import KEYS_FILE

pytestmark = pytest.mark.e2e


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def active_key(platform: DevStack) -> SigningKey:
    return KeyRing.from_json(read_json(platform.data_dir / "idp" / KEYS_FILE)).active


@pytest.fixture(scope="module")
def session(tokens: Tokens) -> dict[str, str]:
    """A real login of the demo specialist, with an ID token (scope openid)."""
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD, scope="openid")


@pytest.fixture(scope="module")
def claims(session: dict[str, str]) -> dict[str, Any]:
    real: dict[str, Any] = jwt.decode(session["access_token"], options={"verify_signature": False})
    now = int(time.time())
    return {**real, "iat": now, "exp": now + 300}


def signed(platform: DevStack, claims: dict[str, Any], **changes: Any) -> str:
    key = active_key(platform)
    return jwt.encode({**claims, **changes}, key.private_key, "RS256", headers={"kid": key.kid})


def alg_none(platform: DevStack, claims: dict[str, Any]) -> str:
    header = {"alg": "none", "typ": "JWT", "kid": active_key(platform).kid}
    return f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}."


def hs256_with_public_key(platform: DevStack, claims: dict[str, Any]) -> str:
    """The classic key confusion: HMAC keyed with the RSA public key the verifier trusts."""
    key = active_key(platform)
    secret = key.public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = {"alg": "HS256", "typ": "JWT", "kid": key.kid}
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


def unknown_kid(platform: DevStack, claims: dict[str, Any]) -> str:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(claims, stranger, "RS256", headers={"kid": "not-a-key-of-this-realm"})


def foreign_key_with_real_kid(platform: DevStack, claims: dict[str, Any]) -> str:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(claims, stranger, "RS256", headers={"kid": active_key(platform).kid})


Forgery = Callable[[DevStack, dict[str, Any], dict[str, str]], str]

FORGERIES: dict[str, Forgery] = {
    "alg_none": lambda p, c, s: alg_none(p, c),
    "hs256_signed_with_the_public_key": lambda p, c, s: hs256_with_public_key(p, c),
    "unknown_kid": lambda p, c, s: unknown_kid(p, c),
    "another_key_under_the_real_kid": lambda p, c, s: foreign_key_with_real_kid(p, c),
    "wrong_issuer": lambda p, c, s: signed(p, c, iss="http://127.0.0.1:1/realms/cpd"),
    "wrong_audience": lambda p, c, s: signed(p, c, aud="another-api"),
    "expired": lambda p, c, s: signed(p, c, iat=int(time.time()) - 600, exp=int(time.time()) - 60),
    "refresh_token": lambda p, c, s: s["refresh_token"],
    "id_token": lambda p, c, s: s["id_token"],
    "tampered_payload": lambda p, c, s: tamper(s["access_token"]),
}


def tamper(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["realm_access"] = {"roles": ["admin"]}
    return f"{header}.{b64(json.dumps(claims).encode())}.{signature}"


@pytest.fixture(scope="module")
def identity_stub(platform: DevStack) -> Iterator[identity_pb2_grpc.IdentityServiceStub]:
    with grpc.insecure_channel(platform.target("identity")) as channel:
        yield identity_pb2_grpc.IdentityServiceStub(channel)


def test_the_control_token_forged_correctly_is_accepted_by_both(
    platform: DevStack,
    claims: dict[str, Any],
    identity_stub: identity_pb2_grpc.IdentityServiceStub,
) -> None:
    token = signed(platform, claims)
    body = graphql(platform, "{ me { id } }", token).json()
    assert body["data"]["me"]["id"] == demo.SPECIALIST_PERSON_ID
    reply = identity_stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(token), timeout=5)
    assert reply.person.id == demo.SPECIALIST_PERSON_ID


@pytest.mark.parametrize("attack", list(FORGERIES))
def test_the_gateway_refuses(
    platform: DevStack, claims: dict[str, Any], session: dict[str, str], attack: str
) -> None:
    token = FORGERIES[attack](platform, claims, session)
    response = graphql(platform, "{ me { id } }", token)
    assert response.status_code == 401, response.text
    assert "data" not in response.json() or not response.json().get("data")


@pytest.mark.parametrize("attack", list(FORGERIES))
def test_a_service_called_directly_refuses(
    platform: DevStack,
    claims: dict[str, Any],
    session: dict[str, str],
    identity_stub: identity_pb2_grpc.IdentityServiceStub,
    attack: str,
) -> None:
    token = FORGERIES[attack](platform, claims, session)
    with pytest.raises(grpc.RpcError) as caught:
        identity_stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(token), timeout=5)
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED  # type: ignore[attr-defined]
