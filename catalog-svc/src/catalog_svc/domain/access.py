"""Who may read what in the catalog."""

from __future__ import annotations

from collections.abc import Iterable

from cpd_platform.auth import Principal, Role

MAX_BATCH = 1000


def may_resolve_client(principal: Principal, client_id: str) -> bool:
    """A provider's system learns which provider it acts for; an admin may look up any client."""
    own_client = bool(client_id) and principal.client_id == client_id
    return own_client or principal.has_role(Role.ADMIN)


def capped_batch(keys: Iterable[str]) -> list[str]:
    """The distinct keys of a batch request, in order, at most `MAX_BATCH` of them."""
    return list(dict.fromkeys(keys))[:MAX_BATCH]
