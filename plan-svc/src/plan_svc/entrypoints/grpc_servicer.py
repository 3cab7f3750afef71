"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.db import UnitOfWorkFactory
from plan_svc.domain.cycle import Cycle
from plan_svc.domain.progress import Progress
from plan_svc.service_layer import queries


def _cycle(cycle: Cycle) -> plan_pb2.Cycle:
    return plan_pb2.Cycle(
        id=cycle.id,
        person_id=cycle.person_id,
        specialty_code=cycle.specialty_code,
        starts_on=cycle.starts_on.isoformat(),
        ends_on=cycle.ends_on.isoformat(),
        rule_set=cycle.rule_set,
    )


def _progress(progress: Progress) -> plan_pb2.Progress:
    return plan_pb2.Progress(
        cycle_id=progress.cycle_id,
        total_zet=progress.total_zet,
        target_zet=progress.target_zet,
        by_kind=[plan_pb2.KindTotal(kind=t.kind.value, zet=t.zet) for t in progress.by_kind],
        credits=[
            plan_pb2.CountedCredit(
                credit_id=c.credit_id,
                element_id=c.element_id,
                kind=c.kind.value,
                zet=c.zet,
                completed_on=c.completed_on.isoformat(),
            )
            for c in progress.credits
        ],
    )


class PlanServicer(plan_pb2_grpc.PlanServiceServicer):
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def ListMyCycles(
        self, request: plan_pb2.ListMyCyclesRequest, context: object
    ) -> plan_pb2.ListMyCyclesResponse:
        cycles = await queries.list_my_cycles(self._uow(), current_principal())
        return plan_pb2.ListMyCyclesResponse(cycles=[_cycle(c) for c in cycles])

    async def BatchGetProgress(
        self, request: plan_pb2.BatchGetProgressRequest, context: object
    ) -> plan_pb2.BatchGetProgressResponse:
        progress = await queries.batch_get_progress(
            self._uow(), current_principal(), list(request.cycle_ids)
        )
        return plan_pb2.BatchGetProgressResponse(progress=[_progress(p) for p in progress])
