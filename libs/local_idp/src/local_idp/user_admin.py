"""Keycloak admin API semantics for users: representations in, searches out."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from local_idp.errors import AdminApiError, bad_request
from local_idp.realm import RealmConfig, RealmRole
from local_idp.store import User, new_user_id, now_millis

DEFAULT_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class PasswordCredential:
    value: str
    temporary: bool


def _field_error(field_name: str, message: str) -> AdminApiError:
    return AdminApiError(
        400, {"field": field_name, "errorMessage": message, "params": [field_name]}
    )


def parse_credential(raw: object) -> PasswordCredential:
    """A CredentialRepresentation of type password (reset-password, or one of ``credentials``)."""
    if not isinstance(raw, Mapping):
        raise bad_request("Invalid credential representation")
    if raw.get("type", "password") != "password":
        raise bad_request("Unsupported credential type")
    value = raw.get("value")
    if not isinstance(value, str) or not value:
        raise bad_request("Empty password")
    return PasswordCredential(value=value, temporary=bool(raw.get("temporary", False)))


def _password_from(rep: Mapping[str, Any]) -> PasswordCredential | None:
    credentials = rep.get("credentials")
    if credentials is None:
        return None
    if not isinstance(credentials, list):
        raise bad_request("credentials must be a list")
    passwords = [c for c in credentials if isinstance(c, Mapping) and c.get("type") == "password"]
    return parse_credential(passwords[-1]) if passwords else None


def _optional_str(rep: Mapping[str, Any], key: str) -> str | None:
    value = rep.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _field_error(key, "error-invalid-value")
    return value


def _email(rep: Mapping[str, Any]) -> str | None:
    email = _optional_str(rep, "email")
    if email is None:
        return None
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise _field_error("email", "error-invalid-email")
    return email.strip().lower()


def _attributes(raw: object) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise bad_request("attributes must be an object")
    attributes: dict[str, tuple[str, ...]] = {}
    for name, values in raw.items():
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _field_error(str(name), "error-invalid-value")
        if values:
            attributes[str(name)] = tuple(values)
    return attributes


def _string_list(rep: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = rep.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad_request(f"{key} must be a list of strings")
    return tuple(value)


def _as_mapping(rep: object) -> Mapping[str, Any]:
    if not isinstance(rep, Mapping):
        raise bad_request("Invalid user representation")
    return rep


def new_user_from_representation(rep: object) -> tuple[User, PasswordCredential | None]:
    """POST /users. Like Keycloak, ``enabled`` defaults to false and usernames are lowercased."""
    body = _as_mapping(rep)
    username = body.get("username")
    if not isinstance(username, str) or not username.strip():
        raise _field_error("username", "error-user-attribute-required")
    user = User(
        id=new_user_id(),
        username=username.strip().lower(),
        email=_email(body),
        first_name=_optional_str(body, "firstName"),
        last_name=_optional_str(body, "lastName"),
        enabled=bool(body.get("enabled", False)),
        email_verified=bool(body.get("emailVerified", False)),
        created_timestamp=now_millis(),
        attributes=_attributes(body.get("attributes")),
        required_actions=_string_list(body, "requiredActions"),
    )
    return user, _password_from(body)


def updated_user(
    user: User, rep: object, realm: RealmConfig
) -> tuple[User, PasswordCredential | None]:
    """PUT /users/{id}: fields present in the representation replace the stored ones."""
    body = _as_mapping(rep)
    changes: dict[str, Any] = {}
    if "username" in body and body["username"] is not None:
        username = str(body["username"]).strip().lower()
        if username != user.username:
            if not realm.edit_username_allowed or user.service_account_client_id:
                raise _field_error("username", "error-user-attribute-read-only")
            if not username:
                raise _field_error("username", "error-user-attribute-required")
            changes["username"] = username
    if "email" in body:
        changes["email"] = _email(body)
    if "firstName" in body:
        changes["first_name"] = _optional_str(body, "firstName")
    if "lastName" in body:
        changes["last_name"] = _optional_str(body, "lastName")
    if body.get("enabled") is not None:
        changes["enabled"] = bool(body["enabled"])
    if body.get("emailVerified") is not None:
        changes["email_verified"] = bool(body["emailVerified"])
    if body.get("attributes") is not None:
        changes["attributes"] = _attributes(body["attributes"])
    if body.get("requiredActions") is not None:
        changes["required_actions"] = _string_list(body, "requiredActions")
    return dataclasses.replace(user, **changes), _password_from(body)


def parse_bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"true", "1", "yes"}


def parse_int(value: str | None, default: int, name: str) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise bad_request(f"Invalid {name}") from exc


def _matches(actual: str | None, wanted: str, exact: bool) -> bool:
    if actual is None:
        return False
    actual, wanted = actual.lower(), wanted.lower()
    return actual == wanted if exact else wanted in actual


def _matches_search(user: User, search: str) -> bool:
    search = search.strip()
    if search in {"", "*"}:
        return True
    exact = len(search) >= 2 and search.startswith('"') and search.endswith('"')
    term = search[1:-1] if exact else search.strip("*")
    fields = (user.username, user.email, user.first_name, user.last_name)
    return any(_matches(value, term, exact) for value in fields)


def _attribute_query(q: str) -> dict[str, str]:
    """Keycloak's ``q=key:value key2:value2`` attribute search."""
    pairs: dict[str, str] = {}
    for part in q.split():
        key, sep, value = part.partition(":")
        if not sep or not key:
            raise bad_request("Invalid query")
        pairs[key] = value
    return pairs


