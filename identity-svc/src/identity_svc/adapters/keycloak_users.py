"""Users in Keycloak (or the local identity provider) through python-keycloak's admin API."""

from __future__ import annotations

from dataclasses import dataclass

from keycloak import KeycloakAdmin, KeycloakOpenIDConnection


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    email: str
    first_name: str
    last_name: str
    password: str
    attributes: dict[str, list[str]]
    realm_roles: list[str]


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

    async def ensure_user(self, user: NewUser) -> str:
        """Creates the user unless one with the username exists; returns the subject id."""
        existing = await self._admin.a_get_user_id(user.username)
        if existing:
            return str(existing)
        subject = await self._admin.a_create_user(
            {
                "username": user.username,
                "email": user.email,
                "firstName": user.first_name,
                "lastName": user.last_name,
                "enabled": True,
                "emailVerified": True,
                "attributes": user.attributes,
                "credentials": [{"type": "password", "value": user.password, "temporary": False}],
            },
            exist_ok=True,
        )
        roles = [await self._admin.a_get_realm_role(name) for name in user.realm_roles]
        await self._admin.a_assign_realm_roles(subject, roles)
        return str(subject)
