"""Role requests ("wniosek o modyfikację uprawnień"): a person asks for a scoped role with a
justification; the authority of that scope (whoever may grant the role there: `grants.may_grant`)
approves, which grants it, or refuses with a reason. A decision is final.

Pure rules: the request, its states, who may decide, and which requests a decider sees.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from cpd_platform.principal import Grant, Role, Scope
from identity_svc.domain.grants import ADMIN_GRANT, GRANTER_OF

JUSTIFICATION_MIN = 10


class RoleRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Requester:
    """Who asks for a role, as the decider sees them (from the person's record)."""

    full_name: str
    snils: str | None = None
    pesel: str | None = None


@dataclass(frozen=True, slots=True)
class RoleRequest:
    id: str
    person_id: str
    grant: Grant
    justification: str
    status: RoleRequestStatus
    created_at: datetime
    decided_by: str | None = None
    decided_by_person_id: str | None = None
    decided_at: datetime | None = None
    refusal_reason: str = ""
    # Filled when read from storage; a request just made in memory has none yet.
    requester: Requester | None = None

    def decide(
        self,
        approve: bool,
        reason: str,
        by: str,
        by_person_id: str | None,
        at: datetime,
    ) -> RoleRequest:
        """The decided request. Deciding again the same way is a retry (nothing changes);
        a different decision on a decided request is refused."""
        wanted = RoleRequestStatus.APPROVED if approve else RoleRequestStatus.REFUSED
        if self.status is not RoleRequestStatus.PENDING:
            if self.status is wanted:
                return self
            raise RoleRequestDecided()
        reason = reason.strip()
        if not approve and not reason:
            raise InvalidArgument(
                "refusal_reason_required", "Укажите причину отказа в назначении роли"
            )
        return replace(
            self,
            status=wanted,
            decided_by=by,
            decided_by_person_id=by_person_id,
            decided_at=at,
            refusal_reason="" if approve else reason,
        )


class RoleRequestDecided(FailedPrecondition):
    def __init__(self) -> None:
        super().__init__(
            "role_request_decided", "По этой заявке на роль уже принято другое решение"
        )


def check_justification(text: str) -> str:
    text = text.strip()
    if len(text) < JUSTIFICATION_MIN:
        raise InvalidArgument(
            "justification_required",
            f"Обоснуйте заявку: не короче {JUSTIFICATION_MIN} символов",
        )
    return text


@dataclass(frozen=True, slots=True)
class DecidableRequests:
    """Which requests a decider sees: every one (an admin), or those for these grants."""

    everything: bool
    grants: frozenset[Grant]

    def covers(self, grant: Grant) -> bool:
        return self.everything or grant in self.grants


def decidable_requests(
    held: Collection[Grant], municipalities_by_region: Mapping[str, Collection[str]]
) -> DecidableRequests:
    """The grants whose requests someone holding `held` decides (the same authority as
    `grants.may_grant`); `municipalities_by_region` lists the municipalities of each region
    where they are a regional operator."""
    if ADMIN_GRANT in held:
        return DecidableRequests(True, frozenset())
    decidable: set[Grant] = set()
    for role, granter in GRANTER_OF.items():
        for grant in held:
            if grant.role != granter:
                continue
            if role is Role.MUNICIPAL_OPERATOR:
                decidable.update(
                    Grant(role, Scope.municipality(m))
                    for m in municipalities_by_region.get(grant.scope.id, ())
                )
            else:
                decidable.add(Grant(role, grant.scope))
    return DecidableRequests(False, frozenset(decidable))
