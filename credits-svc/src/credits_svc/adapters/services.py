"""Clients of catalog-svc and identity-svc. Calls carry the caller's token and a deadline
(cpd_platform.interceptors.ForwardingClientInterceptor)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.errors import PermissionDenied
from credits_svc.domain.records import Element, ElementKind

_KINDS = {
    catalog_pb2.ELEMENT_KIND_PROGRAM: ElementKind.PROGRAM,
    catalog_pb2.ELEMENT_KIND_EVENT: ElementKind.EVENT,
    catalog_pb2.ELEMENT_KIND_MODULE: ElementKind.MODULE,
}


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


class CatalogClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = catalog_pb2_grpc.CatalogServiceStub(channel)

    async def elements(self, ids: Sequence[str]) -> dict[str, Element]:
        if not ids:
            return {}
        response = await self._stub.BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=list(ids))
        )
        return {
            e.id: Element(
                id=e.id,
                provider_id=e.provider_id,
                kind=_KINDS[e.kind],
                zet=e.zet,
                main_specialty_code=e.main_specialty_code,
                additional_specialty_codes=tuple(e.additional_specialty_codes),
                starts_on=_date(e.starts_on),
                ends_on=_date(e.ends_on),
            )
            for e in response.elements
            if e.kind in _KINDS
        }

    async def provider_for_client(self, client_id: str) -> str:
        try:
            response = await self._stub.GetProviderByClient(
                catalog_pb2.GetProviderByClientRequest(client_id=client_id)
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED):
                raise PermissionDenied(
                    "not_a_provider", "Клиент не привязан ни к одной образовательной организации"
                ) from None
            raise
        return str(response.provider.id)


class IdentityClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = identity_pb2_grpc.IdentityServiceStub(channel)

    async def persons_by_snils(self, snils: Sequence[str]) -> dict[str, str]:
        """SNILS (11 digits) → person id, for those registered."""
        if not snils:
            return {}
        response = await self._stub.BatchFindPersonsBySnils(
            identity_pb2.BatchFindPersonsBySnilsRequest(snils=list(snils))
        )
        return {p.snils: p.id for p in response.persons}
