"""What identity-svc's use cases need of storage: one protocol per repository and the unit of
work that carries them. The SQL repositories (`adapters/`) and the in-memory fakes of the unit
tests both implement them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from cpd_platform.db import UnitOfWorkPort
from cpd_platform.principal import Grant
from identity_svc.domain.grants import GrantAudit, GrantRecord, PersonGrant
from identity_svc.domain.person import NationalId, Person, RegistrationState
from identity_svc.domain.role_requests import DecidableRequests, RoleRequest
from identity_svc.domain.support import (
    SupportFilter,
    SupportMessage,
    SupportRequest,
    SupportVisibility,
)


class PersonStore(Protocol):
    async def get_many(self, ids: Iterable[str]) -> list[Person]: ...

    async def get(self, person_id: str) -> Person | None: ...

    async def find_by_snils(self, snils: Iterable[str]) -> list[Person]: ...

    async def find_by_pesel(self, pesels: Iterable[str]) -> list[Person]: ...

    async def registration_state(self, national_id: NationalId) -> RegistrationState | None: ...

    async def add(self, person: Person, fingerprint: str | None = None) -> None:
        """Inserts the person and their consents; a duplicate SNILS or PESEL raises
        NationalIdTaken."""
        ...

    async def add_if_absent(self, person: Person) -> None: ...

    async def update(self, person: Person) -> None: ...

    async def mark_verification_sent(self, person_id: str, at: datetime) -> None: ...

    async def person_of_subject(self, subject: str) -> Person | None:
        """The person an identity provider account acts for: their own or a linked account."""
        ...

    async def link(self, subject: str, identity_provider: str, person_id: str) -> None: ...


class GrantStore(Protocol):
    async def grants_of(self, person_id: str) -> list[GrantRecord]: ...

    async def held_by(self, person_id: str) -> frozenset[Grant]: ...

    async def get(self, target: PersonGrant) -> GrantRecord | None: ...

    async def add(self, record: GrantRecord) -> GrantRecord:
        """Inserts the grant unless it exists; returns the stored one."""
        ...

    async def remove(self, target: PersonGrant) -> GrantRecord | None: ...

    async def audit(self, entry: GrantAudit) -> None: ...

    async def audit_trail(self, person_id: str) -> list[dict[str, Any]]: ...


class RoleRequestStore(Protocol):
    async def add_if_no_pending(self, request: RoleRequest) -> RoleRequest:
        """Inserts the request unless the person has a pending one for the same grant; returns
        the pending one."""
        ...

    async def get(self, request_id: str, *, lock: bool = False) -> RoleRequest | None: ...

    async def save_decision(self, request: RoleRequest) -> None: ...

    async def page_of_person(
        self, person_id: str, limit: int, offset: int
    ) -> tuple[list[RoleRequest], int]: ...

    async def page_to_decide(
        self, decidable: DecidableRequests, pending_only: bool, limit: int, offset: int
    ) -> tuple[list[RoleRequest], int]: ...


class SupportStore(Protocol):
    async def open(self, request: SupportRequest, idempotency_key: str) -> SupportRequest:
        """Inserts the request with its first message, or returns the person's request opened
        with the same key."""
        ...

    async def get(self, request_id: str, *, lock: bool = False) -> SupportRequest | None: ...

    async def message_with_key(self, request_id: str, idempotency_key: str) -> str | None: ...

    async def add_message(self, message: SupportMessage, idempotency_key: str) -> None: ...

    async def save_status(self, request: SupportRequest) -> None: ...

    async def page(
        self,
        visibility: SupportVisibility,
        shown: SupportFilter,
        limit: int,
        offset: int,
    ) -> tuple[list[SupportRequest], int]: ...


class IdentityUnitOfWorkPort(UnitOfWorkPort, Protocol):
    @property
    def persons(self) -> PersonStore: ...

    @property
    def grants(self) -> GrantStore: ...

    @property
    def role_requests(self) -> RoleRequestStore: ...

    @property
    def support(self) -> SupportStore: ...

    async def lock_national_id(self, national_id: NationalId) -> None:
        """Serialises work on one SNILS or PESEL until the block ends."""
        ...
