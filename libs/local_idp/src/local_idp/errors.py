"""Errors rendered in Keycloak's response shapes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OAuthError(Exception):
    """An OAuth/OIDC error: ``{"error": ..., "error_description": ...}``."""

    def __init__(
        self,
        status_code: int,
        error: str,
        description: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status_code} {error}: {description}")
        self.status_code = status_code
        self.error = error
        self.description = description
        self.headers = dict(headers or {})

    def body(self) -> dict[str, str]:
        body = {"error": self.error}
        if self.description is not None:
            body["error_description"] = self.description
        return body


class AdminApiError(Exception):
    """An admin REST API error with Keycloak's body, e.g. ``{"errorMessage": ...}``."""

    def __init__(self, status_code: int, body: Mapping[str, Any]) -> None:
        super().__init__(f"{status_code} {dict(body)}")
        self.status_code = status_code
        self.body = dict(body)


def invalid_grant(description: str, status_code: int = 400) -> OAuthError:
    return OAuthError(status_code, "invalid_grant", description)


def invalid_credentials() -> OAuthError:
    return invalid_grant("Invalid user credentials", status_code=401)


def invalid_client() -> OAuthError:
    return OAuthError(401, "invalid_client", "Invalid client or Invalid client credentials")


def unauthorized() -> AdminApiError:
    return AdminApiError(401, {"error": "HTTP 401 Unauthorized"})


def forbidden() -> AdminApiError:
    return AdminApiError(403, {"error": "HTTP 403 Forbidden"})


def not_found(message: str) -> AdminApiError:
    return AdminApiError(404, {"error": message})


def bad_request(message: str) -> AdminApiError:
    return AdminApiError(400, {"errorMessage": message})
