"""The gateway served by uvicorn on a free local port, in the test's own event loop (the gRPC
backends a test starts must share that loop with the gateway's channels)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from litestar import Litestar

from gateway.app import create_app
from gateway.settings import GatewaySettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def served(settings: GatewaySettings) -> AsyncIterator[tuple[str, Litestar]]:
    """Yields the gateway's base URL and its app (for its state)."""
    port = free_port()
    app = create_app(settings.model_copy(update={"port": port}))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        assert not serving.done(), "the gateway did not start"
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        await serving
