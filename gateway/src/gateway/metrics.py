"""Prometheus metrics of the GraphQL API: requests and latency by operation, errors by code.

The operation label is the operation type and its first root field (`query:catalog`), never
the client's free-form operation name, so the number of series stays bounded by the schema.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from graphql import OperationDefinitionNode
from litestar import Response, get
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

REQUESTS = Counter("cpd_gateway_graphql_requests_total", "GraphQL operations served", ["operation"])
LATENCY = Histogram(
    "cpd_gateway_graphql_latency_seconds",
    "GraphQL operation latency",
    ["operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
ERRORS = Counter(
    "cpd_gateway_graphql_errors_total",
    "GraphQL errors in responses, by their extensions.code",
    ["operation", "code"],
)
UNPARSED = "unparsed"


def operation_label(operation: OperationDefinitionNode | None) -> str:
    """`<type>:<first root field>` of the executed operation, or `unparsed`."""
    if operation is None:
        return UNPARSED
    fields = [s for s in operation.selection_set.selections if hasattr(s, "name")]
    root = fields[0].name.value if fields else "_"  # type: ignore[attr-defined]
    return f"{operation.operation.value}:{root}"


class GatewayMetrics(SchemaExtension):
    """Counts each operation, times it and counts the errors of its result by code."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        context = self.execution_context
        label = operation_label(_selected(context))
        REQUESTS.labels(label).inc()
        LATENCY.labels(label).observe(time.perf_counter() - started)
        executed = context.result.errors if context.result else None
        # Errors without a code: the document's own (parse, validation) or unmasked internal ones.
        default = "internal" if executed else "invalid_query"
        for error in executed or context.pre_execution_errors or ():
            code = (error.extensions or {}).get("code", default)
            ERRORS.labels(label, str(code)).inc()


def _selected(context: ExecutionContext) -> OperationDefinitionNode | None:
    """The operation the request runs, if its document parsed."""
    document, name = context.graphql_document, context.operation_name
    if document is None:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    for operation in operations:
        if name is None or (operation.name and operation.name.value == name):
            return operation
    return None


@get("/metrics", sync_to_thread=False, include_in_schema=False)
def metrics() -> Response[bytes]:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
