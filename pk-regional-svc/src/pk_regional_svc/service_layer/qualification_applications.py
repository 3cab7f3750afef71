"""The applicant's side of the SMK qualification proceedings: submitting an application with
its variants (idempotent by request id), withdrawing it, and reading one's published result."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, InvalidArgument
from cpd_platform.principal import Principal, Role
from pk_regional_svc.domain.qualification.matching import Variant
from pk_regional_svc.domain.qualification.proceedings import (
    QualificationApplication,
    RankedResult,
    application_not_found,
    checked_score,
    readable_result,
)
from pk_regional_svc.service_layer.qualification_access import applicant_id
from pk_regional_svc.service_layer.qualification_ports import QualificationUnitOfWork

MAX_REQUEST_ID_LENGTH = 128


async def submit_application(
    uow: QualificationUnitOfWork,
    principal: Principal,
    session_id: str,
    request_id: str,
    exam_percent: Decimal,
    additional_points: Decimal,
    variants: Sequence[Variant],
    *,
    clock: Clock,
) -> QualificationApplication:
    person_id = applicant_id(principal)
    if not 0 < len(request_id) <= MAX_REQUEST_ID_LENGTH:
        raise InvalidArgument(
            "invalid_request_id",
            f"Identyfikator żądania: od 1 do {MAX_REQUEST_ID_LENGTH} znaków",
        )
    async with uow:
        store = uow.qualification
        before = await store.application_by_request(person_id, request_id)
        if before is not None:
            return before
        session = await store.get_session(session_id)
        places = {p.key: p for p in await store.places(session_id)}
        score = checked_score(
            session, clock.today(), exam_percent, additional_points, variants, places
        )
        application = QualificationApplication(
            id=str(uuid.uuid4()),
            session_id=session.id,
            person_id=person_id,
            request_id=request_id,
            exam_percent=exam_percent,
            additional_points=additional_points,
            score=score,
            variants=tuple(variants),
            submitted_at=clock.now(),
        )
        if not await store.add_application(application):
            raced = await store.application_by_request(person_id, request_id)
            if raced is not None:
                return raced
            raise FailedPrecondition(
                "qualification_application_exists",
                "Masz już złożony wniosek w tym postępowaniu; aby złożyć nowy, wycofaj poprzedni",
            )
        await uow.commit()
    return application


async def withdraw_application(
    uow: QualificationUnitOfWork, principal: Principal, application_id: str, *, clock: Clock
) -> QualificationApplication:
    """The applicant's own application, withdrawn (again: as it was)."""
    async with uow:
        store = uow.qualification
        application = await store.get_application(application_id, lock=True)
        if application.person_id != principal.person_id and not principal.has_role(Role.ADMIN):
            raise application_not_found()
        if application.withdrawn_at is None:
            await store.withdraw(application_id, clock.now())
            application = await store.get_application(application_id)
            await uow.commit()
    return application


async def my_result(
    uow: QualificationUnitOfWork, principal: Principal, session_id: str
) -> tuple[QualificationApplication, RankedResult | None]:
    """The caller's latest application in the session and its result in the latest round in
    which a list naming it was published (None before)."""
    async with uow:
        store = uow.qualification
        application = await store.latest_application_of(session_id, principal.person_id or "")
        if application is None:
            raise application_not_found()
        results = await store.results_of(application.id)
        published: defaultdict[int, set[str]] = defaultdict(set)
        for round_number, voivodeship in await store.publications(session_id):
            published[round_number].add(voivodeship)
    lists = {r: frozenset(v) for r, v in published.items()}
    return application, readable_result(results, application, lists)
