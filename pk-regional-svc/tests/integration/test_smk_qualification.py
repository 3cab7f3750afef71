"""SMK qualification proceedings over real gRPC (issue 18), with identity-svc's grants and
catalog-svc's accredited units: a voivodeship office opens a session and sets places (a number,
or the demo unit's accredited places), trainees apply with variants, the lists are computed and
published for the voivodeship, a withdrawal gives the freed place to the next in the next round;
every refusal is a typed error with a Polish message."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

import grpc
import pytest

from cpd.catalog.v1.specialisation_pb2 import TRAINING_MODE_RESIDENCY as RESIDENCY
from cpd.pk_regional.v1 import qualification_pb2 as pb
from cpd.pk_regional.v1 import qualification_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

ASSIGNED = pb.QUALIFICATION_OUTCOME_ASSIGNED
NO_PLACE = pb.QUALIFICATION_OUTCOME_NO_PLACE_LEFT


@pytest.fixture
async def qualification(
    regional_stack: tuple[RunningService, RunningService],
) -> qualification_pb2_grpc.QualificationServiceStub:
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{regional_stack[1].port}")
    return qualification_pb2_grpc.QualificationServiceStub(channel)


async def refused(call: Any, code: str) -> str:
    """Awaits a call that must fail with the domain `code`; its message."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    assert grpc_error_code(caught.value) == code, caught.value.details()
    return str(caught.value.details())


def variant(specialty: str, *units: str) -> pb.QualificationVariant:
    return pb.QualificationVariant(
        specialty=specialty, voivodeship="14", mode=RESIDENCY, unit_ids=units
    )


