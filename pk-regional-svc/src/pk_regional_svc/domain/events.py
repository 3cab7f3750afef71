"""The events pk-regional-svc publishes, built here from the messages of
`proto/cpd/pk_regional/v1/events.proto`. The outbox payload is a message's canonical JSON
(proto field names, fields at their default value included), parsed back by consumers with
`json_format.ParseDict`."""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format

from cpd.pk_regional.v1 import events_pb2
from pk_regional_svc.domain.municipality import Municipality

MUNICIPALITY_REGISTERED = "pk_regional.municipality_registered"


def municipality_registered(municipality: Municipality) -> dict[str, Any]:
    """The `pk_regional.municipality_registered` payload (identity-svc keeps the region)."""
    return json_format.MessageToDict(
        events_pb2.MunicipalityRegistered(
            municipality_id=municipality.id,
            region_code=municipality.region_code,
            name=municipality.name,
        ),
        preserving_proto_field_name=True,
        always_print_fields_with_no_presence=True,
    )
