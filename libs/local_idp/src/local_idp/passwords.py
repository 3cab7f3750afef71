"""PBKDF2-SHA256 password hashes in Keycloak's credential shape."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

ALGORITHM = "pbkdf2-sha256"
DEFAULT_ITERATIONS = 27500
DERIVED_KEY_BYTES = 64
SALT_BYTES = 16


@dataclass(frozen=True, slots=True)
class PasswordHash:
    algorithm: str
    iterations: int
    salt: str
    value: str

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "hashIterations": self.iterations,
            "salt": self.salt,
            "value": self.value,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PasswordHash:
        return cls(
            algorithm=str(raw["algorithm"]),
            iterations=int(raw["hashIterations"]),
            salt=str(raw["salt"]),
            value=str(raw["value"]),
        )


def _derive(password: str, salt: bytes, iterations: int, length: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, length)


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS) -> PasswordHash:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(password, salt, iterations, DERIVED_KEY_BYTES)
    return PasswordHash(
        algorithm=ALGORITHM,
        iterations=iterations,
        salt=base64.b64encode(salt).decode("ascii"),
        value=base64.b64encode(derived).decode("ascii"),
    )


def verify_password(password: str, stored: PasswordHash) -> bool:
    if stored.algorithm != ALGORITHM:
        return False
    expected = base64.b64decode(stored.value)
    derived = _derive(password, base64.b64decode(stored.salt), stored.iterations, len(expected))
    return hmac.compare_digest(derived, expected)


async def hash_password_async(password: str) -> PasswordHash:
    return await asyncio.to_thread(hash_password, password)


async def verify_password_async(password: str, stored: PasswordHash) -> bool:
    return await asyncio.to_thread(verify_password, password, stored)
