"""One grpc.aio channel per backend service, opened in the app's lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import grpc
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd.catalog.v1 import catalog_pb2_grpc, specialisation_pb2_grpc
from cpd.credits.v1 import credits_pb2_grpc
from cpd.identity.v1 import identity_pb2_grpc
from cpd.pk_regional.v1 import pk_regional_pb2_grpc, qualification_pb2_grpc
from cpd.plan.v1 import plan_pb2_grpc, training_card_pb2_grpc
from cpd_platform.channels import insecure_channel
from gateway.errors import from_rpc_error
from gateway.settings import GatewaySettings

R = TypeVar("R", bound=Message)


@dataclass
class Backends:
    channels: dict[str, grpc.aio.Channel]
    deadline: float
    identity: identity_pb2_grpc.IdentityServiceStub
    # Registration and password reset: callable without a user token, by the gateway only.
    public_identity: identity_pb2_grpc.PublicIdentityServiceStub
    catalog: catalog_pb2_grpc.CatalogServiceStub
    plan: plan_pb2_grpc.PlanServiceStub
    credits: credits_pb2_grpc.CreditsServiceStub
    pk_regional: pk_regional_pb2_grpc.PkRegionalServiceStub
    # SMK: programmes and training units (catalog-svc), training cards (plan-svc).
    specialisation: specialisation_pb2_grpc.SpecialisationServiceStub
    training_cards: training_card_pb2_grpc.TrainingCardServiceStub
    # SMK qualification proceedings (pk-regional-svc).
    qualification: qualification_pb2_grpc.QualificationServiceStub

    @classmethod
    def open(cls, settings: GatewaySettings) -> Backends:
        targets = {
            "identity": settings.identity_target,
            "catalog": settings.catalog_target,
            "plan": settings.plan_target,
            "credits": settings.credits_target,
            "pk_regional": settings.pk_regional_target,
        }
        channels = {name: insecure_channel(target) for name, target in targets.items()}
        return cls(
            channels=channels,
            deadline=settings.rpc_deadline,
            identity=identity_pb2_grpc.IdentityServiceStub(channels["identity"]),
            public_identity=identity_pb2_grpc.PublicIdentityServiceStub(channels["identity"]),
            catalog=catalog_pb2_grpc.CatalogServiceStub(channels["catalog"]),
            plan=plan_pb2_grpc.PlanServiceStub(channels["plan"]),
            credits=credits_pb2_grpc.CreditsServiceStub(channels["credits"]),
            pk_regional=pk_regional_pb2_grpc.PkRegionalServiceStub(channels["pk_regional"]),
            specialisation=specialisation_pb2_grpc.SpecialisationServiceStub(channels["catalog"]),
            training_cards=training_card_pb2_grpc.TrainingCardServiceStub(channels["plan"]),
            qualification=qualification_pb2_grpc.QualificationServiceStub(channels["pk_regional"]),
        )

    async def call(
        self,
        method: Callable[..., Awaitable[R]],
        request: Message,
        metadata: tuple[tuple[str, str], ...],
        deadline: float | None = None,
    ) -> R:
        """A unary call with the caller's metadata and the deadline (the settings' unless given);
        failures become GatewayErrors."""
        try:
            return await method(request, metadata=metadata, timeout=deadline or self.deadline)
        except grpc.aio.AioRpcError as exc:
            raise from_rpc_error(exc) from exc

    async def unhealthy(self) -> list[str]:
        """Names of the backends whose standard health check is not SERVING."""

        async def serving(channel: grpc.aio.Channel) -> bool:
            stub: Any = health_pb2_grpc.HealthStub(channel)
            try:
                reply = await stub.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
            except grpc.aio.AioRpcError:
                return False
            return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)

        names = list(self.channels)
        results = await asyncio.gather(*(serving(self.channels[n]) for n in names))
        return [name for name, ok in zip(names, results, strict=True) if not ok]

    async def close(self) -> None:
        for channel in self.channels.values():
            await channel.close()
