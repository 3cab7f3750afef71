import dataclasses
from datetime import date

import pytest

from catalog_svc.domain.element import (
    Element,
    ElementKind,
    ElementStatus,
    ProgramCycle,
    SeatCount,
)
from catalog_svc.domain.reference import (
    Audience,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
)
from cpd_platform.errors import FailedPrecondition, InvalidArgument


def program(**changes: object) -> Element:
    element = Element(
        id="e1",
        kind=ElementKind.PROGRAM,
        title="Кардиология",
        provider_id="p1",
        zet=36,
        main_specialty_code="31.08.36",
        additional_specialty_codes=(),
        starts_on=None,
        ends_on=None,
        status=ElementStatus.DRAFT,
        form_of_study=FormOfStudy.FULL_TIME,
    )
    return dataclasses.replace(element, **changes)  # type: ignore[arg-type]


def event(**changes: object) -> Element:
    fields: dict[str, object] = {
        "kind": ElementKind.EVENT,
        "form_of_study": None,
        "event_format": EventFormat.ONLINE,
        "starts_on": date(2030, 1, 1),
        "ends_on": date(2030, 1, 2),
    }
    return program(**{**fields, **changes})


def cycle(**changes: object) -> ProgramCycle:
    base = ProgramCycle(
        id="c1",
        element_id="e1",
        starts_on=date(2030, 2, 1),
        ends_on=date(2030, 2, 28),
        seats=(SeatCount(FundingBasis.BUDGET, 24, 24),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_the_lifecycle_goes_draft_published_withdrawn_and_never_back() -> None:
    published = program().publish()
    assert published.status is ElementStatus.PUBLISHED
    assert published.publish() is published  # publishing twice changes nothing
    withdrawn = published.withdraw()
    assert withdrawn.status is ElementStatus.WITHDRAWN
    assert withdrawn.withdraw() is withdrawn
    with pytest.raises(FailedPrecondition) as caught:
        withdrawn.publish()
    assert caught.value.code == "element_withdrawn"
    with pytest.raises(FailedPrecondition) as caught:
        withdrawn.ensure_editable()
    assert caught.value.code == "element_withdrawn"
    with pytest.raises(FailedPrecondition) as caught:
        program().withdraw()
    assert caught.value.code == "element_not_published"


def test_a_free_event_needs_tickets_and_a_paid_one_a_price_before_publishing() -> None:
    with pytest.raises(FailedPrecondition) as caught:
        event(free=True).publish()
    assert caught.value.code == "tickets_required"
    with pytest.raises(FailedPrecondition) as caught:
        event(free=False).publish()
    assert caught.value.code == "price_required"
    tickets = SeatCount(FundingBasis.TICKET, 100, 100)
    assert event(free=True, tickets=tickets).publish().status is ElementStatus.PUBLISHED
    assert event(price_kopecks=150_000).publish().status is ElementStatus.PUBLISHED


@pytest.mark.parametrize(
    ("element", "code"),
    [
        (program(title=" "), "invalid_title"),
        (program(title="к" * 501), "invalid_title"),
        (program(zet=-1), "invalid_zet"),
        (program(zet=0), "invalid_zet"),
        (program(zet=1001), "invalid_zet"),
        (program(region_code="00"), "unknown_region"),
        (program(main_specialty_code=None), "main_specialty_required"),
        (program(form_of_study=None), "form_of_study_required"),
        (program(starts_on=date(2030, 2, 2), ends_on=date(2030, 2, 1)), "inverted_dates"),
        (event(starts_on=None), "event_dates_required"),
        (event(event_format=None), "event_format_required"),
        (program(kind=ElementKind.MODULE, module_kind=None), "module_kind_required"),
        (program(cycles=(cycle(starts_on=date(2030, 3, 1)),)), "inverted_dates"),
        (
            program(
                cycles=(
                    cycle(
                        seats=(
                            SeatCount(FundingBasis.BUDGET, 1, 1),
                            SeatCount(FundingBasis.BUDGET, 2, 2),
                        )
                    ),
                )
            ),
            "duplicate_funding_basis",
        ),
        (
            program(cycles=(cycle(seats=(SeatCount(FundingBasis.TICKET, 5, 5),)),)),
            "invalid_funding_basis",
        ),
        (
            program(cycles=(cycle(seats=(SeatCount(FundingBasis.BUDGET, -1, -1),)),)),
            "invalid_seats",
        ),
        (event(cycles=(cycle(),)), "cycles_for_programs_only"),
        (event(free=True, price_kopecks=100), "free_with_price"),
        (program(tickets=SeatCount(FundingBasis.TICKET, 5, 5)), "tickets_for_free_events_only"),
        (program(audience=Audience.TEACHERS), "specialties_for_medical_only"),
        (
            event(audience=Audience.TEACHERS, main_specialty_code=None),
            "teachers_programs_only",
        ),
        (program(subject_codes=("math",)), "subjects_for_teachers_only"),
    ],
)
def test_invalid_elements_are_refused_with_stable_codes(element: Element, code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        element.validate()
    assert caught.value.code == code


def test_modules_may_carry_zero_zet_and_teachers_programs_have_no_specialty() -> None:
    program(kind=ElementKind.MODULE, zet=0, module_kind=ModuleKind.CLINICAL_CASE).validate()
    program(
        audience=Audience.TEACHERS, main_specialty_code=None, subject_codes=("math",)
    ).validate()


def test_a_programs_dates_span_its_cycles() -> None:
    spanned = program(
        cycles=(
            cycle(id="c2", starts_on=date(2030, 5, 1), ends_on=date(2030, 5, 20)),
            cycle(),
        )
    ).with_dates_of_cycles()
    assert (spanned.starts_on, spanned.ends_on) == (date(2030, 2, 1), date(2030, 5, 20))
    assert program(starts_on=date(2030, 1, 1)).with_dates_of_cycles().starts_on is None
    assert event().with_dates_of_cycles().starts_on == date(2030, 1, 1)


def test_specialty_codes_put_the_main_one_first_without_repeats() -> None:
    element = program(additional_specialty_codes=("31.08.49", "31.08.36"))
    assert element.specialty_codes == ("31.08.36", "31.08.49")
