"""The regional model's enums, derived from pk-regional-svc's protobuf enums (descriptions are
the proto comments)."""

from __future__ import annotations

from enum import Enum

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping.enums import protobuf_enum


@protobuf_enum(pb.MunicipalityKind)
class MunicipalityKind(Enum):
    pass


@protobuf_enum(pb.SchoolKind)
class SchoolKind(Enum):
    pass


@protobuf_enum(pb.QuestionKind)
class QuestionKind(Enum):
    pass


@protobuf_enum(pb.CandidateDecision)
class CandidateDecision(Enum):
    pass


@protobuf_enum(pb.AllocationReason)
class AllocationReason(Enum):
    pass


@protobuf_enum(pb.NumberStatus)
class NumberStatus(Enum):
    pass


@protobuf_enum(pb.RefusalReason)
class RefusalReason(Enum):
    pass


@protobuf_enum(pb.FundingChoice)
class FundingChoice(Enum):
    pass


@protobuf_enum(pb.ApplicationStatus, name="RegionalApplicationStatus")
class RegionalApplicationStatus(Enum):
    pass


@protobuf_enum(pb.ReportKind)
class ReportKind(Enum):
    pass


@protobuf_enum(pb.ExportFormat)
class ExportFormat(Enum):
    pass
