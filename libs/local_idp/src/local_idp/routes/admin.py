"""The subset of Keycloak's admin REST API (``/admin/realms/{realm}``) used by python-keycloak.

Authorisation follows the caller's access token: ``resource_access.realm-management.roles``.
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from litestar import Request, Response, delete, get, post, put
from litestar.di import NamedDependency, Provide
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath

from local_idp.actions import SUPPORTED_ACTIONS, VERIFY_EMAIL
from local_idp.authorization import redirect_uri_allowed
from local_idp.errors import AdminApiError, bad_request, not_found
from local_idp.mailer import MailError
from local_idp.passwords import hash_password_async
from local_idp.provider import IdentityProvider
from local_idp.routes.common import json_body, query_params, request_base_url
from local_idp.store import User, UserConflictError, UserNotFoundError, with_password
from local_idp.user_admin import (
    PasswordCredential,
    filter_users,
    new_user_from_representation,
    page,
    parse_bool,
    parse_credential,
    resolve_roles,
    role_representation,
    updated_user,
)

USERS = "/admin/realms/{realm:str}/users"
USER = USERS + "/{user_id:str}"
ROLES = "/admin/realms/{realm:str}/roles"

READ_USERS = ("view-users", "manage-users")
QUERY_USERS = ("query-users", "view-users", "manage-users")
WRITE_USERS = ("manage-users",)
# Keycloak wants view-realm for role lookups; user managers may read roles here too so that
# python-keycloak's get_realm_role + assign_realm_roles works with manage-users alone.
READ_ROLES = ("view-realm", "manage-realm", "view-users", "manage-users", "query-users")
ROTATE_KEYS = ("manage-realm", "manage-users")


def _authorize(
    request: Request[Any, Any, Any], idp: IdentityProvider, any_of: tuple[str, ...]
) -> None:
    idp.authorize_admin(request.headers.get("authorization"), any_of)


def _path_user(any_of: tuple[str, ...]) -> dict[str, Provide]:
    """The dependency ``user``: the user of the path, once the caller holds one of ``any_of``
    (checked first, so an unknown user is a 404 only to those allowed to ask)."""

    def path_user(
        request: Request[Any, Any, Any],
        user_id: FromPath[str],
        idp: NamedDependency[IdentityProvider],
    ) -> User:
        _authorize(request, idp, any_of)
        user = idp.store.get_user(user_id)
        if user is None:
            raise not_found("User not found")
        return user

    return {"user": Provide(path_user, sync_to_thread=False)}


USER_TO_READ = _path_user(READ_USERS)
USER_TO_WRITE = _path_user(WRITE_USERS)


def _conflict(exc: UserConflictError) -> AdminApiError:
    return AdminApiError(409, {"errorMessage": str(exc)})


async def _apply_password(user: User, credential: PasswordCredential | None) -> User:
    if credential is None:
        return user
    return with_password(user, await hash_password_async(credential.value), credential.temporary)


@post(USERS, status_code=201)
async def create_user(
    request: Request[Any, Any, Any], realm: FromPath[str], idp: NamedDependency[IdentityProvider]
) -> Response[None]:
    _authorize(request, idp, WRITE_USERS)
    user, credential = new_user_from_representation(await json_body(request))
    if idp.store.find_by_username(user.username) is not None:
        raise AdminApiError(409, {"errorMessage": "User exists with same username"})
    user = await _apply_password(user, credential)
    try:
        idp.store.add_user(user)
    except UserConflictError as exc:
        raise _conflict(exc) from exc
    location = f"{request_base_url(idp, request)}/admin/realms/{realm}/users/{user.id}"
    return Response(None, status_code=201, headers={"Location": location})


@get(USERS)
async def list_users(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> list[dict[str, Any]]:
    _authorize(request, idp, QUERY_USERS)
    query = query_params(request)
    brief = parse_bool(query.get("briefRepresentation"))
    users = page(filter_users(idp.store.list_users(), query), query)
    return [user.representation(brief=brief) for user in users]


@get(USERS + "/count")
async def count_users(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> int:
    _authorize(request, idp, QUERY_USERS)
    return len(filter_users(idp.store.list_users(), query_params(request)))


@get(USER, dependencies=USER_TO_READ)
async def get_user(user: NamedDependency[User]) -> dict[str, Any]:
    return user.representation()


@put(USER, status_code=204, dependencies=USER_TO_WRITE)
async def update_user(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    user, credential = updated_user(user, await json_body(request), idp.realm)
    user = await _apply_password(user, credential)
    try:
        idp.store.replace_user(user)
    except UserNotFoundError as exc:
        raise not_found("User not found") from exc
    except UserConflictError as exc:
        raise _conflict(exc) from exc
    if not user.enabled:
        idp.sessions.end_user_sessions(user.id)


@delete(USER, status_code=204)
async def delete_user(
    request: Request[Any, Any, Any],
    user_id: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> None:
    _authorize(request, idp, WRITE_USERS)
    try:
        idp.store.delete_user(user_id)
    except UserNotFoundError as exc:
        raise not_found("User not found") from exc
    idp.sessions.end_user_sessions(user_id)
    idp.brute_force.record_success(user_id)


@put(USER + "/reset-password", status_code=204, dependencies=USER_TO_WRITE)
async def reset_password(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    credential = parse_credential(await json_body(request))
    try:
        idp.store.replace_user(await _apply_password(user, credential))
    except UserNotFoundError as exc:
        raise not_found("User not found") from exc


def _mail_target(
    idp: IdentityProvider, user: User, client_id: str | None, redirect_uri: str | None
) -> None:
    """Keycloak's checks before an actions e-mail, with its messages."""
    if not user.enabled:
        raise bad_request("User is disabled")
    if not user.email:
        raise bad_request("User email missing")
    if redirect_uri and not client_id:
        raise bad_request("Client id missing")
    if client_id:
        client = idp.realm.clients.get(client_id)
        if client is None:
            raise bad_request("Client doesn't exist")
        if not client.enabled:
            raise bad_request("Client is not enabled")
        if redirect_uri and not redirect_uri_allowed(redirect_uri, client.redirect_uris):
            raise bad_request("Invalid redirect uri.")


