"""The GraphQL endpoint's body checks, before anything parses the request.

- Size: a body over `GATEWAY_MAX_BODY_BYTES` gets HTTP 413 (`request_too_large`), judged by
  Content-Length when the client sends it and by the bytes actually received otherwise; the
  body is never kept past the limit (the rest is discarded so that the client reads the 413).
  One allowance (`UploadAllowance`): an administrator's upload operation (the ФРМР extract,
  loadRegisterExtract: up to 200,000 records, about 15 MB) may be up to
  `GATEWAY_ADMIN_UPLOAD_MAX_BODY_BYTES`. It is judged only once a body is over the everyday
  limit: the bearer token must verify and carry the admin realm role before more is read, and
  every root field of the operation must be an upload one; anonymous and other callers keep
  the everyday limit.
- Shape: a POST must be `application/json`, valid UTF-8, valid JSON and a JSON object whose
  `query` is a string and whose `variables`, `operationName` and `extensions` have their
  GraphQL-over-HTTP types; anything else gets HTTP 400 with its own code.

Refusals look like GraphQL responses: `{"errors": [{"message": …, "extensions": {"code": …}}]}`.
The checked body is handed on unchanged to the GraphQL controller.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPRequestEvent, Receive, ReceiveMessage, Scope, Send

from cpd_platform.auth import InvalidToken, TokenVerifier, bearer_from_header
from gateway.context import is_public_operation

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


@dataclass(frozen=True, slots=True)
class UploadAllowance:
    """A larger body for operations whose root fields are all `root_fields`, sent by a caller
    whose verified token carries the realm role `role`."""

    max_body_bytes: int
    role: str
    root_fields: frozenset[str]
    # The parser's token limit for the operation (the gateway's max_tokens).
    max_tokens: int


def check_body(body: bytes) -> dict[str, Any]:
    """The GraphQL-over-HTTP request object; BodyRefused unless the body is one."""
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
    return payload


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope["headers"]:
        if name.lower() == wanted:
            return bytes(value)
    return None


def _media_type(scope: Scope) -> bytes:
    value = _header(scope, b"content-type") or b""
    return value.split(b";", 1)[0].strip().lower()


def _too_large(limit: int) -> BodyRefused:
    return BodyRefused(
        413, "request_too_large", f"Запрос больше допустимого размера ({limit} байт)"
    )


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

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, allowance: UploadAllowance | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.allowance = allowance

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
            if body is None:
                return  # the client went away
            payload = check_body(body)
        except BodyRefused as refused:
            if refused.status == 413:
                await _discard(receive)
            await self._refuse(send, refused)
            return
        if len(body) > self.max_body_bytes and not self._runs_uploads_only(payload):
            await self._refuse(send, _too_large(self.max_body_bytes))  # read whole: no discard
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
        limit = self.max_body_bytes
        length = _content_length(scope)
        if length is not None and length > limit:
            limit = await self._upload_limit(scope)
            if length > limit:
                raise _too_large(limit)
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
            if len(chunks) > limit:
                if limit == self.max_body_bytes:
                    limit = await self._upload_limit(scope)
                if len(chunks) > limit:
                    raise _too_large(limit)
            if not message.get("more_body", False):
                return bytes(chunks)

    async def _upload_limit(self, scope: Scope) -> int:
        """The allowance's limit when the caller's token verifies and has its role; otherwise
        the everyday limit is refused (413)."""
        allowance = self.allowance
        token = bearer_from_header((_header(scope, b"authorization") or b"").decode("latin-1"))
        if allowance is None or token is None:
            raise _too_large(self.max_body_bytes)
        verifier: TokenVerifier = scope["app"].state.verifier
        try:
            principal = await verifier.verify(token)
        except InvalidToken:
            raise _too_large(self.max_body_bytes) from None
        if not principal.has_role(allowance.role):
            raise _too_large(self.max_body_bytes)
        return allowance.max_body_bytes

    def _runs_uploads_only(self, payload: dict[str, Any]) -> bool:
        """Whether a body over the everyday limit (which passed _upload_limit) runs the
        allowance's upload operations only (not, say, a huge query under an admin's token)."""
        allowance = self.allowance
        if allowance is None:
            return False
        query, name = payload["query"], payload.get("operationName")
        return is_public_operation(query, name, allowance.max_tokens, allowance.root_fields)

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
