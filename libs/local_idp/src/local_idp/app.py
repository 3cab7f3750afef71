"""The Litestar application."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Litestar, Request, Response
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.params import FromPath

from local_idp.cors import CorsMiddleware
from local_idp.errors import AdminApiError, OAuthError
from local_idp.provider import IdentityProvider
from local_idp.realm import load_realm_config
from local_idp.routes import ACTION_ROUTES, ADMIN_ROUTES, BROKER_ROUTES, LOGIN_ROUTES, OIDC_ROUTES
from local_idp.routes.common import ensure_realm
from local_idp.routes.login import LoginExpired, expired_page
from local_idp.settings import Settings
from local_idp.store import Store

logger = logging.getLogger("local_idp")


def build_provider(settings: Settings) -> IdentityProvider:
    """Load the realm file and the data directory (creating keys and service accounts)."""
    realm = load_realm_config(settings.realm_file)
    return IdentityProvider(settings, realm, Store(settings.data_dir, realm))


def _oauth_error(_: Request[Any, Any, Any], exc: OAuthError) -> Response[dict[str, str]]:
    headers = {"Cache-Control": "no-store", **exc.headers}
    return Response(exc.body(), status_code=exc.status_code, headers=headers)


def _admin_error(_: Request[Any, Any, Any], exc: AdminApiError) -> Response[dict[str, Any]]:
    return Response(exc.body, status_code=exc.status_code)


def _server_error(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, str]]:
    logger.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return Response({"error": "unknown_error"}, status_code=500)


def create_app(settings: Settings, provider: IdentityProvider | None = None) -> Litestar:
    idp = provider if provider is not None else build_provider(settings)

    def provide_idp(realm: FromPath[str]) -> IdentityProvider:
        """The provider, for a request to its realm: every route is under
        ``/realms/{realm}`` or ``/admin/realms/{realm}``, and another realm is a 404."""
        ensure_realm(idp, realm)
        return idp

    return Litestar(
        route_handlers=[*OIDC_ROUTES, *LOGIN_ROUTES, *BROKER_ROUTES, *ACTION_ROUTES, *ADMIN_ROUTES],
        dependencies={"idp": Provide(provide_idp, sync_to_thread=False)},
        exception_handlers={
            OAuthError: _oauth_error,
            AdminApiError: _admin_error,
            LoginExpired: expired_page,
            500: _server_error,
        },
        state=State({"idp": idp}),
        middleware=[DefineMiddleware(CorsMiddleware, clients=idp.realm.clients)],
        openapi_config=None,
        logging_config=None,
    )


def provider_of(app: Litestar) -> IdentityProvider:
    idp = app.state["idp"]
    if not isinstance(idp, IdentityProvider):
        raise TypeError("not a local_idp application")
    return idp
