"""The canonical JSON of event messages equals the protobuf JSON mapping, for the messages of
plain fields read directly and for others left to json_format."""

from __future__ import annotations

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message

from cpd.credits.v1 import credits_pb2, events_pb2
from cpd.pk_regional.v1 import events_pb2 as regional_events_pb2
from cpd_platform.event_messages import canonical_json

MESSAGES: list[Message] = [
    events_pb2.CreditRecorded(),
    events_pb2.CreditRecorded(credit_id="c", zet=-3, additional_specialty_codes=["a", "б"]),
    events_pb2.CreditRecorded(credit_id="c", corrects_id=""),
    events_pb2.CreditRecorded(credit_id="c", corrects_id="x", zet=2**31 - 1),
    events_pb2.CreditVoided(),
    events_pb2.CreditVoided(credit_id="c", reason="ошибка", replaced_by="n"),
    regional_events_pb2.MunicipalityRegistered(
        municipality_id="m", region_code="16", name="Казань"
    ),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_canonical_json_equals_the_protobuf_json_mapping(message: Message) -> None:
    assert canonical_json(message) == json_format.MessageToDict(
        message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )


def test_a_plain_message_keeps_zero_and_leaves_an_unset_optional_out() -> None:
    payload = canonical_json(events_pb2.CreditVoided(credit_id="c", zet=0))
    assert payload["zet"] == 0
    assert "replaced_by" not in payload


def test_a_message_with_other_field_types_goes_through_json_format() -> None:
    message = credits_pb2.Credit(id="r", zet=2, status=credits_pb2.CREDIT_STATUS_ACCEPTED)
    assert canonical_json(message) == json_format.MessageToDict(
        message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
