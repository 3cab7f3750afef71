"""Catalog elements shown beside plan rows: fetched in one batch, and only when asked for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from strawberry.types.nodes import SelectedField, Selection

from gateway.schema.catalog import Element
from gateway.schema.common import GatewayInfo


async def load_element(info: GatewayInfo, element_id: str) -> Element | None:
    found = await info.context.loaders.element.load(element_id)
    return Element.from_pb(found) if found else None


def asks_for(selections: Sequence[Selection], *path: str) -> bool:
    """Whether the query selects the field path below these selections (through fragments)."""
    name, *rest = path
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name and (not rest or asks_for(selection.selections, *rest)):
                return True
        elif asks_for(selection.selections, *path):
            return True
    return False


async def elements_if_asked(
    info: GatewayInfo, element_ids: Iterable[str], *path: str
) -> dict[str, Element]:
    """The elements of a list's rows, fetched in one batch when the query asks for
    `path`. A dashboard lists hundreds of rows: one async resolver per row would cost the
    gateway more than everything else in the request together."""
    if not asks_for(info.selected_fields[0].selections, *path):
        return {}
    unique = list(dict.fromkeys(element_ids))
    found = await info.context.loaders.element.load_many(unique)
    return {i: Element.from_pb(e) for i, e in zip(unique, found, strict=True) if e is not None}
