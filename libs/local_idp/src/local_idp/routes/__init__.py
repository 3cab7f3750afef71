"""HTTP routes: the OIDC endpoints, the browser login, brokering, e-mail action links and
the admin REST API subset."""

from __future__ import annotations

from local_idp.routes.actions import ACTION_ROUTES
from local_idp.routes.admin import ADMIN_ROUTES
from local_idp.routes.broker import BROKER_ROUTES
from local_idp.routes.login import LOGIN_ROUTES
from local_idp.routes.oidc import OIDC_ROUTES

__all__ = ["ACTION_ROUTES", "ADMIN_ROUTES", "BROKER_ROUTES", "LOGIN_ROUTES", "OIDC_ROUTES"]