async def test_applications_lists_publication_and_a_withdrawal(
    qualification: qualification_pb2_grpc.QualificationServiceStub, roles: Any, idp: RunningIdp
) -> None:
    stub = qualification
    office = await roles.operator("smk_voivodeship_office", "voivodeship:14")
    other_office = await roles.operator("smk_voivodeship_office", "voivodeship:12")
    today = date.today()
    year = random.randint(2040, 2099)
    opened = await stub.OpenQualificationSession(
        pb.OpenQualificationSessionRequest(
            year=year,
            term=pb.QUALIFICATION_TERM_AUTUMN,
            applications_open_on=(today - timedelta(days=1)).isoformat(),
            applications_close_on=(today + timedelta(days=1)).isoformat(),
        ),
        metadata=bearer(office),
    )
    session = opened.session
    assert (session.rules_version, session.max_variants, session.round) == ("smk-2023", 15, 0)
    closed = await stub.OpenQualificationSession(
        pb.OpenQualificationSessionRequest(year=year, term=pb.QUALIFICATION_TERM_SPRING),
        metadata=bearer(office),
    )
    assert closed.session.applications_open_on == f"{year}-02-01"

    cardio, surgery = f"kardiologia-{uuid.uuid4().hex[:6]}", f"chirurgia-{uuid.uuid4().hex[:6]}"
    for specialty in (cardio, surgery):
        await stub.SetQualificationPlaces(
            pb.SetQualificationPlacesRequest(
                session_id=session.id,
                specialty=specialty,
                voivodeship="14",
                mode=RESIDENCY,
                places=1,
            ),
            metadata=bearer(office),
        )
    from_catalog = await stub.SetQualificationPlaces(
        pb.SetQualificationPlacesRequest(
            session_id=session.id,
            specialty="kardiologia",
            voivodeship="14",
            mode=RESIDENCY,
            from_catalog=True,
        ),
        metadata=bearer(office),
    )
    assert from_catalog.place.places >= 4 and demo.SMK_UNIT_ID in from_catalog.place.unit_ids
    await refused(
        stub.SetQualificationPlaces(
            pb.SetQualificationPlacesRequest(
                session_id=session.id, specialty=cardio, voivodeship="14", mode=RESIDENCY
            ),
            metadata=bearer(other_office),
        ),
        "qualification_office_only",
    )

    async def trainee() -> str:
        return await idp.person_token(person_id=str(uuid.uuid4()), roles=["smk_trainee"])

    def submit(
        token: str, percent: str, *variants: pb.QualificationVariant, key: str = "wniosek"
    ) -> Any:
        return stub.SubmitQualificationApplication(
            pb.SubmitQualificationApplicationRequest(
                session_id=session.id,
                request_id=key,
                exam_percent=percent,
                additional_points="0",
                variants=variants,
            ),
            metadata=bearer(token),
        )

    first, second, third = await trainee(), await trainee(), await trainee()
    message = await refused(submit(first, "90", *[variant(cardio)] * 16), "too_many_variants")
    assert message == "Wniosek może zawierać najwyżej 15 wariantów"
    await refused(submit(first, "90", variant("okulistyka")), "unknown_place")
    await refused(submit(first, "90", variant("kardiologia", "obca-jednostka")), "unknown_unit")
    await refused(submit(first, "101", variant(cardio)), "invalid_exam_result")
    await refused(submit(office, "90", variant(cardio)), "qualification_trainee_only")
    await refused(
        stub.SubmitQualificationApplication(
            pb.SubmitQualificationApplicationRequest(
                session_id=closed.session.id,
                request_id="x",
                exam_percent="90",
                variants=[variant(cardio)],
            ),
            metadata=bearer(first),
        ),
        "qualification_window_closed",
    )

    top = (await submit(first, "90", variant(cardio))).application
    again = (await submit(first, "90", variant(cardio))).application
    assert again.id == top.id
    await refused(
        submit(first, "90", variant(cardio), key="inny"), "qualification_application_exists"
    )
    await submit(second, "80", variant(cardio), variant(surgery))
    await submit(third, "70", variant(cardio), variant(surgery))

    await refused(
        stub.PublishQualificationList(
            pb.PublishQualificationListRequest(session_id=session.id, voivodeship="14"),
            metadata=bearer(office),
        ),
        "qualification_lists_not_computed",
    )
    computed = await stub.ComputeQualificationLists(
        pb.ComputeQualificationListsRequest(session_id=session.id), metadata=bearer(office)
    )
    assert (computed.session.round, computed.assigned, computed.unassigned) == (1, 2, 1)
    mine = pb.GetMyQualificationResultRequest(session_id=session.id)
    unpublished = await stub.GetMyQualificationResult(mine, metadata=bearer(third))
    assert not unpublished.HasField("result")
    await refused(
        stub.GetQualificationList(
            pb.GetQualificationListRequest(session_id=session.id, voivodeship="14"),
            metadata=bearer(third),
        ),
        "qualification_list_not_published",
    )
    publish = pb.PublishQualificationListRequest(session_id=session.id, voivodeship="14")
    assert (await stub.PublishQualificationList(publish, metadata=bearer(office))).round == 1

    def outcome(result: pb.QualificationResult) -> tuple[int, int, int, str]:
        return (result.rank, result.outcome, result.variant_number, result.place.specialty)

    lists = await stub.GetQualificationList(
        pb.GetQualificationListRequest(session_id=session.id, voivodeship="14"),
        metadata=bearer(third),
    )
    assert [outcome(r) for r in lists.results] == [
        (1, ASSIGNED, 1, cardio),
        (2, ASSIGNED, 2, surgery),
        (3, NO_PLACE, 0, ""),
    ]
    third_result = (await stub.GetMyQualificationResult(mine, metadata=bearer(third))).result
    assert third_result.explanation.startswith("Brak miejsca")

    # The first withdraws: the next round gives the cardiology place to the second, the
    # surgery place to the third.
    await refused(
        stub.WithdrawQualificationApplication(
            pb.WithdrawQualificationApplicationRequest(application_id=top.id),
            metadata=bearer(second),
        ),
        "qualification_application_not_found",
    )
    for _ in range(2):
        withdrawn = await stub.WithdrawQualificationApplication(
            pb.WithdrawQualificationApplicationRequest(application_id=top.id),
            metadata=bearer(first),
        )
        assert withdrawn.application.withdrawn_at
    computed = await stub.ComputeQualificationLists(
        pb.ComputeQualificationListsRequest(session_id=session.id), metadata=bearer(office)
    )
    assert (computed.session.round, computed.assigned, computed.unassigned) == (2, 2, 0)
    still_first = (await stub.GetMyQualificationResult(mine, metadata=bearer(third))).result
    assert (still_first.round, still_first.outcome) == (1, NO_PLACE)
    assert (await stub.PublishQualificationList(publish, metadata=bearer(office))).round == 2
    second_round = (await stub.GetMyQualificationResult(mine, metadata=bearer(third))).result
    assert outcome(second_round)[1:] == (ASSIGNED, 2, surgery) and second_round.round == 2
    assert second_round.explanation.startswith("Zakwalifikowano: wariant nr 2")
    moved_up = (await stub.GetMyQualificationResult(mine, metadata=bearer(second))).result
    assert outcome(moved_up) == (1, ASSIGNED, 1, cardio)
