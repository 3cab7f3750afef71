"""pytest fixture `idp`: a real local identity provider on a free port for the test session,
with helpers that mint real tokens through its public endpoints (admin API + token endpoint)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from local_idp.server import LocalIdpServer
from local_idp.settings import Settings, load_client_secrets

REALM = "cpd"
ADMIN_CLIENT = "identity-svc"


class RunningIdp:
    def __init__(self, url: str) -> None:
        self.url = url
        self.issuer = f"{url}/realms/{REALM}"
        self.secrets = load_client_secrets()

    @property
    def token_url(self) -> str:
        return f"{self.issuer}/protocol/openid-connect/token"

    async def client_token(self, client_id: str) -> str:
        async with httpx.AsyncClient() as http:
            reply = await http.post(
                self.token_url,
                data={"grant_type": "client_credentials"},
                auth=(client_id, self.secrets[client_id]),
            )
        reply.raise_for_status()
        return str(reply.json()["access_token"])

    async def provider_token(self, client_id: str = "demo-provider") -> str:
        return await self.client_token(client_id)

    async def create_user(
        self,
        *,
        username: str,
        password: str,
        attributes: dict[str, list[str]],
        roles: Sequence[str],
    ) -> str:
        admin = {"Authorization": f"Bearer {await self.client_token(ADMIN_CLIENT)}"}
        base = f"{self.url}/admin/realms/{REALM}"
        async with httpx.AsyncClient(headers=admin) as http:
            created = await http.post(
                f"{base}/users",
                json={
                    "username": username,
                    "enabled": True,
                    "emailVerified": True,
                    "attributes": attributes,
                    "credentials": [{"type": "password", "value": password, "temporary": False}],
                },
            )
            created.raise_for_status()
            subject = created.headers["Location"].rsplit("/", 1)[-1]
            role_reps = [(await http.get(f"{base}/roles/{name}")).json() for name in roles]
            (
                await http.post(f"{base}/users/{subject}/role-mappings/realm", json=role_reps)
            ).raise_for_status()
        return subject

    async def password_token(self, username: str, password: str, client_id: str = "web") -> str:
        async with httpx.AsyncClient() as http:
            reply = await http.post(
                self.token_url,
                data={
                    "grant_type": "password",
                    "client_id": client_id,
                    "username": username,
                    "password": password,
                },
            )
        reply.raise_for_status()
        return str(reply.json()["access_token"])

    async def person_token(
        self,
        person_id: str | None = None,
        snils: str | None = None,
        roles: Sequence[str] = ("specialist",),
    ) -> str:
        """A new user with these claims; logs in with the password grant of the `web` client."""
        username = f"test-{uuid.uuid4().hex[:12]}"
        password = uuid.uuid4().hex
        attributes = {}
        if person_id is not None:
            attributes["person_id"] = [person_id]
        if snils is not None:
            attributes["snils"] = [snils]
        await self.create_user(
            username=username, password=password, attributes=attributes, roles=roles
        )
        return await self.password_token(username, password)


@pytest.fixture(scope="session")
def idp(tmp_path_factory: pytest.TempPathFactory, mail_server: Any) -> Iterator[RunningIdp]:
    """Mail the IdP sends (verify e-mail, execute actions) lands in ``mail_server``."""
    settings = Settings.from_paths(
        data_dir=tmp_path_factory.mktemp("idp"),
        smtp_host=mail_server.host,
        smtp_port=mail_server.port,
    )
    with LocalIdpServer(settings) as server:
        yield RunningIdp(server.url)
