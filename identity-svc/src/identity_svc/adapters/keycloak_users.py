"""Users in Keycloak (or the local identity provider) through python-keycloak's admin API."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from keycloak import KeycloakAdmin, KeycloakOpenIDConnection
from keycloak.exceptions import KeycloakError

log = logging.getLogger(__name__)

VERIFY_EMAIL = "VERIFY_EMAIL"
UPDATE_PASSWORD = "UPDATE_PASSWORD"
HTTP_NOT_FOUND = 404
HTTP_CONFLICT = 409


class AccountExists(Exception):
    """The identity provider already has a user with this username."""


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    email: str
    first_name: str
    last_name: str
    password: str
    attributes: dict[str, list[str]]
    realm_roles: list[str]
    email_verified: bool = True
    required_actions: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Account:
    """An identity provider user as identity-svc needs to see it."""

    subject: str
    username: str
    email: str | None
    email_verified: bool
    attributes: dict[str, list[str]]

    def attribute(self, name: str) -> str | None:
        values = self.attributes.get(name) or []
        return values[0] if values else None


class Accounts(Protocol):
    """The identity provider's user administration, as the use cases need it."""

    async def find(self, username: str) -> Account | None: ...

    async def get(self, subject: str) -> Account | None: ...

    async def create(self, user: NewUser) -> str: ...

    async def delete(self, subject: str) -> None: ...

    async def update(self, subject: str, changes: dict[str, Any]) -> None: ...

    async def set_attribute(self, subject: str, name: str, value: str) -> None: ...

    async def send_verify_email(self, subject: str) -> None: ...

    async def send_update_password(self, subject: str) -> None: ...


def _account(rep: dict[str, Any]) -> Account:
    return Account(
        subject=str(rep["id"]),
        username=str(rep.get("username", "")),
        email=rep.get("email"),
        email_verified=bool(rep.get("emailVerified", False)),
        attributes={str(k): list(v) for k, v in (rep.get("attributes") or {}).items()},
    )


class KeycloakUsers:
    def __init__(self, server_url: str, realm: str, client_id: str, client_secret: str) -> None:
        self._admin = KeycloakAdmin(
            connection=KeycloakOpenIDConnection(
                server_url=server_url,
                realm_name=realm,
                client_id=client_id,
                client_secret_key=client_secret,
                verify=True,
            )
        )

    async def aclose(self) -> None:
        connection = self._admin.connection
        # The admin connection fetches its own token through a KeycloakOpenID client of its own.
        await connection.keycloak_openid.connection.aclose()
        await connection.aclose()

    async def find(self, username: str) -> Account | None:
        users = await self._admin.a_get_users({"username": username, "exact": True})
        found = [u for u in users if str(u.get("username", "")).lower() == username.lower()]
        return _account(found[0]) if found else None

    async def get(self, subject: str) -> Account | None:
        try:
            return _account(await self._admin.a_get_user(subject))
        except KeycloakError as exc:
            if exc.response_code == HTTP_NOT_FOUND:
                return None
            raise

    async def create(self, user: NewUser) -> str:
        """Creates the user with their password and realm roles; nothing is left behind on failure."""
        try:
            subject = str(
                await self._admin.a_create_user(
                    {
                        "username": user.username,
                        "email": user.email,
                        "firstName": user.first_name,
                        "lastName": user.last_name,
                        "enabled": True,
                        "emailVerified": user.email_verified,
                        "attributes": user.attributes,
                        "requiredActions": user.required_actions,
                        "credentials": [
                            {"type": "password", "value": user.password, "temporary": False}
                        ],
                    }
                )
            )
        except KeycloakError as exc:
            if exc.response_code == HTTP_CONFLICT:
                raise AccountExists(user.username) from exc
            raise
        try:
            await self._assign_realm_roles(subject, user.realm_roles)
        except BaseException:
            await self.delete(subject)
            raise
        return subject

    async def _assign_realm_roles(self, subject: str, names: Sequence[str]) -> None:
        if names:
            await self._admin.a_assign_realm_roles(subject, await self._role_reps(names))

    async def _role_reps(self, names: Sequence[str]) -> list[dict[str, Any]]:
        return [await self._admin.a_get_realm_role(name) for name in names]

    async def realm_roles(self, subject: str) -> set[str] | None:
        """The account's realm roles (its direct role mappings); None when it does not exist."""
        try:
            roles = await self._admin.a_get_realm_roles_of_user(subject)
        except KeycloakError as exc:
            if exc.response_code == HTTP_NOT_FOUND:
                return None
            raise
        return {str(role["name"]) for role in roles}

    async def add_realm_roles(self, subject: str, names: Sequence[str]) -> None:
        await self._assign_realm_roles(subject, names)

    async def remove_realm_roles(self, subject: str, names: Sequence[str]) -> None:
        if names:
            await self._admin.a_delete_realm_roles_of_user(subject, await self._role_reps(names))

    async def ensure_user(self, user: NewUser) -> str:
        """Creates the user unless one with the username exists; returns the subject id."""
        existing = await self.find(user.username)
        if existing is not None:
            return existing.subject
        try:
            return await self.create(user)
        except AccountExists:
            found = await self.find(user.username)
            if found is None:
                raise
            return found.subject

    async def delete(self, subject: str) -> None:
        try:
            await self._admin.a_delete_user(subject)
        except KeycloakError as exc:
            if exc.response_code != HTTP_NOT_FOUND:
                raise

    async def update(self, subject: str, changes: dict[str, Any]) -> None:
        """Changes some fields of the user's representation (Keycloak's PUT replaces attributes,
        so they are merged with the current ones here)."""
        if "attributes" in changes:
            current = await self._admin.a_get_user(subject)
            changes = {
                **changes,
                "attributes": {**(current.get("attributes") or {}), **changes["attributes"]},
            }
        await self._admin.a_update_user(subject, changes)

    async def set_attribute(self, subject: str, name: str, value: str) -> None:
        await self.update(subject, {"attributes": {name: [value]}})

    async def send_verify_email(self, subject: str) -> None:
        await self._admin.a_send_verify_email(subject)

    async def send_update_password(self, subject: str) -> None:
        await self._admin.a_send_update_account(subject, [UPDATE_PASSWORD])
