"""Registration, login by SNILS, profile and password reset through the gateway, with the real
e-mails the identity provider sends to the local SMTP server."""

from __future__ import annotations

import re
import uuid
from email.message import Message
from typing import Any

import httpx
import pytest
from tests.e2e.conftest import graphql, wait_for

from cpd_platform.devstack import DevStack
from cpd_platform.local_mail import body_text, read_mailbox
from cpd_platform.snils import format_snils
from cpd_platform.testing import new_snils
from local_idp.login_client import form_action, hidden_fields

pytestmark = pytest.mark.e2e

ACTION_LINK = re.compile(r"(http\S+/login-actions/action-token\?key=\S+)")
PASSWORD = "Надёжный-пароль-1"

REGISTER = """
mutation Register($input: RegistrationInput!) {
  register(input: $input) {
    __typename
    ... on Registration { personId email verificationEmailSent message }
    ... on UserError { code message }
  }
}"""
LOGIN = """
mutation Login($snils: String!, $password: String!) {
  login(snils: $snils, password: $password) {
    __typename
    ... on Tokens { accessToken refreshToken expiresIn refreshExpiresIn tokenType }
    ... on UserError { code message }
  }
}"""
ME = """{ me { id snils lastName firstName patronymic birthDate regionCode email emailVerified
  phone phoneVerified sex citizenship kind consents { kind textVersion agreedAt } } }"""
RESET = """
mutation Reset($snils: String!) {
  requestPasswordReset(snils: $snils) {
    __typename
    ... on PasswordResetRequested { message }
    ... on UserError { code message }
  }
}"""


def registration_input(digits: str, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": "SPECIALIST_HIGHER",
        "citizenship": "RU",
        "regionCode": "16",
        "snils": format_snils(digits),
        "lastName": "Орлова",
        "firstName": "Елена",
        "patronymic": "Викторовна",
        "sex": "FEMALE",
        "birthDate": "1988-09-17",
        "email": f"elena.{digits}@example.org",
        "phone": "8 (917) 765-43-21",
        "password": PASSWORD,
        "consents": [
            {"kind": "PERSONAL_DATA", "textVersion": "2025-01"},
            {"kind": "USER_AGREEMENT", "textVersion": "2025-01"},
        ],
    }
    values.update(changes)
    return values


def data(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]
    return result


VERIFY_SUBJECT = "Подтверждение адреса электронной почты"
ACTIONS_SUBJECT = "Действия с учётной записью"


def mail_to(
    platform: DevStack, address: str, subject: str = VERIFY_SUBJECT, timeout: float = 15.0
) -> Message:
    """The e-mail with this subject sent to `address` (one per address and subject here)."""

    def delivered() -> Message | None:
        return next(
            (
                message
                for message in read_mailbox(platform.mail_dir)
                if message["To"] == address and message["Subject"] == subject
            ),
            None,
        )

    return wait_for(delivered, seconds=timeout)


def action_link(message: Message) -> str:
    match = ACTION_LINK.search(body_text(message))
    assert match is not None, body_text(message)
    return match.group(1)


def register(platform: DevStack, digits: str, **changes: Any) -> dict[str, Any]:
    reply = data(graphql(platform, REGISTER, None, input=registration_input(digits, **changes)))
    result: dict[str, Any] = reply["register"]
    return result


def login(platform: DevStack, snils: str, password: str = PASSWORD) -> dict[str, Any]:
    result: dict[str, Any] = data(graphql(platform, LOGIN, None, snils=snils, password=password))[
        "login"
    ]
    return result


def registered_and_verified(platform: DevStack, **changes: Any) -> tuple[str, str]:
    """A new person who has confirmed their e-mail: (SNILS digits, access token)."""
    snils = new_snils()
    registered = register(platform, snils, **changes)
    assert registered["__typename"] == "Registration", registered
    confirmed = httpx.get(action_link(mail_to(platform, registered["email"])), timeout=10)
    assert confirmed.status_code == 200, confirmed.text
    tokens = login(platform, snils)
    assert tokens["__typename"] == "Tokens", tokens
    return snils, str(tokens["accessToken"])


