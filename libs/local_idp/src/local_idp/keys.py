"""RS256 signing keys: the active one signs, the previous one still verifies after rotation."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ALGORITHM = "RS256"
KEY_SIZE = 2048


def _b64url_uint(value: int) -> str:
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class SigningKey:
    kid: str
    private_key: rsa.RSAPrivateKey
    created_at: int

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        return self.private_key.public_key()

    def public_jwk(self) -> dict[str, Any]:
        numbers = self.public_key.public_numbers()
        return {
            "kid": self.kid,
            "kty": "RSA",
            "alg": ALGORITHM,
            "use": "sig",
            "n": _b64url_uint(numbers.n),
            "e": _b64url_uint(numbers.e),
        }

    def public_key_der_b64(self) -> str:
        """SubjectPublicKeyInfo DER in base64, as Keycloak's realm ``public_key``."""
        der = self.public_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return base64.b64encode(der).decode("ascii")

    def private_pem(self) -> str:
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {"kid": self.kid, "createdAt": self.created_at, "privateKeyPem": self.private_pem()}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SigningKey:
        key = serialization.load_pem_private_key(raw["privateKeyPem"].encode("ascii"), None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError(f"signing key {raw.get('kid')} is not an RSA key")
        return cls(kid=str(raw["kid"]), private_key=key, created_at=int(raw["createdAt"]))


def jwk_thumbprint(public_key: rsa.RSAPublicKey) -> str:
    """RFC 7638 thumbprint, a stable ``kid`` for the key."""
    numbers = public_key.public_numbers()
    canonical = json.dumps(
        {"e": _b64url_uint(numbers.e), "kty": "RSA", "n": _b64url_uint(numbers.n)},
        separators=(",", ":"),
        sort_keys=True,
    )
    digest = hashlib.sha256(canonical.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def generate_signing_key() -> SigningKey:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    return SigningKey(
        kid=jwk_thumbprint(private_key.public_key()),
        private_key=private_key,
        created_at=int(time.time()),
    )


@dataclass(frozen=True, slots=True)
class KeyRing:
    active: SigningKey
    previous: SigningKey | None = None

    def rotated(self, new_key: SigningKey) -> KeyRing:
        return KeyRing(active=new_key, previous=self.active)

    def verification_keys(self) -> tuple[SigningKey, ...]:
        return (self.active,) if self.previous is None else (self.active, self.previous)

    def find(self, kid: str) -> SigningKey | None:
        return next((key for key in self.verification_keys() if key.kid == kid), None)

    def jwks(self) -> dict[str, Any]:
        return {"keys": [key.public_jwk() for key in self.verification_keys()]}

    def to_json(self) -> dict[str, Any]:
        return {
            "active": self.active.to_json(),
            "previous": None if self.previous is None else self.previous.to_json(),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KeyRing:
        previous = raw.get("previous")
        return cls(
            active=SigningKey.from_json(raw["active"]),
            previous=None if previous is None else SigningKey.from_json(previous),
        )
