"""Identity queries: one's own profile and grants."""

from __future__ import annotations

import strawberry

from cpd.identity.v1 import identity_pb2
from gateway.mapping import call_list, call_one
from gateway.schema.common import GatewayInfo
from gateway.schema.identity.types import ConsentText, Person, RoleGrant


@strawberry.type
class IdentityQuery:
    @strawberry.field(description="The profile of the person logged in.")
    async def me(self, info: GatewayInfo) -> Person:
        return await call_one(
            info,
            info.context.backends.identity.GetMe,
            identity_pb2.GetMeRequest(),
            Person,
            "person",
        )

    @strawberry.field(
        description="The consent texts in force with their versions (no login needed): the"
        " registration form shows them and sends the versions back in `register`."
    )
    async def consent_texts(self, info: GatewayInfo) -> list[ConsentText]:
        return await call_list(
            info,
            info.context.backends.public_identity.ListConsentTexts,
            identity_pb2.ListConsentTextsRequest(),
            ConsentText,
            "texts",
        )

    @strawberry.field(description="The roles and scopes of the person logged in.")
    async def my_grants(self, info: GatewayInfo) -> list[RoleGrant]:
        return await call_list(
            info,
            info.context.backends.identity.ListGrants,
            identity_pb2.ListGrantsRequest(),
            RoleGrant,
            "grants",
        )
