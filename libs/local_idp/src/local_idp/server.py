"""Running the IdP with uvicorn: in the foreground (CLI) or in a background thread (tests)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from types import TracebackType

import uvicorn
from litestar import Litestar

from local_idp.app import create_app, provider_of
from local_idp.provider import IdentityProvider
from local_idp.settings import Settings

logger = logging.getLogger("local_idp")


def uvicorn_config(
    app: Litestar, host: str, port: int, log_level: str = "warning"
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        log_config=None,
        access_log=False,
        ws="none",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )


def bound_port(server: uvicorn.Server) -> int:
    port: int = server.servers[0].sockets[0].getsockname()[1]
    return port


def display_url(settings: Settings, host: str, port: int) -> str:
    if settings.public_url:
        return settings.public_url
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


async def serve(settings: Settings, host: str, port: int) -> None:
    """Serve until interrupted; log one line once the socket is bound."""
    app = create_app(settings)
    server = uvicorn.Server(uvicorn_config(app, host, port))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            await task
            raise RuntimeError("local IdP failed to start")
        await asyncio.sleep(0.02)
    idp = provider_of(app)
    url = display_url(settings, host, bound_port(server))
    logger.info(
        "local IdP ready: %s/realms/%s (data %s, kid %s)",
        url,
        idp.realm.name,
        settings.data_dir,
        idp.store.key_ring.active.kid,
    )
    await task


class LocalIdpServer:
    """The IdP on a real socket in a background thread.

    ``port=0`` picks a free port; read :attr:`url` after :meth:`start` (or ``with``)::

        with LocalIdpServer(Settings.from_paths(tmp_path)) as idp:
            httpx.get(f"{idp.url}/realms/cpd/.well-known/openid-configuration")
    """

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self._server = uvicorn.Server(uvicorn_config(self.app, host, port))
        self._host = host
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    @property
    def provider(self) -> IdentityProvider:
        return provider_of(self.app)

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("server is not running")
        return self._port

    @property
    def url(self) -> str:
        """The base URL to give clients (python-keycloak's ``server_url``)."""
        return display_url(self.settings, self._host, self.port)

    def start(self, timeout: float = 10.0) -> None:
        thread = threading.Thread(target=self._server.run, name="local-idp", daemon=True)
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("local IdP failed to start")
            time.sleep(0.01)
        self._port = bound_port(self._server)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._port = None

    def __enter__(self) -> LocalIdpServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
