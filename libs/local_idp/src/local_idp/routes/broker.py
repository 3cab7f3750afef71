"""Brokered login through a fake external provider: ESIA (Gosuslugi, alias ``esia``) or Profil
Zaufany (alias ``profil-zaufany``). Paths follow Keycloak's broker
(``/realms/{realm}/broker/{alias}/login`` and ``…/endpoint``); the fake provider itself is
served under ``/realms/{realm}/broker/{alias}/fake/authorize`` and stands in for the external
site."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath
from litestar.types import ExceptionHandlersMap

from local_idp.broker import ESIA_ALIAS, Broker, BrokerError
from local_idp.pages import error_page, fake_esia_page, fake_pz_page
from local_idp.provider import IdentityProvider
from local_idp.pz import PROFIL_ZAUFANY_ALIAS
from local_idp.routes.common import form_fields, query_params
from local_idp.routes.login import html, login_in_progress, realm_url, redirect

logger = logging.getLogger("local_idp")

BROKER = "/realms/{realm:str}/broker/{alias:str}"
# The fake provider's page, by alias (each in its own language).
FAKE_PAGES: dict[str, Callable[..., str]] = {
    ESIA_ALIAS: fake_esia_page,
    PROFIL_ZAUFANY_ALIAS: fake_pz_page,
}
# Refusals of a person the provider did vouch for: 403; anything else (a bad code): 400.
FORBIDDEN = frozenset({"esia_not_trusted", "user_disabled"})


class _Unavailable(Exception):
    pass


def _broker(idp: IdentityProvider, alias: str) -> Broker[Any]:
    broker = idp.brokers.get(alias)
    if broker is None:
        raise _Unavailable(alias)
    return broker


def _unavailable(request: Request[Any, Any, Any], exc: _Unavailable) -> Response[Any]:
    return html(error_page("Такой способ входа не настроен."), status_code=404)


UNAVAILABLE: ExceptionHandlersMap = {_Unavailable: _unavailable}


@get(BROKER + "/login", exception_handlers=UNAVAILABLE)
async def broker_login(
    request: Request[Any, Any, Any],
    alias: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> Response[Any]:
    """Keycloak's redirect to the external provider, carrying the login as ``state``."""
    _broker(idp, alias)
    auth = login_in_progress(idp, query_params(request).get("session_code"))
    return redirect(realm_url(idp, request, f"broker/{alias}/fake/authorize?state={auth.id}"))


@get(BROKER + "/fake/authorize", exception_handlers=UNAVAILABLE)
async def fake_provider(
    request: Request[Any, Any, Any],
    alias: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> Response[Any]:
    broker = _broker(idp, alias)
    accounts: Iterable[Any] = broker.accounts
    return html(
        FAKE_PAGES[alias](
            action=realm_url(idp, request, f"broker/{alias}/fake/authorize"),
            state=query_params(request).get("state", ""),
            accounts=accounts,
        )
    )


@post(BROKER + "/fake/authorize", status_code=302, exception_handlers=UNAVAILABLE)
async def fake_provider_choose(
    request: Request[Any, Any, Any],
    alias: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> Response[Any]:
    """The person logged in at the external provider: back to the broker endpoint with its
    code."""
    broker = _broker(idp, alias)
    form = await form_fields(request)
    if broker.account(form.get("account", "")) is None:
        return html(error_page("Такой учётной записи нет."), status_code=400)
    code = broker.issue_code(form["account"])
    state = form.get("state", "")
    return redirect(realm_url(idp, request, f"broker/{alias}/endpoint?code={code}&state={state}"))


@get(BROKER + "/endpoint", exception_handlers=UNAVAILABLE)
async def broker_endpoint(
    request: Request[Any, Any, Any],
    alias: FromPath[str],
    idp: NamedDependency[IdentityProvider],
) -> Response[Any]:
    """The provider's answer: first broker login, the trust check, then back to the client."""
    broker = _broker(idp, alias)
    params = query_params(request)
    auth = login_in_progress(idp, params.get("state"))
    try:
        account = broker.redeem_code(params.get("code"))
        login = broker.login(idp.store, account)
    except BrokerError as exc:
        logger.info("%s login refused: %s", alias, exc.code)
        status = 403 if exc.code in FORBIDDEN else 400
        return html(error_page(exc.message), status_code=status)
    return redirect(idp.finish_login(auth, login.user, login.notes))


BROKER_ROUTES: list[HTTPRouteHandler] = [
    broker_login,
    fake_provider,
    fake_provider_choose,
    broker_endpoint,
]
