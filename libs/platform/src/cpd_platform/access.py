"""May this principal act in this role on this scope?

Scoped roles are grants kept by identity-svc: a grant names a role and the one scope it applies
to (a provider, a school, a municipality, a region; admin's scope is the whole platform). The
service that owns the data knows where a thing sits (a school lies in a municipality, which lies
in a region), so it asks with the chain of scopes that contain the thing, innermost first:
a regional operator of region 16 may act on a school of Kazan because the chain of that school
ends with `region:16`.

Grants are cached per person for `ttl` seconds; identity-svc publishes the person id on
`GRANTS_CHANGED_CHANNEL` after every grant or revoke, and `Access.follow_changes` evicts the
entry at once, so a revoke takes effect without waiting for the ttl (the ttl bounds staleness
should a notification be lost). Roles, scopes and grants themselves are `cpd_platform.principal`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import PLATFORM, Grant, Principal, Role, Scope

log = logging.getLogger(__name__)

GRANTS_CHANGED_CHANNEL = "cpd:grants:changed"


class GrantSource(Protocol):
    """Where grants come from: identity-svc over gRPC in services, anything in unit tests."""

    async def grants_of(self, person_id: str) -> frozenset[Grant]: ...


OUT_OF_SCOPE_MESSAGE = "Недостаточно прав: действие вне вашей области полномочий"


class Access:
    def __init__(self, source: GrantSource, *, ttl: float = 30.0) -> None:
        self._source = source
        self._ttl = ttl
        self._cache: dict[str, tuple[float, frozenset[Grant]]] = {}

    async def grants(self, principal: Principal) -> frozenset[Grant]:
        """The principal's grants; the realm role `admin` is a grant on the whole platform."""
        grants: frozenset[Grant] = frozenset()
        if principal.person_id is not None:
            grants = await self._grants_of(principal.person_id)
        if principal.has_role(Role.ADMIN):
            grants |= {Grant(Role.ADMIN, PLATFORM)}
        return grants

    async def allows(
        self, principal: Principal, roles: Iterable[Role], within: Sequence[Scope]
    ) -> bool:
        """True when the principal holds one of `roles` on one of the scopes in `within`
        (the chain of scopes containing the thing), or is an admin."""
        wanted = set(roles)
        chain = set(within)
        for grant in await self.grants(principal):
            if grant.role == Role.ADMIN:
                return True
            if grant.role in wanted and grant.scope in chain:
                return True
        return False

    async def require(
        self, principal: Principal, roles: Iterable[Role], within: Sequence[Scope]
    ) -> None:
        if not await self.allows(principal, roles, within):
            raise PermissionDenied("out_of_scope", OUT_OF_SCOPE_MESSAGE)

    async def scopes(self, principal: Principal, *roles: Role) -> frozenset[Scope]:
        """The scopes on which the principal holds one of `roles` (to filter lists)."""
        return frozenset(g.scope for g in await self.grants(principal) if g.role in roles)

    def invalidate(self, person_id: str) -> None:
        self._cache.pop(person_id, None)

    async def follow_changes(
        self, redis: Redis, stop: asyncio.Event, subscribed: asyncio.Event | None = None
    ) -> None:
        """A background job: evicts a person's cached grants when identity-svc says they changed.
        `subscribed` is set once notifications are being received (from then on, a change is
        seen)."""
        pubsub = redis.pubsub()
        await pubsub.subscribe(GRANTS_CHANGED_CHANNEL)
        if subscribed is not None:
            subscribed.set()
        try:
            while not stop.is_set():
                try:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
                except (RedisError, OSError):
                    # While disconnected we may miss notifications: forget everything.
                    self._cache.clear()
                    await asyncio.sleep(0.5)
                    continue
                if message is not None:
                    data = message["data"]
                    self.invalidate(data.decode() if isinstance(data, bytes) else str(data))
        finally:
            await pubsub.aclose()  # type: ignore[no-untyped-call]

    async def _grants_of(self, person_id: str) -> frozenset[Grant]:
        now = time.monotonic()
        cached = self._cache.get(person_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        grants = await self._source.grants_of(person_id)
        self._cache[person_id] = (now + self._ttl, grants)
        return grants


async def publish_grants_changed(redis: Redis, person_id: str) -> None:
    """Called by identity-svc after a grant or revoke is committed."""
    await redis.publish(GRANTS_CHANGED_CHANNEL, person_id)
