"""GraphQL types of identity: persons, consents, grants, tokens and the mutation payloads."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from cpd.identity.v1 import identity_pb2
from cpd_platform.snils import format_snils


@strawberry.enum(description="Кто регистрируется")
class PersonKind(Enum):
    SPECIALIST_HIGHER = identity_pb2.PERSON_KIND_SPECIALIST_HIGHER
    SPECIALIST_SECONDARY = identity_pb2.PERSON_KIND_SPECIALIST_SECONDARY
    TEACHER = identity_pb2.PERSON_KIND_TEACHER


@strawberry.enum(description="Пол")
class Sex(Enum):
    MALE = identity_pb2.SEX_MALE
    FEMALE = identity_pb2.SEX_FEMALE


@strawberry.enum(description="Вид согласия")
class ConsentKind(Enum):
    PERSONAL_DATA = identity_pb2.CONSENT_KIND_PERSONAL_DATA
    USER_AGREEMENT = identity_pb2.CONSENT_KIND_USER_AGREEMENT


@strawberry.type(description="Данное согласие: когда и на какую версию текста")
class Consent:
    kind: ConsentKind
    text_version: str
    agreed_at: datetime


@strawberry.type(description="Человек: специалист или педагог")
class Person:
    id: strawberry.ID
    snils: str = strawberry.field(description="СНИЛС в виде XXX-XXX-XXX YY")
    last_name: str
    first_name: str
    patronymic: str | None
    birth_date: date
    region_code: str | None
    email: str | None
    email_verified: bool
    phone: str | None
    phone_verified: bool
    sex: Sex | None
    citizenship: str | None
    kind: PersonKind | None
    consents: list[Consent]

    @classmethod
    def from_pb(cls, p: identity_pb2.Person) -> Person:
        return cls(
            id=strawberry.ID(p.id),
            snils=format_snils(p.snils),
            last_name=p.last_name,
            first_name=p.first_name,
            patronymic=p.patronymic or None,
            birth_date=date.fromisoformat(p.birth_date),
            region_code=p.region_code or None,
            email=p.email or None,
            email_verified=p.email_verified,
            phone=p.phone or None,
            phone_verified=p.phone_verified,
            sex=Sex(p.sex) if p.sex else None,
            citizenship=p.citizenship or None,
            kind=PersonKind(p.kind) if p.kind else None,
            consents=[
                Consent(
                    kind=ConsentKind(c.kind),
                    text_version=c.text_version,
                    agreed_at=datetime.fromisoformat(c.agreed_at),
                )
                for c in p.consents
            ],
        )


@strawberry.type(description="Роль в области полномочий")
class RoleGrant:
    person_id: strawberry.ID
    role: str
    scope: str = strawberry.field(
        description='Область: "school:<id>", "provider:<id>", "municipality:<id>", "region:16", "platform:*"'
    )

    @classmethod
    def from_pb(cls, g: identity_pb2.Grant) -> RoleGrant:
        return cls(person_id=strawberry.ID(g.person_id), role=g.role, scope=g.scope)


@strawberry.type(description="Роль отозвана (или её не было)")
class RoleRevoke:
    revoked: bool


@strawberry.type(description="Токены после входа")
class Tokens:
    access_token: str
    refresh_token: str | None
    token_type: str
    expires_in: int = strawberry.field(description="Срок жизни токена доступа, секунд")
    refresh_expires_in: int = strawberry.field(description="Срок жизни токена обновления, секунд")


@strawberry.type(description="Выход выполнен")
class LoggedOut:
    ok: bool


@strawberry.type(description="Регистрация принята: подтвердите адрес по ссылке из письма")
class Registration:
    person_id: strawberry.ID
    email: str
    verification_email_sent: bool
    message: str


@strawberry.type(description="Запрос на восстановление пароля принят")
class PasswordResetRequested:
    message: str


@strawberry.type(description="Профиль изменён")
class ProfileUpdate:
    person: Person
    email_verification_sent: bool
    phone_needs_verification: bool
    notice: str | None = strawberry.field(description="Что ещё нужно сделать человеку")


@strawberry.input(description="Согласие: вид и версия текста, с которой человек ознакомился")
class ConsentInput:
    kind: ConsentKind
    text_version: str


@strawberry.input(description="Данные для регистрации")
class RegistrationInput:
    kind: PersonKind
    citizenship: str = strawberry.field(description="Код страны ISO 3166-1, например RU")
    region_code: str = strawberry.field(description="Код субъекта РФ, например 16")
    snils: str = strawberry.field(description="СНИЛС в любом написании")
    last_name: str
    first_name: str
    sex: Sex
    birth_date: str = strawberry.field(description="ГГГГ-ММ-ДД")
    email: str
    phone: str
    password: str
    consents: list[ConsentInput]
    patronymic: str | None = None
    idempotency_key: str | None = strawberry.field(
        default=None, description="Повтор с тем же ключом вернёт ту же регистрацию"
    )


@strawberry.input(description="Изменения профиля: только указанные поля")
class ProfileInput:
    last_name: str | None = None
    first_name: str | None = None
    patronymic: str | None = strawberry.field(
        default=None, description="Пустая строка удаляет отчество"
    )
    sex: Sex | None = None
    birth_date: str | None = None
    region_code: str | None = None
    citizenship: str | None = None
    email: str | None = None
    phone: str | None = None
