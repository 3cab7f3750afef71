"""GraphQL types of identity: persons, consents, grants, tokens and the mutation payloads."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from cpd.identity.v1 import identity_pb2
from cpd_platform.snils import format_snils
from gateway.mapping import MessageInput, MessageType, protobuf_enum, protobuf_type
from gateway.schema.plan.profile import ProfileSpecialty, person_specialties


@protobuf_enum(identity_pb2.PersonKind)
class PersonKind(Enum):
    pass


@protobuf_enum(identity_pb2.Sex)
class Sex(Enum):
    pass


@protobuf_enum(identity_pb2.ConsentKind)
class ConsentKind(Enum):
    pass


@protobuf_type
class Consent(MessageType[identity_pb2.Consent]):
    agreed_at: datetime = strawberry.field(description="When the person agreed.")


@protobuf_type
class ConsentText(MessageType[identity_pb2.ConsentText]):
    """A consent text in force, as the registration form shows it."""


def shown_snils(digits: str) -> str | None:
    """XXX-XXX-XXX YY, or null for a person identified by PESEL (no SNILS)."""
    return format_snils(digits) if digits else None


@protobuf_type(convert={"snils": shown_snils})
class Person(MessageType[identity_pb2.Person]):
    """A person (one's own profile): a specialist, a teacher, or a physician in Poland (SMK)."""

    id: strawberry.ID = strawberry.field(description="The person's id (UUID).")
    snils: str | None = strawberry.field(
        description="SNILS, shown as XXX-XXX-XXX YY; null for a person identified by PESEL."
    )
    pesel: str | None = strawberry.field(
        description="PESEL (11 digits) of a person in Poland (SMK); null for a person identified"
        " by SNILS. The birth date and the sex are the PESEL's."
    )
    pwz: str | None = strawberry.field(
        description="Licence number of a physician in Poland (numer PWZ, 7 digits); null when"
        " not known."
    )
    patronymic: str | None = strawberry.field(description="Patronymic; null when there is none.")
    birth_date: date = strawberry.field(description="Date of birth.")
    region_code: str | None = strawberry.field(
        description="Two-digit code of the region of residence; null when not given."
    )
    email: str | None = strawberry.field(description="Contact e-mail; null when not given.")
    sex: Sex | None = strawberry.field(description="Sex; null when not given.")
    phone: str | None = strawberry.field(
        description="Phone in international form; null when not given."
    )
    citizenship: str | None = strawberry.field(
        description="Country code, ISO 3166-1 alpha-2 (e.g. RU); null when not given."
    )
    kind: PersonKind | None = strawberry.field(
        description="Who registered (specialist, teacher or a physician in Poland); null for"
        " accounts made otherwise."
    )
    specialties: list[ProfileSpecialty] = strawberry.field(
        resolver=person_specialties,
        description="The specialties of one's own documents, each with its cycle, by code; "
        "empty on another person's profile.",
    )


@protobuf_type(name="RoleGrant")
class RoleGrant(MessageType[identity_pb2.Grant]):
    """A role a person holds in a scope of authority."""

    scope: str = strawberry.field(
        description='Where the role applies: "school:<id>", "provider:<id>",'
        ' "municipality:<id>", "region:16" or "platform:*".'
    )


@strawberry.type(description="The answer to revokeRole.")
class RoleRevoke:
    revoked: bool = strawberry.field(
        description="True when the grant existed and was revoked; false when there was none."
    )


@strawberry.type(description="Tokens issued by the identity provider at login or refresh.")
class Tokens:
    access_token: str = strawberry.field(
        description="The bearer token for the `Authorization` header (a JWT, RS256)."
    )
    refresh_token: str | None = strawberry.field(
        description="The token for refreshToken and logout; null when none was issued."
    )
    token_type: str = strawberry.field(description='The token type, "Bearer".')
    expires_in: int = strawberry.field(description="Lifetime of the access token, in seconds.")
    refresh_expires_in: int = strawberry.field(
        description="Lifetime of the refresh token, in seconds."
    )


@strawberry.type(description="The answer to logout.")
class LoggedOut:
    ok: bool = strawberry.field(description="True: the session at the identity provider ended.")


@strawberry.type(
    description="A registration taken: the person confirms the address by the link in the e-mail."
)
class Registration:
    person_id: strawberry.ID = strawberry.field(description="The new person's id.")
    email: str = strawberry.field(description="Where the confirmation e-mail went.")
    verification_email_sent: bool = strawberry.field(
        description="False when the e-mail could not be sent now (it is retried)."
    )
    message: str = strawberry.field(description="What to do next, in Russian, for the person.")


@strawberry.type(description="A password reset request taken (whether or not the SNILS exists).")
class PasswordResetRequested:
    message: str = strawberry.field(description="What happens next, in Russian, for the person.")


@strawberry.type(description="A changed profile and what the person still has to confirm.")
class ProfileUpdate:
    person: Person = strawberry.field(description="The profile as saved.")
    email_verification_sent: bool = strawberry.field(
        description="A new e-mail address awaits confirmation by the link sent to it."
    )
    phone_needs_verification: bool = strawberry.field(
        description="A new phone number is saved unconfirmed (SMS confirmation is not available)."
    )
    notice: str | None = strawberry.field(
        description="What the person still has to do, in Russian; null when nothing."
    )


@strawberry.input(description="A consent: its kind and the version of the text the person read.")
class ConsentInput(MessageInput[identity_pb2.Consent]):
    kind: ConsentKind = strawberry.field(description="Which consent.")
    text_version: str = strawberry.field(description="The version of the text agreed to.")


@strawberry.input(
    description="What a person registers with. A physician in Poland (kind SMK_PHYSICIAN) gives"
    " pesel and pwz instead of snils and regionCode; the PESEL gives the birth date and the sex."
)
class RegistrationInput(MessageInput[identity_pb2.RegisterRequest]):
    kind: PersonKind = strawberry.field(
        description="Specialist (by education), teacher or a physician in Poland."
    )
    citizenship: str = strawberry.field(description="Country code, ISO 3166-1 alpha-2 (e.g. RU).")
    last_name: str = strawberry.field(description="Last name.")
    first_name: str = strawberry.field(description="First name.")
    email: str = strawberry.field(description="E-mail; a confirmation link is sent to it.")
    phone: str = strawberry.field(description="Phone number.")
    password: str = strawberry.field(
        description="The password for logins with the SNILS (or the PESEL)."
    )
    consents: list[ConsentInput] = strawberry.field(
        description="The consents given: personal data and the user agreement are required."
    )
    region_code: str | None = strawberry.field(
        default=None, description="Two-digit code of the region (e.g. 16); required with a SNILS."
    )
    snils: str | None = strawberry.field(
        default=None,
        description="SNILS, in any spelling (dashes and spaces); required except for a physician"
        " in Poland.",
    )
    sex: Sex | None = strawberry.field(default=None, description="Sex; required with a SNILS.")
    birth_date: str | None = strawberry.field(
        default=None, description="Date of birth, YYYY-MM-DD; required with a SNILS."
    )
    pesel: str | None = strawberry.field(
        default=None, description="PESEL, 11 digits (a physician in Poland)."
    )
    pwz: str | None = strawberry.field(
        default=None, description="Licence number (numer PWZ), 7 digits (a physician in Poland)."
    )
    patronymic: str | None = strawberry.field(
        default=None, description="Patronymic; null when there is none."
    )
    idempotency_key: str | None = strawberry.field(
        default=None,
        description="A retry with the same key returns the same registration instead of a"
        " duplicate.",
    )


@strawberry.input(description="Changes of one's profile: only the fields given (not null) change.")
class ProfileInput:
    last_name: str | None = strawberry.field(default=None, description="Last name.")
    first_name: str | None = strawberry.field(default=None, description="First name.")
    patronymic: str | None = strawberry.field(
        default=None, description="Patronymic; an empty string removes it."
    )
    sex: Sex | None = strawberry.field(default=None, description="Sex.")
    birth_date: str | None = strawberry.field(
        default=None, description="Date of birth, YYYY-MM-DD."
    )
    region_code: str | None = strawberry.field(
        default=None, description="Two-digit code of the region."
    )
    citizenship: str | None = strawberry.field(
        default=None, description="Country code, ISO 3166-1 alpha-2."
    )
    email: str | None = strawberry.field(
        default=None, description="A new e-mail; saved once confirmed by the link sent to it."
    )
    phone: str | None = strawberry.field(
        default=None, description="A new phone; saved unconfirmed."
    )
    pwz: str | None = strawberry.field(
        default=None,
        description="A new licence number (numer PWZ) of a person identified by PESEL; an empty"
        " string removes it.",
    )
