"""PKCE (RFC 7636) for the authorization-code flow. Only S256 is accepted: ``plain`` gives
no protection against a stolen code and Keycloak clients here require S256."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

S256 = "S256"
PLAIN = "plain"
# RFC 7636 §4.1: 43–128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
# A S256 challenge is base64url(sha256) without padding: 43 characters.
_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")


class PkceError(ValueError):
    """Carries Keycloak's ``error_description``."""


def s256_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def check_challenge(challenge: str | None, method: str | None, required: str | None) -> None:
    """Validate the /auth parameters. ``required`` is the client's configured method."""
    if not challenge:
        if required:
            raise PkceError("Missing parameter: code_challenge")
        if method:
            raise PkceError("Missing parameter: code_challenge")
        return
    if not method:
        raise PkceError("Missing parameter: code_challenge_method")
    if method == PLAIN or method != S256:
        raise PkceError("Invalid parameter: code challenge method is not supported")
    if required and method != required:
        raise PkceError(
            "Invalid parameter: code challenge method is not matching the configured one"
        )
    if not _CHALLENGE.match(challenge):
        raise PkceError("Invalid parameter: code_challenge")


def verify(verifier: str | None, challenge: str | None) -> None:
    """At the token endpoint: the verifier must hash to the challenge given at /auth."""
    if challenge is None:
        if verifier:
            raise PkceError(
                "PKCE code verifier specified but challenge not present in authorization"
            )
        return
    if not verifier:
        raise PkceError("PKCE code verifier not specified")
    if not _VERIFIER.match(verifier):
        raise PkceError("PKCE invalid code verifier")
    if not hmac.compare_digest(s256_challenge(verifier), challenge):
        raise PkceError("PKCE verification failed: Code mismatch")
