"""A stand-in for credits-svc's event publishing, shared by plan-svc's integration tests.

It writes through a real outbox table and the real OutboxRelay to the real Redis Streams, as
credits-svc does; the ledger it keeps (`ledger`) is what the projection must equal.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import Table, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import UnitOfWork
from cpd_platform.outbox import OutboxRelay

# credits-svc's outbox, stood in for by a table of the test's own.
FAKE_CREDITS_SCHEMA = "plan_test_credits"
CARDIOLOGY = "31.08.36"


class FakeCreditsSvc:
    """Publishes credit events through a real outbox and OutboxRelay, as credits-svc does."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], table: Table, redis: Redis
    ) -> None:
        self._sessions = sessions
        self._table = table
        self._relay = OutboxRelay(sessions, table, redis)
        self.redis = redis
        # The ledger as credits-svc would keep it: (event type, payload) in order.
        self.ledger: list[tuple[str, dict[str, Any]]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> str:
        async with UnitOfWork(self._sessions, self._table) as uow:
            event_id = await uow.emit(event_type, payload)
            await uow.commit()
        self.ledger.append((event_type, payload))
        await self._relay.publish_pending()
        return event_id

    async def record(
        self,
        person_id: str,
        *,
        kind: str,
        zet: int,
        completed_on: date,
        main: str = CARDIOLOGY,
        additional: tuple[str, ...] = (),
        element_id: str | None = None,
    ) -> tuple[str, str]:
        credit_id = str(uuid.uuid4())
        event_id = await self.emit(
            "credits.recorded",
            {
                "credit_id": credit_id,
                "person_id": person_id,
                "element_id": element_id or str(uuid.uuid4()),
                "element_kind": kind,
                "main_specialty_code": main,
                "additional_specialty_codes": list(additional),
                "zet": zet,
                "completed_on": completed_on.isoformat(),
            },
        )
        return credit_id, event_id

    async def void(self, credit_id: str, person_id: str) -> str:
        return await self.emit("credits.voided", {"credit_id": credit_id, "person_id": person_id})

    async def redeliver(self, event_id: str) -> None:
        """What a relay crash between XADD and marking the row published does."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(self._table)
                .where(self._table.c.event_id == event_id)
                .values(published_at=None)
            )
        assert await self._relay.publish_pending() == 1
