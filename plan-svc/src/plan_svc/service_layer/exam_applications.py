"""Exam (PES) applications: the trainee applies with a complete card for a session within its
window; the exam centre (smk_exam_centre) or an admin lists and decides them."""

from __future__ import annotations

import uuid

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound, PermissionDenied
from cpd_platform.principal import Principal, Role
from plan_svc.domain.training_card.exam import (
    ExamApplication,
    ExamStatus,
    check_may_apply,
    check_window,
    decide,
    parse_session,
)
from plan_svc.service_layer.training_card_ports import TrainingCardUnitOfWork
from plan_svc.service_layer.training_cards import (
    check_idempotency_key,
    require_trainee,
    trainees_card,
)

EXAM_CENTRE_ONLY = (
    "smk_exam_centre_only",
    "Zgłoszenia do PES rozpatruje Centrum Egzaminów Medycznych",
)


def _is_exam_centre(principal: Principal) -> bool:
    return principal.has_role(Role.SMK_EXAM_CENTRE) or principal.has_role(Role.ADMIN)


async def apply_for_exam(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    card_id: str,
    session_text: str,
    idempotency_key: str,
    *,
    clock: Clock,
) -> ExamApplication:
    person_id = require_trainee(principal)
    key = check_idempotency_key(idempotency_key)
    session = parse_session(session_text)
    async with uow:
        stored = await uow.exam_applications.by_key(person_id, key)
        if stored is not None:
            if (stored.card_id, stored.session) != (card_id, session):
                raise FailedPrecondition(
                    "smk_idempotency_key_reused", "Ten klucz został już użyty dla innego zgłoszenia"
                )
            return stored
        card = await trainees_card(uow, person_id, card_id)
        check_window(session, clock.today())
        check_may_apply(card, await uow.exam_applications.active_for_card(card.id))
        application = ExamApplication(
            id=str(uuid.uuid4()),
            card_id=card.id,
            trainee_person_id=person_id,
            specialty=card.specialty,
            session=session,
            status=ExamStatus.SUBMITTED,
            submitted_at=clock.now(),
            idempotency_key=key,
        )
        await uow.exam_applications.add(application)
        await uow.commit()
    return application


async def list_applications(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    session_text: str,
    status: ExamStatus | None,
) -> list[ExamApplication]:
    """The exam centre: a session's applications; anyone else: their own."""
    if _is_exam_centre(principal):
        session = str(parse_session(session_text))
        person_id = None
    else:
        person_id = principal.require_person()
        session = str(parse_session(session_text)) if session_text else ""
    async with uow:
        return await uow.exam_applications.listed(session or None, status, person_id)


async def decide_application(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    application_id: str,
    accept: bool,
    reason: str,
    *,
    clock: Clock,
) -> ExamApplication:
    if not _is_exam_centre(principal):
        raise PermissionDenied(*EXAM_CENTRE_ONLY)
    async with uow:
        application = await uow.exam_applications.get(application_id, for_update=True)
        if application is None:
            raise NotFound("smk_exam_application_not_found", "Nie znaleziono zgłoszenia do PES")
        decided = decide(
            application, accept, reason, principal.person_id or principal.subject, clock.now()
        )
        if decided is not application:
            await uow.exam_applications.update(decided)
            await uow.commit()
    return decided
