"""Keycloak's CORS for browser clients (a single-page app on another origin exchanges its code
and refreshes its tokens with fetch): discovery and keys are readable from any origin; the
openid-connect endpoints answer an origin that a client's `webOrigins` admits (`+`: the
origins of its redirect URIs). Keycloak checks the calling client; here any enabled client's
web origins admit an origin (the local IdP serves one realm of our own clients)."""

from __future__ import annotations

from collections.abc import Mapping

from litestar.enums import ScopeType
from litestar.types import (
    ASGIApp,
    HTTPResponseBodyEvent,
    HTTPResponseStartEvent,
    Message,
    Receive,
    Scope,
    Send,
)

from local_idp.authorization import redirect_uri_allowed
from local_idp.realm import ClientConfig

_OPEN_PATHS = ("/.well-known/openid-configuration", "/protocol/openid-connect/certs")
_CLIENT_PATHS = ("/protocol/openid-connect/",)
_PREFLIGHT_HEADERS = [
    (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
    (b"access-control-allow-headers", b"Authorization, Content-Type, Accept"),
    (b"access-control-max-age", b"3600"),
]


def origin_admitted(origin: str, clients: Mapping[str, ClientConfig]) -> bool:
    for client in clients.values():
        if not client.enabled:
            continue
        for entry in client.web_origins:
            if entry in ("*", origin):
                return True
            if entry == "+" and redirect_uri_allowed(f"{origin}/", client.redirect_uris):
                return True
    return False


class CorsMiddleware:
    def __init__(self, app: ASGIApp, clients: Mapping[str, ClientConfig]) -> None:
        self.app = app
        self.clients = clients

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        origin = dict(scope["headers"]).get(b"origin", b"").decode("latin-1")
        headers = self._headers(scope["path"], origin) if origin else []
        if headers and scope.get("method") == "OPTIONS":
            start: HTTPResponseStartEvent = {
                "type": "http.response.start",
                "status": 204,
                "headers": headers + _PREFLIGHT_HEADERS,
            }
            await send(start)
            body: HTTPResponseBodyEvent = {
                "type": "http.response.body",
                "body": b"",
                "more_body": False,
            }
            await send(body)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and headers:
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def _headers(self, path: str, origin: str) -> list[tuple[bytes, bytes]]:
        if path.endswith(_OPEN_PATHS):
            return [(b"access-control-allow-origin", b"*")]
        if any(part in path for part in _CLIENT_PATHS) and origin_admitted(origin, self.clients):
            return [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-credentials", b"true"),
                (b"vary", b"Origin"),
            ]
        return []
