"""A list RPC's reply from a page of the service layer: the page's items converted into the
reply's repeated field, with the page's next token and total (`PageOf` at the gRPC edge)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from cpd_platform.paging import PageOf

T = TypeVar("T")
R = TypeVar("R")


def page_reply(
    response: Callable[..., R], field: str, page: PageOf[T], to_pb: Callable[[T], Any]
) -> R:
    """`response(<field>=[to_pb(item) ...], next_page_token=..., total=...)` of `page`."""
    return response(
        **{field: [to_pb(item) for item in page.items]},
        next_page_token=page.next_page_token,
        total=page.total,
    )
