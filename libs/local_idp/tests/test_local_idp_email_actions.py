"""E-mail actions (python-keycloak send_update_account / send_verify_email): a real e-mail
over SMTP with a signed, expiring, single-use link to the IdP's action page."""

from __future__ import annotations

import re
import time
import uuid
from email.message import Message

import httpx
import pytest
from keycloak import KeycloakAdmin, KeycloakPutError
from local_idp_helpers import password_login

from cpd_platform.local_mail import LocalMailServer, body_text
from local_idp import LocalIdpServer
from local_idp.login_client import form_action, hidden_fields, page_error
from local_idp.mailer import Mailer

pytestmark = pytest.mark.integration

_LINK = re.compile(r"(http\S+/login-actions/action-token\?key=\S+)")


def _new_user(admin: KeycloakAdmin, **fields: object) -> tuple[str, str, str]:
    """(id, username, e-mail) of a new user with password Secret-123."""
    username = f"{uuid.uuid4().int % 10**11:011d}"
    email = f"u{username}@example.test"
    rep: dict[str, object] = {
        "username": username,
        "email": email,
        "firstName": "Мария",
        "enabled": True,
        "emailVerified": True,
        "attributes": {"snils": [username]},
        "credentials": [{"type": "password", "value": "Secret-123", "temporary": False}],
        **fields,
    }
    return str(admin.create_user(rep)), username, email


def _mail_to(mail_server: LocalMailServer, email: str) -> Message:
    return mail_server.wait_for(lambda m: m["To"] == email)


def _link(message: Message) -> str:
    match = _LINK.search(body_text(message))
    assert match is not None, body_text(message)
    return match.group(1)


def test_update_password_by_email(
    keycloak_admin: KeycloakAdmin,
    mail_server: LocalMailServer,
    http: httpx.Client,
) -> None:
    user_id, username, email = _new_user(keycloak_admin)
    reply = keycloak_admin.send_update_account(
        user_id,
        ["UPDATE_PASSWORD"],
        client_id="web",
        redirect_uri="http://127.0.0.1:5173/",
        lifespan=600,
    )
    assert reply == {}
    message = _mail_to(mail_server, email)
    assert message["Subject"] == "Действия с учётной записью"
    text = body_text(message)
    assert "Здравствуйте, Мария!" in text and "задать новый пароль" in text
    assert "10 мин" in text
    form = http.get(_link(message))
    assert form.status_code == 200 and "Новый пароль" in form.text
    mismatch = http.post(
        form_action(form.text),
        data={**hidden_fields(form.text), "password-new": "A", "password-confirm": "B"},
    )
    assert page_error(mismatch.text) == "Пароли не совпадают."
    done = http.post(
        form_action(form.text),
        data={
            **hidden_fields(form.text),
            "password-new": "Brand-new-1",
            "password-confirm": "Brand-new-1",
        },
    )
    assert done.status_code == 200 and "Пароль изменён" in done.text
    assert "http://127.0.0.1:5173/" in done.text
    assert password_login(http, username, "Brand-new-1").status_code == 200
    assert password_login(http, username, "Secret-123").status_code == 401
    # Single use: the same link is refused afterwards.
    reused = http.get(_link(message))
    assert reused.status_code == 400 and "уже использована" in reused.text


def test_verify_email_removes_the_required_action(
    keycloak_admin: KeycloakAdmin, mail_server: LocalMailServer, http: httpx.Client
) -> None:
    user_id, username, email = _new_user(
        keycloak_admin, emailVerified=False, requiredActions=["VERIFY_EMAIL"]
    )
    assert password_login(http, username).json()["error_description"] == (
        "Account is not fully set up"
    )
    assert keycloak_admin.send_verify_email(user_id, client_id="web") == {}
    message = _mail_to(mail_server, email)
    assert message["Subject"] == "Подтверждение адреса электронной почты"
    assert "24 ч" in body_text(message)  # realm: actionTokenGeneratedByUserLifespan.verify-email
    confirmed = http.get(_link(message))
    assert confirmed.status_code == 200 and "Адрес подтверждён" in confirmed.text
    user = keycloak_admin.get_user(user_id)
    assert user["emailVerified"] is True
    assert user["requiredActions"] == []
    assert password_login(http, username).status_code == 200
    assert http.get(_link(message)).status_code == 400


def test_action_links_expire_and_cannot_be_forged(
    keycloak_admin: KeycloakAdmin, mail_server: LocalMailServer, http: httpx.Client
) -> None:
    user_id, _, email = _new_user(keycloak_admin)
    keycloak_admin.send_update_account(user_id, ["UPDATE_PASSWORD"], lifespan=1)
    link = _link(_mail_to(mail_server, email))
    time.sleep(2.1)
    expired = http.get(link)
    assert expired.status_code == 400 and "Срок действия ссылки истёк" in expired.text
    forged = http.get(link[:-5] + "AAAAA")
    assert forged.status_code == 400 and "недействительна" in forged.text


def test_action_email_errors(
    keycloak_admin: KeycloakAdmin, idp: LocalIdpServer, http: httpx.Client
) -> None:
    no_mail_id, _, _ = _new_user(keycloak_admin, email=None)
    cases: list[tuple[str, list[str], dict[str, str], str]] = [
        (no_mail_id, ["UPDATE_PASSWORD"], {}, "User email missing"),
    ]
    user_id, _, _ = _new_user(keycloak_admin)
    cases += [
        (user_id, ["CONFIGURE_TOTP"], {}, "Provided invalid required actions"),
        (user_id, ["UPDATE_PASSWORD"], {"client_id": "ghost"}, "Client doesn't exist"),
        (
            user_id,
            ["UPDATE_PASSWORD"],
            {"client_id": "web", "redirect_uri": "https://evil.test/"},
            "Invalid redirect uri.",
        ),
        (
            user_id,
            ["UPDATE_PASSWORD"],
            {"redirect_uri": "http://127.0.0.1:1/"},
            "Client id missing",
        ),
    ]
    for target, actions, params, message in cases:
        with pytest.raises(KeycloakPutError) as caught:
            keycloak_admin.send_update_account(target, actions, **params)  # type: ignore[arg-type]
        assert caught.value.response_code == 400
        assert caught.value.response_body is not None
        assert message in caught.value.response_body.decode()
    # Only user managers may send mail.
    denied = http.put(f"/admin/realms/cpd/users/{user_id}/send-verify-email")
    assert denied.status_code == 401


def test_smtp_failure_is_a_500(
    keycloak_admin: KeycloakAdmin, idp: LocalIdpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_id, _, _ = _new_user(keycloak_admin)
    provider = idp.provider
    monkeypatch.setattr(provider, "mailer", Mailer("127.0.0.1", 9, "no-reply@cpd.local"))
    with pytest.raises(KeycloakPutError) as caught:
        keycloak_admin.send_verify_email(user_id)
    assert caught.value.response_code == 500
    assert caught.value.response_body is not None
    assert b"Failed to send execute actions email" in caught.value.response_body
