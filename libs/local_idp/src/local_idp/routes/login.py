"""The browser login: ``/protocol/openid-connect/auth``, the SNILS (or PESEL) + password form
with links to the faked external providers, and the in-flow new-password form. Pages are Russian; errors after a valid redirect_uri go back to
the client (``error``, ``error_description``, ``state``), as Keycloak does."""

from __future__ import annotations

import logging
from typing import Any

from litestar import MediaType, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.response import Redirect

from local_idp.actions import VERIFY_EMAIL
from local_idp.authorization import AuthRequest, AuthRequestError, validate_auth_request, with_query
from local_idp.mailer import MailError
from local_idp.pages import error_page, login_page, message_page, update_password_page
from local_idp.passwords import hash_password_async
from local_idp.provider import IdentityProvider, LoginError, LoginFailure
from local_idp.routes.common import form_fields, query_params, request_base_url
from local_idp.snils import login_name
from local_idp.store import UPDATE_PASSWORD, User, with_password

logger = logging.getLogger("local_idp")

AUTH = "/realms/{realm:str}/protocol/openid-connect/auth"
AUTHENTICATE = "/realms/{realm:str}/login-actions/authenticate"
REQUIRED_ACTION = "/realms/{realm:str}/login-actions/required-action"
PAGE_HEADERS = {
    "Cache-Control": "no-store, must-revalidate, max-age=0",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'; script-src 'none'",
    "Referrer-Policy": "no-referrer",
}
INVALID_CREDENTIALS_RU = "Неверный СНИЛС или пароль."
EXPIRED_RU = "Время на вход истекло. Вернитесь в приложение и начните вход заново."


def html(content: str, status_code: int = 200) -> Response[Any]:
    return Response(
        content, status_code=status_code, media_type=MediaType.HTML, headers=PAGE_HEADERS
    )


class LoginExpired(Exception):
    """The login a request continues is unknown or has timed out."""


def login_in_progress(idp: IdentityProvider, session_code: str | None) -> AuthRequest:
    auth = idp.auth_flows.get(session_code, idp.clock())
    if auth is None:
        raise LoginExpired
    return auth


def expired_page(_: Request[Any, Any, Any], exc: LoginExpired) -> Response[Any]:
    """The answer to a request of an expired login (registered with the application)."""
    return html(error_page(EXPIRED_RU), status_code=400)


def redirect(url: str) -> Response[Any]:
    return Redirect(url, status_code=302, headers={"Cache-Control": "no-store"})


def realm_url(idp: IdentityProvider, request: Request[Any, Any, Any], path: str) -> str:
    return f"{idp.issuer(request_base_url(idp, request))}/{path}"


def render_login(
    idp: IdentityProvider,
    request: Request[Any, Any, Any],
    auth: AuthRequest,
    error: str | None = None,
    username: str = "",
) -> Response[Any]:
    broker_urls = {alias: _broker_url(idp, request, alias, auth) for alias in idp.brokers}
    return html(
        login_page(
            realm_name="платформа НМО",
            action=realm_url(idp, request, "login-actions/authenticate"),
            session_code=auth.id,
            broker_urls=broker_urls,
            error=error,
            username=username,
        )
    )


def _broker_url(
    idp: IdentityProvider, request: Request[Any, Any, Any], alias: str, auth: AuthRequest
) -> str:
    return realm_url(idp, request, f"broker/{alias}/login?session_code={auth.id}")


