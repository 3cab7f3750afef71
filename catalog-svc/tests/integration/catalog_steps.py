"""Steps the catalog-svc integration tests take over gRPC (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence

import grpc
import pytest

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.testing import grpc_error_code


async def create_element(
    stub: catalog_pb2_grpc.CatalogServiceStub,
    element: catalog_pb2.Element,
    metadata: Sequence[tuple[str, str]],
    *,
    publish: bool = True,
) -> catalog_pb2.Element:
    """Creates the element and, unless `publish` is false, publishes it: the element as the last
    call returned it."""
    created = await stub.CreateElement(
        catalog_pb2.CreateElementRequest(element=element), metadata=metadata
    )
    if not publish:
        return created.element
    published = await stub.PublishElement(
        catalog_pb2.PublishElementRequest(element_id=created.element.id), metadata=metadata
    )
    return published.element


async def refused(call: object) -> tuple[grpc.StatusCode, str]:
    """The status and the domain error code (none: "") of a call that must fail."""
    error = await rpc_error(call)
    return error.code(), grpc_error_code(error) or ""


async def rpc_error(call: object) -> grpc.aio.AioRpcError:
    """The error of a call that must fail."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return caught.value
