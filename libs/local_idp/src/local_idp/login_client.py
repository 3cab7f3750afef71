"""A scripted browser for the local IdP's login pages (tests and e2e; not for Keycloak's
HTML). It follows the authorization-code + PKCE flow the way a frontend and a browser do::

    flow = BrowserLogin(http, issuer, redirect_uri="http://127.0.0.1:5173/callback")
    result = flow.with_password("112-233-445 95", "demo-specialist")
    tokens = flow.exchange(result)            # POST /token with the code and the verifier
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import httpx

from local_idp.pkce import s256_challenge

_FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
_ERROR = re.compile(r'<p class="error" role="alert">([^<]*)</p>')


def new_verifier() -> str:
    return secrets.token_urlsafe(48)


def form_action(page: str) -> str:
    match = _FORM_ACTION.search(page)
    if match is None:
        raise AssertionError("no form on the page")
    return unescape(match.group(1))


def hidden_fields(page: str) -> dict[str, str]:
    return {unescape(k): unescape(v) for k, v in _HIDDEN.findall(page)}


def page_error(page: str) -> str | None:
    match = _ERROR.search(page)
    return unescape(match.group(1)) if match else None


@dataclass
class LoginResult:
    """Where the flow ended: back at the client (``code``/``error`` in ``params``) or on a
    page of the IdP (``response`` with HTML)."""

    response: httpx.Response
    params: dict[str, str] = field(default_factory=dict)

    @property
    def code(self) -> str | None:
        return self.params.get("code")

    @property
    def page(self) -> str:
        return self.response.text


@dataclass
class BrowserLogin:
    http: httpx.Client
    issuer: str
    redirect_uri: str = "http://127.0.0.1:5173/callback"
    client_id: str = "web"
    verifier: str = field(default_factory=new_verifier)
    state: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    scope: str = "openid"

    def authorize_url(self, **extra: str) -> str:
        params = {
            "client_id": self.client_id,
            "response_type": "code",
            "redirect_uri": self.redirect_uri,
            "scope": self.scope,
            "state": self.state,
            "code_challenge": s256_challenge(self.verifier),
            "code_challenge_method": "S256",
            **extra,
        }
        return f"{self.issuer}/protocol/openid-connect/auth?{urlencode(params)}"

    def open(self, **extra: str) -> LoginResult:
        """GET /auth and follow redirects inside the IdP (e.g. to the fake ESIA)."""
        return self._follow(self.http.get(self.authorize_url(**extra)))

    def with_password(self, username: str, password: str) -> LoginResult:
        opened = self.open()
        if opened.params:
            return opened
        return self.submit(opened.page, {"username": username, "password": password})

    def with_esia(self, oid: str) -> LoginResult:
        """``kc_idp_hint=esia``, then pick the fake ESIA account ``oid``."""
        return self.with_broker("esia", oid)

    def with_profil_zaufany(self, account_id: str) -> LoginResult:
        """``kc_idp_hint=profil-zaufany``, then pick the fake Profil Zaufany account."""
        return self.with_broker("profil-zaufany", account_id)

    def with_broker(self, alias: str, account: str) -> LoginResult:
        """``kc_idp_hint=<alias>``, then pick the fake provider's test person ``account``."""
        external = self.open(kc_idp_hint=alias)
        if external.params:
            return external
        return self.submit(external.page, {"account": account})

    def submit(self, page: str, fields: dict[str, str]) -> LoginResult:
        """Post the page's (first) form with its hidden fields and ``fields``."""
        action, hidden = form_action(page), hidden_fields(page)
        response = self.http.post(action, data={**hidden, **fields})
        return self._follow(response)

    def exchange(self, result: LoginResult, **overrides: str) -> httpx.Response:
        data = {
            "grant_type": "authorization_code",
            "client_id": self.client_id,
            "code": result.code or "",
            "redirect_uri": self.redirect_uri,
            "code_verifier": self.verifier,
            **overrides,
        }
        return self.http.post(f"{self.issuer}/protocol/openid-connect/token", data=data)

    def _follow(self, response: httpx.Response) -> LoginResult:
        for _ in range(10):
            if response.status_code not in (301, 302, 303, 307):
                return LoginResult(response)
            location = urljoin(str(response.url), response.headers["location"])
            if location.startswith(self.issuer):
                response = self.http.get(location)
                continue
            query = parse_qs(urlsplit(location).query)
            return LoginResult(response, {k: v[0] for k, v in query.items()})
        raise AssertionError("too many redirects")
