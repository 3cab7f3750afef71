"""The grant source every service uses: identity-svc's `ListGrants` over gRPC.

The channel comes from `cpd_platform.interceptors.open_channel`, so each call forwards the
caller's bearer token; `Access` only ever asks for the grants of the calling person, and a
person may list their own grants.
"""

from __future__ import annotations

import logging

import grpc

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.errors import DomainError
from cpd_platform.principal import Grant, Role, Scope

log = logging.getLogger(__name__)


def grant_from_pb(grant: identity_pb2.Grant) -> Grant | None:
    """The grant, or None for a role or scope this version does not know (logged, skipped)."""
    try:
        return Grant(Role(grant.role), Scope.parse(grant.scope))
    except (ValueError, DomainError):
        log.warning("unknown grant skipped", extra={"role": grant.role, "scope": grant.scope})
        return None


class IdentityGrantSource:
    def __init__(self, channel: grpc.aio.Channel, deadline: float) -> None:
        self._stub = identity_pb2_grpc.IdentityServiceStub(channel)
        self._deadline = deadline

    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        reply = await self._stub.ListGrants(
            identity_pb2.ListGrantsRequest(person_id=person_id), timeout=self._deadline
        )
        return frozenset(g for g in map(grant_from_pb, reply.grants) if g is not None)
