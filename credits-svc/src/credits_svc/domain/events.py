"""The events credits-svc publishes, built in this one place from the messages of
`proto/cpd/credits/v1/events.proto`. The outbox payload is a message's canonical JSON
(`cpd_platform.event_messages`), which consumers parse back with `json_format.ParseDict`; the
SQL of the ingest and of the ledger feed only stores it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from cpd.credits.v1 import events_pb2
from cpd_platform.event_messages import canonical_json
from cpd_platform.mapping import same_named
from credits_svc.domain.records import CreditRecord

CREDITS_RECORDED = "credits.recorded"
CREDITS_VOIDED = "credits.voided"


def recorded_payload(
    *,
    credit_id: str,
    person_id: str,
    element_id: str,
    element_kind: str,
    main_specialty_code: str,
    additional_specialty_codes: Sequence[str],
    zet: int,
    completed_on: date,
    provider_id: str,
    source: str,
    corrects_id: str = "",
) -> dict[str, Any]:
    """The `credits.recorded` payload (plan-svc parses it in plan_svc/service_layer/messages.py);
    `corrects_id` only for a correction."""
    return canonical_json(
        events_pb2.CreditRecorded(
            credit_id=credit_id,
            person_id=person_id,
            element_id=element_id,
            element_kind=element_kind,
            main_specialty_code=main_specialty_code,
            additional_specialty_codes=additional_specialty_codes,
            zet=zet,
            completed_on=completed_on.isoformat(),
            provider_id=provider_id,
            source=source,
            corrects_id=corrects_id or None,
        )
    )


def recorded_payload_of(record: CreditRecord) -> dict[str, Any]:
    return recorded_payload(
        **same_named(
            record,
            "person_id element_id main_specialty_code additional_specialty_codes zet "
            "completed_on provider_id corrects_id",
        ),
        credit_id=record.id,
        element_kind=record.element_kind.value,
        source=record.source.value,
    )


def voided_payload(
    *,
    credit_id: str,
    person_id: str,
    element_id: str,
    zet: int,
    reason: str,
    replaced_by: str = "",
) -> dict[str, Any]:
    """The `credits.voided` payload: the record no longer counts (`replaced_by`: the correction
    that replaces it)."""
    return canonical_json(
        events_pb2.CreditVoided(
            credit_id=credit_id,
            person_id=person_id,
            element_id=element_id,
            zet=zet,
            reason=reason,
            replaced_by=replaced_by or None,
        )
    )


def voided_payload_of(record: CreditRecord, reason: str, replaced_by: str = "") -> dict[str, Any]:
    return voided_payload(
        credit_id=record.id,
        person_id=record.person_id,
        element_id=record.element_id,
        zet=record.zet,
        reason=reason,
        replaced_by=replaced_by,
    )
