"""Protobuf ↔ domain, both ways (cpd_platform.mapping). Bad enum values and dates become
INVALID_ARGUMENT."""

from __future__ import annotations

from catalog_svc.domain.element import Element, ElementKind, ElementStatus, ProgramCycle, SeatCount
from catalog_svc.domain.reference import (
    Audience,
    EducationLevel,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
    Provider,
    ReferenceKind,
    Specialty,
)
from catalog_svc.domain.search import Price, SearchFilters, SearchSort
from catalog_svc.domain.seats import SeatClaim
from cpd.catalog.v1 import catalog_pb2
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import (
    EnumMapping,
    date_from_pb,
    date_to_pb,
    optional_enum_from_text,
    required_date_from_pb,
    same_named,
)

LEVELS = EnumMapping(
    EducationLevel, catalog_pb2.EducationLevel, invalid_code="invalid_education_level"
)
KINDS = EnumMapping(
    ElementKind,
    catalog_pb2.ElementKind,
    invalid_code="invalid_kind",
    message="Вид элемента не указан или неизвестен",
)
BASES = EnumMapping(
    FundingBasis,
    catalog_pb2.FundingBasis,
    invalid_code="invalid_funding_basis",
    message="Источник финансирования не указан или неизвестен",
)
REFERENCE_KINDS = EnumMapping(
    ReferenceKind, catalog_pb2.ReferenceKind, invalid_code="invalid_reference_kind"
)
SORTS = EnumMapping(SearchSort, catalog_pb2.SearchSort, invalid_code="invalid_sort")
PRICES = EnumMapping(Price, catalog_pb2.PriceFilter, invalid_code="invalid_price")

# Fields that the domain values and the messages carry as they are, both ways.
_CYCLE_FIELDS = "id element_id place curator department"
_ELEMENT_FIELDS = (
    "id title provider_id zet annotation distance_learning free price_kopecks"
    " attendance_control confirmation_requirements"
)
_PROVIDER_FIELDS = (
    "id name region_code email phone website address inn license_number accreditation"
)


def specialty_to_pb(specialty: Specialty) -> catalog_pb2.Specialty:
    return catalog_pb2.Specialty(
        code=specialty.code, name=specialty.name, level=LEVELS.to_pb(specialty.level)
    )


def seat_to_pb(seat: SeatCount) -> catalog_pb2.SeatCount:
    return catalog_pb2.SeatCount(
        basis=BASES.to_pb(seat.basis), **same_named(seat, "total free price_kopecks")
    )


def cycle_to_pb(cycle: ProgramCycle) -> catalog_pb2.ProgramCycle:
    return catalog_pb2.ProgramCycle(
        **same_named(cycle, _CYCLE_FIELDS),
        starts_on=date_to_pb(cycle.starts_on),
        ends_on=date_to_pb(cycle.ends_on),
        seats=[seat_to_pb(s) for s in cycle.seats],
        external_id=cycle.external_id or "",
    )


def element_to_pb(element: Element) -> catalog_pb2.Element:
    return catalog_pb2.Element(
        **same_named(element, _ELEMENT_FIELDS + " region_code rating rating_count provider_name"),
        kind=KINDS.to_pb(element.kind),
        main_specialty_code=element.main_specialty_code or "",
        additional_specialty_codes=list(element.additional_specialty_codes),
        starts_on=date_to_pb(element.starts_on),
        ends_on=date_to_pb(element.ends_on),
        cycles=[cycle_to_pb(c) for c in element.cycles],
        status=element.status.value,
        audience=element.audience.value,
        form_of_study=element.form_of_study.value if element.form_of_study else "",
        tickets_total=element.tickets.total if element.tickets else 0,
        tickets_free=element.tickets.free if element.tickets else 0,
        event_format=element.event_format.value if element.event_format else "",
        module_kind=element.module_kind.value if element.module_kind else "",
        subject_codes=list(element.subject_codes),
        external_id=element.external_id or "",
    )


def seat_from_pb(seat: catalog_pb2.SeatCount) -> SeatCount:
    basis = BASES.from_pb(seat.basis)
    return SeatCount(basis, seat.total, seat.total, seat.price_kopecks)


