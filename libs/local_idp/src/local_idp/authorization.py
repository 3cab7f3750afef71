"""The authorization-code flow's server-side state: pending login requests and issued codes.

Both live in memory, like Keycloak's authentication sessions: a restart drops logins in
progress. A login request is identified by a random ``session_code`` carried in the login
form (there is no SSO cookie: every ``/auth`` shows the login page).
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit, urlunsplit

from local_idp.pkce import PkceError, check_challenge
from local_idp.realm import ClientConfig


class AuthRequestError(Exception):
    """A bad /auth request. ``redirectable`` errors go back to the client's redirect_uri;
    the others (unknown client, bad redirect_uri) are shown on an error page."""

    def __init__(self, error: str, description: str, *, redirectable: bool) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.redirectable = redirectable


@dataclass(frozen=True, slots=True)
class AuthRequest:
    """A validated /auth request waiting for the user to log in."""

    id: str
    client_id: str
    redirect_uri: str
    state: str | None
    scope: str
    nonce: str | None
    code_challenge: str | None
    created_at: float
    # Set once the password was right but a required action (new password) is pending.
    authenticated_user_id: str | None = None


@dataclass(frozen=True, slots=True)
class IssuedCode:
    request: AuthRequest
    user_id: str
    session_id: str
    expires_at: float


@dataclass(slots=True)
class _UsedCode:
    session_id: str
    forget_at: float


def redirect_uri_allowed(uri: str, allowed: tuple[str, ...]) -> bool:
    """Keycloak's matching: exact, or a registered value ending in ``*`` as a prefix.
    Fragments are never allowed."""
    parts = urlsplit(uri)
    if parts.fragment or not parts.scheme or not parts.netloc:
        return False
    for pattern in allowed:
        if pattern.endswith("*"):
            if uri.startswith(pattern[:-1]):
                return True
        elif uri == pattern:
            return True
    return False


def with_query(uri: str, params: Mapping[str, str | None]) -> str:
    """``uri`` with ``params`` appended to its query (None values left out)."""
    parts = urlsplit(uri)
    extra = urlencode({k: v for k, v in params.items() if v is not None})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def validate_auth_request(
    client: ClientConfig | None, params: Mapping[str, str], now: float
) -> AuthRequest:
    """The checks of Keycloak's AuthorizationEndpoint, in its order."""
    if client is None or not client.enabled:
        raise AuthRequestError("invalid_client", "Client not found.", redirectable=False)
    if client.bearer_only:
        raise AuthRequestError(
            "invalid_client", "Bearer-only clients are not allowed.", redirectable=False
        )
    redirect_uri = params.get("redirect_uri") or ""
    if not redirect_uri or not redirect_uri_allowed(redirect_uri, client.redirect_uris):
        raise AuthRequestError(
            "invalid_request", "Invalid parameter: redirect_uri", redirectable=False
        )
    response_type = params.get("response_type")
    if not response_type:
        raise AuthRequestError(
            "invalid_request", "Missing parameter: response_type", redirectable=True
        )
    if response_type != "code":
        raise AuthRequestError(
            "unsupported_response_type", "Unsupported response_type", redirectable=True
        )
    if not client.standard_flow:
        raise AuthRequestError(
            "unauthorized_client",
            "Client is not allowed to initiate browser login",
            redirectable=True,
        )
    try:
        check_challenge(
            params.get("code_challenge"), params.get("code_challenge_method"), client.pkce_method
        )
    except PkceError as exc:
        raise AuthRequestError("invalid_request", str(exc), redirectable=True) from exc
    return AuthRequest(
        id=secrets.token_urlsafe(24),
        client_id=client.client_id,
        redirect_uri=redirect_uri,
        state=params.get("state") or None,
        scope=params.get("scope") or "openid",
        nonce=params.get("nonce") or None,
        code_challenge=params.get("code_challenge") or None,
        created_at=now,
    )


@dataclass
class AuthFlowStore:
    """Pending login requests (live ``login_lifespan`` s) and codes (live ``code_lifespan`` s,
    single use: a second use is reported with the session the first one started)."""

    login_lifespan: int
    code_lifespan: int
    _requests: dict[str, AuthRequest] = field(default_factory=dict)
    _codes: dict[str, IssuedCode] = field(default_factory=dict)
    _used: dict[str, _UsedCode] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self, request: AuthRequest) -> AuthRequest:
        with self._lock:
            self._requests[request.id] = request
        return request

    def get(self, request_id: str | None, now: float) -> AuthRequest | None:
        if not request_id:
            return None
        with self._lock:
            request = self._requests.get(request_id)
            if request is None:
                return None
            if now > request.created_at + self.login_lifespan:
                del self._requests[request_id]
                return None
            return request

    def mark_authenticated(self, request: AuthRequest, user_id: str) -> AuthRequest:
        updated = dataclasses.replace(request, authenticated_user_id=user_id)
        with self._lock:
            if request.id in self._requests:
                self._requests[request.id] = updated
        return updated

    def issue_code(self, request: AuthRequest, user_id: str, session_id: str, now: float) -> str:
        """Ends the login request and returns a new code for it."""
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._requests.pop(request.id, None)
            self._codes[code] = IssuedCode(request, user_id, session_id, now + self.code_lifespan)
            self._forget_expired(now)
        return code

    def consume_code(self, code: str, now: float) -> tuple[IssuedCode | None, str | None]:
        """``(issued, None)`` for a live code, used up now; ``(None, session_id)`` for a code
        used before; ``(None, None)`` for an unknown or expired code."""
        with self._lock:
            issued = self._codes.pop(code, None)
            if issued is None:
                used = self._used.get(code)
                return None, used.session_id if used else None
            # Remembered a while after expiry so that a replay is still recognised.
            self._used[code] = _UsedCode(issued.session_id, now + 10 * self.code_lifespan)
            if now > issued.expires_at:
                return None, None
            return issued, None

    def _forget_expired(self, now: float) -> None:
        for code in [c for c, issued in self._codes.items() if now > issued.expires_at]:
            del self._codes[code]
        for code in [c for c, used in self._used.items() if now > used.forget_at]:
            del self._used[code]
