"""A service's own identity: a client-credentials token of its client at the identity provider
(`<P>SERVICE_CLIENT_ID` / `<P>SERVICE_CLIENT_SECRET`), sent as `x-service-authorization` next to
the caller's forwarded token when a call needs to say which service makes it (the called
service reads it with `cpd_platform.context.calling_service()`).

Fetched when first needed and kept until shortly before it expires; an identity provider out of
reach is a dependency outage (`UNAVAILABLE`), never a silent call under another identity.
"""

from __future__ import annotations

import asyncio
import time

import httpx

from cpd_platform.interceptors import SERVICE_AUTHORIZATION_KEY

TIMEOUT = 5.0


class ServiceIdentity:
    def __init__(self, issuer: str, client_id: str, client_secret: str) -> None:
        self._token_url = f"{issuer}/protocol/openid-connect/token"
        self._client_id = client_id
        self._client_secret = client_secret
        self._token = ""
        self._renew_at = 0.0
        self._lock = asyncio.Lock()

    @property
    def configured(self) -> bool:
        return bool(self._client_id and self._client_secret)

    async def token(self) -> str:
        async with self._lock:
            if not self._token or time.monotonic() >= self._renew_at:
                await self._fetch()
            return self._token

    async def metadata(self) -> tuple[tuple[str, str], ...]:
        """`x-service-authorization` for a call; none when the service has no client secret
        (the call then goes with the caller's token alone)."""
        if not self.configured:
            return ()
        return ((SERVICE_AUTHORIZATION_KEY, f"Bearer {await self.token()}"),)

    async def _fetch(self) -> None:
        self._token, lifetime = await fetch_client_token(
            self._token_url, self._client_id, self._client_secret
        )
        self._renew_at = time.monotonic() + renew_after(lifetime)


def renew_after(expires_in: float) -> float:
    """Seconds after which a token valid for `expires_in` is renewed: at 80 % of its life and
    at least 30 s before it expires (short tokens: half their life)."""
    if expires_in <= 60:
        return max(1.0, expires_in / 2)
    return min(expires_in * 0.8, expires_in - 30)


async def fetch_client_token(token_url: str, client_id: str, secret: str) -> tuple[str, float]:
    """A client-credentials token and its lifetime in seconds; `ConnectionError` when the
    identity provider is out of reach or answers without a token."""
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT) as http:
            reply = await http.post(
                token_url,
                data={"grant_type": "client_credentials"},
                auth=(client_id, secret),
            )
        reply.raise_for_status()
        body = reply.json()
        return str(body["access_token"]), float(body.get("expires_in", 60))
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        raise ConnectionError(f"no service token: {exc!r}") from exc
