"""Keycloak's OpenID Connect endpoints under ``/realms/{realm}``."""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import unquote_plus

from litestar import Request, Response, get, post, route
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler

from local_idp.errors import OAuthError
from local_idp.keys import ALGORITHM
from local_idp.provider import IdentityProvider, bearer_token
from local_idp.routes.common import NO_STORE, form_fields, request_base_url

SUPPORTED_GRANTS = ("authorization_code", "password", "client_credentials", "refresh_token")
AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


def _client_credentials(
    request: Request[Any, Any, Any], form: dict[str, str]
) -> tuple[str | None, str | None]:
    """client_secret_basic (RFC 6749 §2.3.1: url-encoded id and secret) or client_secret_post."""
    scheme, _, value = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() == "basic" and value:
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise OAuthError(400, "invalid_request", "Invalid Authorization header") from exc
        client_id, sep, secret = decoded.partition(":")
        if not sep:
            raise OAuthError(400, "invalid_request", "Invalid Authorization header")
        return unquote_plus(client_id), unquote_plus(secret)
    return form.get("client_id") or None, form.get("client_secret") or None


@get("/realms/{realm:str}/.well-known/openid-configuration")
async def discovery(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> dict[str, Any]:
    issuer = idp.issuer(request_base_url(idp, request))
    oidc = f"{issuer}/protocol/openid-connect"
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{oidc}/auth",
        "token_endpoint": f"{oidc}/token",
        "introspection_endpoint": f"{oidc}/token/introspect",
        "userinfo_endpoint": f"{oidc}/userinfo",
        "end_session_endpoint": f"{oidc}/logout",
        "jwks_uri": f"{oidc}/certs",
        "grant_types_supported": list(SUPPORTED_GRANTS),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": [ALGORITHM],
        "userinfo_signing_alg_values_supported": [ALGORITHM],
        "request_object_signing_alg_values_supported": ["none"],
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "introspection_endpoint_auth_methods_supported": AUTH_METHODS,
        "scopes_supported": ["openid", "profile", "email"],
        "claims_supported": [
            "aud",
            "sub",
            "iss",
            "auth_time",
            "name",
            "given_name",
            "family_name",
            "preferred_username",
            "email",
            "email_verified",
            "acr",
        ],
        "code_challenge_methods_supported": ["S256"],
        "claims_parameter_supported": False,
        "request_parameter_supported": False,
        "request_uri_parameter_supported": False,
        "frontchannel_logout_supported": False,
        "backchannel_logout_supported": False,
    }


@get("/realms/{realm:str}")
async def realm_info(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> dict[str, Any]:
    issuer = idp.issuer(request_base_url(idp, request))
    return {
        "realm": idp.realm.name,
        "public_key": idp.store.key_ring.active.public_key_der_b64(),
        "token-service": f"{issuer}/protocol/openid-connect",
        "account-service": f"{issuer}/account",
        "tokens-not-before": 0,
    }


@get("/realms/{realm:str}/protocol/openid-connect/certs")
async def certs(idp: NamedDependency[IdentityProvider]) -> dict[str, Any]:
    return idp.store.key_ring.jwks()


@post("/realms/{realm:str}/protocol/openid-connect/token", status_code=200)
async def token(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[dict[str, Any]]:
    form = await form_fields(request)
    grant_type = form.get("grant_type")
    if not grant_type:
        raise OAuthError(400, "invalid_request", "Missing form parameter: grant_type")
    client = idp.authenticate_client(*_client_credentials(request, form))
    issuer = idp.issuer(request_base_url(idp, request))
    if grant_type == "password":
        body = await idp.password_grant(
            client, form.get("username"), form.get("password"), form.get("scope"), issuer
        )
    elif grant_type == "client_credentials":
        body = idp.client_credentials_grant(client, form.get("scope"), issuer)
    elif grant_type == "authorization_code":
        body = idp.authorization_code_grant(
            client,
            form.get("code"),
            form.get("redirect_uri"),
            form.get("code_verifier"),
            issuer,
        )
    elif grant_type == "refresh_token":
        body = idp.refresh_grant(client, form.get("refresh_token"), issuer)
    else:
        raise OAuthError(400, "unsupported_grant_type", "Unsupported grant_type")
    return Response(body, status_code=200, headers=NO_STORE)


@post("/realms/{realm:str}/protocol/openid-connect/token/introspect", status_code=200)
async def introspect(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[dict[str, Any]]:
    form = await form_fields(request)
    client = idp.authenticate_client(*_client_credentials(request, form))
    return Response(idp.introspect(client, form.get("token")), status_code=200, headers=NO_STORE)


@route("/realms/{realm:str}/protocol/openid-connect/userinfo", http_method=["GET", "POST"])
async def userinfo(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[dict[str, Any]]:
    access_token = bearer_token(request.headers.get("authorization"))
    if access_token is None and request.method == "POST":
        access_token = (await form_fields(request)).get("access_token")
    return Response(idp.userinfo(access_token), status_code=200, headers=NO_STORE)


@post("/realms/{realm:str}/protocol/openid-connect/logout", status_code=204)
async def logout(request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]) -> None:
    form = await form_fields(request)
    client = idp.authenticate_client(*_client_credentials(request, form))
    idp.logout(client, form.get("refresh_token"))


OIDC_ROUTES: list[HTTPRouteHandler] = [
    discovery,
    realm_info,
    certs,
    token,
    introspect,
    userinfo,
    logout,
]
