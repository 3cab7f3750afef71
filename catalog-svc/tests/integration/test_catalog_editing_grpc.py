"""Providers' staff and systems edit their own elements only; the lifecycle; validation."""

import uuid

import grpc
import pytest
from catalog_steps import refused

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform import demo
from cpd_platform.principal import Role
from cpd_platform.testing import bearer

pytestmark = pytest.mark.integration

BUDGET = catalog_pb2.FUNDING_BASIS_BUDGET


def program(
    provider_id: str, title: str = "Неврология: инсульт и его профилактика"
) -> catalog_pb2.Element:
    return catalog_pb2.Element(
        kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
        title=title,
        annotation="Программа для врачей-неврологов",
        provider_id=provider_id,
        zet=36,
        main_specialty_code="31.08.42",
        additional_specialty_codes=["31.08.49"],
        form_of_study="part_time",
        distance_learning=True,
        cycles=[
            catalog_pb2.ProgramCycle(
                starts_on="2030-05-12",
                ends_on="2030-06-06",
                seats=[catalog_pb2.SeatCount(basis=BUDGET, total=10)],
                place="Казань",
                curator="Петров П. П.",
                department="Кафедра неврологии",
            )
        ],
    )


async def expect_error(call, status: grpc.StatusCode, code: str) -> None:  # type: ignore[no-untyped-def]
    assert await refused(call) == (status, code)


