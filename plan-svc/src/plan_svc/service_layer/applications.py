"""Use cases of applications to ДПП ПК program cycles and registrations for free events.

Seats are counted by catalog-svc only. A submit first writes the application as
`pending_seat` (so a retry finds it), then reserves with the application id as the idempotency
key, then marks it submitted; a retry after any failure repeats the same reservation without
taking a second seat. Withdrawing releases first, then marks withdrawn (a retry releases again,
harmlessly).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import replace

import grpc

from cpd.catalog.v1 import catalog_pb2
from cpd_platform.access import Access
from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound, PermissionDenied
from cpd_platform.principal import Principal, Role, Scope
from plan_svc.adapters.services import BASES, SeatsUnavailable
from plan_svc.domain.applications import (
    Application,
    ApplicationForm,
    ApplicationStatus,
    EventRegistration,
    RegistrationStatus,
    decide,
    withdraw,
)
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.cycle import CycleState
from plan_svc.domain.plan import eligible_cycles
from plan_svc.service_layer.ports import PlanUnitOfWorkPort, ProviderDirectory, SeatCatalog

log = logging.getLogger("plan_svc.applications")

PROVIDER_ROLES = (Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)


async def _store(uow: PlanUnitOfWorkPort, changed: Application | EventRegistration) -> None:
    """Saves a changed application or registration in a transaction of its own."""
    async with uow:
        if isinstance(changed, Application):
            await uow.applications.save(changed)
        else:
            await uow.registrations.save(changed)
        await uow.commit()


async def submit_application(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    form: ApplicationForm,
    *,
    catalog: SeatCatalog,
    clock: Clock,
) -> Application:
    person_id = principal.require_person()
    today = clock.today()
    program_cycle = await catalog.program_cycle(form.program_cycle_id)
    element = await catalog.element(program_cycle.element_id)
    if element.facts.kind != CreditKind.PROGRAM:
        raise FailedPrecondition("not_a_program", "Заявка подаётся только на программу ДПП ПК")
    if element.status == "withdrawn":
        raise FailedPrecondition("element_withdrawn", "Программа снята с публикации")
    if not element.facts.eligible_for(form.specialty_code):
        raise FailedPrecondition(
            "element_not_eligible", "Программа не относится к указанной специальности"
        )
    if program_cycle.ends_on is not None and program_cycle.ends_on < today:
        raise FailedPrecondition("program_cycle_over", "Обучение в этой группе уже закончилось")
    async with uow:
        await uow.lock_person(person_id)
        application = await uow.applications.active_for(person_id, form.program_cycle_id)
        if application is None:
            cycles = [
                c
                for c in await uow.cycles.list_for_person(person_id)
                if c.specialty_code == form.specialty_code and c.state(today) != CycleState.FINISHED
            ]
            if not cycles:
                raise FailedPrecondition(
                    "no_cycle_for_specialty",
                    "Сначала добавьте документ (сертификат или аккредитацию) по этой специальности",
                )
            application = Application(
                id=str(uuid.uuid4()),
                person_id=person_id,
                program_cycle_id=form.program_cycle_id,
                element_id=program_cycle.element_id,
                provider_id=element.facts.provider_id,
                specialty_code=form.specialty_code,
                employment=form.employment,
                funding_basis=form.funding_basis,
                consent_to_share=True,
                status=ApplicationStatus.PENDING_SEAT,
                decision_reason="",
                submitted_at=clock.now(),
                decided_at=None,
                starts_on=program_cycle.starts_on,
                ends_on=program_cycle.ends_on,
                reservation_id="",
            )
            await uow.applications.add(application)
            # The application plans the program in the cycle of its specialty.
            for cycle in cycles:
                await uow.plans.add_if_absent(cycle, element.facts)
            await uow.commit()
    if application.status != ApplicationStatus.PENDING_SEAT:
        return application
    try:
        reservation_id = await catalog.reserve(
            form.program_cycle_id, BASES[application.funding_basis], person_id, application.id
        )
    except SeatsUnavailable:
        await _store(
            uow,
            replace(application, status=ApplicationStatus.WITHDRAWN, decision_reason="no_seats"),
        )
        raise FailedPrecondition(
            "no_seats_left",
            "Свободных мест на этой основе обучения не осталось: выберите другую группу или основу",
        ) from None
    submitted = replace(
        application, status=ApplicationStatus.SUBMITTED, reservation_id=reservation_id
    )
    await _store(uow, submitted)
    return submitted


async def withdraw_application(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    application_id: str,
    *,
    catalog: SeatCatalog,
    clock: Clock,
) -> Application:
    person_id = principal.require_person()
    async with uow:
        application = await uow.applications.get(application_id)
    if application is None or application.person_id != person_id:
        raise NotFound("application_not_found", "Заявка не найдена")
    withdrawn = withdraw(application, clock.now())
    if withdrawn is application:
        return application
    await catalog.release(application.id)
    await _store(uow, withdrawn)
    return withdrawn


async def provider_scopes(
    principal: Principal, *, access: Access, providers: ProviderDirectory
) -> frozenset[str] | None:
    """The providers the caller acts for: a provider system its own (catalog-svc maps its client),
    staff the providers of their grants; None for an admin (all of them)."""
    if principal.has_role(Role.ADMIN):
        return None
    if principal.has_role(Role.PROVIDER_SYSTEM):
        return frozenset({await providers.provider_for_client(principal.client_id)})
    scopes = await access.scopes(principal, *PROVIDER_ROLES)
    return frozenset(s.id for s in scopes if s.kind == "provider")


async def wanted_providers(
    principal: Principal, provider_id: str, *, access: Access, providers: ProviderDirectory
) -> list[str] | None:
    """The providers a provider-scoped list reads: `provider_id` when it is the caller's, else
    all of the caller's; None (every provider) for an admin who names none."""
    own = await provider_scopes(principal, access=access, providers=providers)
    if own is not None and not own:
        raise PermissionDenied("not_provider_staff", "Список доступен сотрудникам организации")
    if provider_id:
        if own is not None and provider_id not in own:
            raise PermissionDenied("out_of_scope", "Недостаточно прав: это не ваша организация")
        return [provider_id]
    return sorted(own) if own is not None else None