def filter_users(users: Iterable[User], query: Mapping[str, str]) -> list[User]:
    """GET /users and /users/count filters. Service accounts are never listed, as in Keycloak."""
    exact = parse_bool(query.get("exact"))
    attribute_filters = _attribute_query(query.get("q") or "")
    result: list[User] = []
    for user in users:
        if user.service_account_client_id is not None:
            continue
        if (search := query.get("search")) is not None and not _matches_search(user, search):
            continue
        if not all(
            _matches(getattr(user, attr), value, exact)
            for param, attr in (
                ("username", "username"),
                ("email", "email"),
                ("firstName", "first_name"),
                ("lastName", "last_name"),
            )
            if (value := query.get(param)) is not None and value != ""
        ):
            continue
        if query.get("enabled") not in (None, "") and user.enabled != parse_bool(
            query.get("enabled")
        ):
            continue
        if query.get("emailVerified") not in (None, "") and user.email_verified != parse_bool(
            query.get("emailVerified")
        ):
            continue
        if not all(
            value in user.attributes.get(key, ()) for key, value in attribute_filters.items()
        ):
            continue
        result.append(user)
    return sorted(result, key=lambda u: u.username)


def page(items: list[Any], query: Mapping[str, str]) -> list[Any]:
    first = max(0, parse_int(query.get("first"), 0, "first"))
    size = parse_int(query.get("max"), DEFAULT_PAGE_SIZE, "max")
    return items[first:] if size < 0 else items[first : first + size]


def role_representation(role: RealmRole, realm: RealmConfig, brief: bool = True) -> dict[str, Any]:
    rep: dict[str, Any] = {
        "id": role.id,
        "name": role.name,
        "description": role.description,
        "composite": False,
        "clientRole": False,
        "containerId": realm.name,
    }
    if not brief:
        rep["attributes"] = {}
    return rep


def resolve_roles(realm: RealmConfig, body: object) -> list[RealmRole]:
    """A list of RoleRepresentation, matched by name (as Keycloak does) or else by id."""
    if not isinstance(body, list):
        raise bad_request("Expected a list of roles")
    roles: list[RealmRole] = []
    for item in body:
        if not isinstance(item, Mapping):
            raise bad_request("Invalid role representation")
        role = realm.role(str(item.get("name"))) if item.get("name") else None
        if role is None and item.get("id"):
            role = next((r for r in realm.roles if r.id == item.get("id")), None)
        if role is None:
            raise AdminApiError(404, {"error": "Role not found"})
        roles.append(role)
    return roles
