"""Municipalities and schools: the operators' scopes (school → municipality → region)."""

from __future__ import annotations

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.enums import MunicipalityKind, SchoolKind


@protobuf_type
class Municipality(MessageType[pb.Municipality]):
    kind: MunicipalityKind


@protobuf_type(name="RegionalSchool")
class RegionalSchool(MessageType[pb.School]):
    kind: SchoolKind


@protobuf_type(name="MunicipalityPayload")
class MunicipalityPayload(MessageType[pb.CreateMunicipalityResponse]):
    pass
