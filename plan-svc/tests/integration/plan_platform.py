"""Steps shared by plan-svc's integration tests that run it with the real identity-svc and
catalog-svc (the fixtures are in conftest.py)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import grpc
import pytest

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.plan.v1 import plan_pb2
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer
from identity_svc.adapters.repository import PersonRepository
from identity_svc.domain.person import Person, PersonKind
from local_idp.pytest_plugin import RunningIdp
from plan_svc.settings import PlanSettings

CARDIOLOGY, THERAPY = demo.CARDIOLOGY, demo.THERAPY


def plan_settings(database_url: str, redis_url: str, idp: RunningIdp, **more: Any) -> PlanSettings:
    """Settings of an in-process plan-svc on a free port, with `more` of them."""
    return PlanSettings(
        database_url=database_url, redis_url=redis_url, grpc_port=0, oidc_issuer=idp.issuer, **more
    )


def program_element(
    provider_id: str, title: str, *, seats: int, additional: tuple[str, ...] = ()
) -> catalog_pb2.Element:
    """A cardiology program with one future cycle (2027-01-11 – 2027-02-05) of budget seats."""
    return catalog_pb2.Element(
        kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
        title=title,
        provider_id=provider_id,
        zet=36,
        main_specialty_code=CARDIOLOGY,
        additional_specialty_codes=list(additional),
        audience="medical",
        region_code="16",
        form_of_study="part_time",
        cycles=[
            catalog_pb2.ProgramCycle(
                starts_on="2027-01-11",
                ends_on="2027-02-05",
                seats=[
                    catalog_pb2.SeatCount(
                        basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=seats, free=seats
                    )
                ],
            )
        ],
    )


async def new_elements(catalog: catalog_pb2_grpc.CatalogServiceStub, admin: str) -> dict[str, str]:
    """A program (cardiology + therapy) with a future cycle of one budget seat, and a free
    cardiology event with one ticket, published by the demo provider."""
    program = await catalog.CreateElement(
        catalog_pb2.CreateElementRequest(
            element=program_element(
                demo.PROVIDER_ID, "Кардиология для терапевтов", seats=1, additional=(THERAPY,)
            )
        ),
        metadata=bearer(admin),
    )
    event = await catalog.CreateElement(
        catalog_pb2.CreateElementRequest(
            element=catalog_pb2.Element(
                kind=catalog_pb2.ELEMENT_KIND_EVENT,
                title="Школа кардиолога",
                provider_id=demo.PROVIDER_ID,
                zet=6,
                main_specialty_code=CARDIOLOGY,
                audience="medical",
                region_code="16",
                event_format="offline",
                starts_on="2027-03-01",
                ends_on="2027-03-01",
                free=True,
                tickets_total=1,
            )
        ),
        metadata=bearer(admin),
    )
    for element in (program.element, event.element):
        await catalog.PublishElement(
            catalog_pb2.PublishElementRequest(element_id=element.id), metadata=bearer(admin)
        )
    return {
        "program": program.element.id,
        "program_cycle": program.element.cycles[0].id,
        "event": event.element.id,
    }


async def add_person(identity: RunningService, snils: str) -> str:
    person = Person(
        id=str(uuid.uuid4()),
        subject=f"test-{uuid.uuid4()}",
        snils=snils,
        last_name="Сидорова",
        first_name="Анна",
        patronymic=None,
        birth_date=date(1985, 1, 1),
        region_code="16",
        email="staff@example.org",
        kind=PersonKind.SPECIALIST_HIGHER,
    )
    async with identity.infrastructure.sessions() as session:
        await PersonRepository(session).add(person)
        await session.commit()
    return person.id


def document(kind: int, specialty: str, number: str, issued_on: str) -> plan_pb2.AddDocumentRequest:
    return plan_pb2.AddDocumentRequest(
        kind=kind,  # type: ignore[arg-type]
        specialty_code=specialty,
        series="",
        number=number,
        issued_on=issued_on,
    )


async def rpc_error(call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return caught.value
