"""One pagination shape: Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`).

    @strawberry.field(description="…")
    async def schools(self, info: GatewayInfo, first: PageSize = 100, after: AfterCursor = None
    ) -> Connection[School]:
        reply = await call(info, …, pb.ListSchoolsRequest(page=pb.Page(page_size=first,
                                                                        page_token=after or "")))
        return connection_of([School.from_pb(s) for s in reply.schools], reply, after)

`Connection[School]` is the GraphQL type `SchoolConnection` (edges of `SchoolEdge`); a
connection with more fields subclasses it (`class CatalogConnection(Connection[Element])`) and
takes `**page(...)` (`**page_of(nodes, reply, after)`) for the shared ones. `PageInfo` is strawberry's Relay one (hasNextPage,
hasPreviousPage, startCursor, endCursor), as graphql-schema-linter's relay rules ask.

The services page by an opaque keyset token that points after a page, not by item cursors:
the last edge's cursor (and `endCursor`) is the next page's token, the other edges' cursors are
empty, `startCursor` is null and `hasPreviousPage` tells whether `after` was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Generic, Protocol, TypeVar

import strawberry
from strawberry.relay import PageInfo

NodeT = TypeVar("NodeT")

PageSize = Annotated[
    int, strawberry.argument(description="How many items to return at most (the page size).")
]
AfterCursor = Annotated[
    str | None,
    strawberry.argument(
        description="The `endCursor` of the previous page; null or absent for the first page."
    ),
]


@strawberry.type(description="An item of a page and the cursor after it.")
class Edge(Generic[NodeT]):
    cursor: str = strawberry.field(
        description="The cursor to pass as `after` to get the items after this one; set on the"
        " page's last edge only (empty on the others)."
    )
    node: NodeT = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (a Relay connection).")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]] = strawberry.field(description="The items of this page, in order.")
    page_info: PageInfo = strawberry.field(description="Where this page is in the whole list.")
    total_count: int = strawberry.field(
        description="How many items the whole list has, over every page."
    )


def page(nodes: Sequence[NodeT], *, next_page_token: str, after: str | None) -> dict[str, Any]:
    """The `edges` and `pageInfo` of a page of `nodes` (keyword arguments of a connection)."""
    last = len(nodes) - 1
    return {
        "edges": [
            Edge(cursor=next_page_token if i == last else "", node=node)
            for i, node in enumerate(nodes)
        ],
        "page_info": PageInfo(
            has_next_page=bool(next_page_token),
            has_previous_page=bool(after),
            start_cursor=None,
            end_cursor=next_page_token or None,
        ),
    }


def connection(
    nodes: Sequence[NodeT], *, next_page_token: str, total: int, after: str | None
) -> Connection[NodeT]:
    """A connection of one page of `nodes` from a backend page."""
    return Connection(
        **page(nodes, next_page_token=next_page_token, after=after), total_count=total
    )


class BackendPage(Protocol):
    """A backend's reply of one page: the next page's token ("" after the last) and the total."""

    @property
    def next_page_token(self) -> str: ...
    @property
    def total(self) -> int: ...


def page_of(nodes: Sequence[NodeT], reply: BackendPage, after: str | None) -> dict[str, Any]:
    """`page` of the `nodes` of a backend's reply."""
    return page(nodes, next_page_token=reply.next_page_token, after=after)


def connection_of(
    nodes: Sequence[NodeT], reply: BackendPage, after: str | None
) -> Connection[NodeT]:
    """`connection` of the `nodes` of a backend's reply, with its total."""
    return connection(nodes, next_page_token=reply.next_page_token, total=reply.total, after=after)
