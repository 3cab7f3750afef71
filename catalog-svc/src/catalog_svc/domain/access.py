"""Who may read what in the catalog."""

from __future__ import annotations

from collections.abc import Iterable

from cpd_platform.principal import Principal, Role

MAX_BATCH = 1000


def may_resolve_client(principal: Principal, client_id: str) -> bool:
    """A provider's system learns which provider it acts for; an admin may look up any client."""
    own_client = bool(client_id) and principal.client_id == client_id
    return own_client or principal.has_role(Role.ADMIN)


def capped_batch(keys: Iterable[str]) -> list[str]:
    """The distinct keys of a batch request, in order, at most `MAX_BATCH` of them."""
    return list(dict.fromkeys(keys))[:MAX_BATCH]


def may_reserve_for(principal: Principal, holder: str) -> bool:
    """A person reserves seats for themselves; an admin for anyone."""
    return principal.has_role(Role.ADMIN) or (
        principal.person_id is not None and principal.person_id == holder
    )


def is_seat_agent(calling_service: str | None, agents: Iterable[str]) -> bool:
    """A service that releases seats held for others on behalf of the operator whose token it
    forwards (pk-regional-svc when an operator refuses a teacher's number): its own verified
    client-credentials token (`x-service-authorization`) has an `azp` among the seat agents."""
    return calling_service is not None and calling_service in set(agents)


def may_edit_as_system(
    principal: Principal, system_provider_id: str | None, provider_id: str
) -> bool:
    """A provider's system (client credentials) edits the elements of the provider its client
    is bound to, and nothing else."""
    return (
        principal.has_role(Role.PROVIDER_SYSTEM)
        and system_provider_id is not None
        and system_provider_id == provider_id
    )
