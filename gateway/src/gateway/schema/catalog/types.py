"""GraphQL types of the catalog, derived from catalog-svc's protobuf messages (gateway.mapping)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.mapping import (
    AfterCursor,
    Connection,
    MessageType,
    PageSize,
    protobuf_enum,
    protobuf_type,
)
from gateway.schema.catalog.feedback import Review, counting_cycles, element_reviews, my_review
from gateway.schema.common import GatewayInfo

if TYPE_CHECKING:
    from gateway.schema.plan.cycles import Cycle


@protobuf_enum(catalog_pb2.EducationLevel)
class EducationLevel(Enum):
    pass


@protobuf_enum(catalog_pb2.ElementKind)
class ElementKind(Enum):
    pass


@protobuf_enum(catalog_pb2.FundingBasis, name="SeatBasis")
class FundingBasis(Enum):
    pass


@protobuf_enum(catalog_pb2.ReferenceKind)
class ReferenceKind(Enum):
    pass


@protobuf_enum(catalog_pb2.SearchSort, name="CatalogSort")
class CatalogSort(Enum):
    """The order of catalog search results; relevance when not given."""


@protobuf_enum(catalog_pb2.PriceFilter)
class PriceFilter(Enum):
    """Free or paid elements only; both when not given."""


@strawberry.enum(description="Where an element is in its lifecycle: draft → published → withdrawn.")
class ElementStatus(Enum):
    DRAFT = strawberry.enum_value(
        "draft", description="Being prepared by its provider; seen only by the provider's staff."
    )
    PUBLISHED = strawberry.enum_value(
        "published", description="Found by the catalog search; takes applications and codes."
    )
    WITHDRAWN = strawberry.enum_value(
        "withdrawn",
        description="No longer offered; still readable because plans and credits refer to it.",
    )


@protobuf_type
class Specialty(MessageType[catalog_pb2.Specialty]):
    pass


@protobuf_type
class ReferenceItem(MessageType[catalog_pb2.ReferenceItem]):
    pass


@protobuf_type(exclude=("inn", "client_id"))
class Provider(MessageType[catalog_pb2.Provider]):
    id: strawberry.ID = strawberry.field(description="The provider's id (UUID).")
    email: str = strawberry.field(description="Contact e-mail; empty when not given.")
    license_date: date | None = strawberry.field(
        description="The date of its licence for educational activity; null when not given."
    )


@protobuf_type
class SeatCount(MessageType[catalog_pb2.SeatCount]):
    # Float: a price in kopecks may exceed GraphQL's 32-bit Int.
    price_kopecks: float = strawberry.field(
        description="Price of one seat on this basis in kopecks (RUB/100); 0 when not charged."
    )


@protobuf_type(exclude=("external_id",))
class ProgramCycle(MessageType[catalog_pb2.ProgramCycle]):
    id: strawberry.ID = strawberry.field(description="The cycle's id (UUID).")
    starts_on: date = strawberry.field(description="The first day of training.")
    ends_on: date = strawberry.field(
        description="The last day of training; results are due one month later."
    )


@protobuf_type(exclude=("external_id",))
class Element(MessageType[catalog_pb2.Element]):
    id: strawberry.ID = strawberry.field(description="The element's id (UUID).")
    provider_id: strawberry.ID = strawberry.field(description="The provider's id (UUID).")
    starts_on: date | None = strawberry.field(
        description="An event's first day or a module's availability start; null for programs"
        " (see `cycles`) and when not given."
    )
    ends_on: date | None = strawberry.field(
        description="An event's last day or a module's availability end; null when not given."
    )
    main_specialty_code: str  # derived as is; declared for the resolver below
    additional_specialty_codes: list[str]  # derived as is; declared for countsForCycles
    status: ElementStatus
    form_of_study: str | None = strawberry.field(
        description="Programs: the form of study (code of `reference(kind: FORM_OF_STUDY)`);"
        " null for events and modules."
    )
    price_kopecks: float = strawberry.field(
        description="Price in kopecks (RUB/100) for a paid event or module; 0 when free."
    )
    event_format: str | None = strawberry.field(
        description="Events: the format (code of `reference(kind: EVENT_FORMAT)`); null for"
        " programs and modules."
    )
    module_kind: str | None = strawberry.field(
        description="Modules: the kind (code of `reference(kind: MODULE_KIND)`); null for"
        " programs and events."
    )

    @strawberry.field(description="The main specialty; null when the element has none.")
    async def main_specialty(self, info: GatewayInfo) -> Specialty | None:
        if not self.main_specialty_code:
            return None
        found = await info.context.loaders.specialty.load(self.main_specialty_code)
        return Specialty.from_pb(found) if found else None

    @strawberry.field(description="The provider that publishes the element.")
    async def provider(self, info: GatewayInfo) -> Provider | None:
        found = await info.context.loaders.provider.load(str(self.provider_id))
        return Provider.from_pb(found) if found else None

    @strawberry.field(
        description="People's reviews (ratings with text), newest change first; hidden ones only"
        " for admins and their author."
    )
    async def reviews(
        self, info: GatewayInfo, first: PageSize = 20, after: AfterCursor = None
    ) -> Connection[Review]:
        return await element_reviews(info, str(self.id), first, after)

    @strawberry.field(description="The caller's own rating and review; null when none.")
    async def my_review(self, info: GatewayInfo) -> Review | None:
        return await my_review(info, str(self.id))

    @strawberry.field(
        description="The caller's unfinished cycles the element counts for (its main or an"
        " additional specialty is the cycle's); empty for callers without cycles."
    )
    async def counts_for_cycles(
        self, info: GatewayInfo
    ) -> list[Annotated[Cycle, strawberry.lazy("gateway.schema.plan.cycles")]]:
        return await counting_cycles(info, self._specialty_codes())

    @strawberry.field(
        description="In how many of the caller's cycles the element counts: 2 or more is shown"
        " as x2 (a credit counts in each)."
    )
    async def multiplier(self, info: GatewayInfo) -> int:
        return len(await counting_cycles(info, self._specialty_codes()))

    def _specialty_codes(self) -> list[str]:
        codes = [self.main_specialty_code, *self.additional_specialty_codes]
        return [c for c in codes if c]


@protobuf_type
class KindCount(MessageType[catalog_pb2.KindCount]):
    pass


@strawberry.type(description="A page of catalog search results, with counts for the tabs.")
class CatalogConnection(Connection[Element]):
    counts_by_kind: list[KindCount] = strawberry.field(
        description="Matches per element kind (every filter but `kind`), for the tabs."
    )
    counts_capped: bool = strawberry.field(
        description="Counting stopped at 1000: `countsByKind` and `totalCount` are lower bounds"
        " (show “1000+”)."
    )


@strawberry.input(description="Filters of the catalog search: every one given must match.")
class CatalogFilters:
    kind: ElementKind | None = strawberry.field(
        default=None,
        description="Only this kind; every kind when null. `countsByKind` ignores it (tabs).",
    )
    specialty_code: str | None = strawberry.field(
        default=None,
        description="Main or additional specialty (`Specialty.code`); an unknown code is the"
        " error `unknown_specialty`.",
    )
    region_code: str | None = strawberry.field(
        default=None, description="Two-digit code of the region where the element is held."
    )
    provider_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only the elements of this provider."
    )
    starts_from: date | None = strawberry.field(
        default=None,
        description="The start of the period (inclusive): elements whose dates overlap it match"
        " (a program's dates span its cycles); elements without dates are left out.",
    )
    starts_to: date | None = strawberry.field(
        default=None, description="The end of the period (inclusive); not before `startsFrom`."
    )
    form_of_study: str | None = strawberry.field(
        default=None,
        description="Programs in this form of study (a `reference(kind: FORM_OF_STUDY)` code).",
    )
    funding_basis: FundingBasis | None = strawberry.field(
        default=None,
        description="Elements with seats on this basis; with `withFreeSeats`, a free one.",
    )
    zet_min: int | None = strawberry.field(
        default=None, description="At least this many ZET (0 to 1000; 1 ZET = 1 academic hour)."
    )
    zet_max: int | None = strawberry.field(
        default=None, description="At most this many ZET (0 to 1000, not below `zetMin`)."
    )
    min_rating: float | None = strawberry.field(
        default=None,
        description="Rated at least this on the 10-point scale (0 to 10); null or 0: no filter.",
    )
    price: PriceFilter | None = strawberry.field(
        default=None, description="Free or paid only; both when null."
    )
    with_free_seats: bool = strawberry.field(
        default=False,
        description="Only elements where a seat can be taken now (programs: a cycle with a free"
        " seat; free events: a free ticket).",
    )
    audience: str | None = strawberry.field(
        default=None, description="`medical` (NMO) or `teachers`; both when null."
    )
    subject_code: str | None = strawberry.field(
        default=None,
        description="Teachers' programs of this subject (a `reference(kind: TEACHER_SUBJECT)`"
        " code).",
    )