async def list_provider_applications(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    provider_id: str,
    status: ApplicationStatus | None,
    *,
    access: Access,
    providers: ProviderDirectory,
) -> list[Application]:
    wanted = await wanted_providers(principal, provider_id, access=access, providers=providers)
    async with uow:
        return await uow.applications.for_providers(wanted, status)


async def decide_application(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    application_id: str,
    *,
    accept: bool,
    reason: str,
    catalog: SeatCatalog,
    access: Access,
    providers: ProviderDirectory,
    clock: Clock,
) -> Application:
    """The same rules for the provider's staff (GraphQL) and its own system (gRPC)."""
    async with uow:
        application = await uow.applications.get(application_id)
    if application is None or application.status == ApplicationStatus.PENDING_SEAT:
        raise NotFound("application_not_found", "Заявка не найдена")
    if principal.has_role(Role.PROVIDER_SYSTEM) and not principal.has_role(Role.ADMIN):
        if await providers.provider_for_client(principal.client_id) != application.provider_id:
            raise PermissionDenied("out_of_scope", "Недостаточно прав: это не ваша организация")
    else:
        await access.require(principal, PROVIDER_ROLES, [Scope.provider(application.provider_id)])
    async with uow:
        current = await uow.applications.get(application_id, for_update=True)
        assert current is not None
        decided = decide(current, accept, reason, clock.now())
        if decided is not current:
            await uow.applications.save(decided)
            await uow.commit()
    if not accept and decided is not current:
        await _release_quietly(catalog, decided.id)
    return decided


async def _release_quietly(catalog: SeatCatalog, key: str) -> None:
    """A rejection gives the seat back (catalog-svc lets the provider's staff release seats of
    their cycles). The rejection is already committed, so a failure here is logged, not raised."""
    try:
        await catalog.release(key)
    except grpc.aio.AioRpcError as exc:
        log.warning(
            "seat of a rejected application not released",
            extra={"key": key, "code": exc.code().name},
        )


async def list_my_applications(uow: PlanUnitOfWorkPort, principal: Principal) -> list[Application]:
    person_id = principal.require_person()
    async with uow:
        found = await uow.applications.for_persons([person_id])
    return [a for a in found if a.status != ApplicationStatus.PENDING_SEAT]


async def register_for_event(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    element_id: str,
    cycle_ids: Sequence[str],
    *,
    catalog: SeatCatalog,
    clock: Clock,
) -> tuple[EventRegistration, list[str]]:
    person_id = principal.require_person()
    today = clock.today()
    element = await catalog.element(element_id)
    if element.facts.kind != CreditKind.EVENT:
        raise FailedPrecondition("not_an_event", "Регистрация возможна только на мероприятие")
    if not element.free:
        raise FailedPrecondition(
            "event_not_free", "Мероприятие платное: регистрация — у организатора"
        )
    if element.facts.ends_on is not None and element.facts.ends_on < today:
        raise FailedPrecondition("event_over", "Мероприятие уже прошло")
    async with uow:
        await uow.lock_person(person_id)
        cycles = eligible_cycles(await uow.cycles.list_for_person(person_id), element.facts, today)
        if cycle_ids:
            cycles = [c for c in cycles if c.id in set(cycle_ids)]
        if not cycles:
            raise FailedPrecondition(
                "element_not_eligible", "Мероприятие не относится к специальностям ваших циклов"
            )
        registration = await uow.registrations.active_for(person_id, element_id)
        if registration is None:
            registration = EventRegistration(
                id=str(uuid.uuid4()),
                person_id=person_id,
                element_id=element_id,
                status=RegistrationStatus.PENDING_TICKET,
                reservation_id="",
                registered_at=clock.now(),
            )
            await uow.registrations.add(registration)
        for cycle in cycles:
            await uow.plans.add_if_absent(cycle, element.facts)
        await uow.commit()
    planned = [c.id for c in cycles]
    if registration.status == RegistrationStatus.REGISTERED:
        return registration, planned
    try:
        reservation_id = await catalog.reserve(
            element_id, catalog_pb2.FUNDING_BASIS_TICKET, person_id, registration.id
        )
    except SeatsUnavailable:
        await _store(uow, replace(registration, status=RegistrationStatus.CANCELLED))
        raise FailedPrecondition(
            "no_tickets_left", "Бесплатные места на мероприятие закончились"
        ) from None
    registered = replace(
        registration, status=RegistrationStatus.REGISTERED, reservation_id=reservation_id
    )
    await _store(uow, registered)
    return registered, planned


async def cancel_event_registration(
    uow: PlanUnitOfWorkPort, principal: Principal, element_id: str, *, catalog: SeatCatalog
) -> EventRegistration:
    person_id = principal.require_person()
    async with uow:
        registration = await uow.registrations.active_for(person_id, element_id)
    if registration is None:
        raise NotFound("registration_not_found", "Регистрация не найдена")
    await catalog.release(registration.id)
    cancelled = replace(registration, status=RegistrationStatus.CANCELLED)
    await _store(uow, cancelled)
    return cancelled
