"""The event payloads: canonical JSON of the messages in proto/cpd/credits/v1/events.proto, with
the field names the events have always had (old events in the streams still parse)."""

from dataclasses import replace

from credits_fakes import credit_record
from google.protobuf import json_format

from cpd.credits.v1 import events_pb2
from credits_svc.domain.events import recorded_payload_of, voided_payload_of
from credits_svc.domain.records import CreditSource

RECORD = credit_record(
    id="0190a0a0-0000-7000-8000-000000000001",
    provider_id="0190a0a0-0000-7000-8000-0000000000aa",
    person_id="0190a0a0-0000-7000-8000-0000000000bb",
    element_id="0190a0a0-0000-7000-8000-0000000000cc",
    zet=0,
    main_specialty_code="31.08.36",
    additional_specialty_codes=("31.08.49",),
)


def test_a_recorded_payload_carries_every_field_by_its_proto_name() -> None:
    assert recorded_payload_of(RECORD) == {
        "credit_id": RECORD.id,
        "person_id": RECORD.person_id,
        "element_id": RECORD.element_id,
        "element_kind": "module",
        "main_specialty_code": "31.08.36",
        "additional_specialty_codes": ["31.08.49"],
        # Zero is written, not left out: an ИОМ may carry 0 ZET.
        "zet": 0,
        "completed_on": "2025-05-01",
        "provider_id": RECORD.provider_id,
        "source": "posting",
    }


def test_a_correction_names_the_record_it_replaces_and_parses_back() -> None:
    new = replace(RECORD, id="r-2", zet=1, source=CreditSource.CORRECTION, corrects_id=RECORD.id)
    payload = recorded_payload_of(new)
    assert payload["corrects_id"] == RECORD.id
    message = json_format.ParseDict(payload, events_pb2.CreditRecorded())
    assert (message.credit_id, message.zet, message.corrects_id) == ("r-2", 1, RECORD.id)


def test_an_event_written_before_the_messages_existed_still_parses() -> None:
    """The SQL of the first version wrote null for an absent corrects_id / replaced_by."""
    old_recorded = {**recorded_payload_of(RECORD), "corrects_id": None}
    parsed = json_format.ParseDict(old_recorded, events_pb2.CreditRecorded())
    assert not parsed.HasField("corrects_id")
    assert json_format.ParseDict(recorded_payload_of(RECORD), events_pb2.CreditRecorded()) == parsed
    old_voided = {
        "credit_id": RECORD.id,
        "person_id": RECORD.person_id,
        "element_id": RECORD.element_id,
        "zet": 2,
        "reason": "ошибка",
        "replaced_by": None,
    }
    voided = json_format.ParseDict(old_voided, events_pb2.CreditVoided())
    assert (voided.reason, voided.HasField("replaced_by")) == ("ошибка", False)
    assert voided_payload_of(replace(RECORD, zet=2), "ошибка") == {
        k: v for k, v in old_voided.items() if v is not None
    }
