"""HTTP routes: the OIDC endpoints and the admin REST API subset."""

from __future__ import annotations

from local_idp.routes.admin import ADMIN_ROUTES
from local_idp.routes.oidc import OIDC_ROUTES

__all__ = ["ADMIN_ROUTES", "OIDC_ROUTES"]