def test_register_verify_the_email_log_in_by_snils_in_three_formats_and_read_me(
    platform: DevStack,
) -> None:
    snils = new_snils()
    registered = register(platform, snils)
    assert registered["__typename"] == "Registration", registered
    assert registered["verificationEmailSent"] is True
    email = f"elena.{snils}@example.org"
    assert registered["email"] == email

    # Until the address is confirmed the account cannot log in.
    assert login(platform, snils)["code"] == "ACCOUNT_NOT_SET_UP"

    message = mail_to(platform, email)
    confirmed = httpx.get(action_link(message), timeout=10)
    assert confirmed.status_code == 200 and "Адрес подтверждён" in confirmed.text

    for typed in [snils, format_snils(snils), f"{snils[:3]} {snils[3:6]} {snils[6:9]} {snils[9:]}"]:
        tokens = login(platform, typed)
        assert tokens["__typename"] == "Tokens", tokens
        assert tokens["tokenType"] == "Bearer" and tokens["expiresIn"] > 0
        me = data(graphql(platform, ME, tokens["accessToken"]))["me"]
        assert me["id"] == registered["personId"]
    assert me["snils"] == format_snils(snils)
    assert (me["lastName"], me["firstName"], me["patronymic"]) == ("Орлова", "Елена", "Викторовна")
    assert (me["birthDate"], me["regionCode"], me["email"]) == ("1988-09-17", "16", email)
    assert (me["phone"], me["phoneVerified"], me["emailVerified"]) == ("+79177654321", False, True)
    assert (me["sex"], me["citizenship"], me["kind"]) == ("FEMALE", "RU", "SPECIALIST_HIGHER")
    assert sorted((c["kind"], c["textVersion"]) for c in me["consents"]) == [
        ("PERSONAL_DATA", "2025-01"),
        ("USER_AGREEMENT", "2025-01"),
    ]

    assert login(platform, snils, "wrong password")["code"] == "INVALID_CREDENTIALS"
    assert login(platform, new_snils())["code"] == "INVALID_CREDENTIALS"
    assert login(platform, "123")["code"] == "INVALID_SNILS"


def test_registration_errors_are_typed_and_a_retry_is_the_same_registration(
    platform: DevStack,
) -> None:
    snils = new_snils()
    key = str(uuid.uuid4())
    first = register(platform, snils, idempotencyKey=key)
    again = register(platform, snils, idempotencyKey=key, snils=snils)
    assert again["personId"] == first["personId"]

    for changes, code in [
        ({"email": "elena@"}, "invalid_email"),
        ({"phone": "+7 917 765"}, "invalid_phone"),
        ({"birthDate": "2999-01-01"}, "birth_date_in_future"),
        ({"birthDate": "1901-01-01"}, "birth_date_too_old"),
        ({"regionCode": "00"}, "unknown_region"),
        ({"snils": "112-233-445 00"}, "invalid_snils"),
        ({"consents": [{"kind": "PERSONAL_DATA", "textVersion": "2025-01"}]}, "consent_required"),
        ({"lastName": "Орлова" * 20}, "text_too_long"),
    ]:
        result = register(platform, new_snils(), **changes)
        assert result["code"] == code.upper(), result
        assert any("а" <= ch <= "я" for ch in result["message"].lower())


ATTEMPT_SUBJECT = "Попытка регистрации с вашим СНИЛС"


def test_a_registered_snils_answers_as_a_fresh_registration_and_its_owner_is_told(
    platform: DevStack,
) -> None:
    snils, _ = registered_and_verified(platform)
    owner_email = f"elena.{snils}@example.org"
    intruder_email = f"someone.{snils}@example.org"
    taken = graphql(
        platform,
        REGISTER,
        None,
        input=registration_input(snils, firstName="Анна", email=intruder_email),
    )
    other = new_snils()
    fresh = graphql(
        platform,
        REGISTER,
        None,
        input=registration_input(other, email=f"someone.{other}@example.org"),
    )
    # The same HTTP status, shape and wording: nothing tells that the SNILS is registered.
    assert taken.status_code == fresh.status_code == 200
    taken_reply, fresh_reply = data(taken)["register"], data(fresh)["register"]
    assert taken_reply.keys() == fresh_reply.keys()
    assert taken_reply["__typename"] == fresh_reply["__typename"] == "Registration"
    assert taken_reply["email"] == intruder_email and taken_reply["verificationEmailSent"]
    assert taken_reply["message"] == fresh_reply["message"].replace(
        f"someone.{other}", f"someone.{snils}"
    )
    # The owner hears of the attempt; the address typed by the other party gets nothing.
    notice = mail_to(platform, owner_email, ATTEMPT_SUBJECT)
    assert "Елена Викторовна" in body_text(notice)
    assert not [m for m in read_mailbox(platform.mail_dir) if m["To"] == intruder_email]
    # The account is untouched: the owner still logs in with their password.
    assert login(platform, snils)["__typename"] == "Tokens"