@get(AUTH)
async def authorize(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    params = query_params(request)
    client = idp.realm.clients.get(params.get("client_id") or "")
    try:
        auth = validate_auth_request(client, params, idp.clock())
    except AuthRequestError as exc:
        if exc.redirectable:
            return redirect(
                with_query(
                    params["redirect_uri"],
                    {
                        "error": exc.error,
                        "error_description": exc.description,
                        "state": params.get("state") or None,
                    },
                )
            )
        return html(error_page(_auth_error_ru(exc)), status_code=400)
    idp.auth_flows.start(auth)
    hint = params.get("kc_idp_hint") or ""
    if hint in idp.brokers:
        return redirect(_broker_url(idp, request, hint, auth))
    return render_login(idp, request, auth)


def _auth_error_ru(exc: AuthRequestError) -> str:
    if exc.error == "invalid_client":
        return "Приложение, из которого вы пришли, не зарегистрировано."
    return "Неверный адрес возврата (redirect_uri) в запросе на вход."


@post(AUTHENTICATE, status_code=200)
async def authenticate(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    form = await form_fields(request)
    auth = login_in_progress(idp, form.get("session_code"))
    typed = form.get("username", "")
    username = login_name(typed)
    if not username:
        return render_login(idp, request, auth, "Введите СНИЛС или PESEL.", typed)
    try:
        user = await idp.authenticate_password(username, form.get("password"))
    except LoginError as exc:
        if exc.failure is LoginFailure.DISABLED:
            return render_login(
                idp, request, auth, "Учётная запись заблокирована. Обратитесь в поддержку.", typed
            )
        if exc.failure is LoginFailure.NOT_FULLY_SET_UP and exc.user is not None:
            return await _required_actions(idp, request, auth, exc.user)
        return render_login(idp, request, auth, INVALID_CREDENTIALS_RU, typed)
    return redirect(idp.finish_login(auth, user))


async def _required_actions(
    idp: IdentityProvider, request: Request[Any, Any, Any], auth: AuthRequest, user: User
) -> Response[Any]:
    """The password was right but the account needs something first (Keycloak's required
    actions): an unverified e-mail blocks the login until the link in the mail is followed;
    a temporary password is replaced right here."""
    if VERIFY_EMAIL in user.required_actions:
        if user.email is None:
            return html(
                error_page("Учётная запись не настроена полностью. Обратитесь в поддержку.")
            )
        try:
            await idp.send_actions_email(
                idp.issuer(request_base_url(idp, request)),
                user,
                [VERIFY_EMAIL],
                auth.client_id,
                auth.redirect_uri,
                idp.realm.verify_email_lifespan,
            )
        except MailError:
            logger.exception("verify-email mail for %s failed", user.id)
        return html(
            message_page(
                "Подтвердите адрес электронной почты",
                "Вход станет возможен после подтверждения адреса. Мы отправили письмо со "
                "ссылкой на адрес, указанный при регистрации.",
            )
        )
    if set(user.required_actions) == {UPDATE_PASSWORD}:
        authenticated = idp.auth_flows.mark_authenticated(auth, user.id)
        return html(
            update_password_page(
                action=realm_url(idp, request, "login-actions/required-action"),
                hidden={"session_code": authenticated.id},
                intro="Пароль был выдан временно: придумайте новый.",
            )
        )
    return html(error_page("Учётная запись не настроена полностью. Обратитесь в поддержку."))


@post(REQUIRED_ACTION, status_code=200)
async def required_action(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    form = await form_fields(request)
    auth = login_in_progress(idp, form.get("session_code"))
    user = idp.store.get_user(auth.authenticated_user_id or "")
    if user is None:
        raise LoginExpired
    new, confirm = form.get("password-new", ""), form.get("password-confirm", "")
    error = None
    if not new:
        error = "Введите новый пароль."
    elif new != confirm:
        error = "Пароли не совпадают."
    if error is not None:
        return html(
            update_password_page(
                action=realm_url(idp, request, "login-actions/required-action"),
                hidden={"session_code": auth.id},
                error=error,
            )
        )
    user = idp.store.replace_user(with_password(user, await hash_password_async(new), False))
    if user.required_actions:
        return html(error_page("Учётная запись не настроена полностью. Обратитесь в поддержку."))
    return redirect(idp.finish_login(auth, user))


LOGIN_ROUTES: list[HTTPRouteHandler] = [authorize, authenticate, required_action]
