"""Helpers shared by the route modules."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from litestar import Request

from local_idp.errors import OAuthError, bad_request
from local_idp.provider import IdentityProvider

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def ensure_realm(idp: IdentityProvider, realm: str) -> None:
    if realm != idp.realm.name or not idp.realm.enabled:
        raise OAuthError(404, "Realm does not exist")


def request_base_url(idp: IdentityProvider, request: Request[Any, Any, Any]) -> str:
    return idp.base_url(str(request.base_url))


async def form_fields(request: Request[Any, Any, Any]) -> dict[str, str]:
    """The url-encoded body; the first value wins for repeated fields."""
    body = await request.body()
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError as exc:
        raise OAuthError(400, "invalid_request", "Invalid form body") from exc
    return {key: values[0] for key, values in parsed.items()}


async def json_body(request: Request[Any, Any, Any]) -> Any:
    body = await request.body()
    if not body:
        return None
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad_request("Invalid JSON body") from exc


def query_params(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in request.query_params.items()}
