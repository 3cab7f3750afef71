"""Which nested fields a query asks for, through fragments: the gateway fetches the elements of
a list's rows in one batch, and plan-svc reads progress and plans with the cycles, only when they
are asked for."""

from types import SimpleNamespace
from typing import Any

from graphql import FieldNode, FragmentDefinitionNode, OperationDefinitionNode, parse

from gateway.schema.plan.elements import asks_for as _asks_for


def info(query: str) -> Any:
    """The resolve info of the query's first top-level field."""
    document = parse(query)
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    field = operation.selection_set.selections[0]
    assert isinstance(field, FieldNode)
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    return SimpleNamespace(_raw_info=SimpleNamespace(field_nodes=[field], fragments=fragments))


def test_a_nested_field_is_found_directly_and_through_fragments() -> None:
    direct = info("{ progress { credits { creditId element { title } } } }")
    assert _asks_for(direct, "credits", "element")
    inline = info("{ plan { ... on PlanItem { element { id } } } }")
    assert _asks_for(inline, "element")
    spread = info(
        "{ progress { ...Rows } } fragment Rows on Progress { credits { element { id } } }"
    )
    assert _asks_for(spread, "credits", "element")
    cycles = info("{ myCycles { id ... on Cycle { plan { status } } } }")
    assert _asks_for(cycles, "plan")


def test_fields_not_asked_for_are_not_found() -> None:
    assert not _asks_for(info("{ progress { credits { creditId } } }"), "credits", "element")
    assert not _asks_for(info("{ progress { element { id } } }"), "credits", "element")
    assert not _asks_for(info("{ progress { totalZet } }"), "element")
    assert not _asks_for(info("{ myCycles { id } }"), "progress")
