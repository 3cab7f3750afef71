"""GraphQL types of the catalog, built from catalog-svc's protobuf messages."""

from __future__ import annotations

from datetime import date
from enum import Enum

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.schema.common import GatewayInfo, optional_date


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


@strawberry.enum(name="SeatBasis", description="Источник финансирования места")
class FundingBasis(Enum):
    BUDGET = catalog_pb2.FUNDING_BASIS_BUDGET
    CONTRACT = catalog_pb2.FUNDING_BASIS_CONTRACT
    OMS = catalog_pb2.FUNDING_BASIS_OMS
    TICKET = catalog_pb2.FUNDING_BASIS_TICKET


@strawberry.enum(description="Справочник")
class ReferenceKind(Enum):
    REGION = catalog_pb2.REFERENCE_KIND_REGION
    FUNDING_BASIS = catalog_pb2.REFERENCE_KIND_FUNDING_BASIS
    FORM_OF_STUDY = catalog_pb2.REFERENCE_KIND_FORM_OF_STUDY
    EVENT_FORMAT = catalog_pb2.REFERENCE_KIND_EVENT_FORMAT
    MODULE_KIND = catalog_pb2.REFERENCE_KIND_MODULE_KIND
    TEACHER_SUBJECT = catalog_pb2.REFERENCE_KIND_TEACHER_SUBJECT


@strawberry.enum(description="Порядок результатов поиска")
class CatalogSort(Enum):
    RELEVANCE = catalog_pb2.SEARCH_SORT_RELEVANCE
    START_DATE = catalog_pb2.SEARCH_SORT_START_DATE
    RATING = catalog_pb2.SEARCH_SORT_RATING


@strawberry.enum(description="Платность")
class PriceFilter(Enum):
    FREE = catalog_pb2.PRICE_FILTER_FREE
    PAID = catalog_pb2.PRICE_FILTER_PAID


@strawberry.type(description="Специальность")
class Specialty:
    code: str
    name: str
    level: EducationLevel

    @classmethod
    def from_pb(cls, s: catalog_pb2.Specialty) -> Specialty:
        return cls(code=s.code, name=s.name, level=EducationLevel(s.level))


@strawberry.type(description="Значение справочника")
class ReferenceItem:
    code: str
    name: str


@strawberry.type(description="Образовательная организация")
class Provider:
    id: strawberry.ID
    name: str
    region_code: str
    email: str
    phone: str
    website: str
    address: str
    license_number: str
    license_date: date | None
    accreditation: str

    @classmethod
    def from_pb(cls, p: catalog_pb2.Provider) -> Provider:
        return cls(
            id=strawberry.ID(p.id),
            name=p.name,
            region_code=p.region_code,
            email=p.email,
            phone=p.phone,
            website=p.website,
            address=p.address,
            license_number=p.license_number,
            license_date=optional_date(p.license_date),
            accreditation=p.accreditation,
        )


@strawberry.type(description="Места по источнику финансирования: всего, свободно, цена")
class SeatCount:
    basis: FundingBasis
    total: int
    free: int
    price_kopecks: float = strawberry.field(description="Цена в копейках")

    @classmethod
    def from_pb(cls, s: catalog_pb2.SeatCount) -> SeatCount:
        return cls(
            basis=FundingBasis(s.basis), total=s.total, free=s.free, price_kopecks=s.price_kopecks
        )


@strawberry.type(description="Цикл (группа) программы ДПП")
class ProgramCycle:
    id: strawberry.ID
    element_id: strawberry.ID
    starts_on: date
    ends_on: date
    seats: list[SeatCount]
    place: str
    curator: str
    department: str

    @classmethod
    def from_pb(cls, c: catalog_pb2.ProgramCycle) -> ProgramCycle:
        return cls(
            id=strawberry.ID(c.id),
            element_id=strawberry.ID(c.element_id),
            starts_on=date.fromisoformat(c.starts_on),
            ends_on=date.fromisoformat(c.ends_on),
            seats=[SeatCount.from_pb(s) for s in c.seats],
            place=c.place,
            curator=c.curator,
            department=c.department,
        )


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
    status: str = strawberry.field(description="draft | published | withdrawn")
    annotation: str = ""
    region_code: str = ""
    audience: str = strawberry.field(default="medical", description="medical | teachers")
    form_of_study: str | None = None
    distance_learning: bool = False
    rating: float = 0.0
    free: bool = False
    price_kopecks: float = 0
    tickets_total: int = 0
    tickets_free: int = 0
    event_format: str | None = None
    attendance_control: str = ""
    confirmation_requirements: str = ""
    module_kind: str | None = None
    subject_codes: list[str] = strawberry.field(default_factory=list)
    provider_id: strawberry.ID = strawberry.ID("")
    provider_name: str = ""
    cycles: list[ProgramCycle] = strawberry.field(default_factory=list)

    @classmethod
    def from_pb(cls, e: catalog_pb2.Element) -> Element:
        return cls(
            id=strawberry.ID(e.id),
            kind=ElementKind(e.kind),
            title=e.title,
            zet=e.zet,
            main_specialty_code=e.main_specialty_code,
            additional_specialty_codes=list(e.additional_specialty_codes),
            starts_on=optional_date(e.starts_on),
            ends_on=optional_date(e.ends_on),
            status=e.status,
            annotation=e.annotation,
            region_code=e.region_code,
            audience=e.audience,
            form_of_study=e.form_of_study or None,
            distance_learning=e.distance_learning,
            rating=e.rating,
            free=e.free,
            price_kopecks=e.price_kopecks,
            tickets_total=e.tickets_total,
            tickets_free=e.tickets_free,
            event_format=e.event_format or None,
            attendance_control=e.attendance_control,
            confirmation_requirements=e.confirmation_requirements,
            module_kind=e.module_kind or None,
            subject_codes=list(e.subject_codes),
            provider_id=strawberry.ID(e.provider_id),
            provider_name=e.provider_name,
            cycles=[ProgramCycle.from_pb(c) for c in e.cycles],
        )

    @strawberry.field(description="Основная специальность")
    async def main_specialty(self, info: GatewayInfo) -> Specialty | None:
        if not self.main_specialty_code:
            return None
        found = await info.context.loaders.specialty.load(self.main_specialty_code)
        return Specialty.from_pb(found) if found else None

    @strawberry.field(description="Образовательная организация")
    async def provider(self, info: GatewayInfo) -> Provider | None:
        found = await info.context.loaders.provider.load(str(self.provider_id))
        return Provider.from_pb(found) if found else None


@strawberry.type
class CatalogEdge:
    cursor: str
    node: Element


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="Число найденных элементов вида (для вкладок)")
class KindCount:
    kind: ElementKind
    count: int


@strawberry.type(description="Страница результатов поиска по каталогу")
class CatalogConnection:
    edges: list[CatalogEdge]
    page_info: PageInfo
    counts_by_kind: list[KindCount]
    total_count: int
    counts_capped: bool = strawberry.field(
        description="Подсчёт остановлен на 1000: числа — нижние границы («1000+»)"
    )


@strawberry.input(description="Фильтры каталога")
class CatalogFilters:
    kind: ElementKind | None = None
    specialty_code: str | None = None
    region_code: str | None = None
    provider_id: strawberry.ID | None = None
    starts_from: date | None = None
    starts_to: date | None = None
    form_of_study: str | None = None
    funding_basis: FundingBasis | None = None
    zet_min: int | None = None
    zet_max: int | None = None
    min_rating: float | None = None
    price: PriceFilter | None = None
    with_free_seats: bool = False
    audience: str | None = None
    subject_code: str | None = None
