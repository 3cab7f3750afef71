"""`plan-svc rebuild`: recompute the credit projection from credits-svc's ledger.

The ledger is read page by page while an exclusive advisory lock is held; event handlers take
the same lock shared, so none writes between the ledger read and the replacement (an event
committed in the ledger after the read is applied by its handler afterwards, and applying it
twice is harmless: see domain/projection.py).
"""

from __future__ import annotations

import json
import logging

from plan_svc.adapters.services import LedgerClient
from plan_svc.domain.projection import CreditProjection
from plan_svc.service_layer.messages import (
    CREDITS_RECORDED,
    CREDITS_VOIDED,
    InvalidPayload,
    parse_credit_recorded,
    parse_credit_voided,
)
from plan_svc.service_layer.ports import PlanUnitOfWorkPort

log = logging.getLogger("plan_svc.rebuild")

PAGE_SIZE = 500


def apply_entry(projection: CreditProjection, event_type: str, payload: dict[str, object]) -> None:
    try:
        if event_type == CREDITS_RECORDED:
            projection.record(parse_credit_recorded(payload))
        elif event_type == CREDITS_VOIDED:
            voided = parse_credit_voided(payload)
            projection.void(voided.credit_id, voided.person_id)
    except InvalidPayload:
        log.warning("malformed ledger entry skipped", extra={"event_type": event_type})


async def read_ledger(ledger: LedgerClient, page_size: int = PAGE_SIZE) -> CreditProjection:
    projection = CreditProjection()
    after = 0
    while True:
        entries, last = await ledger.entries(after, page_size)
        for entry in entries:
            apply_entry(projection, entry.event_type, json.loads(entry.payload_json))
        if not entries or last <= after:
            return projection
        after = last


async def rebuild(uow: PlanUnitOfWorkPort, ledger: LedgerClient) -> int:
    """Replaces the projection by one read from the ledger; the number of credits."""
    async with uow:
        await uow.projection.lock(exclusive=True)
        projection = await read_ledger(ledger)
        credits = list(projection.credits.values())
        await uow.projection.replace_all(credits)
        await uow.commit()
    log.info("projection rebuilt", extra={"credits": len(credits)})
    return len(credits)