def _lifespan(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        seconds = int(value)
    except ValueError as exc:
        raise bad_request("Invalid lifespan") from exc
    if seconds <= 0:
        raise bad_request("Invalid lifespan")
    return seconds


async def _send_actions(
    request: Request[Any, Any, Any],
    idp: IdentityProvider,
    user: User,
    actions: list[str],
    lifespan: int,
) -> None:
    query = query_params(request)
    client_id = query.get("client_id") or None
    redirect_uri = query.get("redirect_uri") or None
    _mail_target(idp, user, client_id, redirect_uri)
    try:
        await idp.send_actions_email(
            idp.issuer(request_base_url(idp, request)),
            user,
            actions,
            client_id,
            redirect_uri,
            lifespan,
        )
    except MailError as exc:
        raise AdminApiError(500, {"errorMessage": "Failed to send execute actions email"}) from exc


@put(USER + "/execute-actions-email", status_code=204, dependencies=USER_TO_WRITE)
async def execute_actions_email(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    """python-keycloak's ``send_update_account``: a JSON list of required actions."""
    body = await json_body(request)
    if not isinstance(body, list) or not all(isinstance(a, str) for a in body):
        raise bad_request("Expected a list of required actions")
    actions = list(dict.fromkeys(body))
    if not actions or any(action not in SUPPORTED_ACTIONS for action in actions):
        raise bad_request("Provided invalid required actions")
    lifespan = _lifespan(query_params(request).get("lifespan"))
    await _send_actions(
        request, idp, user, actions, lifespan or idp.realm.action_token_admin_lifespan
    )


@put(USER + "/send-verify-email", status_code=204, dependencies=USER_TO_WRITE)
async def send_verify_email(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    """python-keycloak's ``send_verify_email``."""
    lifespan = _lifespan(query_params(request).get("lifespan"))
    await _send_actions(
        request, idp, user, [VERIFY_EMAIL], lifespan or idp.realm.verify_email_lifespan
    )


@get(USER + "/federated-identity", dependencies=USER_TO_READ)
async def get_federated_identities(user: NamedDependency[User]) -> list[dict[str, str]]:
    """python-keycloak's ``get_user_social_logins``: the user's brokered identity links."""
    return [link.representation() for link in user.federated_identities]


@get(ROLES)
async def list_roles(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> list[dict[str, Any]]:
    _authorize(request, idp, READ_ROLES)
    query = query_params(request)
    brief = parse_bool(query.get("briefRepresentation"), default=True)
    search = (query.get("search") or "").lower()
    roles = [role for role in idp.realm.roles if search in role.name.lower()]
    return [role_representation(role, idp.realm, brief) for role in page(roles, query)]


@get(ROLES + "/{role_name:str}")
async def get_role(
    request: Request[Any, Any, Any],
    role_name: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> dict[str, Any]:
    _authorize(request, idp, READ_ROLES)
    role = idp.realm.role(role_name)
    if role is None:
        raise not_found("Could not find role")
    return role_representation(role, idp.realm, brief=False)


@get(USER + "/role-mappings/realm", dependencies=USER_TO_READ)
async def get_user_realm_roles(
    user: NamedDependency[User], idp: NamedDependency[IdentityProvider]
) -> list[dict[str, Any]]:
    roles = [idp.realm.role(name) for name in user.realm_roles]
    return [role_representation(role, idp.realm) for role in roles if role is not None]


@post(USER + "/role-mappings/realm", status_code=204, dependencies=USER_TO_WRITE)
async def add_user_realm_roles(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    names = [role.name for role in resolve_roles(idp.realm, await json_body(request))]
    merged = tuple(dict.fromkeys([*user.realm_roles, *names]))
    idp.store.replace_user(dataclasses.replace(user, realm_roles=merged))


@delete(USER + "/role-mappings/realm", status_code=204, dependencies=USER_TO_WRITE)
async def remove_user_realm_roles(
    request: Request[Any, Any, Any],
    user: NamedDependency[User],
    idp: NamedDependency[IdentityProvider],
) -> None:
    body = await json_body(request)
    if body is None:
        raise bad_request("Expected a list of roles")
    removed = {role.name for role in resolve_roles(idp.realm, body)}
    remaining = tuple(name for name in user.realm_roles if name not in removed)
    idp.store.replace_user(dataclasses.replace(user, realm_roles=remaining))


@post("/admin/realms/{realm:str}/local/rotate-keys", status_code=200)
async def rotate_keys(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> dict[str, Any]:
    """LOCAL-ONLY EXTENSION, not a Keycloak endpoint: rotate the realm's signing key."""
    _authorize(request, idp, ROTATE_KEYS)
    previous = idp.store.key_ring.active.kid
    new_key = await asyncio.to_thread(idp.store.rotate_signing_key)
    return {"kid": new_key.kid, "previousKid": previous}


ADMIN_ROUTES: list[HTTPRouteHandler] = [
    create_user,
    list_users,
    count_users,
    get_user,
    update_user,
    delete_user,
    reset_password,
    execute_actions_email,
    send_verify_email,
    get_federated_identities,
    list_roles,
    get_role,
    get_user_realm_roles,
    add_user_realm_roles,
    remove_user_realm_roles,
    rotate_keys,
]
