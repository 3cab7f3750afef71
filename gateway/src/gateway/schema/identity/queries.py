from __future__ import annotations

import strawberry

from cpd.identity.v1 import identity_pb2
from gateway.schema.common import GatewayInfo
from gateway.schema.identity.types import Person, RoleGrant


@strawberry.type
class IdentityQuery:
    @strawberry.field(description="Профиль вошедшего пользователя")
    async def me(self, info: GatewayInfo) -> Person:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.identity.GetMe, identity_pb2.GetMeRequest(), ctx.metadata
        )
        return Person.from_pb(reply.person)

    @strawberry.field(description="Мои роли и области полномочий")
    async def my_grants(self, info: GatewayInfo) -> list[RoleGrant]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.identity.ListGrants, identity_pb2.ListGrantsRequest(), ctx.metadata
        )
        return [RoleGrant.from_pb(g) for g in reply.grants]
