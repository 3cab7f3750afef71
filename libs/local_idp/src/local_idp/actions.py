"""Keycloak's "execute actions" e-mails: a signed, expiring, single-use action token in a
link to ``/realms/{realm}/login-actions/action-token?key=...``.

Supported actions: ``UPDATE_PASSWORD`` (the page asks for a new password) and
``VERIFY_EMAIL`` (following the link proves the address). The token is an RS256 JWT signed
with the realm key (typ ``execute-actions``); used token ids are remembered in memory until
they expire (a restart forgets them, like Keycloak's single-use cache on a one-node cluster).
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from local_idp.keys import KeyRing
from local_idp.store import UPDATE_PASSWORD, User
from local_idp.tokens import Claims, TokenError, sign, verify

VERIFY_EMAIL = "VERIFY_EMAIL"
SUPPORTED_ACTIONS = (UPDATE_PASSWORD, VERIFY_EMAIL)
TYP_EXECUTE_ACTIONS = "execute-actions"
ACTION_TOKEN_PATH = "login-actions/action-token"

ACTION_NAMES_RU = {
    UPDATE_PASSWORD: "задать новый пароль",
    VERIFY_EMAIL: "подтвердить адрес электронной почты",
}
# Times in e-mails are shown in Moscow time.
MSK = timezone(timedelta(hours=3), "МСК")


class ActionTokenError(Exception):
    """Russian text for the person who followed the link."""


@dataclass(frozen=True, slots=True)
class ActionToken:
    id: str
    user_id: str
    email: str | None
    actions: tuple[str, ...]
    client_id: str | None
    redirect_uri: str | None
    expires_at: int


def action_token_claims(
    issuer: str,
    user: User,
    actions: Sequence[str],
    client_id: str | None,
    redirect_uri: str | None,
    now: int,
    lifespan: int,
) -> Claims:
    claims: Claims = {
        "exp": now + lifespan,
        "iat": now,
        "jti": str(uuid.uuid4()),
        "iss": issuer,
        "aud": issuer,
        "sub": user.id,
        "typ": TYP_EXECUTE_ACTIONS,
        "rqac": list(actions),
        "eml": user.email,
    }
    if client_id:
        claims["azp"] = client_id
    if redirect_uri:
        claims["reduri"] = redirect_uri
    return claims


def make_action_link(
    key_ring: KeyRing,
    issuer: str,
    user: User,
    actions: Sequence[str],
    client_id: str | None,
    redirect_uri: str | None,
    now: int,
    lifespan: int,
) -> str:
    token = sign(
        action_token_claims(issuer, user, actions, client_id, redirect_uri, now, lifespan),
        key_ring.active,
    )
    return f"{issuer}/{ACTION_TOKEN_PATH}?key={token}"


class ActionTokens:
    """Verification and single use of action tokens."""

    def __init__(self, realm: str) -> None:
        self._realm = realm
        self._used: dict[str, int] = {}
        self._lock = threading.Lock()

    def parse(self, token: str | None, key_ring: KeyRing, now: int) -> ActionToken:
        if not token:
            raise ActionTokenError("Ссылка неполная: откройте её из письма целиком.")
        try:
            claims = verify(token, key_ring, realm=self._realm, expected_typ=TYP_EXECUTE_ACTIONS)
        except TokenError as exc:
            if exc.expired:
                raise ActionTokenError(
                    "Срок действия ссылки истёк. Запросите новое письмо."
                ) from exc
            raise ActionTokenError("Ссылка недействительна.") from exc
        parsed = ActionToken(
            id=str(claims.get("jti")),
            user_id=str(claims["sub"]),
            email=claims.get("eml") if isinstance(claims.get("eml"), str) else None,
            actions=tuple(str(a) for a in claims.get("rqac") or ()),
            client_id=claims.get("azp") if isinstance(claims.get("azp"), str) else None,
            redirect_uri=claims.get("reduri") if isinstance(claims.get("reduri"), str) else None,
            expires_at=int(claims["exp"]),
        )
        with self._lock:
            if parsed.id in self._used:
                raise ActionTokenError("Эта ссылка уже использована. Запросите новое письмо.")
        return parsed

    def use(self, token: ActionToken, now: int) -> bool:
        """Marks the token used; False if it was used meanwhile (a double submit)."""
        with self._lock:
            for expired in [jti for jti, exp in self._used.items() if exp < now]:
                del self._used[expired]
            if token.id in self._used:
                return False
            self._used[token.id] = token.expires_at
            return True


def apply_actions(user: User, token: ActionToken) -> User:
    """The user after the token's actions, except the new password (set by the caller).
    Following the link proves the address the mail was sent to."""
    done = set(token.actions)
    changes: dict[str, object] = {
        "required_actions": tuple(a for a in user.required_actions if a not in done)
    }
    if VERIFY_EMAIL in done and token.email is not None and token.email == user.email:
        changes["email_verified"] = True
    return dataclasses.replace(user, **changes)  # type: ignore[arg-type]


def expiry_text(expires_at: int) -> str:
    return datetime.fromtimestamp(expires_at, UTC).astimezone(MSK).strftime("%d.%m.%Y %H:%M МСК")


def lifespan_text(seconds: int) -> str:
    if seconds % 3600 == 0:
        return f"{seconds // 3600} ч"
    if seconds % 60 == 0:
        return f"{seconds // 60} мин"
    return f"{seconds} с"


def execute_actions_mail(
    user: User, actions: Sequence[str], link: str, expires_at: int, lifespan: int
) -> tuple[str, str]:
    """Subject and body (Russian) of the e-mail with the action link."""
    greeting = f"Здравствуйте, {user.first_name}!" if user.first_name else "Здравствуйте!"
    if tuple(actions) == (VERIFY_EMAIL,):
        subject = "Подтверждение адреса электронной почты"
        intro = (
            "Этот адрес указан в вашей учётной записи на платформе непрерывного "
            "профессионального развития. Чтобы подтвердить его, перейдите по ссылке:"
        )
    else:
        subject = "Действия с учётной записью"
        wanted = ", ".join(ACTION_NAMES_RU.get(a, a) for a in actions)
        intro = (
            "Для вашей учётной записи на платформе непрерывного профессионального развития "
            f"нужно: {wanted}. Перейдите по ссылке:"
        )
    body = (
        f"{greeting}\n\n{intro}\n\n{link}\n\n"
        f"Ссылка действует {lifespan_text(lifespan)} (до {expiry_text(expires_at)}) "
        "и только один раз.\n"
        "Если вы ничего не запрашивали, просто проигнорируйте это письмо.\n"
    )
    return subject, body
