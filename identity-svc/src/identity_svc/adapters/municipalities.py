"""Which municipalities lie in a region: pk-regional-svc's ListMunicipalities over gRPC."""

from __future__ import annotations

from typing import Protocol

import grpc

from cpd.pk_regional.v1 import pk_regional_pb2, pk_regional_pb2_grpc


class MunicipalityDirectory(Protocol):
    async def municipality_ids(self, region_code: str) -> frozenset[str]: ...


class PkRegionalMunicipalities:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = pk_regional_pb2_grpc.PkRegionalServiceStub(channel)

    async def municipality_ids(self, region_code: str) -> frozenset[str]:
        # The channel forwards the caller's token and applies the deadline.
        reply = await self._stub.ListMunicipalities(
            pk_regional_pb2.ListMunicipalitiesRequest(region_code=region_code)
        )
        return frozenset(m.id for m in reply.municipalities)
