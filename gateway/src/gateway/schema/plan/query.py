"""Queries of the plan service: rule sets, the caller's cycles and applications."""

from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import call, call_list
from gateway.schema.common import GatewayInfo
from gateway.schema.plan.applications import Application
from gateway.schema.plan.cycles import Cycle, RuleSet
from gateway.schema.plan.elements import asks_for
from gateway.schema.plan.enums import ApplicationStatus
from gateway.schema.plan.waiting import ProviderFilter


@strawberry.type
class PlanQuery:
    @strawberry.field(
        description="Every published NMO rule set with its name, source act and numbers, "
        "ordered by code."
    )
    async def rule_sets(self, info: GatewayInfo) -> list[RuleSet]:
        return await call_list(
            info,
            info.context.backends.plan.ListRuleSets,
            plan_pb2.ListRuleSetsRequest(),
            RuleSet,
            "rule_sets",
        )

    @strawberry.field(
        description="The caller's five-year cycles, by start date then specialty; empty when "
        "they added no document."
    )
    async def my_cycles(self, info: GatewayInfo) -> list[Cycle]:
        # What the query asks of the cycles comes in the same call (one plan-svc transaction),
        # primed into the loaders the cycles' fields read.
        reply = await call(
            info,
            info.context.backends.plan.ListMyCycles,
            plan_pb2.ListMyCyclesRequest(
                include_progress=asks_for(info, "progress"),
                include_plans=asks_for(info, "plan"),
            ),
        )
        loaders = info.context.loaders
        for progress in reply.progress:
            loaders.progress.prime(progress.cycle_id, progress)
        for plan in reply.plans:
            loaders.plan_items.prime(plan.cycle_id, list(plan.items))
        return [Cycle.from_pb(c) for c in reply.cycles]

    @strawberry.field(description="The caller's applications to ДПП ПК program cycles.")
    async def my_applications(self, info: GatewayInfo) -> list[Application]:
        return await call_list(
            info,
            info.context.backends.plan.ListMyApplications,
            plan_pb2.ListMyApplicationsRequest(),
            Application,
            "applications",
        )

    @strawberry.field(
        description="For a provider's staff: applications to the provider's program cycles, "
        "oldest first, at most 1000."
    )
    async def provider_applications(
        self,
        info: GatewayInfo,
        provider_id: ProviderFilter = None,
        status: Annotated[
            ApplicationStatus | None,
            strawberry.argument(description="Only this status; null for every status."),
        ] = None,
    ) -> list[Application]:
        return await call_list(
            info,
            info.context.backends.plan.ListProviderApplications,
            plan_pb2.ListProviderApplicationsRequest(
                provider_id=str(provider_id or ""),
                status=status.value if status else plan_pb2.APPLICATION_STATUS_UNSPECIFIED,
            ),
            Application,
            "applications",
        )