async def test_staff_create_edit_publish_and_withdraw_their_providers_elements(
    stub: catalog_pb2_grpc.CatalogServiceStub, new_provider, make_staff
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Казанский медицинский колледж")
    staff = await make_staff(provider)
    element_id = str(uuid.uuid4())
    draft = program(provider)
    draft.id = element_id
    created = await stub.CreateElement(
        catalog_pb2.CreateElementRequest(element=draft), metadata=staff.metadata
    )
    assert created.element.id == element_id
    assert created.element.status == "draft"
    assert created.element.region_code == "16"  # the provider's region by default
    assert (created.element.starts_on, created.element.ends_on) == ("2030-05-12", "2030-06-06")
    [cycle] = created.element.cycles
    assert [(s.basis, s.total, s.free) for s in cycle.seats] == [(BUDGET, 10, 10)]

    # Creating again with the same id (a retry) returns the element, creates nothing new.
    again = await stub.CreateElement(
        catalog_pb2.CreateElementRequest(element=draft), metadata=staff.metadata
    )
    assert again.element.id == element_id
    assert len(again.element.cycles) == 1

    edited = program(provider, "Неврология: инсульт, реабилитация и профилактика")
    edited.id = element_id
    updated = await stub.UpdateElement(
        catalog_pb2.UpdateElementRequest(element=edited), metadata=staff.metadata
    )
    assert updated.element.title == "Неврология: инсульт, реабилитация и профилактика"
    assert updated.element.status == "draft"

    published = await stub.PublishElement(
        catalog_pb2.PublishElementRequest(element_id=element_id), metadata=staff.metadata
    )
    assert published.element.status == "published"

    second = await stub.SaveProgramCycle(
        catalog_pb2.SaveProgramCycleRequest(
            cycle=catalog_pb2.ProgramCycle(
                element_id=element_id,
                starts_on="2030-09-01",
                ends_on="2030-09-26",
                seats=[catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_OMS, total=4)],
            )
        ),
        metadata=staff.metadata,
    )
    reread = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[element_id]), metadata=staff.metadata
    )
    assert [c.id for c in reread.elements[0].cycles] == [cycle.id, second.cycle.id]
    assert reread.elements[0].ends_on == "2030-09-26"

    # Seats already taken cannot be removed by shrinking the total.
    await stub.ReserveSeats(
        catalog_pb2.ReserveSeatsRequest(
            claims=[
                catalog_pb2.SeatClaim(
                    target_id=second.cycle.id, basis=catalog_pb2.FUNDING_BASIS_OMS
                )
            ],
            holder=staff.person_id,
            idempotency_key=str(uuid.uuid4()),
        ),
        metadata=staff.metadata,
    )
    shrink = catalog_pb2.ProgramCycle()
    shrink.CopyFrom(second.cycle)
    del shrink.seats[:]
    shrink.seats.append(catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_OMS, total=0))
    await expect_error(
        stub.SaveProgramCycle(
            catalog_pb2.SaveProgramCycleRequest(cycle=shrink), metadata=staff.metadata
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "seats_below_taken",
    )
    shrink.seats[0].total = 1
    resized = await stub.SaveProgramCycle(
        catalog_pb2.SaveProgramCycleRequest(cycle=shrink), metadata=staff.metadata
    )
    assert [(s.total, s.free) for s in resized.cycle.seats] == [(1, 0)]

    withdrawn = await stub.WithdrawElement(
        catalog_pb2.WithdrawElementRequest(element_id=element_id), metadata=staff.metadata
    )
    assert withdrawn.element.status == "withdrawn"
    # Withdrawn: still readable, no longer editable nor publishable.
    still = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[element_id]), metadata=staff.metadata
    )
    assert still.elements[0].status == "withdrawn"
    await expect_error(
        stub.UpdateElement(
            catalog_pb2.UpdateElementRequest(element=edited), metadata=staff.metadata
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "element_withdrawn",
    )
    await expect_error(
        stub.PublishElement(
            catalog_pb2.PublishElementRequest(element_id=element_id), metadata=staff.metadata
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "element_withdrawn",
    )


async def test_nobody_edits_another_providers_elements_but_an_admin_may(
    stub: catalog_pb2_grpc.CatalogServiceStub, new_provider, make_staff, admin_token: str, idp
) -> None:  # type: ignore[no-untyped-def]
    ours = await new_provider("Университет А")
    theirs = await new_provider("Университет Б")
    our_staff = await make_staff(ours)
    their_admin = await make_staff(theirs, Role.PROVIDER_ADMIN)
    created = await stub.CreateElement(
        catalog_pb2.CreateElementRequest(element=program(ours)), metadata=our_staff.metadata
    )
    element_id = created.element.id
    edited = program(ours, "Чужая правка")
    edited.id = element_id

    stranger = await idp.person_token(person_id=str(uuid.uuid4()), roles=["provider_staff"])
    provider_system = await idp.provider_token("demo-provider")
    for metadata in (their_admin.metadata, bearer(stranger), bearer(provider_system)):
        for call in (
            stub.UpdateElement(catalog_pb2.UpdateElementRequest(element=edited), metadata=metadata),
            stub.PublishElement(
                catalog_pb2.PublishElementRequest(element_id=element_id), metadata=metadata
            ),
            stub.WithdrawElement(
                catalog_pb2.WithdrawElementRequest(element_id=element_id), metadata=metadata
            ),
            stub.CreateElement(
                catalog_pb2.CreateElementRequest(element=program(ours)), metadata=metadata
            ),
            stub.SaveProgramCycle(
                catalog_pb2.SaveProgramCycleRequest(
                    cycle=catalog_pb2.ProgramCycle(
                        element_id=element_id, starts_on="2031-01-10", ends_on="2031-01-20"
                    )
                ),
                metadata=metadata,
            ),
        ):
            await expect_error(call, grpc.StatusCode.PERMISSION_DENIED, "not_your_provider")

    unchanged = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[element_id]), metadata=our_staff.metadata
    )
    assert unchanged.elements[0].title == "Неврология: инсульт и его профилактика"
    assert unchanged.elements[0].status == "draft"

    by_admin = await stub.UpdateElement(
        catalog_pb2.UpdateElementRequest(element=edited), metadata=bearer(admin_token)
    )
    assert by_admin.element.title == "Чужая правка"


