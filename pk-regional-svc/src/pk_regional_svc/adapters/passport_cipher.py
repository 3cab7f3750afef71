"""Application-level encryption of passport data (AES-256-GCM).

Each ciphertext is stored with the id of the key that made it, so keys can rotate: new data is
encrypted with the current key, old data is still read with the older keys listed in settings.
The row's id is the associated data: a ciphertext copied onto another row does not decrypt.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pk_regional_svc.domain.application import Passport

NONCE_BYTES = 12
# Only for environment=dev (the local run and tests); anything else must set its own key.
DEV_KEY_ID = "dev"
DEV_KEY = base64.b64decode("ZGV2LW9ubHktcGFzc3BvcnQta2V5LWNwZC0zMmJ5dGU=")


class PassportKeyError(RuntimeError):
    """The service refuses to start without a proper key."""


@dataclass(frozen=True, slots=True)
class Sealed:
    key_id: str
    blob: bytes  # nonce || ciphertext+tag


def decode_key(text: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise PassportKeyError("passport key is not valid base64") from None
    if len(key) != 32:
        raise PassportKeyError("passport key must be 32 bytes (AES-256)")
    return key


class PassportCipher:
    def __init__(self, keys: Mapping[str, bytes], current_key_id: str) -> None:
        if current_key_id not in keys:
            raise PassportKeyError("the current passport key id has no key")
        self._aead = {kid: AESGCM(key) for kid, key in keys.items()}
        self.current_key_id = current_key_id

    @classmethod
    def from_settings(
        cls, *, key: str, key_id: str, old_keys: str, environment: str
    ) -> PassportCipher:
        """`old_keys`: "id1:base64,id2:base64" for reading data sealed with retired keys."""
        keys: dict[str, bytes] = {}
        for item in filter(None, (part.strip() for part in old_keys.split(","))):
            kid, sep, encoded = item.partition(":")
            if not sep or not kid:
                raise PassportKeyError("old passport keys must look like id:base64")
            keys[kid] = decode_key(encoded)
        if key:
            keys[key_id] = decode_key(key)
            return cls(keys, key_id)
        if environment != "dev":
            raise PassportKeyError(
                "PK_REGIONAL_PASSPORT_KEY is required outside environment=dev (32 bytes, base64)"
            )
        keys[DEV_KEY_ID] = DEV_KEY
        return cls(keys, DEV_KEY_ID)

    def seal(self, passport: Passport, row_id: str) -> Sealed:
        plain = json.dumps(
            {
                "series": passport.series,
                "number": passport.number,
                "issuer": passport.issuer,
                "issued_on": passport.issued_on.isoformat(),
            },
            ensure_ascii=False,
        ).encode()
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead[self.current_key_id].encrypt(nonce, plain, row_id.encode())
        return Sealed(self.current_key_id, nonce + sealed)

    def open(self, sealed: Sealed, row_id: str) -> Passport:
        aead = self._aead.get(sealed.key_id)
        if aead is None:
            raise PassportKeyError(f"no passport key with id {sealed.key_id!r}")
        nonce, body = sealed.blob[:NONCE_BYTES], sealed.blob[NONCE_BYTES:]
        try:
            plain = aead.decrypt(nonce, body, row_id.encode())
        except InvalidTag:
            raise PassportKeyError("passport data does not decrypt with its key") from None
        data = json.loads(plain)
        return Passport(
            data["series"], data["number"], data["issuer"], date.fromisoformat(data["issued_on"])
        )
