"""Protobuf ↔ domain for SMK training cards and exam applications."""

from __future__ import annotations

from cpd.plan.v1 import training_card_pb2 as pb
from cpd_platform.mapping import (
    EnumMapping,
    date_to_pb,
    required_date_from_pb,
    same_named,
    timestamp_to_pb,
)
from plan_svc.domain.training_card.card import (
    Card,
    Entry,
    EntryDraft,
    EntryKind,
    EntryStatus,
    progress,
)
from plan_svc.domain.training_card.exam import ExamApplication, ExamStatus
from plan_svc.service_layer.training_cards import CardView

ENTRY_KINDS = EnumMapping(
    EntryKind,
    pb.EntryKind,
    invalid_code="smk_invalid_entry",
    message="Nie podano rodzaju wpisu",
)
ENTRY_STATUSES = EnumMapping(EntryStatus, pb.EntryStatus, invalid_code="smk_invalid_entry")
EXAM_STATUSES = EnumMapping(
    ExamStatus, pb.ExamApplicationStatus, invalid_code="smk_invalid_session"
)
# An entry draft's fields that a CardEntry carries as they are, both ways.
_DRAFT_FIELDS = "module_code element_code quantity patient_code catalog_element_id"


def draft_from_pb(entry: pb.CardEntry) -> EntryDraft:
    return EntryDraft(
        **same_named(entry, _DRAFT_FIELDS),
        kind=ENTRY_KINDS.from_pb(entry.kind),
        performed_on=required_date_from_pb(entry.performed_on, "performed_on"),
    )


def entry_to_pb(entry: Entry) -> pb.CardEntry:
    d = entry.draft
    return pb.CardEntry(
        id=entry.id,
        **same_named(d, _DRAFT_FIELDS),
        kind=ENTRY_KINDS.to_pb(d.kind),
        performed_on=date_to_pb(d.performed_on),
        status=ENTRY_STATUSES.to_pb(entry.status),
        return_reason=entry.return_reason,
        decided_by=entry.decided_by,
        decided_at=timestamp_to_pb(entry.decided_at),
        created_at=timestamp_to_pb(entry.created_at),
    )


def _modules_to_pb(card: Card, entries: list[Entry]) -> list[pb.ModuleProgress]:
    return [
        pb.ModuleProgress(
            code=m.module.code,
            title=m.module.title,
            kind=m.module.kind,
            requirements=[
                pb.RequirementProgress(
                    kind=r.requirement.kind.value,
                    code=r.requirement.code,
                    title=r.requirement.title,
                    required=r.requirement.required,
                    confirmed=r.confirmed,
                )
                for r in m.requirements
            ],
            requirements_met=m.requirements_met,
            completed=m.completion is not None,
            completed_by=m.completion.confirmed_by if m.completion else "",
            completed_at=timestamp_to_pb(m.completion.confirmed_at if m.completion else None),
        )
        for m in progress(card, entries)
    ]


def card_to_pb(view: CardView, *, with_entries: bool) -> pb.TrainingCard:
    card, entries = view.card, view.entries
    return pb.TrainingCard(
        **same_named(card, "id trainee_person_id unit_id unit_name specialty complete rule_set"),
        programme_version=card.programme.version,
        programme_title=card.programme.title,
        mode=card.mode.value,
        started_on=date_to_pb(card.started_on),
        modules=_modules_to_pb(card, entries),
        entries=[entry_to_pb(e) for e in entries] if with_entries else [],
        pending_entries=sum(1 for e in entries if e.status == EntryStatus.SUBMITTED),
    )


def application_to_pb(application: ExamApplication) -> pb.ExamApplication:
    return pb.ExamApplication(
        **same_named(
            application, "id card_id trainee_person_id specialty return_reason decided_by"
        ),
        session=str(application.session),
        status=EXAM_STATUSES.to_pb(application.status),
        submitted_at=timestamp_to_pb(application.submitted_at),
        decided_at=timestamp_to_pb(application.decided_at),
    )
