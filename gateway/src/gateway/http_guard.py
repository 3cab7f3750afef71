"""The GraphQL endpoint's body checks, before anything parses the request.

- Size: a body over `GATEWAY_MAX_BODY_BYTES` gets HTTP 413 (`request_too_large`), judged by
  Content-Length when the client sends it and by the bytes actually received otherwise; the
  body is never kept past the limit (the rest is discarded so that the client reads the 413).
- Shape: a POST must be `application/json`, valid UTF-8, valid JSON and a JSON object whose
  `query` is a string and whose `variables`, `operationName` and `extensions` have their
  GraphQL-over-HTTP types; anything else gets HTTP 400 with its own code.

Refusals look like GraphQL responses: `{"errors": [{"message": …, "extensions": {"code": …}}]}`.
The checked body is handed on unchanged to the GraphQL controller.
"""

from __future__ import annotations

import json
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPRequestEvent, Receive, ReceiveMessage, Scope, Send

_OPTIONAL_TYPES: dict[str, type | tuple[type, ...]] = {
    "variables": dict,
    "operationName": str,
    "extensions": dict,
}


class BodyRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def graphql_error_body(code: str, message: str) -> bytes:
    return json.dumps(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, ensure_ascii=False
    ).encode()


def check_body(body: bytes) -> None:
    """Raises BodyRefused unless the body is a GraphQL-over-HTTP request object."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyRefused(400, "invalid_utf8", "Тело запроса не в кодировке UTF-8") from None
    try:
        payload: Any = json.loads(text)
    except ValueError:
        raise BodyRefused(400, "invalid_json", "Тело запроса не является JSON") from None
    if not isinstance(payload, dict):
        raise BodyRefused(400, "invalid_request", "Тело запроса должно быть JSON-объектом")
    if not isinstance(payload.get("query"), str):
        raise BodyRefused(400, "invalid_request", "В запросе нет строки query")
    for key, expected in _OPTIONAL_TYPES.items():
        value = payload.get(key)
        if value is not None and not isinstance(value, expected):
            raise BodyRefused(400, "invalid_request", f"Поле {key} запроса неверного типа")


def _media_type(scope: Scope) -> bytes:
    for name, value in scope["headers"]:
        if name.lower() == b"content-type":
            return bytes(value).split(b";", 1)[0].strip().lower()
    return b""


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                raise BodyRefused(
                    400, "invalid_request", "Неверный заголовок Content-Length"
                ) from None
    return None


# A client that sends an oversized body reads the 413 only after it has sent the body (HTTP/1.1
# clients write first): the rest is read and thrown away, never kept, up to this many bytes;
# beyond them the connection is closed unanswered.
DISCARD_LIMIT = 4 * 1024 * 1024


async def _discard(receive: Receive) -> None:
    discarded = 0
    while discarded <= DISCARD_LIMIT:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return
        discarded += len(message["body"])


class RequestBodyGuard:
    """ASGI middleware for the GraphQL route (POST only; GET serves the IDE page in dev)."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
            if body is None:
                return  # the client went away
            check_body(body)
        except BodyRefused as refused:
            if refused.status == 413:
                await _discard(receive)
            await self._refuse(send, refused)
            return
        delivered = False

        async def replay() -> ReceiveMessage:
            nonlocal delivered
            if not delivered:
                delivered = True
                first: HTTPRequestEvent = {"type": "http.request", "body": body, "more_body": False}
                return first
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, scope: Scope, receive: Receive) -> bytes | None:
        too_large = BodyRefused(
            413,
            "request_too_large",
            f"Запрос больше допустимого размера ({self.max_body_bytes} байт)",
        )
        length = _content_length(scope)
        if length is not None and length > self.max_body_bytes:
            raise too_large
        if _media_type(scope) != b"application/json":
            raise BodyRefused(
                400, "unsupported_content_type", "Запрос должен иметь тип application/json"
            )
        chunks = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None  # http.disconnect: the client went away
            chunks += message["body"]
            if len(chunks) > self.max_body_bytes:
                raise too_large
            if not message.get("more_body", False):
                return bytes(chunks)

    @staticmethod
    async def _refuse(send: Send, refused: BodyRefused) -> None:
        body = graphql_error_body(refused.code, refused.message)
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
        ]
        if refused.status == 413:
            headers.append((b"connection", b"close"))  # the rest of the body stays unread
        await send({"type": "http.response.start", "status": refused.status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})
