from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from keycloak import KeycloakAdmin
from local_idp_helpers import IDENTITY_SVC_SECRET, MakeUser, idp_settings, service_token

from cpd_platform.local_mail import LocalMailServer
from local_idp import LocalIdpServer
from local_idp.login_client import BrowserLogin
from local_idp.passwords import hash_password
from local_idp.store import User, new_user_id, now_millis


@pytest.fixture(scope="module")
def idp(
    tmp_path_factory: pytest.TempPathFactory, mail_server: LocalMailServer
) -> Iterator[LocalIdpServer]:
    """One IdP per test module on 127.0.0.1 with a random port and its own data dir; its
    mail goes to the session's ``mail_server``."""
    settings = idp_settings(tmp_path_factory.mktemp("idp"), smtp_port=mail_server.port)
    with LocalIdpServer(settings) as server:
        yield server


@pytest.fixture
def http(idp: LocalIdpServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=idp.url, timeout=10) as client:
        yield client


@pytest.fixture
def browser(idp: LocalIdpServer, http: httpx.Client) -> BrowserLogin:
    """A browser logging in to the web client through the login pages."""
    return BrowserLogin(http, f"{idp.url}/realms/cpd")


@pytest.fixture
def admin_headers(http: httpx.Client) -> dict[str, str]:
    """The admin API's Authorization header, as identity-svc (manage-users)."""
    token = service_token(http, "identity-svc", IDENTITY_SVC_SECRET)["access_token"]
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def keycloak_admin(idp: LocalIdpServer) -> Iterator[KeycloakAdmin]:
    """python-keycloak's admin client, as identity-svc (manage-users)."""
    admin = KeycloakAdmin(
        server_url=idp.url,
        realm_name="cpd",
        client_id="identity-svc",
        client_secret_key=IDENTITY_SVC_SECRET,
    )
    yield admin
    admin.connection._s.close()


@pytest.fixture
def make_user(idp: LocalIdpServer) -> MakeUser:
    """Put a user straight into the store (fast; the admin API has its own tests)."""

    def make(
        username: str,
        password: str = "Secret-123",
        *,
        roles: tuple[str, ...] = ("specialist",),
        attributes: dict[str, tuple[str, ...]] | None = None,
        **fields: Any,
    ) -> User:
        user = User(
            id=new_user_id(),
            username=username,
            email=f"{username}@example.test",
            first_name="Ivan",
            last_name="Petrov",
            enabled=True,
            email_verified=True,
            created_timestamp=now_millis(),
            attributes=attributes
            if attributes is not None
            else {"snils": ("112-233-445 95",), "person_id": ("p-1",)},
            realm_roles=roles,
            password=hash_password(password),
        )
        return idp.provider.store.add_user(dataclasses.replace(user, **fields))

    return make
