from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

import pytest

from cpd.credits.v1 import credits_pb2
from cpd.plan.v1 import plan_pb2
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import (
    EnumMapping,
    date_from_pb,
    date_to_pb,
    enum_value_prefix,
    optional_enum_from_text,
    required_date_from_pb,
    same_named,
    text_or_none,
    text_to_pb,
    timestamp_from_pb,
    timestamp_to_pb,
)

# Named like the protobuf enum's values, as a service's domain enum would be.
CreditStatus = StrEnum("CreditStatus", ["ACCEPTED", "VOIDED", "SUPERSEDED"])


class ApplicationStatus(StrEnum):
    SUBMITTED = "submitted"
    PENDING_SEAT = "pending_seat"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


STATUSES = EnumMapping(CreditStatus, credits_pb2.CreditStatus, invalid_code="invalid_status")


def test_prefix_is_the_enum_name_in_upper_snake_case() -> None:
    assert enum_value_prefix("CreditStatus") == "CREDIT_STATUS_"
    assert enum_value_prefix("Sex") == "SEX_"
    assert enum_value_prefix("PriceFilter") == "PRICE_FILTER_"
    assert STATUSES.prefix == "CREDIT_STATUS_"


def test_members_pair_by_name_both_ways() -> None:
    assert STATUSES.to_pb(CreditStatus.VOIDED) == credits_pb2.CREDIT_STATUS_VOIDED
    assert STATUSES.from_pb(credits_pb2.CREDIT_STATUS_SUPERSEDED) is CreditStatus.SUPERSEDED
    for member in STATUSES:
        assert STATUSES.from_pb(STATUSES.to_pb(member)) is member


def test_unspecified_and_unknown_values_are_invalid_arguments_with_the_given_code() -> None:
    for value in (credits_pb2.CREDIT_STATUS_UNSPECIFIED, 99):
        with pytest.raises(InvalidArgument) as raised:
            STATUSES.from_pb(value)
        assert raised.value.code == "invalid_status"


def test_optional_values_left_out_are_none_but_unknown_ones_still_fail() -> None:
    assert STATUSES.optional_from_pb(credits_pb2.CREDIT_STATUS_UNSPECIFIED) is None
    assert STATUSES.optional_from_pb(credits_pb2.CREDIT_STATUS_ACCEPTED) is CreditStatus.ACCEPTED
    with pytest.raises(InvalidArgument):
        STATUSES.optional_from_pb(42)
    assert STATUSES.get(42) is None
    assert STATUSES.get(credits_pb2.CREDIT_STATUS_UNSPECIFIED) is None
    assert STATUSES.get(credits_pb2.CREDIT_STATUS_VOIDED) is CreditStatus.VOIDED
    assert STATUSES.to_pb_or_unspecified(None) == credits_pb2.CREDIT_STATUS_UNSPECIFIED
    assert STATUSES.to_pb_or_unspecified(CreditStatus.VOIDED) == credits_pb2.CREDIT_STATUS_VOIDED


def test_an_override_sends_a_member_as_another_value_and_the_namesake_comes_back() -> None:
    mapping = EnumMapping(
        ApplicationStatus,
        plan_pb2.ApplicationStatus,
        invalid_code="invalid_status",
        overrides={ApplicationStatus.PENDING_SEAT: plan_pb2.APPLICATION_STATUS_SUBMITTED},
    )
    assert mapping.to_pb(ApplicationStatus.PENDING_SEAT) == plan_pb2.APPLICATION_STATUS_SUBMITTED
    assert mapping.from_pb(plan_pb2.APPLICATION_STATUS_SUBMITTED) is ApplicationStatus.SUBMITTED


def test_a_member_without_a_protobuf_value_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="PENDING_SEAT"):
        EnumMapping(ApplicationStatus, plan_pb2.ApplicationStatus, invalid_code="x")


def test_a_protobuf_value_without_a_member_fails_at_construction() -> None:
    class Partial(StrEnum):
        ACCEPTED = "accepted"

    with pytest.raises(ValueError, match="CREDIT_STATUS_VOIDED"):
        EnumMapping(Partial, credits_pb2.CreditStatus, invalid_code="x")


def test_dates_are_iso_calendar_dates_and_empty_means_none() -> None:
    assert date_to_pb(date(2026, 9, 7)) == "2026-09-07"
    assert date_to_pb(None) == ""
    assert date_from_pb("2026-09-07", "starts_on") == date(2026, 9, 7)
    assert date_from_pb("", "starts_on") is None
    with pytest.raises(InvalidArgument) as raised:
        date_from_pb("07.09.2026", "starts_on")
    assert raised.value.code == "invalid_date"
    assert "starts_on" in raised.value.message
    with pytest.raises(InvalidArgument) as raised:
        required_date_from_pb("", "issued_on")
    assert raised.value.code == "invalid_date"
    assert "issued_on" in raised.value.message


def test_timestamps_are_rfc3339_with_an_offset() -> None:
    moment = datetime(2026, 9, 7, 8, 30, tzinfo=UTC)
    assert timestamp_to_pb(moment) == "2026-09-07T08:30:00+00:00"
    assert timestamp_to_pb(None) == ""
    assert timestamp_from_pb("2026-09-07T08:30:00+00:00", "at") == moment
    assert timestamp_from_pb("", "at") is None
    for bad in ("2026-09-07T08:30:00", "yesterday"):
        with pytest.raises(InvalidArgument) as raised:
            timestamp_from_pb(bad, "at")
        assert raised.value.code == "invalid_timestamp"


def test_optional_text_is_the_empty_string_when_absent() -> None:
    assert text_or_none("") is None
    assert text_or_none("abc") == "abc"
    assert text_to_pb(None) == ""
    assert text_to_pb("abc") == "abc"


def test_string_valued_enums_parse_by_value() -> None:
    assert optional_enum_from_text(ApplicationStatus, "pending_seat", "bad") is (
        ApplicationStatus.PENDING_SEAT
    )
    assert optional_enum_from_text(ApplicationStatus, "", "bad") is None
    with pytest.raises(InvalidArgument) as raised:
        optional_enum_from_text(ApplicationStatus, "PENDING_SEAT", "bad_status")
    assert raised.value.code == "bad_status"


def test_same_named_fields_fill_a_message() -> None:
    class Row:
        id = "r-1"
        zet = 3

    message = credits_pb2.Credit(**same_named(Row(), "id zet"))
    assert (message.id, message.zet) == ("r-1", 3)
