"""The person's specialties on their profile: one per specialty of their documents, with the
cycle it runs in now (plan-svc's ListMyCycles)."""

from __future__ import annotations

from typing import Protocol

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import call
from gateway.schema.catalog import Specialty
from gateway.schema.common import GatewayInfo
from gateway.schema.plan.cycles import Cycle


class HasId(Protocol):
    id: strawberry.ID


@strawberry.type(description="A specialty of the person, from their documents, with its cycle.")
class ProfileSpecialty:
    code: str = strawberry.field(description='Specialty code of the nomenclature, e.g. "31.08.36".')
    cycle: Cycle = strawberry.field(
        description="The specialty's cycle: the active one, else the latest that started, else "
        "the next one."
    )

    @strawberry.field(description="The specialty; null when the catalog does not know it.")
    async def specialty(self, info: GatewayInfo) -> Specialty | None:
        found = await info.context.loaders.specialty.load(self.code)
        return Specialty.from_pb(found) if found else None


def _current(cycles: list[plan_pb2.Cycle]) -> plan_pb2.Cycle:
    """The active cycle, else the latest finished one, else the next upcoming one."""
    for cycle in cycles:
        if cycle.state == "active":
            return cycle
    finished = [c for c in cycles if c.state == "finished"]
    if finished:
        return max(finished, key=lambda c: c.starts_on)
    return min(cycles, key=lambda c: c.starts_on)


async def person_specialties(root: HasId, info: GatewayInfo) -> list[ProfileSpecialty]:
    """The caller's own specialties (another person's profile shows none), by code."""
    reply = await call(
        info, info.context.backends.plan.ListMyCycles, plan_pb2.ListMyCyclesRequest()
    )
    by_code: dict[str, list[plan_pb2.Cycle]] = {}
    for cycle in reply.cycles:
        if cycle.person_id == str(root.id):
            by_code.setdefault(cycle.specialty_code, []).append(cycle)
    return [
        ProfileSpecialty(code=code, cycle=Cycle.from_pb(_current(cycles)))
        for code, cycles in sorted(by_code.items())
    ]
