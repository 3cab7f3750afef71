"""SMK training through GraphQL against fake backends: a programme input becomes the request's
module tree, a card's progress and entries come back with enums and dates, and a Polish refusal
is a UserError."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, execute

from cpd.catalog.v1 import specialisation_pb2 as spb
from cpd.plan.v1 import training_card_pb2 as tpb
from gateway.errors import GatewayError


async def test_a_programme_input_becomes_the_published_module_tree() -> None:
    published = spb.Programme(
        specialty="kardiologia",
        version=2,
        title="Program",
        published_at="2026-12-01T10:00:00+00:00",
    )
    backends = FakeBackends({"PublishProgramme": spb.PublishProgrammeResponse(programme=published)})
    mutation = """mutation($p: ProgrammeInput!) { publishProgramme(programme: $p) {
      ... on Programme { specialty version publishedAt } ... on UserError { code } } }"""
    programme = {
        "specialty": "kardiologia",
        "specialtyName": "Kardiologia",
        "title": "Program",
        "durationYears": 5,
        "modules": [
            {
                "code": "podstawowy",
                "title": "Moduł podstawowy",
                "kind": "BASIC",
                "courses": [{"code": "K1", "title": "Kurs", "hours": 24}],
                "procedures": [{"code": "P1", "title": "EKG", "type": "A", "requiredCount": 3}],
                "dutyHours": 40,
            }
        ],
    }
    result = data(await execute(backends, mutation, {"p": programme}))
    assert result["publishProgramme"] == {
        "specialty": "kardiologia",
        "version": 2,
        "publishedAt": "2026-12-01T10:00:00+00:00",
    }
    [(method, request)] = backends.requests
    assert method == "PublishProgramme"
    module = request.programme.modules[0]  # type: ignore[attr-defined]
    assert (module.kind, module.duty_hours, module.self_study_days) == (
        spb.PROGRAMME_MODULE_KIND_BASIC,
        40,
        0,
    )
    assert (module.courses[0].hours, module.procedures[0].type) == (24, spb.PROCEDURE_TYPE_A)


CARD = tpb.TrainingCard(
    id="c1",
    specialty="kardiologia",
    started_on="2026-10-01",
    mode="residency",
    modules=[
        tpb.ModuleProgress(
            code="podstawowy",
            requirements=[
                tpb.RequirementProgress(kind="procedure_a", code="P1", required=3, confirmed=2)
            ],
        )
    ],
    entries=[
        tpb.CardEntry(
            id="e1",
            kind=tpb.ENTRY_KIND_PROCEDURE,
            status=tpb.ENTRY_STATUS_RETURNED,
            performed_on="2026-11-02",
            return_reason="Brak kodu",
            created_at="2026-11-02T08:00:00+00:00",
        )
    ],
)


async def test_a_card_comes_with_progress_and_entries_or_a_polish_refusal() -> None:
    query = """query($id: ID!) { trainingCard(id: $id) { __typename
      ... on TrainingCard { startedOn complete modules { code completedAt
        requirements { kind code required confirmed } }
        entries { id kind status performedOn decidedAt returnReason } }
      ... on UserError { code message } } }"""
    found = FakeBackends({"GetTrainingCard": tpb.GetTrainingCardResponse(card=CARD)})
    card = data(await execute(found, query, {"id": "c1"}))["trainingCard"]
    assert card["startedOn"] == "2026-10-01" and card["complete"] is False
    assert card["modules"] == [
        {
            "code": "podstawowy",
            "completedAt": None,
            "requirements": [{"kind": "procedure_a", "code": "P1", "required": 3, "confirmed": 2}],
        }
    ]
    assert card["entries"] == [
        {
            "id": "e1",
            "kind": "PROCEDURE",
            "status": "RETURNED",
            "performedOn": "2026-11-02",
            "decidedAt": None,
            "returnReason": "Brak kodu",
        }
    ]
    hidden = FakeBackends(
        {
            "GetTrainingCard": GatewayError(
                "smk_card_not_found", "Nie znaleziono karty szkolenia specjalizacyjnego"
            )
        }
    )
    assert data(await execute(hidden, query, {"id": "c1"}))["trainingCard"] == {
        "__typename": "UserError",
        "code": "SMK_CARD_NOT_FOUND",
        "message": "Nie znaleziono karty szkolenia specjalizacyjnego",
    }


async def test_an_entry_input_becomes_the_request_and_the_change_comes_back() -> None:
    entry = tpb.CardEntry(
        id="e2",
        kind=tpb.ENTRY_KIND_DUTY,
        status=tpb.ENTRY_STATUS_SUBMITTED,
        quantity=12,
        performed_on="2026-11-03",
        created_at="2026-11-03T08:00:00+00:00",
    )
    backends = FakeBackends({"AddCardEntry": tpb.AddCardEntryResponse(entry=entry, card=CARD)})
    mutation = """mutation($e: CardEntryInput!) {
      addCardEntry(cardId: "c1", entry: $e, idempotencyKey: "k1") {
        ... on CardEntryChange { entry { id quantity } card { id } } } }"""
    variables = {
        "e": {
            "moduleCode": "podstawowy",
            "kind": "DUTY",
            "quantity": 12,
            "performedOn": "2026-11-03",
        }
    }
    assert data(await execute(backends, mutation, variables))["addCardEntry"] == {
        "entry": {"id": "e2", "quantity": 12},
        "card": {"id": "c1"},
    }
    [(_, request)] = backends.requests
    assert request == tpb.AddCardEntryRequest(
        card_id="c1",
        idempotency_key="k1",
        entry=tpb.CardEntry(
            module_code="podstawowy",
            kind=tpb.ENTRY_KIND_DUTY,
            quantity=12,
            performed_on="2026-11-03",
        ),
    )
