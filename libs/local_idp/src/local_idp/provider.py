"""The identity provider's behaviour, independent of HTTP: grants, sessions, token checks."""

from __future__ import annotations

import dataclasses
import hmac
import time
from collections.abc import Callable, Collection, Mapping
from enum import Enum
from typing import Any

from local_idp import pkce
from local_idp.actions import (
    ActionTokens,
    execute_actions_mail,
    make_action_link,
)
from local_idp.authorization import AuthFlowStore, AuthRequest, with_query
from local_idp.brokers import fake_brokers
from local_idp.bruteforce import BruteForceGuard, FailureOutcome
from local_idp.errors import (
    OAuthError,
    forbidden,
    invalid_client,
    invalid_credentials,
    invalid_grant,
    unauthorized,
)
from local_idp.mailer import Mailer
from local_idp.passwords import verify_password_async
from local_idp.realm import REALM_MANAGEMENT_CLIENT, ClientConfig, RealmConfig
from local_idp.sessions import Session, SessionStore
from local_idp.settings import Settings
from local_idp.store import Store, User
from local_idp.tokens import (
    TYP_ACCESS,
    TYP_ID,
    TYP_REFRESH,
    Claims,
    TokenContext,
    TokenError,
    access_token_claims,
    id_token_claims,
    mapper_claims,
    note_claims,
    profile_claims,
    realm_issuer,
    refresh_token_claims,
    sign,
    verify,
)

# Scopes every client of the realm gets by default (Keycloak's "profile" and "email").
DEFAULT_TOKEN_SCOPES = ("profile", "email")


class LoginFailure(Enum):
    """Why a password login did not succeed. A locked user gets INVALID_CREDENTIALS."""

    INVALID_CREDENTIALS = "invalid_credentials"
    DISABLED = "disabled"
    NOT_FULLY_SET_UP = "not_fully_set_up"


class LoginError(Exception):
    def __init__(self, failure: LoginFailure, user: User | None = None) -> None:
        super().__init__(failure.value)
        self.failure = failure
        self.user = user


