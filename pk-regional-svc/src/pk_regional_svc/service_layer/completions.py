""" "Подтверждение прохождения ПК": the completion document an operator records.

It updates the teacher's last training (date, topic, organisation) and closes the number of the
campaign when its application was submitted (status "обучение завершено"). Idempotent on
(teacher, document type, series, number).
"""

from __future__ import annotations

import uuid

from cpd_platform.clock import Clock
from cpd_platform.principal import Principal
from pk_regional_svc.domain.completion import (
    CompletionInput,
    CompletionView,
    checked_document,
    updates_last_training,
)
from pk_regional_svc.domain.numbers import Holding, NumberFilter, NumberStatus
from pk_regional_svc.domain.scope import ListScope, Visibility, place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE
from pk_regional_svc.service_layer.listing import FilteredList
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


async def record_completion(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    teacher_id: str,
    campaign_id: str,
    data: CompletionInput,
    *,
    authz: Authorizer,
    clock: Clock,
) -> tuple[CompletionView, bool, Holding | None]:
    """(the document, whether it is new, the number it completed)."""
    document = checked_document(data, clock.now().date())
    async with uow:
        view = await uow.teachers.get(teacher_id, lock=True)
        teacher = view.teacher
        place = place_of(teacher)
        await authz.require(principal, OPERATE, place)
        holding: Holding | None = None
        if campaign_id:
            await uow.campaigns.get(campaign_id)
            holding = await uow.numbers.live_holding_of(campaign_id, teacher_id, lock=True)
        completes = (
            holding if holding and holding.status is NumberStatus.APPLICATION_SUBMITTED else None
        )
        document_id = str(uuid.uuid4())
        created = await uow.completions.add_if_absent(
            document_id,
            teacher,
            document,
            campaign_id=campaign_id,
            holding_id=completes.holding_id if completes else "",
            recorded_by=principal.person_id or principal.subject,
        )
        closed: Holding | None = None
        if created:
            profile = teacher.profile
            before_training = {
                "last_training_on": profile.last_training_on.isoformat()
                if profile.last_training_on
                else None,
                "last_training_year": profile.last_training_year,
            }
            if updates_last_training(profile, document):
                await uow.teachers.record_training(teacher_id, document)
            if completes is not None:
                now = clock.now()
                await uow.numbers.save_holding(completes.moved_to(NumberStatus.COMPLETED, now))
                application = await uow.applications.of_holding(completes.holding_id)
                if application is not None:
                    await uow.applications.save(application.finished(now))
                closed = await uow.numbers.holding(completes.holding_id)
            await audit.record(
                uow,
                principal,
                "record_completion",
                "teacher",
                teacher_id,
                place,
                before_training,
                {
                    "document_id": document_id,
                    "document_type": document.document_type,
                    "number": document.number,
                    "issued_on": document.issued_on.isoformat(),
                    "hours": document.hours,
                    "closed_number": closed.number_code if closed else None,
                },
            )
        stored = await uow.completions.find(teacher_id, document)
        await uow.commit()
    return stored, created, closed


list_completions = FilteredList[CompletionView](lambda uow: uow.completions)


MY_DOCUMENTS_LIMIT = 100
"""More completion documents than one teacher gathers in a working life."""


async def my_completions(
    uow: PkRegionalUnitOfWorkPort, principal: Principal
) -> list[CompletionView]:
    """The calling teacher's own completion documents, most recently recorded first, whichever
    school recorded them (found by the teacher's record, never by a filter the caller gives)."""
    async with uow:
        me = await uow.teachers.of_person(principal.person_id, principal.snils)
        anywhere = ListScope(Visibility(True, frozenset(), frozenset(), frozenset()))
        own = NumberFilter(teacher_id=me.teacher.id)
        documents, _ = await uow.completions.page(anywhere, own, MY_DOCUMENTS_LIMIT, 0)
        await uow.commit()  # keeps the person link made on the first visit
    return documents
