"""Catalog elements shown beside plan rows: fetched in one batch, and only when asked for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    SelectionNode,
)

from gateway.schema.catalog import Element
from gateway.schema.common import GatewayInfo


async def load_element(info: GatewayInfo, element_id: str) -> Element | None:
    found = await info.context.loaders.element.load(element_id)
    return Element.from_pb(found) if found else None


def asks_for(info: GatewayInfo, *path: str) -> bool:
    """Whether the query selects the field path below the resolved field (through fragments).
    Walks graphql-core's syntax tree: strawberry's `info.selected_fields` converts the whole
    sub-selection first, which on a dashboard costs more than answering it."""
    raw = info._raw_info
    return _selects(
        [
            s
            for node in raw.field_nodes
            if node.selection_set
            for s in node.selection_set.selections
        ],
        raw.fragments,
        path,
    )


def _selects(
    selections: Sequence[SelectionNode],
    fragments: Mapping[str, FragmentDefinitionNode],
    path: Sequence[str],
) -> bool:
    name, *rest = path
    for selection in selections:
        if isinstance(selection, FieldNode):
            if selection.name.value == name and (
                not rest
                or (
                    selection.selection_set is not None
                    and _selects(selection.selection_set.selections, fragments, rest)
                )
            ):
                return True
        elif isinstance(selection, InlineFragmentNode):
            if _selects(selection.selection_set.selections, fragments, path):
                return True
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None and _selects(
                fragment.selection_set.selections, fragments, path
            ):
                return True
    return False


async def elements_if_asked(
    info: GatewayInfo, element_ids: Iterable[str], *path: str
) -> dict[str, Element]:
    """The elements of a list's rows, fetched in one batch when the query asks for
    `path`. A dashboard lists hundreds of rows: one async resolver per row would cost the
    gateway more than everything else in the request together."""
    if not asks_for(info, *path):
        return {}
    unique = list(dict.fromkeys(element_ids))
    found = await info.context.loaders.element.load_many(unique)
    return {i: Element.from_pb(e) for i, e in zip(unique, found, strict=True) if e is not None}
