"""A small programme and card for the SMK training-card tests (the shape of catalog-svc's demo
cardiology programme)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from plan_svc.domain.training_card.card import Card, EntryDraft, EntryKind, TrainingMode
from plan_svc.domain.training_card.programme import (
    ModuleSpec,
    ProgrammeSnapshot,
    Requirement,
    RequirementKind,
)

K = RequirementKind
BASIC = ModuleSpec(
    "podstawowy",
    "Moduł podstawowy",
    "basic",
    (
        Requirement(K.COURSE, "K-WPROWADZENIE", "Wprowadzenie", 1),
        Requirement(K.INTERNSHIP, "S-INTERNA", "Staż", 4),
        Requirement(K.PROCEDURE_A, "P-EKG", "EKG", 3),
        Requirement(K.DUTY, "", "", 40),
        Requirement(K.SELF_STUDY, "", "", 2),
    ),
)
SPECIALISED = ModuleSpec(
    "specjalistyczny",
    "Moduł specjalistyczny",
    "specialised",
    (Requirement(K.PROCEDURE_B, "P-KORONAROGRAFIA", "Koronarografia", 2),),
)
PROGRAMME = ProgrammeSnapshot("kardiologia", 1, "Program", (BASIC, SPECIALISED))
STARTED = date(2026, 10, 1)
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


def card(**changes: object) -> Card:
    values: dict[str, object] = {
        "id": "card-1",
        "trainee_person_id": "trainee-1",
        "unit_id": "unit-1",
        "unit_name": "Szpital",
        "mode": TrainingMode.RESIDENCY,
        "started_on": STARTED,
        "opened_at": NOW,
        "programme": PROGRAMME,
    }
    values.update(changes)
    return Card(**values)  # type: ignore[arg-type]


def draft(kind: EntryKind, code: str = "", quantity: int = 1, **changes: object) -> EntryDraft:
    module = changes.pop("module_code", "podstawowy")
    return EntryDraft(
        module_code=str(module),
        kind=kind,
        element_code=code,
        quantity=quantity,
        performed_on=changes.pop("performed_on", date(2026, 11, 2)),  # type: ignore[arg-type]
        **changes,  # type: ignore[arg-type]
    )
