"""The gateway's own identity towards the services: a client-credentials token of its client
(`GATEWAY_CLIENT_ID`, default `gateway`) at the identity provider.

Every backend call carries it as `x-service-authorization: Bearer <token>`, next to the user's
own `authorization` when there is one. Services trust the `x-client-ip` metadata and allow the
anonymous registration and password-reset calls only when this token verifies with
`azp=gateway`.

The token is fetched in the background from the app's start-up: when the identity provider is
not up yet the gateway starts anyway and retries (with a growing pause, up to 30 s), and a
fetched token is renewed well before it expires. Until a token is there (or after it expired
without renewal) calls go without the header, which the services treat as "not the gateway".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from cpd_platform.interceptors import SERVICE_AUTHORIZATION_KEY
from cpd_platform.service_identity import fetch_client_token, renew_after

log = logging.getLogger(__name__)

MAX_RETRY_PAUSE = 30.0


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    expires_at: float  # time.monotonic()


class ServiceToken:
    def __init__(self, issuer: str, client_id: str, client_secret: str) -> None:
        self._token_url = f"{issuer}/protocol/openid-connect/token"
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: _Token | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def enabled(self) -> bool:
        return bool(self._client_secret)

    def metadata(self) -> tuple[tuple[str, str], ...]:
        """The metadata entry for backend calls; empty while there is no valid token."""
        token = self._token
        if token is None or token.expires_at <= time.monotonic():
            return ()
        return ((SERVICE_AUTHORIZATION_KEY, f"Bearer {token.value}"),)

    async def fetch(self) -> float:
        """Obtains a new token; returns its lifetime in seconds."""
        value, expires_in = await fetch_client_token(
            self._token_url, self._client_id, self._client_secret
        )
        self._token = _Token(value, time.monotonic() + expires_in)
        return expires_in

    async def _keep_fresh(self) -> None:
        pause = 1.0
        while True:
            try:
                expires_in = await self.fetch()
            except ConnectionError as exc:
                log.warning("service token not obtained, retrying in %.0f s: %s", pause, exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, MAX_RETRY_PAUSE)
                continue
            pause = 1.0
            await asyncio.sleep(renew_after(expires_in))

    def start(self) -> None:
        if self.enabled and self._task is None:
            self._task = asyncio.create_task(self._keep_fresh(), name="gateway-service-token")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
