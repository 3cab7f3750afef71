"""GraphQL types, built from the services' protobuf messages."""

from __future__ import annotations

from datetime import date
from enum import Enum

import strawberry
from strawberry.types import Info

from cpd.catalog.v1 import catalog_pb2
from cpd.credits.v1 import credits_pb2
from cpd.identity.v1 import identity_pb2
from cpd.pk_regional.v1 import pk_regional_pb2
from cpd.plan.v1 import plan_pb2
from cpd_platform.snils import format_snils
from gateway.context import GatewayContext

GatewayInfo = Info[GatewayContext, None]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@strawberry.enum(description="Уровень образования")
class EducationLevel(Enum):
    HIGHER = catalog_pb2.EDUCATION_LEVEL_HIGHER
    SECONDARY = catalog_pb2.EDUCATION_LEVEL_SECONDARY


@strawberry.enum(
    description="Вид элемента обучения: ДПП ПК, образовательное мероприятие (ОМ), интерактивный модуль (ИОМ)"
)
class ElementKind(Enum):
    PROGRAM = catalog_pb2.ELEMENT_KIND_PROGRAM
    EVENT = catalog_pb2.ELEMENT_KIND_EVENT
    MODULE = catalog_pb2.ELEMENT_KIND_MODULE


@strawberry.enum(description="Статус записи о зачтённых ЗЕТ")
class CreditStatus(Enum):
    ACCEPTED = credits_pb2.CREDIT_STATUS_ACCEPTED
    VOIDED = credits_pb2.CREDIT_STATUS_VOIDED


@strawberry.type(description="Человек: специалист или педагог")
class Person:
    id: strawberry.ID
    snils: str = strawberry.field(description="СНИЛС в виде XXX-XXX-XXX YY")
    last_name: str
    first_name: str
    patronymic: str | None
    birth_date: date
    region_code: str
    email: str

    @classmethod
    def from_pb(cls, p: identity_pb2.Person) -> Person:
        return cls(
            id=strawberry.ID(p.id),
            snils=format_snils(p.snils),
            last_name=p.last_name,
            first_name=p.first_name,
            patronymic=p.patronymic or None,
            birth_date=date.fromisoformat(p.birth_date),
            region_code=p.region_code,
            email=p.email,
        )


@strawberry.type(description="Специальность")
class Specialty:
    code: str
    name: str
    level: EducationLevel

    @classmethod
    def from_pb(cls, s: catalog_pb2.Specialty) -> Specialty:
        return cls(code=s.code, name=s.name, level=EducationLevel(s.level))


@strawberry.type(description="Элемент обучения")
class Element:
    id: strawberry.ID
    kind: ElementKind
    title: str
    zet: int
    main_specialty_code: str
    additional_specialty_codes: list[str]
    starts_on: date | None
    ends_on: date | None

    @classmethod
    def from_pb(cls, e: catalog_pb2.Element) -> Element:
        return cls(
            id=strawberry.ID(e.id),
            kind=ElementKind(e.kind),
            title=e.title,
            zet=e.zet,
            main_specialty_code=e.main_specialty_code,
            additional_specialty_codes=list(e.additional_specialty_codes),
            starts_on=_date(e.starts_on),
            ends_on=_date(e.ends_on),
        )


@strawberry.type(description="Сумма ЗЕТ по виду элементов")
class KindTotal:
    kind: str
    zet: int


@strawberry.type(description="Зачтённые ЗЕТ, учтённые в цикле")
class CountedCredit:
    credit_id: strawberry.ID
    element_id: strawberry.ID
    kind: str
    zet: int
    completed_on: date

    @strawberry.field
    async def element(self, info: GatewayInfo) -> Element | None:
        found = await info.context.loaders.element.load(str(self.element_id))
        return Element.from_pb(found) if found else None


@strawberry.type(description="Прогресс цикла по набору правил")
class Progress:
    total_zet: int
    target_zet: int
    by_kind: list[KindTotal]
    credits: list[CountedCredit]

    @classmethod
    def from_pb(cls, p: plan_pb2.Progress) -> Progress:
        return cls(
            total_zet=p.total_zet,
            target_zet=p.target_zet,
            by_kind=[KindTotal(kind=k.kind, zet=k.zet) for k in p.by_kind],
            credits=[
                CountedCredit(
                    credit_id=strawberry.ID(c.credit_id),
                    element_id=strawberry.ID(c.element_id),
                    kind=c.kind,
                    zet=c.zet,
                    completed_on=date.fromisoformat(c.completed_on),
                )
                for c in p.credits
            ],
        )


@strawberry.type(description="Пятилетний цикл непрерывного образования по специальности")
class Cycle:
    id: strawberry.ID
    specialty_code: str
    starts_on: date
    ends_on: date
    rule_set: str

    @classmethod
    def from_pb(cls, c: plan_pb2.Cycle) -> Cycle:
        return cls(
            id=strawberry.ID(c.id),
            specialty_code=c.specialty_code,
            starts_on=date.fromisoformat(c.starts_on),
            ends_on=date.fromisoformat(c.ends_on),
            rule_set=c.rule_set,
        )

    @strawberry.field
    async def specialty(self, info: GatewayInfo) -> Specialty | None:
        found = await info.context.loaders.specialty.load(self.specialty_code)
        return Specialty.from_pb(found) if found else None

    @strawberry.field
    async def progress(self, info: GatewayInfo) -> Progress | None:
        found = await info.context.loaders.progress.load(str(self.id))
        return Progress.from_pb(found) if found else None


@strawberry.type(description="Запись о зачтённых ЗЕТ")
class Credit:
    id: strawberry.ID
    element_id: strawberry.ID
    zet: int
    completed_on: date
    status: CreditStatus

    @classmethod
    def from_pb(cls, c: credits_pb2.Credit) -> Credit:
        return cls(
            id=strawberry.ID(c.id),
            element_id=strawberry.ID(c.element_id),
            zet=c.zet,
            completed_on=date.fromisoformat(c.completed_on),
            status=CreditStatus(c.status),
        )

    @strawberry.field
    async def element(self, info: GatewayInfo) -> Element | None:
        found = await info.context.loaders.element.load(str(self.element_id))
        return Element.from_pb(found) if found else None


@strawberry.type(description="Муниципальное образование")
class Municipality:
    id: strawberry.ID
    region_code: str
    name: str

    @classmethod
    def from_pb(cls, m: pk_regional_pb2.Municipality) -> Municipality:
        return cls(id=strawberry.ID(m.id), region_code=m.region_code, name=m.name)