class IdentityProvider:
    def __init__(
        self,
        settings: Settings,
        realm: RealmConfig,
        store: Store,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.realm = realm
        self.store = store
        self.sessions = SessionStore(realm.sso_session_idle_timeout, realm.sso_session_max_lifespan)
        self.brute_force = BruteForceGuard(realm.brute_force)
        self.auth_flows = AuthFlowStore(
            realm.access_code_lifespan_login, realm.access_code_lifespan
        )
        self.action_tokens = ActionTokens(realm.name)
        self.mailer = Mailer(
            settings.smtp_host,
            settings.smtp_port,
            realm.smtp.from_address,
            realm.smtp.from_display_name,
        )
        # The faked external identity providers (ESIA, Profil Zaufany) by alias.
        self.brokers = fake_brokers(realm, settings)
        self._clock = clock

    def clock(self) -> float:
        return self._clock()

    def now(self) -> int:
        return int(self._clock())

    def base_url(self, request_base_url: str) -> str:
        return (self.settings.public_url or request_base_url).rstrip("/")

    def issuer(self, request_base_url: str) -> str:
        return realm_issuer(self.base_url(request_base_url), self.realm.name)

    # -- clients ------------------------------------------------------------------------------

    def client_secret(self, client_id: str) -> str | None:
        client = self.realm.clients.get(client_id)
        return self.settings.client_secrets.get(client_id) or (
            client.file_secret if client else None
        )

    def authenticate_client(self, client_id: str | None, secret: str | None) -> ClientConfig:
        """Keycloak's client authentication: public clients by id, others by id and secret."""
        if not client_id:
            raise OAuthError(400, "invalid_client", "Missing parameter: client_id")
        client = self.realm.clients.get(client_id)
        if client is None or not client.enabled:
            raise invalid_client()
        if client.bearer_only:
            raise OAuthError(400, "invalid_client", "Bearer-only not allowed")
        if client.public:
            return client
        expected = self.client_secret(client_id)
        if (
            expected is None
            or secret is None
            or not hmac.compare_digest(secret.encode(), expected.encode())
        ):
            raise invalid_client()
        return client

    # -- grants -------------------------------------------------------------------------------

    async def authenticate_password(self, username: str, password: str | None) -> User:
        """The password check shared by the password grant and the login page, with the
        realm's brute-force rules. Raises :class:`LoginError`."""
        user = self._find_login_user(username)
        if user is None or user.service_account_client_id is not None:
            raise LoginError(LoginFailure.INVALID_CREDENTIALS)
        now = self._clock()
        # A locked user gets the same answer as a wrong password and the password is not tried.
        if self.brute_force.is_locked(user.id, now):
            raise LoginError(LoginFailure.INVALID_CREDENTIALS, user)
        if (
            password is None
            or user.password is None
            or not await verify_password_async(password, user.password)
        ):
            if self.brute_force.record_failure(user.id, now) is FailureOutcome.DISABLE_USER:
                self.disable_user(user)
            raise LoginError(LoginFailure.INVALID_CREDENTIALS, user)
        self.brute_force.record_success(user.id)
        if not user.enabled:
            raise LoginError(LoginFailure.DISABLED, user)
        if user.required_actions:
            raise LoginError(LoginFailure.NOT_FULLY_SET_UP, user)
        return user

    def disable_user(self, user: User) -> None:
        """Keycloak's permanent lockout: the account is disabled until an admin enables it."""
        current = self.store.get_user(user.id)
        if current is not None:
            self.store.replace_user(dataclasses.replace(current, enabled=False))
        self.sessions.end_user_sessions(user.id)

    async def password_grant(
        self,
        client: ClientConfig,
        username: str | None,
        password: str | None,
        scope: str | None,
        issuer: str,
    ) -> dict[str, Any]:
        if not client.direct_access_grants:
            raise OAuthError(
                400, "unauthorized_client", "Client not allowed for direct access grants"
            )
        if not username:
            raise OAuthError(401, "invalid_request", "Missing parameter: username")
        try:
            user = await self.authenticate_password(username, password)
        except LoginError as exc:
            if exc.failure is LoginFailure.DISABLED:
                raise invalid_grant("Account disabled") from exc
            if exc.failure is LoginFailure.NOT_FULLY_SET_UP:
                raise invalid_grant("Account is not fully set up") from exc
            raise invalid_credentials() from exc
        session = self.sessions.start(user.id, client.client_id, self.now())
        return self._token_response(client, user, session, grant_scope(scope), issuer)

    # -- e-mail actions -----------------------------------------------------------------------

    async def send_actions_email(
        self,
        issuer: str,
        user: User,
        actions: Collection[str],
        client_id: str | None = None,
        redirect_uri: str | None = None,
        lifespan: int | None = None,
    ) -> None:
        """Mail ``user`` a link that performs ``actions`` (raises MailError)."""
        if user.email is None:
            raise ValueError("user has no e-mail address")
        seconds = lifespan if lifespan is not None else self.realm.action_token_admin_lifespan
        now = self.now()
        link = make_action_link(
            self.store.key_ring, issuer, user, list(actions), client_id, redirect_uri, now, seconds
        )
        subject, body = execute_actions_mail(user, list(actions), link, now + seconds, seconds)
        await self.mailer.send(user.email, subject, body)

    # -- authorization code -------------------------------------------------------------------

    def finish_login(
        self, request: AuthRequest, user: User, notes: Mapping[str, str] | None = None
    ) -> str:
        """Start the user's session and send the browser back to the client with a code."""
        session = self.sessions.start(user.id, request.client_id, self.now(), notes)
        code = self.auth_flows.issue_code(request, user.id, session.id, self._clock())
        return with_query(
            request.redirect_uri,
            {"state": request.state, "session_state": session.id, "code": code},
        )

    def authorization_code_grant(
        self,
        client: ClientConfig,
        code: str | None,
        redirect_uri: str | None,
        code_verifier: str | None,
        issuer: str,
    ) -> dict[str, Any]:
        if not code:
            raise OAuthError(400, "invalid_request", "Missing parameter: code")
        if not client.standard_flow:
            raise OAuthError(400, "unauthorized_client", "Client not allowed to exchange code")
        issued, replayed_session = self.auth_flows.consume_code(code, self._clock())
        if issued is None:
            if replayed_session is not None:
                # RFC 6749 §4.1.2: a reused code revokes what the first use obtained.
                self.sessions.end(replayed_session)
            raise invalid_grant("Code not valid")
        request = issued.request
        if request.client_id != client.client_id:
            raise invalid_grant("Auth error")
        if redirect_uri != request.redirect_uri:
            raise invalid_grant("Incorrect redirect_uri")
        try:
            pkce.verify(code_verifier, request.code_challenge)
        except pkce.PkceError as exc:
            raise invalid_grant(str(exc)) from exc
        session = self.sessions.get(issued.session_id, self.now())
        user = self.store.get_user(issued.user_id)
        if session is None or user is None or not user.enabled:
            raise invalid_grant("Session not active")
        return self._token_response(
            client, user, session, grant_scope(request.scope), issuer, nonce=request.nonce
        )

    def client_credentials_grant(
        self, client: ClientConfig, scope: str | None, issuer: str
    ) -> dict[str, Any]:
        if client.public:
            raise OAuthError(
                401, "unauthorized_client", "Public client not allowed to retrieve service account"
            )
        if not client.service_accounts:
            raise OAuthError(
                401, "unauthorized_client", "Client not enabled to retrieve service account"
            )
        user = self.store.service_account(client.client_id)
        if user is None or not user.enabled:
            raise invalid_grant("User disabled")
        # Keycloak's default: no refresh token (and so no session) for client credentials.
        return self._token_response(client, user, None, grant_scope(scope), issuer)

    def refresh_grant(
        self, client: ClientConfig, refresh_token: str | None, issuer: str
    ) -> dict[str, Any]:
        if not refresh_token:
            raise OAuthError(400, "invalid_request", "Missing form parameter: refresh_token")
        claims = self._verify_refresh_token(client, refresh_token, check_expiry=True)
        sid = claims.get("sid")
        session = self.sessions.get(sid, self.now()) if isinstance(sid, str) else None
        if session is None or session.client_id != client.client_id:
            raise invalid_grant("Session not active")
        user = self.store.get_user(str(claims["sub"]))
        if user is None or not user.enabled:
            self.sessions.end(session.id)
            raise invalid_grant("User not found or disabled")
        session = self.sessions.touch(session, self.now())
        return self._token_response(client, user, session, str(claims.get("scope", "")), issuer)

    def logout(self, client: ClientConfig, refresh_token: str | None) -> None:
        if not refresh_token:
            raise OAuthError(400, "invalid_request", "Missing parameter: refresh_token")
        claims = self._verify_refresh_token(client, refresh_token, check_expiry=False)
        sid = claims.get("sid")
        if isinstance(sid, str):
            self.sessions.end(sid)

    def _verify_refresh_token(
        self, client: ClientConfig, refresh_token: str, *, check_expiry: bool
    ) -> Claims:
        try:
            claims = verify(
                refresh_token,
                self.store.key_ring,
                realm=self.realm.name,
                expected_typ=TYP_REFRESH,
                check_expiry=check_expiry,
            )
        except TokenError as exc:
            raise invalid_grant(
                "Token is not active" if exc.expired else "Invalid refresh token"
            ) from exc
        if claims.get("azp") != client.client_id:
            raise invalid_grant(
                "Invalid refresh token. Token client and authorized client don't match"
            )
        return claims

    def _find_login_user(self, username: str) -> User | None:
        user = self.store.find_by_username(username)
        if user is None and self.realm.login_with_email_allowed and "@" in username:
            matches = self.store.find_by_email(username)
            user = matches[0] if len(matches) == 1 else None
        return user

    def _token_response(
        self,
        client: ClientConfig,
        user: User,
        session: Session | None,
        scope: str,
        issuer: str,
        nonce: str | None = None,
    ) -> dict[str, Any]:
        now = self.now()
        ctx = TokenContext(
            issuer=issuer,
            client=client,
            user=user,
            scope=scope,
            issued_at=now,
            session_id=session.id if session else None,
            session_notes=session.notes if session else {},
            nonce=nonce,
        )
        access_expires = now + (client.access_token_lifespan or self.realm.access_token_lifespan)
        if session is not None:
            access_expires = min(access_expires, self.sessions.max_expires_at(session))
        key = self.store.key_ring.active
        access_token = sign(access_token_claims(ctx, access_expires), key)
        response: dict[str, Any] = {
            "access_token": access_token,
            "expires_in": access_expires - now,
            "refresh_expires_in": 0,
            "token_type": "Bearer",
        }
        if session is not None:
            refresh_expires = self.sessions.expires_at(session)
            response["refresh_expires_in"] = refresh_expires - now
            response["refresh_token"] = sign(refresh_token_claims(ctx, refresh_expires), key)
        if "openid" in scope.split():
            response["id_token"] = sign(id_token_claims(ctx, access_expires, access_token), key)
        response["not-before-policy"] = 0
        if session is not None:
            response["session_state"] = session.id
        response["scope"] = scope
        return response

    # -- token consumers ----------------------------------------------------------------------

    def check_token(
        self, token: str, expected_typ: str | Collection[str] = TYP_ACCESS
    ) -> tuple[Claims, User]:
        """A live token of this realm and its (enabled) user, or :class:`TokenError`."""
        claims = verify(
            token, self.store.key_ring, realm=self.realm.name, expected_typ=expected_typ
        )
        sid = claims.get("sid")
        if isinstance(sid, str) and not self._session_usable(sid, claims["typ"] == TYP_REFRESH):
            raise TokenError("Session not active")
        user = self.store.get_user(str(claims["sub"]))
        if user is None:
            raise TokenError("User not found")
        if not user.enabled:
            raise TokenError("User disabled")
        return claims, user

    def _session_usable(self, sid: str, require_known: bool) -> bool:
        """Sessions live in memory: tokens from before a restart keep working until they expire,
        but refresh tokens need a session this process knows about."""
        if self.sessions.get(sid, self.now()) is not None:
            return True
        return not require_known and not self.sessions.was_ended(sid)

    def introspect(self, client: ClientConfig, token: str | None) -> dict[str, Any]:
        if client.public:
            raise OAuthError(403, "invalid_request", "Client not allowed.")
        if not token:
            raise OAuthError(400, "invalid_request", "Token not provided")
        try:
            claims, user = self.check_token(token, (TYP_ACCESS, TYP_REFRESH, TYP_ID))
        except TokenError:
            return {"active": False}
        result = dict(claims)
        token_client = self.realm.clients.get(str(claims.get("azp")))
        if token_client is not None and claims["typ"] == TYP_ACCESS:
            result.update(mapper_claims(user, token_client.attribute_mappers, "introspection"))
        result["client_id"] = claims.get("azp")
        result["username"] = user.username
        result["token_type"] = claims["typ"]
        result["active"] = True
        return result

    def userinfo(self, token: str | None) -> dict[str, Any]:
        if not token:
            raise self._bearer_error(401, "invalid_request", "Token not provided")
        try:
            claims, user = self.check_token(token)
        except TokenError as exc:
            raise self._bearer_error(401, "invalid_token", exc.description) from exc
        if "openid" not in str(claims.get("scope", "")).split():
            raise self._bearer_error(403, "insufficient_scope", "Missing openid scope")
        info: dict[str, Any] = {"sub": user.id, **profile_claims(user)}
        client = self.realm.clients.get(str(claims.get("azp")))
        if client is not None:
            info.update(mapper_claims(user, client.attribute_mappers, "userinfo"))
            sid = claims.get("sid")
            session = self.sessions.get(sid, self.now()) if isinstance(sid, str) else None
            notes = session.notes if session is not None else {}
            info.update(note_claims(notes, client.session_note_mappers, "userinfo"))
        return info

    def _bearer_error(self, status_code: int, error: str, description: str) -> OAuthError:
        challenge = (
            f'Bearer realm="{self.realm.name}", error="{error}", error_description="{description}"'
        )
        return OAuthError(status_code, error, description, headers={"WWW-Authenticate": challenge})

    def authorize_admin(self, authorization: str | None, any_of: Collection[str]) -> Claims:
        """The caller's access token if it carries one of the ``realm-management`` roles."""
        token = bearer_token(authorization)
        if token is None:
            raise unauthorized()
        try:
            claims, _ = self.check_token(token)
        except TokenError as exc:
            raise unauthorized() from exc
        resource_access = claims.get("resource_access") or {}
        granted = (resource_access.get(REALM_MANAGEMENT_CLIENT) or {}).get("roles") or []
        if not any(role in granted for role in any_of):
            raise forbidden()
        return claims


def grant_scope(requested: str | None) -> str:
    requested_scopes = (requested or "").split()
    scopes = ["openid"] if "openid" in requested_scopes else []
    return " ".join([*scopes, *DEFAULT_TOKEN_SCOPES])


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
