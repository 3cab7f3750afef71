"""Translation between plan-svc's domain values and its protobuf messages, kept apart from the
servicer (as catalog-svc's `entrypoints/translate.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cpd.plan.v1 import plan_pb2
from cpd_platform.mapping import EnumMapping, date_to_pb, same_named, timestamp_to_pb
from plan_svc.domain.applications import Application, ApplicationStatus, EventRegistration
from plan_svc.domain.cycle import Document, DocumentKind
from plan_svc.domain.frmr import FRMR_NOTES, FrmrStatus
from plan_svc.domain.plan import STATUS_LABELS, PlanItemStatus
from plan_svc.domain.progress import Progress
from plan_svc.domain.result_wait import OverdueResult, ResultWait, SupportRequestDraft
from plan_svc.domain.rule_sets import RULE_SETS, RuleSet
from plan_svc.domain.suggestions import Suggestion
from plan_svc.service_layer.queries import CycleView, PlanItemView

DOCUMENT_KINDS = EnumMapping(
    DocumentKind,
    plan_pb2.DocumentKind,
    invalid_code="invalid_document_kind",
    message="Укажите вид документа",
)
FRMR = EnumMapping(FrmrStatus, plan_pb2.FrmrStatus, invalid_code="invalid_frmr_status")
PLAN_STATUSES = EnumMapping(
    PlanItemStatus, plan_pb2.PlanItemStatus, invalid_code="invalid_plan_item_status"
)
# A seat still being claimed shows as submitted; a client's "submitted" filter means submitted.
APPLICATION_STATUSES = EnumMapping(
    ApplicationStatus,
    plan_pb2.ApplicationStatus,
    invalid_code="invalid_application_status",
    overrides={ApplicationStatus.PENDING_SEAT: plan_pb2.APPLICATION_STATUS_SUBMITTED},
)


def document_to_pb(document: Document, frmr: FrmrStatus) -> plan_pb2.Document:
    return plan_pb2.Document(
        **same_named(document, "id person_id specialty_code series number"),
        kind=DOCUMENT_KINDS.to_pb(document.kind),
        issued_on=date_to_pb(document.issued_on),
        frmr_status=FRMR.to_pb(frmr),
        frmr_note=FRMR_NOTES[frmr],
    )


def rule_set_to_pb(rule_set: RuleSet) -> plan_pb2.RuleSet:
    return plan_pb2.RuleSet(
        **same_named(rule_set, "code version title source cycle_years target_zet program_min_zet"),
        effective_from=date_to_pb(rule_set.effective_from),
        yearly_program_zet=rule_set.yearly.program_zet if rule_set.yearly else 0,
        yearly_event_and_module_zet=(
            rule_set.yearly.event_and_module_zet if rule_set.yearly else 0
        ),
        event_and_module_cap_zet=rule_set.event_and_module_cap_zet or 0,
    )


def cycle_to_pb(view: CycleView) -> plan_pb2.Cycle:
    cycle = view.cycle
    message = plan_pb2.Cycle(
        **same_named(cycle, "id person_id specialty_code rule_set"),
        starts_on=date_to_pb(cycle.starts_on),
        ends_on=date_to_pb(cycle.ends_on),
        state=view.state.value,
        rule_set_title=RULE_SETS[cycle.rule_set].title,
        rule_set_details=rule_set_to_pb(RULE_SETS[cycle.rule_set]),
    )
    if view.document is not None:
        message.document.CopyFrom(document_to_pb(view.document, view.frmr))
    return message


def progress_to_pb(progress: Progress) -> plan_pb2.Progress:
    return plan_pb2.Progress(
        **same_named(
            progress,
            "cycle_id total_zet target_zet rule_set missing_zet expected_to_date_zet on_track "
            "complete actual_zet",
        ),
        by_kind=[plan_pb2.KindTotal(kind=t.kind.value, zet=t.zet) for t in progress.by_kind],
        credits=[
            plan_pb2.CountedCredit(
                **same_named(c, "credit_id element_id zet counted_zet cycle_year"),
                kind=c.kind.value,
                completed_on=date_to_pb(c.completed_on),
                status=c.status.value,
                cycle_ids=list(c.cycle_ids),
            )
            for c in progress.credits
        ],
        by_group=[
            plan_pb2.KindGroupProgress(
                **same_named(g, "actual_zet counted_zet recommended_zet missing_zet"),
                group=g.group.value,
                cap_zet=g.cap_zet or 0,
            )
            for g in progress.by_group
        ],
        by_year=[
            plan_pb2.YearProgress(
                year=y.year.number,
                starts_on=date_to_pb(y.year.starts_on),
                ends_on=date_to_pb(y.year.ends_on),
                **same_named(y, "program_zet event_and_module_zet total_zet recommendation_met"),
                recommended_program_zet=y.recommendation.program_zet if y.recommendation else 0,
                recommended_event_and_module_zet=(
                    y.recommendation.event_and_module_zet if y.recommendation else 0
                ),
                recommended_total_zet=y.recommendation.total_zet if y.recommendation else 0,
                state=y.state.value,
            )
            for y in progress.by_year
        ],
        as_of=date_to_pb(progress.as_of),
    )


def result_wait_to_pb(wait: ResultWait, draft: SupportRequestDraft | None) -> plan_pb2.ResultWait:
    message = plan_pb2.ResultWait(
        **same_named(wait, "provider_id overdue days_overdue"),
        ends_on=date_to_pb(wait.ends_on),
        deadline=date_to_pb(wait.deadline),
    )
    if draft is not None:
        message.support_request.CopyFrom(
            plan_pb2.SupportRequestDraft(
                **same_named(draft, "topic subject text context_reference")
            )
        )
    return message


def plan_item_to_pb(
    view: PlanItemView, draft: SupportRequestDraft | None = None
) -> plan_pb2.PlanItem:
    message = plan_pb2.PlanItem(
        id=view.item.id,
        cycle_id=view.item.cycle_id,
        element_id=view.item.element.element_id,
        element_kind=view.item.element.kind.value,
        status=PLAN_STATUSES.to_pb(view.status),
        status_label=STATUS_LABELS[view.status],
        eligible_cycle_ids=list(view.eligible_cycle_ids),
        planned_cycle_ids=list(view.planned_cycle_ids),
        added_at=timestamp_to_pb(view.item.added_at),
    )
    if view.wait is not None:
        message.result_wait.CopyFrom(result_wait_to_pb(view.wait, draft))
    return message


def cycle_plans_to_pb(
    plans: Mapping[str, Sequence[PlanItemView]], drafts: Mapping[str, SupportRequestDraft]
) -> list[plan_pb2.CyclePlan]:
    """The plans of cycles (plan items by cycle id), each overdue item with its support draft."""
    return [
        plan_pb2.CyclePlan(
            cycle_id=cycle_id, items=[plan_item_to_pb(v, drafts.get(v.item.id)) for v in views]
        )
        for cycle_id, views in plans.items()
    ]


def application_to_pb(a: Application) -> plan_pb2.Application:
    return plan_pb2.Application(
        **same_named(
            a,
            "id person_id program_cycle_id element_id provider_id specialty_code "
            "consent_to_share decision_reason reservation_id",
        ),
        employment=plan_pb2.Employment(
            kind=a.employment.kind.value, **same_named(a.employment, "organization position")
        ),
        funding_basis=a.funding_basis.value,
        status=APPLICATION_STATUSES.to_pb(a.status),
        submitted_at=timestamp_to_pb(a.submitted_at),
        decided_at=timestamp_to_pb(a.decided_at),
        starts_on=date_to_pb(a.starts_on),
        ends_on=date_to_pb(a.ends_on),
    )


def overdue_to_pb(result: OverdueResult) -> plan_pb2.OverdueResult:
    wait = result.wait
    message = plan_pb2.OverdueResult(
        deadline=date_to_pb(wait.deadline),
        days_overdue=wait.days_overdue,
        person_id=result.person_id,
        element_id=wait.element_id,
        element_kind=wait.kind.value,
        ends_on=date_to_pb(wait.ends_on),
    )
    if result.application is not None:
        message.application.CopyFrom(application_to_pb(result.application))
    if result.registration is not None:
        message.registration.CopyFrom(registration_to_pb(result.registration, []))
    return message


def registration_to_pb(r: EventRegistration, cycle_ids: list[str]) -> plan_pb2.EventRegistration:
    return plan_pb2.EventRegistration(
        **same_named(r, "id person_id element_id reservation_id"),
        status=r.status.value,
        registered_at=timestamp_to_pb(r.registered_at),
        cycle_ids=cycle_ids,
    )


def suggestion_to_pb(s: Suggestion) -> plan_pb2.Suggestion:
    return plan_pb2.Suggestion(
        element_id=s.candidate.element_id,
        kind=s.candidate.kind.value,
        score=s.score,
        reasons=list(s.reasons),
        program_cycle_id=s.candidate.program_cycle_id,
        starts_on=date_to_pb(s.candidate.starts_on),
    )
