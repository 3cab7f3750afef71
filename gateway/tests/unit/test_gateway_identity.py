"""Identity's part of the schema against fake backends: the profile's conversions, registration
through the public service and profile changes that list only the fields given."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, execute

from cpd.identity.v1 import identity_pb2
from gateway.errors import GatewayError

PERSON = identity_pb2.Person(
    id="p1",
    snils="11223344595",
    last_name="Иванова",
    first_name="Мария",
    birth_date="1990-04-12",
    region_code="16",
    kind=identity_pb2.PERSON_KIND_SPECIALIST_HIGHER,
    consents=[
        identity_pb2.Consent(
            kind=identity_pb2.CONSENT_KIND_PERSONAL_DATA,
            text_version="2024-01",
            agreed_at="2026-01-10T12:00:00+00:00",
        )
    ],
)


async def test_me_formats_the_snils_and_gives_null_for_what_is_not_given() -> None:
    backends = FakeBackends({"GetMe": identity_pb2.GetMeResponse(person=PERSON)})
    query = """{ me { id snils patronymic birthDate regionCode email sex kind
      consents { kind textVersion agreedAt } } }"""
    assert data(await execute(backends, query))["me"] == {
        "id": "p1",
        "snils": "112-233-445 95",
        "patronymic": None,
        "birthDate": "1990-04-12",
        "regionCode": "16",
        "email": None,
        "sex": None,
        "kind": "SPECIALIST_HIGHER",
        "consents": [
            {
                "kind": "PERSONAL_DATA",
                "textVersion": "2024-01",
                "agreedAt": "2026-01-10T12:00:00+00:00",
            }
        ],
    }


REGISTER = """mutation($input: RegistrationInput!) { register(input: $input) { __typename
  ... on Registration { personId email message } ... on UserError { code message } } }"""
INPUT = {
    "kind": "TEACHER",
    "citizenship": "RU",
    "regionCode": "16",
    "snils": "112-233-445 95",
    "lastName": "Петров",
    "firstName": "Пётр",
    "sex": "MALE",
    "birthDate": "1985-02-03",
    "email": "petrov@example.org",
    "phone": "+79001234567",
    "password": "long enough",
    "consents": [{"kind": "USER_AGREEMENT", "textVersion": "2024-01"}],
}


async def test_registration_goes_to_the_public_service_and_refusals_are_user_errors() -> None:
    backends = FakeBackends(
        {
            "Register": identity_pb2.RegisterResponse(
                person_id="p9", email="petrov@example.org", verification_email_sent=True
            )
        }
    )
    registered = data(await execute(backends, REGISTER, {"input": INPUT}))["register"]
    assert registered["__typename"] == "Registration"
    assert registered["personId"] == "p9"
    assert "petrov@example.org" in registered["message"]
    ((_, request),) = backends.requests
    assert request.kind == identity_pb2.PERSON_KIND_TEACHER
    assert request.sex == identity_pb2.SEX_MALE
    assert [c.kind for c in request.consents] == [identity_pb2.CONSENT_KIND_USER_AGREEMENT]
    # Every field the input gave, and no other, reaches the request.
    assert {field.name for field, _ in request.ListFields()} == {
        "kind",
        "citizenship",
        "region_code",
        "snils",
        "last_name",
        "first_name",
        "sex",
        "birth_date",
        "email",
        "phone",
        "password",
        "consents",
    }
    assert (request.snils, request.birth_date, request.password) == (
        "112-233-445 95",
        "1985-02-03",
        "long enough",
    )
    assert request.consents[0].text_version == "2024-01"
    weak = FakeBackends({"Register": GatewayError("weak_password", "Пароль слишком простой")})
    assert data(await execute(weak, REGISTER, {"input": INPUT}))["register"] == {
        "__typename": "UserError",
        "code": "WEAK_PASSWORD",
        "message": "Пароль слишком простой",
    }


async def test_a_profile_change_sends_only_the_fields_given() -> None:
    backends = FakeBackends(
        {
            "UpdateProfile": identity_pb2.UpdateProfileResponse(
                person=PERSON, email_verification_sent=True
            )
        }
    )
    mutation = """mutation { updateProfile(input: {email: "new@example.org", sex: FEMALE}) {
      __typename ... on ProfileUpdate { emailVerificationSent notice person { id } } } }"""
    changed = data(await execute(backends, mutation))["updateProfile"]
    assert changed["__typename"] == "ProfileUpdate"
    assert changed["emailVerificationSent"] is True and changed["notice"]
    ((_, request),) = backends.requests
    assert list(request.fields) == ["email", "sex"]
    assert (request.email, request.sex) == ("new@example.org", identity_pb2.SEX_FEMALE)
