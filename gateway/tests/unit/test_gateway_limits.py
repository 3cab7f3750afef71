"""Query limits that cost little whatever the query: fragments are measured once each; the
anonymous check walks each fragment once; the body guard keeps no more than the limit."""

from __future__ import annotations

import time
from typing import Any, cast

import pytest
from graphql import DefinitionNode, ExecutableDefinitionNode, SelectionSetNode, parse

from cpd_platform.service_identity import renew_after
from gateway.context import is_public_operation
from gateway.http_guard import DISCARD_LIMIT, RequestBodyGuard
from gateway.limits import FragmentMeasure
from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

CPU_BUDGET = 0.050


def fan_out(levels: int, root: str = "Query", leaf: str = "__typename") -> str:
    fragments = [f"fragment F{i} on {root} {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)]
    fragments.append(f"fragment F{levels} on {root} {{ {leaf} }}")
    operation = "query" if root == "Query" else "mutation"
    return f"{operation} {{ ...F0 }} " + " ".join(fragments)


def least_cpu(action: Any, times: int = 3) -> float:
    spent = []
    for _ in range(times):
        started = time.process_time()
        action()
        spent.append(time.process_time() - started)
    return min(spent)


@pytest.mark.parametrize("levels", [18, 19, 25])
def test_the_anonymous_check_walks_each_fragment_once(levels: int) -> None:
    public = fan_out(levels, "Mutation", 'login(snils: "1", password: "x") { __typename }')
    private = fan_out(levels, "Query", "me { id }")
    assert is_public_operation(public, None)
    assert not is_public_operation(private, None)
    assert least_cpu(lambda: is_public_operation(public, None)) < CPU_BUDGET
    assert least_cpu(lambda: is_public_operation(private, None)) < CPU_BUDGET


@pytest.mark.parametrize("levels", [18, 19, 25])
async def test_validation_of_a_fan_out_stays_within_the_budget(levels: int) -> None:
    schema = build_schema(GatewaySettings())
    await schema.execute("{ __typename }")  # the schema's own first-use work
    for leaf, expected_error in [("__typename", None), ("a: __typename", "aliases")]:
        spent = []
        for attempt in range(3):  # the least of three; a new text each time: no cache hit
            query = f"# attempt {attempt}\n" + fan_out(levels, leaf=leaf)
            started = time.process_time()
            result = await schema.execute(query)
            spent.append(time.process_time() - started)
            if expected_error is None:
                assert result.errors is None and result.data == {"__typename": "Query"}
            else:  # an aliased leaf counts once per expansion: over the limit, refused
                assert result.errors and expected_error in result.errors[0].message
        assert min(spent) < CPU_BUDGET


def selections(definition: DefinitionNode) -> SelectionSetNode:
    return cast(ExecutableDefinitionNode, definition).selection_set


def test_depth_through_fragments_and_cycles() -> None:
    document = parse(
        "query { ...A } fragment A on Query { a { ...B b { c } } } "
        "fragment B on X { d { e { f } } } fragment C on X { ...D } fragment D on X { ...C x }"
    )
    measure = FragmentMeasure(document)
    [operation, a, _, c, _] = [selections(d) for d in document.definitions]
    assert measure.depth(operation) == 4
    assert measure.depth(a) == 4
    assert measure.depth(c) == 1  # the spread back to C (a cycle) counts as empty


def test_aliases_through_fragments() -> None:
    document = parse(
        "query { x: a ...F ...F } fragment F on Query { y: b z: c { w: d } ...G } "
        "fragment G on Query { v: e }"
    )
    measure = FragmentMeasure(document)
    assert measure.aliases(selections(document.definitions[0])) == 1 + 2 * (3 + 1)


async def test_depth_limit_still_refuses_deep_queries() -> None:
    schema = build_schema(GatewaySettings(max_query_depth=2))
    result = await schema.execute(
        "query Deep { ...F } fragment F on Query { me { grants { role } } }"
    )
    assert result.errors and "exceeds maximum operation depth of 2" in result.errors[0].message
    assert result.errors[0].extensions == {"code": "query_too_deep"}


@pytest.mark.parametrize(
    ("lifetime", "renewal"), [(300, 240), (3600, 2880), (60, 30), (40, 20), (1, 1)]
)
def test_the_service_token_is_renewed_well_before_it_expires(
    lifetime: float, renewal: float
) -> None:
    assert renew_after(lifetime) == renewal


async def test_the_body_guard_keeps_no_more_than_the_limit() -> None:
    received: list[int] = []
    sent: list[dict[str, Any]] = []
    chunk = b"x" * 1000

    async def receive() -> dict[str, Any]:
        received.append(len(chunk))
        return {"type": "http.request", "body": chunk, "more_body": len(received) < 10_000}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def app(*_: Any) -> None:
        raise AssertionError("an oversized body must not reach the GraphQL handler")

    guard = RequestBodyGuard(app, max_body_bytes=5000)
    scope = {"type": "http", "method": "POST", "headers": [(b"content-type", b"application/json")]}
    await guard(scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 413
    # 6 chunks to pass the limit, then at most DISCARD_LIMIT bytes thrown away, of 10 MB sent.
    assert sum(received) <= 6000 + DISCARD_LIMIT + len(chunk)


HOSTILE_SHAPES = {
    "one field repeated": "{ me { " + "id " * 1985 + "} }",
    "one object repeated": "{ " + "me { id } " * 490 + "}",
    "inline fragments": "{ " + "... on Query { __typename } " * 330 + "}",
    "one fragment spread often": "query { "
    + "...F " * 1900
    + "} fragment F on Query { __typename }",
    "many fragments": "query { "
    + " ".join(f"...F{i}" for i in range(300))
    + " } "
    + " ".join(f"fragment F{i} on Query {{ __typename }}" for i in range(300)),
}


@pytest.mark.parametrize("query", HOSTILE_SHAPES.values(), ids=HOSTILE_SHAPES.keys())
async def test_wide_documents_up_to_the_token_limit_stay_within_the_budget(query: str) -> None:
    """The token limit bounds the document; validation's work grows no faster than it."""
    schema = build_schema(GatewaySettings())
    await schema.execute("{ __typename }")
    spent = []
    for attempt in range(3):
        started = time.process_time()
        await schema.execute(f"# {attempt}\n{query}")
        spent.append(time.process_time() - started)
    assert min(spent) < CPU_BUDGET
    assert least_cpu(lambda: is_public_operation(query, None)) < CPU_BUDGET
