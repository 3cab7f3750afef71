"""Identity mutations: registration, logins, password reset, profile and role grants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import strawberry
from google.protobuf.message import Message

from cpd.identity.v1 import identity_pb2
from gateway.mapping import call_one_or_error, call_or_error, result_union
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.identity.login import IdentityProviderClient
from gateway.schema.identity.types import (
    LoggedOut,
    PasswordResetRequested,
    Person,
    ProfileInput,
    ProfileUpdate,
    Registration,
    RegistrationInput,
    RoleGrant,
    RoleRevoke,
    Tokens,
)

RegisterResult = Annotated[
    Registration | UserError,
    result_union("RegisterResult", "The registration taken"),
]
LoginResult = Annotated[
    Tokens | UserError,
    result_union("LoginResult", "The tokens", "why the login or refresh failed"),
]
LogoutResult = Annotated[
    LoggedOut | UserError,
    result_union("LogoutResult", "Logged out", "why it failed"),
]
PasswordResetResult = Annotated[
    PasswordResetRequested | UserError,
    result_union("PasswordResetResult", "The request taken"),
]
UpdateProfileResult = Annotated[
    ProfileUpdate | UserError,
    result_union("UpdateProfileResult", "The changed profile", "why the change was refused"),
]
GrantRoleResult = Annotated[
    RoleGrant | UserError,
    result_union("GrantRoleResult", "The grant as held"),
]
RevokeRoleResult = Annotated[
    RoleRevoke | UserError,
    result_union("RevokeRoleResult", "Whether a grant was revoked"),
]

# The person a grant or a revocation is about: by id, or by SNILS when the id is null.
PersonIdArgument = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="The person; or give `snils` instead."),
]
SnilsArgument = Annotated[
    str | None,
    strawberry.argument(description="The person's SNILS, when `personId` is null."),
]
PeselArgument = Annotated[
    str | None,
    strawberry.argument(
        description="The PESEL of a person in Poland (SMK), when `personId` and `snils` are null."
    ),
]

VERIFY_EMAIL_MESSAGE = "Мы отправили письмо со ссылкой для подтверждения адреса на {email}"
RESET_MESSAGE = (
    "Если такой СНИЛС зарегистрирован, на адрес электронной почты из профиля придёт письмо "
    "со ссылкой для смены пароля"
)
# The same for a PESEL (SMK: Polish texts).
RESET_MESSAGE_PESEL = (
    "Jeśli ten numer PESEL jest zarejestrowany, na adres e-mail z profilu wyślemy wiadomość "
    "z linkiem do zmiany hasła"
)
PHONE_MESSAGE = (
    "Новый номер телефона сохранён как неподтверждённый: подтверждение по SMS пока недоступно"
)
EMAIL_MESSAGE = "Подтвердите новый адрес электронной почты по ссылке из письма"


R = TypeVar("R", bound=Message)


def _idp(info: GatewayInfo) -> IdentityProviderClient:
    return IdentityProviderClient(info.context.issuer)


def _registration(reply: identity_pb2.RegisterResponse) -> Registration:
    return Registration(
        person_id=strawberry.ID(reply.person_id),
        email=reply.email,
        verification_email_sent=reply.verification_email_sent,
        message=VERIFY_EMAIL_MESSAGE.format(email=reply.email),
    )


def _profile_update(reply: identity_pb2.UpdateProfileResponse) -> ProfileUpdate:
    messages = [EMAIL_MESSAGE] if reply.email_verification_sent else []
    if reply.phone_needs_verification:
        messages.append(PHONE_MESSAGE)
    return ProfileUpdate(
        person=Person.from_pb(reply.person),
        email_verification_sent=reply.email_verification_sent,
        phone_needs_verification=reply.phone_needs_verification,
        notice=". ".join(messages) or None,
    )


def _role_request(
    message: Callable[..., R],
    role: str,
    scope: str,
    person_id: strawberry.ID | None,
    snils: str | None,
    pesel: str | None,
) -> R:
    """A grant's or a revocation's request: the role, the scope and the person (by id, SNILS or
    PESEL)."""
    return message(
        person_id=str(person_id or ""), snils=snils or "", pesel=pesel or "", role=role, scope=scope
    )


def _profile_request(input: ProfileInput) -> identity_pb2.UpdateProfileRequest:
    values = {
        "last_name": input.last_name,
        "first_name": input.first_name,
        "patronymic": input.patronymic,
        "birth_date": input.birth_date,
        "region_code": input.region_code,
        "citizenship": input.citizenship,
        "email": input.email,
        "phone": input.phone,
        "pwz": input.pwz,
    }
    fields = [name for name, value in values.items() if value is not None]
    if input.sex is not None:
        fields.append("sex")
    return identity_pb2.UpdateProfileRequest(
        fields=fields,
        sex=input.sex.value if input.sex else identity_pb2.SEX_UNSPECIFIED,
        **{name: value for name, value in values.items() if value is not None},
    )


RefreshToken = Annotated[
    str, strawberry.argument(description="The refresh token of login or refreshToken.")
]
Role = Annotated[
    str, strawberry.argument(description="The role, e.g. school_operator or provider_staff.")
]
Scope = Annotated[
    str,
    strawberry.argument(
        description='Where it applies: "school:<id>", "provider:<id>", "municipality:<id>",'
        ' "region:16" or "platform:*".'
    ),
]


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(
        description="Register by SNILS, or by PESEL for a physician in Poland (no login needed)."
    )
    async def register(
        self,
        info: GatewayInfo,
        input: Annotated[RegistrationInput, strawberry.argument(description="The person.")],
    ) -> RegisterResult:
        return await call_or_error(
            info,
            info.context.backends.public_identity.Register,
            input.to_pb(),
            _registration,
        )

    @strawberry.mutation(
        description="Log in with SNILS (in any spelling), or PESEL for a person in Poland, and"
        " password."
    )
    async def login(
        self,
        info: GatewayInfo,
        password: Annotated[str, strawberry.argument(description="The password.")],
        snils: Annotated[
            str | None, strawberry.argument(description="SNILS, in any spelling.")
        ] = None,
        pesel: Annotated[
            str | None,
            strawberry.argument(description="PESEL (11 digits), instead of the SNILS."),
        ] = None,
    ) -> LoginResult:
        return await _idp(info).login(snils, pesel, password)

    @strawberry.mutation(description="A new access token for a refresh token.")
    async def refresh_token(self, info: GatewayInfo, refresh_token: RefreshToken) -> LoginResult:
        return await _idp(info).refresh(refresh_token)

    @strawberry.mutation(description="Log out: the session at the identity provider ends.")
    async def logout(self, info: GatewayInfo, refresh_token: RefreshToken) -> LogoutResult:
        result = await _idp(info).logout(refresh_token)
        return result if isinstance(result, UserError) else LoggedOut(ok=result)

    @strawberry.mutation(
        description="Forgotten password: an e-mail with a reset link goes to the profile's"
        " address (the same answer whether or not the SNILS, or PESEL, is registered)."
    )
    async def request_password_reset(
        self,
        info: GatewayInfo,
        snils: Annotated[
            str | None, strawberry.argument(description="SNILS, in any spelling.")
        ] = None,
        captcha_token: Annotated[
            str | None,
            strawberry.argument(description="The captcha's token when the captcha is on."),
        ] = None,
        pesel: Annotated[
            str | None,
            strawberry.argument(description="PESEL of a person in Poland, instead of the SNILS."),
        ] = None,
    ) -> PasswordResetResult:
        request = identity_pb2.RequestPasswordResetRequest(
            snils=snils or "", pesel=pesel or "", captcha_token=captcha_token or ""
        )
        message = RESET_MESSAGE_PESEL if pesel else RESET_MESSAGE
        return await call_or_error(
            info,
            info.context.backends.public_identity.RequestPasswordReset,
            request,
            lambda _: PasswordResetRequested(message=message),
        )

    @strawberry.mutation(
        description="Change one's own profile; a new e-mail or phone awaits confirmation."
    )
    async def update_profile(
        self,
        info: GatewayInfo,
        input: Annotated[ProfileInput, strawberry.argument(description="The changes.")],
    ) -> UpdateProfileResult:
        return await call_or_error(
            info,
            info.context.backends.identity.UpdateProfile,
            _profile_request(input),
            _profile_update,
        )

    @strawberry.mutation(description="Grant a role in a scope to a person (by id, SNILS or PESEL).")
    async def grant_role(
        self,
        info: GatewayInfo,
        role: Role,
        scope: Scope,
        person_id: PersonIdArgument = None,
        snils: SnilsArgument = None,
        pesel: PeselArgument = None,
    ) -> GrantRoleResult:
        request = _role_request(identity_pb2.GrantRoleRequest, role, scope, person_id, snils, pesel)
        return await call_one_or_error(
            info, info.context.backends.identity.GrantRole, request, RoleGrant, "grant"
        )

    @strawberry.mutation(
        description="Revoke a person's role in a scope (person by id, SNILS or PESEL)."
    )
    async def revoke_role(
        self,
        info: GatewayInfo,
        role: Role,
        scope: Scope,
        person_id: PersonIdArgument = None,
        snils: SnilsArgument = None,
        pesel: PeselArgument = None,
    ) -> RevokeRoleResult:
        request = _role_request(
            identity_pb2.RevokeRoleRequest, role, scope, person_id, snils, pesel
        )
        return await call_or_error(
            info,
            info.context.backends.identity.RevokeRole,
            request,
            lambda reply: RoleRevoke(revoked=reply.revoked),
        )
