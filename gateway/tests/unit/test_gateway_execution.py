"""The gateway's execution of plain sub-selections (schema/execution.py) answers exactly what
graphql-core's per-field path answers: data, errors and their paths, for every shape it takes
(scalars, enums, lists, nested objects, __typename, aliases, fragments, @include/@skip) and
for the ones it leaves to graphql-core (resolvers, a null in a non-null field)."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry
from gateway_fakes import FakeBackends, execute, gateway_schema
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from cpd.plan.v1 import plan_pb2
from gateway.schema.execution import GatewayExecutionContext


@strawberry.enum
class Colour(Enum):
    RED = "red"
    GREEN = "green"


@strawberry.type
class Leaf:
    name: str
    size: int | None


@strawberry.type
class Row:
    id: strawberry.ID
    colour: Colour
    tags: list[str]
    leaf: Leaf | None
    required: str | None

    @strawberry.field
    def computed(self) -> int:
        return len(self.tags)


@strawberry.type
class StrictRow:
    id: strawberry.ID
    name: str


def _rows() -> list[Row]:
    return [
        Row(
            id=strawberry.ID("1"),
            colour=Colour.RED,
            tags=["a"],
            leaf=Leaf(name="x", size=3),
            required="r",
        ),
        Row(id=strawberry.ID("2"), colour=Colour.GREEN, tags=[], leaf=None, required=None),
    ]


@strawberry.type
class Query:
    @strawberry.field
    def rows(self) -> list[Row]:
        return _rows()

    @strawberry.field
    def strict(self) -> list[StrictRow] | None:
        broken: Any = StrictRow(id=strawberry.ID("2"), name="b")
        broken.name = None  # a non-null field holding null: graphql-core reports it
        return [StrictRow(id=strawberry.ID("1"), name="a"), broken]


QUERY = """
query($withLeaf: Boolean!) {
  rows {
    __typename id kind: colour tags computed required
    leaf @include(if: $withLeaf) { name size }
    ... on Row { again: id leaf @skip(if: false) { __typename } }
  }
  strict { id name }
}
"""


async def _both(schema: strawberry.Schema, query: str, variables: dict[str, Any]) -> list[Any]:
    answers = []
    for context_class in (StrawberryGraphQLCoreExecutionContext, GatewayExecutionContext):
        schema.execution_context_class = context_class
        result = await schema.execute(query, variable_values=variables)
        answers.append(
            (result.data, [(e.message, e.path) for e in result.errors or ()]),
        )
    return answers


async def test_plain_rows_come_out_as_graphql_core_builds_them_errors_included() -> None:
    schema = strawberry.Schema(query=Query)
    for with_leaf in (True, False):
        plain, fast = await _both(schema, QUERY, {"withLeaf": with_leaf})
        assert fast == plain
    data, errors = fast
    assert data["rows"][0]["kind"] == "RED"
    assert data["strict"] is None  # the null in a non-null field nulls the list, as it must
    assert errors and errors[0][1] == ["strict", 1, "name"]


async def test_the_dashboard_is_answered_alike_by_both_paths() -> None:
    progress = plan_pb2.Progress(
        cycle_id="c1",
        total_zet=38,
        by_kind=[plan_pb2.KindTotal(kind="program", zet=36)],
        credits=[
            plan_pb2.CountedCredit(
                credit_id=f"k{n}",
                element_id="e1",
                kind="module",
                status="counted",
                completed_on="2024-05-01",
                cycle_ids=["c1", "c2"][: 1 + n % 2],
            )
            for n in range(3)
        ],
    )
    cycle = plan_pb2.Cycle(
        id="c1",
        specialty_code="31.08.36",
        starts_on="2024-01-10",
        ends_on="2029-01-09",
        state="active",
        rule_set_details=plan_pb2.RuleSet(code="nmo-250", effective_from="2016-01-01"),
    )
    query = """{ myCycles { id state ruleSet { code } progress { totalZet byKind { kind zet }
      credits { creditId kind status completedOn cycleIds countsInSeveralCycles } } } }"""
    schema = gateway_schema()
    answers: list[tuple[Any, Any]] = []
    try:
        for context_class in (StrawberryGraphQLCoreExecutionContext, GatewayExecutionContext):
            schema.execution_context_class = context_class
            backends = FakeBackends(
                {"ListMyCycles": plan_pb2.ListMyCyclesResponse(cycles=[cycle], progress=[progress])}
            )
            result = await execute(backends, query)
            answers.append((result.data, result.errors))
    finally:
        schema.execution_context_class = GatewayExecutionContext
    assert answers[0] == answers[1]
    credits = answers[1][0]["myCycles"][0]["progress"]["credits"]
    assert [c["countsInSeveralCycles"] for c in credits] == [False, True, False]
    assert credits[0]["kind"] == "MODULE"
