"""The electronic training card: entries recorded by the trainee, confirmed or returned by the
supervisor of the card's unit (or, for a course naming a catalog element, by the provider's
posting), progress per module, and module completion confirmed by the supervisor.

Messages are Polish: SMK users read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.training_card.programme import (
    ModuleSpec,
    ProgrammeSnapshot,
    Requirement,
    RequirementKind,
)
from plan_svc.domain.training_card.rules import SMK_2023_TRAINING, TrainingRules


class TrainingMode(StrEnum):
    RESIDENCY = "residency"
    NON_RESIDENCY = "non_residency"


class EntryKind(StrEnum):
    COURSE = "course"
    INTERNSHIP = "internship"
    PROCEDURE = "procedure"
    DUTY = "duty"
    SELF_STUDY = "self_study"


class EntryStatus(StrEnum):
    SUBMITTED = "submitted"
    CONFIRMED = "confirmed"
    RETURNED = "returned"


INVALID_ENTRY = "smk_invalid_entry"
POSTING_PREFIX = "posting:"
PATIENT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/-]*$")


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What the trainee records."""

    module_code: str
    kind: EntryKind
    element_code: str
    quantity: int
    performed_on: date
    patient_code: str = ""
    catalog_element_id: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    card_id: str
    draft: EntryDraft
    status: EntryStatus
    created_at: datetime
    idempotency_key: str
    return_reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None

    @property
    def counts(self) -> bool:
        return self.status == EntryStatus.CONFIRMED


@dataclass(frozen=True, slots=True)
class ModuleCompletion:
    module_code: str
    confirmed_by: str
    confirmed_at: datetime


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    trainee_person_id: str
    unit_id: str
    unit_name: str
    mode: TrainingMode
    started_on: date
    opened_at: datetime
    programme: ProgrammeSnapshot
    rule_set: str = SMK_2023_TRAINING.rule_set
    completions: tuple[ModuleCompletion, ...] = field(default=())

    @property
    def specialty(self) -> str:
        return self.programme.specialty

    def completion(self, module_code: str) -> ModuleCompletion | None:
        return next((c for c in self.completions if c.module_code == module_code), None)

    @property
    def complete(self) -> bool:
        return all(self.completion(m.code) is not None for m in self.programme.modules)


def _invalid(message: str) -> InvalidArgument:
    return InvalidArgument(INVALID_ENTRY, message)


# The requirement kinds an entry of each kind may fill.
_FILLS: dict[EntryKind, tuple[RequirementKind, ...]] = {
    EntryKind.COURSE: (RequirementKind.COURSE,),
    EntryKind.INTERNSHIP: (RequirementKind.INTERNSHIP,),
    EntryKind.PROCEDURE: (RequirementKind.PROCEDURE_A, RequirementKind.PROCEDURE_B),
}


def _quantity_bounds(kind: EntryKind, rules: TrainingRules) -> tuple[int, int, str]:
    if kind == EntryKind.INTERNSHIP:
        return 1, rules.max_internship_weeks_per_entry, "tygodni stażu"
    if kind == EntryKind.DUTY:
        return 1, rules.max_duty_hours_per_entry, "godzin dyżuru"
    if kind == EntryKind.SELF_STUDY:
        return 1, rules.max_self_study_days_per_entry, "dni samokształcenia"
    return 1, 1, "wykonań (jeden wpis to jedno wykonanie)"


def check_entry(
    card: Card, draft: EntryDraft, today: date, rules: TrainingRules = SMK_2023_TRAINING
) -> EntryDraft:
    """The draft, checked against the card's programme and the rule set; the first broken rule
    is refused with its reason."""
    module = card.programme.module(draft.module_code)
    if module is None:
        raise _invalid(f"Moduł {draft.module_code!r} nie należy do programu karty")
    if card.completion(module.code) is not None:
        raise FailedPrecondition(
            "smk_module_closed",
            f"Moduł {module.code} został już zaliczony: nowe wpisy są zamknięte",
        )
    fills = _FILLS.get(draft.kind)
    if fills is None:
        if draft.element_code:
            raise _invalid("Dyżury i samokształcenie nie mają kodu elementu programu")
    else:
        requirement = module.requirement(draft.element_code)
        if requirement is None or requirement.kind not in fills:
            raise _invalid(
                f"Element {draft.element_code!r} nie jest w module {module.code} "
                "elementem tego rodzaju"
            )
    low, high, unit = _quantity_bounds(draft.kind, rules)
    if not low <= draft.quantity <= high:
        raise _invalid(f"Liczba {unit}: od {low} do {high}")
    if draft.kind == EntryKind.PROCEDURE:
        code = draft.patient_code
        if not code or len(code) > rules.max_patient_code_length or not PATIENT_CODE.match(code):
            raise _invalid(
                "Kod pacjenta: litery, cyfry, łączniki i ukośniki, najwyżej "
                f"{rules.max_patient_code_length} znaków (bez danych osobowych)"
            )
    elif draft.patient_code:
        raise _invalid("Kod pacjenta podaje się tylko przy procedurach")
    if draft.catalog_element_id and draft.kind != EntryKind.COURSE:
        raise _invalid("Element katalogu podaje się tylko przy kursach")
    if draft.performed_on < card.started_on:
        raise _invalid("Data wpisu jest wcześniejsza niż rozpoczęcie szkolenia")
    if draft.performed_on > today:
        raise _invalid("Data wpisu nie może być z przyszłości")
    return draft


