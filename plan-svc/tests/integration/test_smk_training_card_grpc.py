"""SMK training cards and exam applications over gRPC with the real catalog-svc (programme and
unit read when the card opens), identity-svc (supervisors' grants on their training unit) and
credit events (a provider's posting confirms a course): every role's rights and refusals, with
Polish messages."""

from __future__ import annotations

import dataclasses
import itertools
import uuid
from collections.abc import AsyncIterator, Awaitable
from datetime import date, timedelta

import grpc
import pytest
from plan_fakes import FakeCreditsSvc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog_svc.entrypoints.specialisation_translate import draft_to_pb
from catalog_svc.service_layer.smk_demo import DEMO_PROGRAMME
from cpd.catalog.v1 import specialisation_pb2 as cpb
from cpd.catalog.v1 import specialisation_pb2_grpc
from cpd.plan.v1 import training_card_pb2 as pb
from cpd.plan.v1 import training_card_pb2_grpc
from cpd_platform.principal import Role, Scope
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, wait_until
from identity_svc.testing import Grantees
from local_idp.pytest_plugin import RunningIdp

Metadata = list[tuple[str, str]]
_keys = itertools.count()


async def refused(call: object) -> tuple[grpc.StatusCode, str, str]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    error = caught.value
    code = dict(error.trailing_metadata() or ()).get("cpd-error-code", "")
    return error.code(), str(code), error.details() or ""


def exam_session(today: date) -> str:
    """The session whose application window holds today (smk-2023)."""
    return f"{today.year + 1}-spring" if today.month >= 8 else f"{today.year}-autumn"


@dataclasses.dataclass
class World:
    cards: training_card_pb2_grpc.TrainingCardServiceStub
    specialty: str
    unit_id: str
    other_unit_id: str
    trainee: Metadata
    trainee_id: str
    supervisor: Metadata
    other_supervisor: Metadata
    exam_centre: Metadata
    idp: RunningIdp


@pytest.fixture
async def world(
    plan: RunningService, catalog: RunningService, identity: RunningService, idp: RunningIdp
) -> AsyncIterator[World]:
    cmkp = bearer(await idp.person_token(roles=[Role.SMK_CMKP]))
    specialty = f"kardiologia-{uuid.uuid4().hex[:8]}"
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as c,
        grpc.aio.insecure_channel(f"127.0.0.1:{plan.port}") as p,
    ):
        smk = specialisation_pb2_grpc.SpecialisationServiceStub(c)
        programme = dataclasses.replace(DEMO_PROGRAMME, specialty=specialty)
        await smk.PublishProgramme(
            cpb.PublishProgrammeRequest(programme=draft_to_pb(programme)), metadata=cmkp
        )
        units = []
        for voivodeship in ("14", "12"):
            reply = await smk.AccreditUnit(
                cpb.AccreditUnitRequest(
                    registry_number=f"REG-{uuid.uuid4().hex[:12]}",
                    name=f"Szpital {voivodeship}",
                    voivodeship=voivodeship,
                    city="Warszawa",
                    accreditation=cpb.Accreditation(
                        specialty=specialty,
                        places=[cpb.ModePlaces(mode=cpb.TRAINING_MODE_RESIDENCY, places=2)],
                        valid_from="2020-01-01",
                        valid_until="2035-12-31",
                    ),
                ),
                metadata=cmkp,
            )
            units.append(reply.unit.id)
        grantees = Grantees(identity, idp)
        _, supervisor = await grantees.holder_of(
            Role.SMK_SUPERVISOR, str(Scope.training_unit(units[0])), realm_roles=("smk_trainee",)
        )
        _, other = await grantees.holder_of(
            Role.SMK_SUPERVISOR, str(Scope.training_unit(units[1])), realm_roles=()
        )
        trainee_id = str(uuid.uuid4())
        trainee = await idp.person_token(person_id=trainee_id, roles=[Role.SMK_TRAINEE])
        centre = await idp.person_token(person_id=str(uuid.uuid4()), roles=[Role.SMK_EXAM_CENTRE])
        yield World(
            training_card_pb2_grpc.TrainingCardServiceStub(p),
            specialty,
            units[0],
            units[1],
            bearer(trainee),
            trainee_id,
            bearer(supervisor),
            bearer(other),
            bearer(centre),
            idp,
        )


async def open_card(world: World, **changes: object) -> pb.TrainingCard:
    request = pb.OpenTrainingCardRequest(
        unit_id=world.unit_id,
        specialty=world.specialty,
        mode="residency",
        started_on=(date.today() - timedelta(days=90)).isoformat(),
    )
    for field, value in changes.items():
        setattr(request, field, value)
    return (await world.cards.OpenTrainingCard(request, metadata=world.trainee)).card


