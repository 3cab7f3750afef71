"""Per-request context: the verified caller, the metadata forwarded to services, the loaders."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException
from strawberry.litestar import BaseContext

from cpd_platform.auth import InvalidToken, Principal, TokenVerifier, bearer_from_header
from cpd_platform.context import new_request_id
from gateway.backends import Backends
from gateway.loaders import Loaders


class GatewayContext(BaseContext, kw_only=True):
    principal: Principal | None
    backends: Backends
    metadata: tuple[tuple[str, str], ...]
    loaders: Loaders

    def require_principal(self) -> Principal:
        if self.principal is None:
            raise NotAuthorizedException("Требуется вход в систему")
        return self.principal


def _wants_ide(request: Request[Any, Any, Any]) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


async def get_context(request: Request[Any, Any, Any], state: State) -> GatewayContext:
    """Every GraphQL operation needs a valid access token; only the IDE page (dev) opens without."""
    verifier: TokenVerifier = state.verifier
    backends: Backends = state.backends
    request_id = request.headers.get("x-request-id") or new_request_id()
    token = bearer_from_header(request.headers.get("authorization"))
    principal = None
    if token is not None:
        try:
            principal = await verifier.verify(token)
        except InvalidToken:
            raise NotAuthorizedException(
                "Токен недействителен", headers={"WWW-Authenticate": "Bearer"}
            ) from None
    elif not (state.settings.is_dev and _wants_ide(request)):
        raise NotAuthorizedException(
            "Требуется вход в систему", headers={"WWW-Authenticate": "Bearer"}
        )
    metadata: tuple[tuple[str, str], ...] = (("x-request-id", request_id),)
    if token is not None:
        metadata += (("authorization", f"Bearer {token}"),)
    return GatewayContext(
        principal=principal,
        backends=backends,
        metadata=metadata,
        loaders=Loaders(backends, metadata),
    )