def test_password_reset_by_real_email_and_the_same_answer_for_an_unknown_snils(
    platform: DevStack,
) -> None:
    snils, _ = registered_and_verified(platform)
    email = f"elena.{snils}@example.org"
    known = data(graphql(platform, RESET, None, snils=format_snils(snils)))["requestPasswordReset"]
    unknown = data(graphql(platform, RESET, None, snils=new_snils()))["requestPasswordReset"]
    assert known == unknown
    assert known["__typename"] == "PasswordResetRequested"

    message = mail_to(platform, email, ACTIONS_SUBJECT)
    with httpx.Client(timeout=10) as http:
        form = http.get(action_link(message))
        assert form.status_code == 200 and "Новый пароль" in form.text
        done = http.post(
            form_action(form.text),
            data={
                **hidden_fields(form.text),
                "password-new": "Совсем-новый-2",
                "password-confirm": "Совсем-новый-2",
            },
        )
        assert done.status_code == 200 and "Пароль изменён" in done.text
    assert login(platform, snils, "Совсем-новый-2")["__typename"] == "Tokens"
    assert login(platform, snils)["code"] == "INVALID_CREDENTIALS"


def test_refresh_and_logout(platform: DevStack) -> None:
    snils, _ = registered_and_verified(platform)
    tokens = login(platform, snils)
    refresh = """mutation R($t: String!) { refreshToken(refreshToken: $t) {
        __typename ... on Tokens { accessToken refreshToken } ... on UserError { code } } }"""
    logout = """mutation L($t: String!) { logout(refreshToken: $t) {
        __typename ... on LoggedOut { ok } ... on UserError { code } } }"""
    renewed = data(graphql(platform, refresh, None, t=tokens["refreshToken"]))["refreshToken"]
    assert renewed["__typename"] == "Tokens"
    assert data(graphql(platform, "{ me { id } }", renewed["accessToken"]))["me"]["id"]
    # Logging out needs a token; then the session's refresh token is dead.
    assert graphql(platform, logout, None, t=renewed["refreshToken"]).status_code == 401
    out = data(graphql(platform, logout, renewed["accessToken"], t=renewed["refreshToken"]))
    assert out["logout"] == {"__typename": "LoggedOut", "ok": True}
    dead = data(graphql(platform, refresh, None, t=renewed["refreshToken"]))["refreshToken"]
    assert dead["code"] == "INVALID_REFRESH_TOKEN"


def test_profile_changes_and_contacts_are_verified_again(platform: DevStack) -> None:
    snils, token = registered_and_verified(platform)
    update = """mutation U($input: ProfileInput!) { updateProfile(input: $input) { __typename
        ... on ProfileUpdate { emailVerificationSent phoneNeedsVerification notice
              person { lastName phone phoneVerified email emailVerified regionCode } }
        ... on UserError { code message } } }"""
    changed = data(
        graphql(
            platform,
            update,
            token,
            input={"lastName": "Соколова", "phone": "+7 912 000-11-22", "regionCode": "02"},
        )
    )["updateProfile"]
    assert changed["person"]["lastName"] == "Соколова"
    assert changed["person"]["regionCode"] == "02"
    assert (changed["person"]["phone"], changed["person"]["phoneVerified"]) == (
        "+79120001122",
        False,
    )
    assert changed["phoneNeedsVerification"] is True and "SMS" in changed["notice"]

    new_email = f"new.{snils}@example.org"
    moved = data(graphql(platform, update, token, input={"email": new_email}))["updateProfile"]
    assert moved["emailVerificationSent"] is True
    assert (moved["person"]["email"], moved["person"]["emailVerified"]) == (new_email, False)
    confirmed = httpx.get(action_link(mail_to(platform, new_email)), timeout=10)
    assert confirmed.status_code == 200
    me = data(graphql(platform, "{ me { email emailVerified } }", token))["me"]
    assert me == {"email": new_email, "emailVerified": True}

    bad = data(graphql(platform, update, token, input={"phone": "12"}))["updateProfile"]
    assert bad["code"] == "INVALID_PHONE"


def test_only_public_operations_run_without_a_token(platform: DevStack) -> None:
    assert graphql(platform, "{ me { id } }", None).status_code == 401
    mixed = 'mutation { login(snils: "1", password: "x") { __typename } grantRole(role: "admin", scope: "platform:*") { __typename } }'
    assert graphql(platform, mixed, None).status_code == 401
    assert graphql(platform, "{ myGrants { role } }", None).status_code == 401
