"""The page behind the link in an "execute actions" / "verify e-mail" mail
(``/realms/{realm}/login-actions/action-token?key=…``, Keycloak's path)."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler

from local_idp.actions import ActionToken, ActionTokenError, apply_actions
from local_idp.pages import error_page, message_page, update_password_page
from local_idp.passwords import hash_password_async
from local_idp.provider import IdentityProvider
from local_idp.routes.common import form_fields, query_params
from local_idp.routes.login import html, realm_url
from local_idp.store import UPDATE_PASSWORD, User, with_password

ACTION_TOKEN = "/realms/{realm:str}/login-actions/action-token"
USED_RU = "Эта ссылка уже использована. Запросите новое письмо."


def _parse(idp: IdentityProvider, key: str | None) -> tuple[ActionToken, User]:
    token = idp.action_tokens.parse(key, idp.store.key_ring, idp.now())
    user = idp.store.get_user(token.user_id)
    if user is None or not user.enabled:
        raise ActionTokenError("Учётная запись не найдена или заблокирована.")
    return token, user


def _done(token: ActionToken, title: str, message: str) -> Response[Any]:
    link = ("Вернуться в приложение", token.redirect_uri) if token.redirect_uri else None
    return html(message_page(title, message, link))


def _password_form(
    idp: IdentityProvider, request: Request[Any, Any, Any], key: str, error: str | None = None
) -> Response[Any]:
    return html(
        update_password_page(
            action=realm_url(idp, request, "login-actions/action-token"),
            hidden={"key": key},
            error=error,
        )
    )


@get(ACTION_TOKEN)
async def action_token_page(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    key = query_params(request).get("key")
    try:
        token, user = _parse(idp, key)
    except ActionTokenError as exc:
        return html(error_page(str(exc)), status_code=400)
    if UPDATE_PASSWORD in token.actions:
        return _password_form(idp, request, key or "")
    if not idp.action_tokens.use(token, idp.now()):
        return html(error_page(USED_RU), status_code=400)
    idp.store.replace_user(apply_actions(user, token))
    return _done(
        token,
        "Адрес подтверждён",
        "Адрес электронной почты подтверждён. Теперь можно войти.",
    )


@post(ACTION_TOKEN, status_code=200)
async def action_token_submit(
    request: Request[Any, Any, Any], idp: NamedDependency[IdentityProvider]
) -> Response[Any]:
    form = await form_fields(request)
    key = form.get("key", "")
    try:
        token, user = _parse(idp, key)
    except ActionTokenError as exc:
        return html(error_page(str(exc)), status_code=400)
    if UPDATE_PASSWORD not in token.actions:
        return html(error_page("Эта ссылка не для смены пароля."), status_code=400)
    new, confirm = form.get("password-new", ""), form.get("password-confirm", "")
    if not new:
        return _password_form(idp, request, key, "Введите новый пароль.")
    if new != confirm:
        return _password_form(idp, request, key, "Пароли не совпадают.")
    hashed = await hash_password_async(new)
    if not idp.action_tokens.use(token, idp.now()):
        return html(error_page(USED_RU), status_code=400)
    current = idp.store.get_user(user.id) or user
    idp.store.replace_user(apply_actions(with_password(current, hashed, False), token))
    # Whoever had the old password is logged out; a lockout ends with the reset.
    idp.sessions.end_user_sessions(user.id)
    idp.brute_force.record_success(user.id)
    return _done(token, "Пароль изменён", "Новый пароль сохранён. Теперь можно войти с ним.")


ACTION_ROUTES: list[HTTPRouteHandler] = [action_token_page, action_token_submit]