ENTRY_DECIDED = "smk_entry_decided"


def check_reason(reason: str, rules: TrainingRules = SMK_2023_TRAINING) -> str:
    reason = reason.strip()
    if not reason or len(reason) > rules.max_reason_length:
        raise InvalidArgument(
            "smk_reason_required",
            f"Podaj powód zwrotu (od 1 do {rules.max_reason_length} znaków)",
        )
    return reason


def review(entry: Entry, confirm: bool, reason: str, by: str, at: datetime) -> Entry:
    """The supervisor's decision; the same decision again returns the entry as it is."""
    wanted = EntryStatus.CONFIRMED if confirm else EntryStatus.RETURNED
    if entry.status == wanted:
        return entry
    if entry.status != EntryStatus.SUBMITTED:
        raise FailedPrecondition(ENTRY_DECIDED, "Wpis został już rozpatrzony inaczej")
    return replace(
        entry,
        status=wanted,
        return_reason="" if confirm else check_reason(reason),
        decided_by=by,
        decided_at=at,
    )


def confirmed_by_posting(entry: Entry, element_id: str, credit_id: str, at: datetime) -> Entry:
    """A submitted course entry naming the element is confirmed by the provider's posting."""
    if (
        entry.status != EntryStatus.SUBMITTED
        or entry.draft.kind != EntryKind.COURSE
        or entry.draft.catalog_element_id != element_id
    ):
        return entry
    return replace(
        entry, status=EntryStatus.CONFIRMED, decided_by=POSTING_PREFIX + credit_id, decided_at=at
    )


def unconfirmed_by_void(entry: Entry, credit_id: str) -> Entry:
    """A course confirmed by a posting whose credit is voided waits again."""
    if entry.decided_by != POSTING_PREFIX + credit_id:
        return entry
    return replace(entry, status=EntryStatus.SUBMITTED, decided_by="", decided_at=None)


@dataclass(frozen=True, slots=True)
class RequirementProgress:
    requirement: Requirement
    confirmed: int

    @property
    def met(self) -> bool:
        return self.confirmed >= self.requirement.required


@dataclass(frozen=True, slots=True)
class ModuleProgress:
    module: ModuleSpec
    requirements: tuple[RequirementProgress, ...]
    completion: ModuleCompletion | None

    @property
    def requirements_met(self) -> bool:
        return all(r.met for r in self.requirements)


def _amount(requirement: Requirement, entries: list[Entry]) -> int:
    if requirement.kind == RequirementKind.DUTY:
        return sum(e.draft.quantity for e in entries if e.draft.kind == EntryKind.DUTY)
    if requirement.kind == RequirementKind.SELF_STUDY:
        return sum(e.draft.quantity for e in entries if e.draft.kind == EntryKind.SELF_STUDY)
    return sum(e.draft.quantity for e in entries if e.draft.element_code == requirement.code)


def progress(card: Card, entries: Iterable[Entry]) -> tuple[ModuleProgress, ...]:
    """Each module's requirements against the card's confirmed entries."""
    confirmed: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.counts:
            confirmed.setdefault(entry.draft.module_code, []).append(entry)
    return tuple(
        ModuleProgress(
            module,
            tuple(
                RequirementProgress(r, _amount(r, confirmed.get(module.code, [])))
                for r in module.requirements
            ),
            card.completion(module.code),
        )
        for module in card.programme.modules
    )


def complete_module(
    card: Card, entries: Iterable[Entry], module_code: str, by: str, at: datetime
) -> Card:
    """The card with the module's completion confirmed; already confirmed: the card as it is."""
    if card.completion(module_code) is not None:
        return card
    module = next((p for p in progress(card, entries) if p.module.code == module_code), None)
    if module is None:
        raise _invalid(f"Moduł {module_code!r} nie należy do programu karty")
    missing = [r for r in module.requirements if not r.met]
    if missing:
        listed = ", ".join(
            f"{r.requirement.code or r.requirement.kind.value} "
            f"({r.confirmed}/{r.requirement.required})"
            for r in missing
        )
        raise FailedPrecondition(
            "smk_module_incomplete", f"Moduł {module_code} nie jest zrealizowany: brakuje {listed}"
        )
    return replace(card, completions=(*card.completions, ModuleCompletion(module_code, by, at)))
