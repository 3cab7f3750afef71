from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from gateway.schema.common import GatewayInfo, UserError, user_error_or
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

RegisterResult = Annotated[Registration | UserError, strawberry.union("RegisterResult")]
LoginResult = Annotated[Tokens | UserError, strawberry.union("LoginResult")]
LogoutResult = Annotated[LoggedOut | UserError, strawberry.union("LogoutResult")]
PasswordResetResult = Annotated[
    PasswordResetRequested | UserError, strawberry.union("PasswordResetResult")
]
UpdateProfileResult = Annotated[ProfileUpdate | UserError, strawberry.union("UpdateProfileResult")]
GrantRoleResult = Annotated[RoleGrant | UserError, strawberry.union("GrantRoleResult")]
RevokeRoleResult = Annotated[RoleRevoke | UserError, strawberry.union("RevokeRoleResult")]

VERIFY_EMAIL_MESSAGE = "Мы отправили письмо со ссылкой для подтверждения адреса на {email}"
RESET_MESSAGE = (
    "Если такой СНИЛС зарегистрирован, на адрес электронной почты из профиля придёт письмо "
    "со ссылкой для смены пароля"
)
PHONE_MESSAGE = (
    "Новый номер телефона сохранён как неподтверждённый: подтверждение по SMS пока недоступно"
)
EMAIL_MESSAGE = "Подтвердите новый адрес электронной почты по ссылке из письма"


def _public(info: GatewayInfo) -> identity_pb2_grpc.PublicIdentityServiceStub:
    return identity_pb2_grpc.PublicIdentityServiceStub(info.context.backends.channels["identity"])


def _idp(info: GatewayInfo) -> IdentityProviderClient:
    return IdentityProviderClient(info.context.issuer)


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(description="Регистрация по СНИЛС (без входа)")
    async def register(self, info: GatewayInfo, input: RegistrationInput) -> RegisterResult:
        ctx = info.context
        request = identity_pb2.RegisterRequest(
            kind=input.kind.value,
            citizenship=input.citizenship,
            region_code=input.region_code,
            snils=input.snils,
            last_name=input.last_name,
            first_name=input.first_name,
            patronymic=input.patronymic or "",
            sex=input.sex.value,
            birth_date=input.birth_date,
            email=input.email,
            phone=input.phone,
            password=input.password,
            consents=[
                identity_pb2.Consent(kind=c.kind.value, text_version=c.text_version)
                for c in input.consents
            ],
            idempotency_key=input.idempotency_key or "",
        )
        result = await user_error_or(
            ctx.backends.call(_public(info).Register, request, ctx.metadata)
        )
        if isinstance(result, UserError):
            return result
        return Registration(
            person_id=strawberry.ID(result.person_id),
            email=result.email,
            verification_email_sent=result.verification_email_sent,
            message=VERIFY_EMAIL_MESSAGE.format(email=result.email),
        )

    @strawberry.mutation(description="Вход по СНИЛС (в любом написании) и паролю")
    async def login(self, info: GatewayInfo, snils: str, password: str) -> LoginResult:
        return await _idp(info).login(snils, password)

    @strawberry.mutation(description="Новый токен доступа по токену обновления")
    async def refresh_token(self, info: GatewayInfo, refresh_token: str) -> LoginResult:
        return await _idp(info).refresh(refresh_token)

    @strawberry.mutation(description="Выход: сессия у поставщика удостоверений завершается")
    async def logout(self, info: GatewayInfo, refresh_token: str) -> LogoutResult:
        result = await _idp(info).logout(refresh_token)
        return result if isinstance(result, UserError) else LoggedOut(ok=result)

    @strawberry.mutation(description="Забыли пароль: письмо со ссылкой на адрес из профиля")
    async def request_password_reset(
        self, info: GatewayInfo, snils: str, captcha_token: str | None = None
    ) -> PasswordResetResult:
        ctx = info.context
        request = identity_pb2.RequestPasswordResetRequest(
            snils=snils, captcha_token=captcha_token or ""
        )
        result = await user_error_or(
            ctx.backends.call(_public(info).RequestPasswordReset, request, ctx.metadata)
        )
        if isinstance(result, UserError):
            return result
        return PasswordResetRequested(message=RESET_MESSAGE)

    @strawberry.mutation(
        description="Изменение своего профиля; новые e-mail и телефон подтверждаются"
    )
    async def update_profile(self, info: GatewayInfo, input: ProfileInput) -> UpdateProfileResult:
        ctx = info.context
        values = {
            "last_name": input.last_name,
            "first_name": input.first_name,
            "patronymic": input.patronymic,
            "birth_date": input.birth_date,
            "region_code": input.region_code,
            "citizenship": input.citizenship,
            "email": input.email,
            "phone": input.phone,
        }
        fields = [name for name, value in values.items() if value is not None]
        if input.sex is not None:
            fields.append("sex")
        request = identity_pb2.UpdateProfileRequest(
            fields=fields,
            sex=input.sex.value if input.sex else identity_pb2.SEX_UNSPECIFIED,
            **{name: value for name, value in values.items() if value is not None},
        )
        result = await user_error_or(
            ctx.backends.call(ctx.backends.identity.UpdateProfile, request, ctx.metadata)
        )
        if isinstance(result, UserError):
            return result
        messages = [EMAIL_MESSAGE] if result.email_verification_sent else []
        if result.phone_needs_verification:
            messages.append(PHONE_MESSAGE)
        return ProfileUpdate(
            person=Person.from_pb(result.person),
            email_verification_sent=result.email_verification_sent,
            phone_needs_verification=result.phone_needs_verification,
            notice=". ".join(messages) or None,
        )

    @strawberry.mutation(description="Назначить роль в области полномочий (по id или СНИЛС)")
    async def grant_role(
        self,
        info: GatewayInfo,
        role: str,
        scope: str,
        person_id: strawberry.ID | None = None,
        snils: str | None = None,
    ) -> GrantRoleResult:
        ctx = info.context
        request = identity_pb2.GrantRoleRequest(
            person_id=str(person_id or ""), snils=snils or "", role=role, scope=scope
        )
        result = await user_error_or(
            ctx.backends.call(ctx.backends.identity.GrantRole, request, ctx.metadata)
        )
        return result if isinstance(result, UserError) else RoleGrant.from_pb(result.grant)

    @strawberry.mutation(description="Отозвать роль")
    async def revoke_role(
        self, info: GatewayInfo, person_id: strawberry.ID, role: str, scope: str
    ) -> RevokeRoleResult:
        ctx = info.context
        request = identity_pb2.RevokeRoleRequest(person_id=str(person_id), role=role, scope=scope)
        result = await user_error_or(
            ctx.backends.call(ctx.backends.identity.RevokeRole, request, ctx.metadata)
        )
        return result if isinstance(result, UserError) else RoleRevoke(revoked=result.revoked)
