"""Logins: the gateway passes the SNILS (or, for a person in Poland, the PESEL) and password to
the identity provider's token endpoint (password grant of the public client `web`; the number is
the account's username) and never keeps either; refresh and logout go to
the same provider. Failures become typed errors that do not tell a locked account from a
wrong password."""

from __future__ import annotations

from typing import Any

import httpx

from cpd_platform.errors import InvalidArgument
from cpd_platform.pesel import parse_pesel
from cpd_platform.snils import parse_snils
from gateway.schema.common import UserError
from gateway.schema.identity.types import Tokens

CLIENT_ID = "web"
TIMEOUT = 10.0

INVALID_CREDENTIALS = UserError(code="invalid_credentials", message="Неверный СНИЛС или пароль")
# The same answer to a login by PESEL (SMK: Polish texts).
INVALID_CREDENTIALS_PESEL = UserError(
    code="invalid_credentials", message="Nieprawidłowy numer PESEL lub hasło"
)
NOT_SET_UP = UserError(
    code="account_not_set_up",
    message="Вход станет доступен после подтверждения адреса электронной почты по ссылке из письма",
)
INVALID_REFRESH = UserError(
    code="invalid_refresh_token", message="Сессия завершена или истекла: войдите снова"
)
UNAVAILABLE = UserError(
    code="login_unavailable", message="Вход временно недоступен. Попробуйте позже."
)


def _tokens(body: dict[str, Any]) -> Tokens:
    return Tokens(
        access_token=str(body["access_token"]),
        refresh_token=body.get("refresh_token"),
        token_type=str(body.get("token_type", "Bearer")),
        expires_in=int(body.get("expires_in", 0)),
        refresh_expires_in=int(body.get("refresh_expires_in", 0)),
    )


class IdentityProviderClient:
    def __init__(self, issuer: str) -> None:
        self._oidc = f"{issuer}/protocol/openid-connect"

    async def _post(self, path: str, form: dict[str, str]) -> httpx.Response | None:
        try:
            async with httpx.AsyncClient(timeout=TIMEOUT) as http:
                return await http.post(
                    f"{self._oidc}/{path}", data={"client_id": CLIENT_ID, **form}
                )
        except httpx.HTTPError:
            return None

    async def login(
        self, snils: str | None, pesel: str | None, password: str
    ) -> Tokens | UserError:
        """By PESEL when one is given, else by SNILS."""
        try:
            username = parse_pesel(pesel).number if pesel else parse_snils(snils or "")
        except InvalidArgument as exc:
            return UserError(code=exc.code, message=exc.message)
        reply = await self._post(
            "token", {"grant_type": "password", "username": username, "password": password}
        )
        if reply is None or reply.status_code >= 500:
            return UNAVAILABLE
        if reply.status_code == 200:
            return _tokens(reply.json())
        description = str(_json(reply).get("error_description", ""))
        if "not fully set up" in description.lower():
            return NOT_SET_UP
        # Wrong password, unknown SNILS, a locked or disabled account: one answer.
        return INVALID_CREDENTIALS_PESEL if pesel else INVALID_CREDENTIALS

    async def refresh(self, refresh_token: str) -> Tokens | UserError:
        reply = await self._post(
            "token", {"grant_type": "refresh_token", "refresh_token": refresh_token}
        )
        if reply is None or reply.status_code >= 500:
            return UNAVAILABLE
        if reply.status_code == 200:
            return _tokens(reply.json())
        return INVALID_REFRESH

    async def logout(self, refresh_token: str) -> bool | UserError:
        reply = await self._post("logout", {"refresh_token": refresh_token})
        if reply is None or reply.status_code >= 500:
            return UNAVAILABLE
        if reply.status_code in (200, 204):
            return True
        return INVALID_REFRESH


def _json(reply: httpx.Response) -> dict[str, Any]:
    try:
        body = reply.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
