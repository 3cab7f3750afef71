"""Seat arithmetic: how claims are ordered and checked, and how a total may change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from catalog_svc.domain.reference import FundingBasis
from cpd_platform.errors import FailedPrecondition, InvalidArgument
from cpd_platform.ids import valid_uuids

MAX_CLAIMS = 20
MAX_KEY = 200
MAX_HOLDER = 200


@dataclass(frozen=True, slots=True, order=True)
class SeatClaim:
    target_id: str
    basis: FundingBasis

    def as_json(self) -> dict[str, str]:
        return {"target_id": self.target_id, "basis": self.basis.value}

    @classmethod
    def from_json(cls, value: dict[str, str]) -> SeatClaim:
        return cls(value["target_id"], FundingBasis(value["basis"]))


@dataclass(frozen=True, slots=True)
class Reservation:
    id: str
    holder: str
    claims: tuple[SeatClaim, ...]
    released: bool


def ordered_claims(claims: Sequence[SeatClaim]) -> list[SeatClaim]:
    """The claims in one consistent order (target, basis), so that concurrent reservations lock
    seat rows in the same order and never deadlock; refuses empty, oversized, repeated claims."""
    if not claims:
        raise InvalidArgument("no_claims", "Укажите хотя бы одно место")
    if len(claims) > MAX_CLAIMS:
        raise InvalidArgument("too_many_claims", "Не более 20 мест в одной брони")
    for claim in claims:
        if len(valid_uuids([claim.target_id])) != 1:
            raise InvalidArgument("invalid_target", f"Неверный идентификатор: {claim.target_id!r}")
    normalised = sorted(SeatClaim(str(valid_uuids([c.target_id])[0]), c.basis) for c in claims)
    if len(set(normalised)) != len(normalised):
        raise InvalidArgument("duplicate_claim", "Одно и то же место указано дважды")
    return normalised


def check_reservation_keys(holder: str, idempotency_key: str) -> None:
    if not idempotency_key or len(idempotency_key) > MAX_KEY:
        raise InvalidArgument(
            "invalid_idempotency_key", "Ключ идемпотентности обязателен, не длиннее 200 символов"
        )
    if not holder or len(holder) > MAX_HOLDER:
        raise InvalidArgument("invalid_holder", "Укажите, для кого бронируется место")


def resized_free(total: int, free: int, new_total: int) -> int:
    """Free seats after the total changes: the seats already taken stay taken."""
    taken = total - free
    if new_total < taken:
        raise FailedPrecondition(
            "seats_below_taken",
            f"Уже занято {taken} мест: общее число мест не может быть меньше",
        )
    return new_total - taken
