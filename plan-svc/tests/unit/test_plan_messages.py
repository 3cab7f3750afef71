from datetime import date
from typing import Any

import pytest

from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.service_layer.messages import (
    CreditVoided,
    InvalidPayload,
    parse_credit_recorded,
    parse_credit_voided,
)

CREDIT = "6f1c1d7e-0a43-4b0a-9a53-0c6c0a5e9a01"
PERSON = "6f1c1d7e-0a43-4b0a-9a53-0c6c0a5e9a02"


def recorded(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "credit_id": CREDIT,
        "person_id": PERSON,
        "element_id": "element-1",
        "element_kind": "module",
        "main_specialty_code": "31.08.36",
        "additional_specialty_codes": ["31.08.49"],
        "zet": 0,
        "completed_on": "2025-06-01",
    }
    payload.update(overrides)
    return payload


def test_a_credits_recorded_payload_becomes_a_recorded_credit() -> None:
    assert parse_credit_recorded(recorded()) == RecordedCredit(
        credit_id=CREDIT,
        person_id=PERSON,
        element_id="element-1",
        kind=CreditKind.MODULE,
        main_specialty_code="31.08.36",
        additional_specialty_codes=("31.08.49",),
        zet=0,
        completed_on=date(2025, 6, 1),
    )


@pytest.mark.parametrize(
    "overrides",
    [
        {"credit_id": "not-a-uuid"},
        {"person_id": None},
        {"element_kind": "lecture"},
        {"zet": -1},
        {"zet": 1.5},
        {"zet": True},
        {"completed_on": "01.06.2025"},
        {"additional_specialty_codes": "31.08.49"},
        {"main_specialty_code": ""},
    ],
)
def test_a_malformed_credits_recorded_payload_is_rejected(overrides: dict[str, Any]) -> None:
    with pytest.raises(InvalidPayload):
        parse_credit_recorded(recorded(**overrides))


def test_the_payload_is_read_by_the_protobuf_json_mapping() -> None:
    """credits-svc writes the canonical JSON of cpd.credits.v1.CreditRecorded: fields it adds
    later are ignored, an absent corrects_id may be null (events of the first version), and a
    quoted integer is an integer, as in every protobuf JSON parser."""
    credit = parse_credit_recorded(recorded(zet="36", corrects_id=None, added_later="x"))
    assert credit.zet == 36


def test_a_credits_voided_payload_names_the_credit_and_the_person() -> None:
    assert parse_credit_voided({"credit_id": CREDIT, "person_id": PERSON}) == CreditVoided(
        CREDIT, PERSON
    )
    with pytest.raises(InvalidPayload):
        parse_credit_voided({"person_id": PERSON})
