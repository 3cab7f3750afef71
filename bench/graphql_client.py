"""A minimal keep-alive HTTP/1.1 GraphQL client for the benchmarks' Python closed loops.

httpx costs about a millisecond of CPU per request, on the same two cores as the gateway it
measures; this client writes one prepared request and reads one Content-Length reply, so the
figures are the gateway's. One connection per concurrent client (`pool`), as a browser's
keep-alive connection would be.

    async with GraphQLClient(url, token, DASHBOARD) as client:
        body = await client.post()          # bytes of the JSON reply (checked: 200, no errors)
"""

from __future__ import annotations

import asyncio
import json
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit


class GraphQLClient:
    def __init__(
        self, url: str, token: str | None, query: str, variables: dict[str, Any] | None = None
    ) -> None:
        parts = urlsplit(url)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or 80
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        auth = f"Authorization: Bearer {token}\r\n" if token else ""
        self._request = (
            f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Content-Type: application/json\r\n{auth}Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._open: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> GraphQLClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for writer in self._open:
            writer.close()

    async def post(self, _: int = 0) -> bytes:
        """One request on an idle connection (a new one when all are busy, or when the server
        closed an idle one: its keep-alive timeout); the reply's body."""
        while self._idle:
            reader, writer = self._idle.pop()
            try:
                return await self._exchange(reader, writer)
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()
        reader, writer = await asyncio.open_connection(self._host, self._port)
        self._open.append(writer)
        return await self._exchange(reader, writer)

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes:
        writer.write(self._request)
        head = await reader.readuntil(b"\r\n\r\n")
        status = head[9:12]
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await reader.readexactly(length)
        self._idle.append((reader, writer))
        if status != b"200" or b'"errors"' in body:
            raise RuntimeError(f"GraphQL failed: {head[:12]!r} {body[:300]!r}")
        return body