async def add(
    world: World,
    card_id: str,
    module: str,
    kind: int,
    code: str = "",
    quantity: int = 1,
    **more: str,
) -> pb.CardEntry:
    entry = pb.CardEntry(
        module_code=module,
        kind=kind,  # type: ignore[arg-type]
        element_code=code,
        quantity=quantity,
        performed_on=(date.today() - timedelta(days=30)).isoformat(),
        **more,
    )
    reply = await world.cards.AddCardEntry(
        pb.AddCardEntryRequest(card_id=card_id, entry=entry, idempotency_key=f"k-{next(_keys)}"),
        metadata=world.trainee,
    )
    return reply.entry


def review(
    world: World,
    card_id: str,
    entry_id: str,
    *,
    confirm: bool,
    reason: str = "",
    by: Metadata | None = None,
) -> Awaitable[pb.ReviewCardEntryResponse]:
    """The card's supervisor (or `by`) confirms or returns an entry."""
    return world.cards.ReviewCardEntry(
        pb.ReviewCardEntryRequest(
            card_id=card_id, entry_id=entry_id, confirm=confirm, reason=reason
        ),
        metadata=world.supervisor if by is None else by,
    )


BASIC, SPECIALISED = "podstawowy-choroby-wewnetrzne", "specjalistyczny-kardiologia"


async def test_a_trainee_opens_one_card_at_an_accredited_unit(world: World) -> None:
    card = await open_card(world)
    assert (card.specialty, card.unit_id, card.programme_version, card.rule_set) == (
        world.specialty,
        world.unit_id,
        1,
        "smk-2023",
    )
    assert [m.code for m in card.modules] == [BASIC, SPECIALISED]
    assert [(r.kind, r.code, r.required) for r in card.modules[0].requirements] == [
        ("course", "K-WPROWADZENIE", 1),
        ("internship", "S-INTERNA", 4),
        ("procedure_a", "P-EKG", 3),
        ("duty", "", 40),
        ("self_study", "", 2),
    ]
    assert (await open_card(world)).id == card.id  # opening again returns the card

    other = dataclasses.replace(world, trainee=bearer(await new_trainee(world)))
    assert (await refused(open_card(other, mode="non_residency")))[1:] == (
        "smk_unit_not_accredited",
        "Jednostka nie ma ważnej akredytacji z miejscami w tym trybie",
    )
    assert (await refused(open_card(other, specialty="nie-ma-takiej")))[1] == (
        "smk_programme_not_found"
    )
    assert (await refused(open_card(other, unit_id=str(uuid.uuid4()))))[1] == "smk_unit_not_found"
    assert (await refused(open_card(other, mode="part_time")))[1] == "smk_invalid_mode"
    other.trainee = world.exam_centre
    assert (await refused(open_card(other)))[:2] == (
        grpc.StatusCode.PERMISSION_DENIED,
        "smk_trainee_only",
    )


async def new_trainee(world: World) -> str:
    return await world.idp.person_token(person_id=str(uuid.uuid4()), roles=[Role.SMK_TRAINEE])


