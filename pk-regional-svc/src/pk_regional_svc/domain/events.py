"""The events pk-regional-svc publishes, built here from the messages of
`proto/cpd/pk_regional/v1/events.proto`. The outbox payload is a message's canonical JSON
(`cpd_platform.event_messages`), parsed back by consumers with `json_format.ParseDict`."""

from __future__ import annotations

from typing import Any

from cpd.pk_regional.v1 import events_pb2
from cpd_platform.event_messages import canonical_json
from pk_regional_svc.domain.municipality import Municipality

MUNICIPALITY_REGISTERED = "pk_regional.municipality_registered"


def municipality_registered(municipality: Municipality) -> dict[str, Any]:
    """The `pk_regional.municipality_registered` payload (identity-svc keeps the region)."""
    return canonical_json(
        events_pb2.MunicipalityRegistered(
            municipality_id=municipality.id,
            region_code=municipality.region_code,
            name=municipality.name,
        )
    )
