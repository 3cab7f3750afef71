"""Brokered login through the fake ESIA (Gosuslugi). Paths follow Keycloak's broker
(``/realms/{realm}/broker/{alias}/login`` and ``…/endpoint``); the fake ESIA itself is served
under ``/realms/{realm}/broker/esia/fake/authorize`` and stands in for the external site."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath

from local_idp.broker import BrokerError
from local_idp.pages import error_page, fake_esia_page
from local_idp.provider import IdentityProvider
from local_idp.routes.common import ensure_realm, form_fields, query_params
from local_idp.routes.login import EXPIRED_RU, html, realm_url, redirect

logger = logging.getLogger("local_idp")

BROKER = "/realms/{realm:str}/broker/esia"


def _unavailable() -> Response[Any]:
    return html(error_page("Вход через Госуслуги не настроен."), status_code=404)


@get(BROKER + "/login")
async def broker_login(
    request: Request[Any, Any, Any], realm: FromPath[str], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    """Keycloak's redirect to the external provider, carrying the login as ``state``."""
    ensure_realm(idp, realm)
    if idp.esia is None:
        return _unavailable()
    auth = idp.auth_flows.get(query_params(request).get("session_code"), idp.clock())
    if auth is None:
        return html(error_page(EXPIRED_RU), status_code=400)
    return redirect(realm_url(idp, request, f"broker/esia/fake/authorize?state={auth.id}"))


@get(BROKER + "/fake/authorize")
async def fake_esia(
    request: Request[Any, Any, Any], realm: FromPath[str], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    ensure_realm(idp, realm)
    if idp.esia is None:
        return _unavailable()
    return html(
        fake_esia_page(
            action=realm_url(idp, request, "broker/esia/fake/authorize"),
            state=query_params(request).get("state", ""),
            accounts=idp.esia.accounts,
        )
    )


@post(BROKER + "/fake/authorize", status_code=302)
async def fake_esia_choose(
    request: Request[Any, Any, Any], realm: FromPath[str], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    """The person logged in at "ESIA": back to the broker endpoint with an ESIA code."""
    ensure_realm(idp, realm)
    if idp.esia is None:
        return _unavailable()
    form = await form_fields(request)
    if idp.esia.account(form.get("oid", "")) is None:
        return html(error_page("Такой учётной записи на Госуслугах нет."), status_code=400)
    code = idp.esia.issue_code(form["oid"])
    state = form.get("state", "")
    return redirect(realm_url(idp, request, f"broker/esia/endpoint?code={code}&state={state}"))


@get(BROKER + "/endpoint")
async def broker_endpoint(
    request: Request[Any, Any, Any], realm: FromPath[str], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    """ESIA's answer: first broker login, the trust check, then back to the client."""
    ensure_realm(idp, realm)
    if idp.esia is None:
        return _unavailable()
    params = query_params(request)
    auth = idp.auth_flows.get(params.get("state"), idp.clock())
    if auth is None:
        return html(error_page(EXPIRED_RU), status_code=400)
    try:
        account = idp.esia.redeem_code(params.get("code"))
        login = idp.esia.login(idp.store, account)
    except BrokerError as exc:
        logger.info("ESIA login refused: %s", exc.code)
        status = 403 if exc.code in {"esia_not_trusted", "user_disabled"} else 400
        return html(error_page(exc.message), status_code=status)
    return redirect(idp.finish_login(auth, login.user, login.notes))


BROKER_ROUTES: list[HTTPRouteHandler] = [broker_login, fake_esia, fake_esia_choose, broker_endpoint]
