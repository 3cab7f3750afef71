"""Client-credentials tokens from the identity provider (Keycloak or the local one)."""

from __future__ import annotations

import time

import httpx


class TokenError(RuntimeError):
    pass


class ClientCredentials:
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._url = token_url
        self._client_id = client_id
        self._secret = client_secret
        self._token = ""
        self._expires_at = 0.0

    def token(self) -> str:
        """A valid access token, fetched again shortly before the old one expires."""
        if self._token and time.monotonic() < self._expires_at - 30:
            return self._token
        try:
            reply = httpx.post(
                self._url,
                data={"grant_type": "client_credentials"},
                auth=(self._client_id, self._secret),
                timeout=15,
            )
        except httpx.HTTPError as exc:
            raise TokenError(f"сервер авторизации недоступен: {exc}") from exc
        if reply.status_code != 200:
            raise TokenError(
                f"сервер авторизации отказал ({reply.status_code}): {reply.text[:200]}"
            )
        body = reply.json()
        self._token = str(body["access_token"])
        self._expires_at = time.monotonic() + float(body.get("expires_in", 300))
        return self._token