async def test_a_provider_system_upserts_its_elements_in_bulk_idempotently(
    stub: catalog_pb2_grpc.CatalogServiceStub, idp
) -> None:  # type: ignore[no-untyped-def]
    token = await idp.provider_token("demo-provider")
    suffix = uuid.uuid4().hex[:8]

    def item(
        external_id: str, title: str, specialty: str = "31.08.36"
    ) -> catalog_pb2.ElementUpsert:
        return catalog_pb2.ElementUpsert(
            element=catalog_pb2.Element(
                kind=catalog_pb2.ELEMENT_KIND_MODULE,
                title=title,
                zet=0,
                main_specialty_code=specialty,
                module_kind="clinical_guideline",
                free=True,
                external_id=external_id,
                provider_id=str(uuid.uuid4()),  # ignored: the caller's provider is used
            ),
            publish=True,
        )

    request = catalog_pb2.UpsertElementsRequest(
        items=[
            item(f"m1-{suffix}", "Фибрилляция предсердий: клинические рекомендации"),
            item(f"m2-{suffix}", "Хроническая сердечная недостаточность"),
            item(f"m3-{suffix}", "Неизвестная специальность", specialty="99.99.99"),
            item("", "Без внешнего идентификатора"),
        ]
    )
    first = await stub.UpsertElements(request, metadata=bearer(token))
    outcomes = list(first.outcomes)
    assert [(o.created, o.error_code) for o in outcomes] == [
        (True, ""),
        (True, ""),
        (False, "unknown_specialty"),
        (False, "external_id_required"),
    ]
    retry = await stub.UpsertElements(request, metadata=bearer(token))
    assert [(o.element_id, o.created) for o in retry.outcomes[:2]] == [
        (outcomes[0].element_id, False),
        (outcomes[1].element_id, False),
    ]
    changed = catalog_pb2.UpsertElementsRequest(
        items=[item(f"m1-{suffix}", "Фибрилляция предсердий: обновлённые рекомендации")]
    )
    await stub.UpsertElements(changed, metadata=bearer(token))
    reply = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[outcomes[0].element_id, outcomes[1].element_id]),
        metadata=bearer(token),
    )
    by_id = {e.id: e for e in reply.elements}
    first_element = by_id[outcomes[0].element_id]
    assert first_element.title == "Фибрилляция предсердий: обновлённые рекомендации"
    assert (first_element.provider_id, first_element.status, first_element.zet) == (
        demo.PROVIDER_ID,
        "published",
        0,
    )
    assert first_element.external_id == f"m1-{suffix}"


async def test_only_provider_systems_upsert_in_bulk(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str
) -> None:
    await expect_error(
        stub.UpsertElements(catalog_pb2.UpsertElementsRequest(), metadata=bearer(admin_token)),
        grpc.StatusCode.PERMISSION_DENIED,
        "forbidden",
    )


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"main_specialty_code": "99.99.99"}, "unknown_specialty"),
        ({"title": ""}, "invalid_title"),
        ({"zet": 0}, "invalid_zet"),
        ({"region_code": "00"}, "unknown_region"),
        ({"form_of_study": "evening"}, "invalid_form_of_study"),
        ({"starts_on": "2030-13-01"}, "invalid_date"),
        ({"kind": catalog_pb2.ELEMENT_KIND_UNSPECIFIED}, "invalid_kind"),
        ({"main_specialty_code": ""}, "main_specialty_required"),
    ],
)
async def test_invalid_elements_are_refused_with_stable_codes(
    stub: catalog_pb2_grpc.CatalogServiceStub,
    admin_token: str,
    change: dict[str, object],
    code: str,
) -> None:
    element = program(demo.PROVIDER_ID)
    for field, value in change.items():
        setattr(element, field, value)
    await expect_error(
        stub.CreateElement(
            catalog_pb2.CreateElementRequest(element=element), metadata=bearer(admin_token)
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        code,
    )


async def test_program_cycles_are_read_in_batches(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str
) -> None:
    reply = await stub.BatchGetProgramCycles(
        catalog_pb2.BatchGetProgramCyclesRequest(
            ids=[*demo.REGIONAL_GROUP_IDS, demo.PROGRAM_CYCLE_ID, "junk", str(uuid.uuid4())]
        ),
        metadata=bearer(admin_token),
    )
    cycles = {c.id: c for c in reply.cycles}
    assert set(cycles) == {*demo.REGIONAL_GROUP_IDS, demo.PROGRAM_CYCLE_ID}
    assert cycles[demo.REGIONAL_GROUP_IDS[0]].element_id == demo.REGIONAL_PROGRAM_ID
    assert [s.total for s in cycles[demo.REGIONAL_GROUP_IDS[0]].seats] == [25]


async def test_a_second_element_with_a_used_external_id_is_a_typed_conflict(
    stub: catalog_pb2_grpc.CatalogServiceStub, new_provider, make_staff
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Колледж с внешними идентификаторами")
    staff = await make_staff(provider)
    first = program(provider)
    first.external_id = "kmk-2030-neuro"
    await stub.CreateElement(
        catalog_pb2.CreateElementRequest(element=first), metadata=staff.metadata
    )
    second = program(provider, "Другая программа с тем же внешним идентификатором")
    second.external_id = "kmk-2030-neuro"
    await expect_error(
        stub.CreateElement(
            catalog_pb2.CreateElementRequest(element=second), metadata=staff.metadata
        ),
        grpc.StatusCode.ALREADY_EXISTS,
        "external_id_exists",
    )
