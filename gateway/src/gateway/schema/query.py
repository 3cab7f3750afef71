from __future__ import annotations

import strawberry

from cpd.catalog.v1 import catalog_pb2
from cpd.credits.v1 import credits_pb2
from cpd.identity.v1 import identity_pb2
from cpd.pk_regional.v1 import pk_regional_pb2
from cpd.plan.v1 import plan_pb2
from gateway.schema.types import (
    Credit,
    Cycle,
    EducationLevel,
    GatewayInfo,
    Municipality,
    Person,
    Specialty,
)


@strawberry.type
class Query:
    @strawberry.field(description="Профиль вошедшего пользователя")
    async def me(self, info: GatewayInfo) -> Person:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.identity.GetMe, identity_pb2.GetMeRequest(), ctx.metadata
        )
        return Person.from_pb(reply.person)

    @strawberry.field(description="Справочник специальностей")
    async def specialties(
        self, info: GatewayInfo, level: EducationLevel | None = None
    ) -> list[Specialty]:
        ctx = info.context
        request = catalog_pb2.ListSpecialtiesRequest(
            level=level.value if level else catalog_pb2.EDUCATION_LEVEL_UNSPECIFIED
        )
        reply = await ctx.backends.call(ctx.backends.catalog.ListSpecialties, request, ctx.metadata)
        for specialty in reply.specialties:
            ctx.loaders.specialty.prime(specialty.code, specialty)
        return [Specialty.from_pb(s) for s in reply.specialties]

    @strawberry.field(description="Мои пятилетние циклы")
    async def my_cycles(self, info: GatewayInfo) -> list[Cycle]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.ListMyCycles, plan_pb2.ListMyCyclesRequest(), ctx.metadata
        )
        return [Cycle.from_pb(c) for c in reply.cycles]

    @strawberry.field(description="Мои записи о зачтённых ЗЕТ со статусами")
    async def my_credits(self, info: GatewayInfo) -> list[Credit]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.credits.ListMyCredits, credits_pb2.ListMyCreditsRequest(), ctx.metadata
        )
        return [Credit.from_pb(c) for c in reply.credits]

    @strawberry.field(description="Муниципальные образования субъекта РФ")
    async def municipalities(self, info: GatewayInfo, region_code: str) -> list[Municipality]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListMunicipalities,
            pk_regional_pb2.ListMunicipalitiesRequest(region_code=region_code),
            ctx.metadata,
        )
        return [Municipality.from_pb(m) for m in reply.municipalities]
