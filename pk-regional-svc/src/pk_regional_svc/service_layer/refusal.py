"""Refusing a number, the step shared by an operator's or teacher's refusal and by choosing
off-budget training in the application: seats of a submitted application are released in
catalog-svc, the application closes and the number returns to the school's pool."""

from __future__ import annotations

from cpd_platform.clock import Clock
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.catalog import Catalog
from pk_regional_svc.domain.numbers import Holding, NumberStatus, RefusalReason
from pk_regional_svc.domain.scope import place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort


async def refuse_holding(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    holding: Holding,
    reason: RefusalReason,
    note: str,
    *,
    catalog: Catalog,
    clock: Clock,
) -> Holding:
    """The caller has checked who may refuse; nothing is committed here."""
    now = clock.now()
    after = holding.refused(reason, note, now)
    application = (
        await uow.applications.get(holding.application_id) if holding.application_id else None
    )
    if application is not None:
        if holding.status is NumberStatus.APPLICATION_SUBMITTED:
            if holding.is_held_by(principal.person_id):
                await catalog.release(application.seats_key)  # their own seats
            else:
                # The operator's own token goes along: catalog-svc records them as the releaser.
                await catalog.release_for_holder(application.seats_key)
        await uow.applications.save(application.closed(now))
    await uow.numbers.save_holding(after)
    await audit.record(
        uow,
        principal,
        "refuse_number",
        "holding",
        holding.holding_id,
        place_of(holding),
        holding.audit_snapshot(),
        {**after.audit_snapshot(), "note": note.strip()},
    )
    return after