def cycle_from_pb(cycle: catalog_pb2.ProgramCycle) -> ProgramCycle:
    return ProgramCycle(
        **same_named(cycle, _CYCLE_FIELDS),
        starts_on=required_date_from_pb(cycle.starts_on, "starts_on"),
        ends_on=required_date_from_pb(cycle.ends_on, "ends_on"),
        seats=tuple(seat_from_pb(s) for s in cycle.seats),
        external_id=cycle.external_id or None,
    )


def element_from_pb(e: catalog_pb2.Element, *, kind_required: bool = True) -> Element:
    """An element as a client describes it (status, rating and free counts are not theirs).

    An update may leave the kind out: an element's kind never changes."""
    kind = KINDS.from_pb(e.kind) if kind_required or e.kind else ElementKind.PROGRAM
    audience = optional_enum_from_text(Audience, e.audience, "invalid_audience") or Audience.MEDICAL
    tickets = (
        SeatCount(FundingBasis.TICKET, e.tickets_total, e.tickets_total)
        if e.free and e.tickets_total > 0
        else None
    )
    if e.tickets_total < 0:
        raise InvalidArgument("invalid_seats", "Число билетов не может быть отрицательным")
    return Element(
        **same_named(e, _ELEMENT_FIELDS),
        kind=kind,
        main_specialty_code=e.main_specialty_code or None,
        additional_specialty_codes=tuple(dict.fromkeys(e.additional_specialty_codes)),
        starts_on=date_from_pb(e.starts_on, "starts_on"),
        ends_on=date_from_pb(e.ends_on, "ends_on"),
        status=ElementStatus.DRAFT,
        region_code=e.region_code or "",
        audience=audience,
        form_of_study=optional_enum_from_text(
            FormOfStudy, e.form_of_study, "invalid_form_of_study"
        ),
        event_format=optional_enum_from_text(EventFormat, e.event_format, "invalid_event_format"),
        module_kind=optional_enum_from_text(ModuleKind, e.module_kind, "invalid_module_kind"),
        subject_codes=tuple(dict.fromkeys(e.subject_codes)),
        external_id=e.external_id or None,
        cycles=tuple(cycle_from_pb(c) for c in e.cycles),
        tickets=tickets,
    )


def provider_to_pb(provider: Provider, *, with_client: bool = False) -> catalog_pb2.Provider:
    return catalog_pb2.Provider(
        **same_named(provider, _PROVIDER_FIELDS),
        license_date=date_to_pb(provider.license_date),
        client_id=(provider.client_id or "") if with_client else "",
    )


def provider_from_pb(p: catalog_pb2.Provider) -> Provider:
    return Provider(
        **same_named(p, _PROVIDER_FIELDS),
        client_id=p.client_id or None,
        license_date=date_from_pb(p.license_date, "license_date"),
    )


def claim_from_pb(claim: catalog_pb2.SeatClaim) -> SeatClaim:
    return SeatClaim(claim.target_id, BASES.from_pb(claim.basis))


def claim_to_pb(claim: SeatClaim) -> catalog_pb2.SeatClaim:
    return catalog_pb2.SeatClaim(target_id=claim.target_id, basis=BASES.to_pb(claim.basis))


def filters_from_pb(r: catalog_pb2.SearchElementsRequest) -> SearchFilters:
    return SearchFilters(
        query=r.query,
        kind=KINDS.optional_from_pb(r.kind),
        specialty_code=r.specialty_code or None,
        region_code=r.region_code or None,
        provider_id=r.provider_id or None,
        starts_from=date_from_pb(r.starts_from, "starts_from"),
        starts_to=date_from_pb(r.starts_to, "starts_to"),
        form_of_study=optional_enum_from_text(
            FormOfStudy, r.form_of_study, "invalid_form_of_study"
        ),
        funding_basis=BASES.optional_from_pb(r.funding_basis),
        zet_min=r.zet_min if r.HasField("zet_min") else None,
        zet_max=r.zet_max if r.HasField("zet_max") else None,
        min_rating=r.min_rating,
        price=PRICES.get(r.price),
        with_free_seats=r.with_free_seats,
        audience=optional_enum_from_text(Audience, r.audience, "invalid_audience"),
        subject_code=r.subject_code or None,
    )
