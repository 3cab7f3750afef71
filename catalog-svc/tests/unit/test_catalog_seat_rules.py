import pytest

from catalog_svc.domain.reference import FundingBasis
from catalog_svc.domain.seats import (
    MAX_CLAIMS,
    SeatClaim,
    check_reservation_keys,
    ordered_claims,
    resized_free,
)
from cpd_platform.errors import FailedPrecondition, InvalidArgument

A = "00000000-0000-0000-0000-00000000000a"
B = "00000000-0000-0000-0000-00000000000b"


def test_claims_are_ordered_by_target_then_basis_so_locks_are_taken_in_one_order() -> None:
    claims = [
        SeatClaim(B, FundingBasis.BUDGET),
        SeatClaim(A.upper(), FundingBasis.TICKET),
        SeatClaim(A, FundingBasis.BUDGET),
    ]
    assert ordered_claims(claims) == [
        SeatClaim(A, FundingBasis.BUDGET),
        SeatClaim(A, FundingBasis.TICKET),
        SeatClaim(B, FundingBasis.BUDGET),
    ]
    # The same set in any order gives the same sequence.
    assert ordered_claims(list(reversed(claims))) == ordered_claims(claims)


@pytest.mark.parametrize(
    ("claims", "code"),
    [
        ([], "no_claims"),
        ([SeatClaim("x", FundingBasis.BUDGET)], "invalid_target"),
        (
            [SeatClaim(A, FundingBasis.BUDGET), SeatClaim(A.upper(), FundingBasis.BUDGET)],
            "duplicate_claim",
        ),
        ([SeatClaim(A, FundingBasis.BUDGET)] * (MAX_CLAIMS + 1), "too_many_claims"),
    ],
)
def test_bad_claims_are_refused(claims: list[SeatClaim], code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        ordered_claims(claims)
    assert caught.value.code == code


def test_a_reservation_needs_a_key_and_a_holder() -> None:
    check_reservation_keys("person", "key")
    for holder, key, code in (
        ("person", "", "invalid_idempotency_key"),
        ("person", "k" * 201, "invalid_idempotency_key"),
        ("", "key", "invalid_holder"),
    ):
        with pytest.raises(InvalidArgument) as caught:
            check_reservation_keys(holder, key)
        assert caught.value.code == code


@pytest.mark.parametrize(
    ("total", "free", "new_total", "expected"),
    [(24, 24, 30, 30), (24, 4, 30, 10), (24, 4, 20, 0), (24, 0, 24, 0), (10, 10, 0, 0)],
)
def test_taken_seats_stay_taken_when_the_total_changes(
    total: int, free: int, new_total: int, expected: int
) -> None:
    assert resized_free(total, free, new_total) == expected


def test_the_total_cannot_drop_below_the_seats_taken() -> None:
    with pytest.raises(FailedPrecondition) as caught:
        resized_free(24, 4, 19)
    assert caught.value.code == "seats_below_taken"


def test_claims_round_trip_through_json() -> None:
    claim = SeatClaim(A, FundingBasis.OMS)
    assert SeatClaim.from_json(claim.as_json()) == claim