async def test_the_whole_card_to_an_accepted_exam_application(
    world: World, credits_svc: FakeCreditsSvc, sessions: async_sessionmaker[AsyncSession]
) -> None:
    card = await open_card(world)
    # The provider posts the specialised course before the trainee records it.
    early_element = str(uuid.uuid4())
    early_credit, _ = await credits_svc.record(
        world.trainee_id, kind="module", zet=2, completed_on=date.today(), element_id=early_element
    )

    async def projected() -> bool:
        async with sessions() as session:
            found = await session.execute(
                text(
                    "SELECT 1 FROM plan.person_credits WHERE credit_id = :id AND kind IS NOT NULL"
                ),
                {"id": early_credit},
            )
            return found.first() is not None

    await wait_until(projected, what="the early posting in the projection")
    K = pb
    element = str(uuid.uuid4())
    course = await add(
        world, card.id, BASIC, K.ENTRY_KIND_COURSE, "K-WPROWADZENIE", catalog_element_id=element
    )
    entries = [
        await add(world, card.id, BASIC, K.ENTRY_KIND_INTERNSHIP, "S-INTERNA", 4),
        *[
            await add(
                world, card.id, BASIC, K.ENTRY_KIND_PROCEDURE, "P-EKG", patient_code=f"PAC-{i}"
            )
            for i in range(3)
        ],
        await add(world, card.id, BASIC, K.ENTRY_KIND_DUTY, "", 40),
        await add(world, card.id, BASIC, K.ENTRY_KIND_SELF_STUDY, "", 2),
        await add(
            world,
            card.id,
            SPECIALISED,
            K.ENTRY_KIND_COURSE,
            "K-KARDIOLOGIA",
            catalog_element_id=early_element,
        ),
        await add(world, card.id, SPECIALISED, K.ENTRY_KIND_INTERNSHIP, "S-HEMODYNAMIKA", 2),
        *[
            await add(
                world, card.id, SPECIALISED, K.ENTRY_KIND_PROCEDURE, code, patient_code=f"X-{i}"
            )
            for code in ("P-ECHO", "P-KORONAROGRAFIA")
            for i in range(2)
        ],
        await add(world, card.id, SPECIALISED, K.ENTRY_KIND_DUTY, "", 40),
        await add(world, card.id, SPECIALISED, K.ENTRY_KIND_SELF_STUDY, "", 3),
    ]
    # The course posted before it was recorded counted at once; the others wait.
    early = entries[6]
    assert (early.status, early.decided_by) == (
        pb.ENTRY_STATUS_CONFIRMED,
        f"posting:{early_credit}",
    )
    entries.remove(early)
    assert all(e.status == pb.ENTRY_STATUS_SUBMITTED for e in [course, *entries])

    # The same key again returns the entry; bad entries are refused in Polish.
    duty = pb.AddCardEntryRequest(
        card_id=card.id,
        entry=pb.CardEntry(
            module_code=BASIC,
            kind=pb.ENTRY_KIND_DUTY,
            quantity=40,
            performed_on=entries[4].performed_on,
        ),
        idempotency_key="dup",
    )
    retry = await world.cards.AddCardEntry(duty, metadata=world.trainee)
    again = await world.cards.AddCardEntry(duty, metadata=world.trainee)
    assert again.entry.id == retry.entry.id
    bad = pb.AddCardEntryRequest(
        card_id=card.id,
        entry=pb.CardEntry(
            module_code=BASIC,
            kind=pb.ENTRY_KIND_PROCEDURE,
            element_code="P-EKG",
            quantity=1,
            performed_on=(date.today() + timedelta(days=1)).isoformat(),
            patient_code="A",
        ),
        idempotency_key="bad",
    )
    assert (await refused(world.cards.AddCardEntry(bad, metadata=world.trainee)))[1:] == (
        "smk_invalid_entry",
        "Data wpisu nie może być z przyszłości",
    )
    # Someone else's card is not found for them.
    stranger = bearer(await new_trainee(world))
    bad.idempotency_key = "x"
    assert (await refused(world.cards.AddCardEntry(bad, metadata=stranger)))[1] == (
        "smk_card_not_found"
    )

    # A supervisor of another unit may not decide; the card's supervisor confirms or returns.
    first = entries[0].id
    assert await refused(
        review(world, card.id, first, confirm=True, by=world.other_supervisor)
    ) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "smk_entry_not_in_scope",
        "Wpis nie należy do karty szkolenia w Twojej jednostce",
    )
    assert (await refused(review(world, card.id, first, confirm=True, by=world.trainee)))[1] == (
        "smk_entry_not_in_scope"
    )
    assert (await refused(review(world, card.id, retry.entry.id, confirm=False)))[1] == (
        "smk_reason_required"
    )
    duplicate = await review(
        world, card.id, retry.entry.id, confirm=False, reason="Dyżur wpisany dwukrotnie"
    )
    assert (duplicate.entry.status, duplicate.entry.return_reason) == (
        pb.ENTRY_STATUS_RETURNED,
        "Dyżur wpisany dwukrotnie",
    )
    assert (await refused(review(world, card.id, retry.entry.id, confirm=True)))[1] == (
        "smk_entry_decided"
    )

    pending = await world.cards.ListUnitTrainingCards(
        pb.ListUnitTrainingCardsRequest(unit_id=world.unit_id, pending_only=True),
        metadata=world.supervisor,
    )
    assert card.id in [c.id for c in pending.cards]
    assert (
        await refused(
            world.cards.ListUnitTrainingCards(
                pb.ListUnitTrainingCardsRequest(unit_id=world.unit_id),
                metadata=world.other_supervisor,
            )
        )
    )[1] == "smk_entry_not_in_scope"

    for entry in entries:
        await review(world, card.id, entry.id, confirm=True)
    # The basic module's course waits for the provider's posting.
    status, code, message = await refused(
        world.cards.ConfirmModule(
            pb.ConfirmModuleRequest(card_id=card.id, module_code=BASIC), metadata=world.supervisor
        )
    )
    assert (status, code, message) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "smk_module_incomplete",
        f"Moduł {BASIC} nie jest zrealizowany: brakuje K-WPROWADZENIE (0/1)",
    )

    credit_id, _ = await credits_svc.record(
        world.trainee_id, kind="program", zet=24, completed_on=date.today(), element_id=element
    )

    async def course_posted() -> pb.CardEntry | None:
        got = await world.cards.GetTrainingCard(
            pb.GetTrainingCardRequest(card_id=card.id), metadata=world.trainee
        )
        found = next(e for e in got.card.entries if e.id == course.id)
        return found if found.status == pb.ENTRY_STATUS_CONFIRMED else None

    posted = await wait_until(course_posted, what="the posted course confirmed on the card")
    assert posted.decided_by == f"posting:{credit_id}"

    for module in (BASIC, SPECIALISED):
        confirmed = await world.cards.ConfirmModule(
            pb.ConfirmModuleRequest(card_id=card.id, module_code=module), metadata=world.supervisor
        )
    assert confirmed.card.complete and all(m.completed for m in confirmed.card.modules)
    assert (
        await refused(
            world.cards.AddCardEntry(
                pb.AddCardEntryRequest(
                    card_id=card.id,
                    entry=pb.CardEntry(
                        module_code=BASIC,
                        kind=pb.ENTRY_KIND_DUTY,
                        quantity=5,
                        performed_on=entries[4].performed_on,
                    ),
                    idempotency_key="late",
                ),
                metadata=world.trainee,
            )
        )
    )[1] == "smk_module_closed"

    # The unit's supervisor and the exam centre read the card; another unit's supervisor does not.
    for reader in (world.supervisor, world.exam_centre):
        got = await world.cards.GetTrainingCard(
            pb.GetTrainingCardRequest(card_id=card.id), metadata=reader
        )
        assert got.card.complete
    assert (
        await refused(
            world.cards.GetTrainingCard(
                pb.GetTrainingCardRequest(card_id=card.id), metadata=world.other_supervisor
            )
        )
    )[1] == "smk_card_not_found"

    session = exam_session(date.today())
    apply = pb.ApplyForExamRequest(card_id=card.id, session=session, idempotency_key="pes-1")
    first = (await world.cards.ApplyForExam(apply, metadata=world.trainee)).application
    assert (await world.cards.ApplyForExam(apply, metadata=world.trainee)).application == first
    assert (
        await refused(
            world.cards.ApplyForExam(
                pb.ApplyForExamRequest(card_id=card.id, session=session, idempotency_key="pes-2"),
                metadata=world.trainee,
            )
        )
    )[1] == "smk_exam_application_exists"
    assert (
        await refused(
            world.cards.ApplyForExam(
                pb.ApplyForExamRequest(
                    card_id=card.id, session="2020-spring", idempotency_key="pes-3"
                ),
                metadata=world.trainee,
            )
        )
    )[1] == "smk_exam_window_closed"

    decide = pb.DecideExamApplicationRequest(
        application_id=first.id, accept=False, reason="Brak opłaty"
    )
    for who in (world.trainee, world.supervisor):
        assert (await refused(world.cards.DecideExamApplication(decide, metadata=who)))[:2] == (
            grpc.StatusCode.PERMISSION_DENIED,
            "smk_exam_centre_only",
        )
    listed = await world.cards.ListExamApplications(
        pb.ListExamApplicationsRequest(
            session=session, status=pb.EXAM_APPLICATION_STATUS_SUBMITTED
        ),
        metadata=world.exam_centre,
    )
    assert first.id in [a.id for a in listed.applications]
    back = (await world.cards.DecideExamApplication(decide, metadata=world.exam_centre)).application
    assert (back.status, back.return_reason) == (pb.EXAM_APPLICATION_STATUS_RETURNED, "Brak opłaty")

    second = (
        await world.cards.ApplyForExam(
            pb.ApplyForExamRequest(card_id=card.id, session=session, idempotency_key="pes-4"),
            metadata=world.trainee,
        )
    ).application
    accepted = (
        await world.cards.DecideExamApplication(
            pb.DecideExamApplicationRequest(application_id=second.id, accept=True),
            metadata=world.exam_centre,
        )
    ).application
    assert accepted.status == pb.EXAM_APPLICATION_STATUS_ACCEPTED
    mine = await world.cards.ListExamApplications(
        pb.ListExamApplicationsRequest(), metadata=world.trainee
    )
    assert [(a.id, a.status) for a in mine.applications] == [
        (first.id, pb.EXAM_APPLICATION_STATUS_RETURNED),
        (second.id, pb.EXAM_APPLICATION_STATUS_ACCEPTED),
    ]

    # A void of the posted credit puts the course back to waiting.
    await credits_svc.void(credit_id, world.trainee_id)
    await wait_until(
        lambda: _not_posted(world, card.id, course.id), what="the voided course waiting again"
    )


async def _not_posted(world: World, card_id: str, entry_id: str) -> bool:
    got = await world.cards.GetTrainingCard(
        pb.GetTrainingCardRequest(card_id=card_id), metadata=world.trainee
    )
    return next(e for e in got.card.entries if e.id == entry_id).status == pb.ENTRY_STATUS_SUBMITTED
