"""GraphQL types of the SMK qualification proceedings (pk-regional-svc's QualificationService),
derived from their protobuf messages, and the inputs that become their requests. Decimals (exam
results, points, scores) travel as strings such as "78.5"; messages of errors are Polish."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from cpd.pk_regional.v1 import qualification_pb2 as qpb
from gateway.mapping import MessageInput, MessageType, protobuf_enum, protobuf_type
from gateway.schema.smk_training_types import TrainingMode


@protobuf_enum(qpb.QualificationTerm)
class QualificationTerm(Enum):
    pass


@protobuf_enum(qpb.QualificationOutcome)
class QualificationOutcome(Enum):
    pass


@protobuf_type
class QualificationSession(MessageType[qpb.QualificationSession]):
    id: strawberry.ID
    applications_open_on: date = strawberry.field(description="First day of the window.")
    applications_close_on: date = strawberry.field(description="Last day of the window.")


@protobuf_type
class QualificationPlace(MessageType[qpb.QualificationPlace]):
    mode: TrainingMode = strawberry.field(description="Residency or non-residency.")


@protobuf_type
class QualificationVariant(MessageType[qpb.QualificationVariant]):
    mode: TrainingMode = strawberry.field(description="Residency or non-residency.")


@protobuf_type
class QualificationApplication(MessageType[qpb.QualificationApplication]):
    id: strawberry.ID
    submitted_at: datetime = strawberry.field(description="When it was submitted.")
    withdrawn_at: datetime | None = strawberry.field(
        description="When it was withdrawn; null while it stands."
    )


@protobuf_type
class QualificationResult(MessageType[qpb.QualificationResult]):
    place: QualificationPlace | None = strawberry.field(
        description="The place got; null when none."
    )


@protobuf_type
class MyQualificationResult(MessageType[qpb.GetMyQualificationResultResponse]):
    """The caller's application in a session and its published result."""

    result: QualificationResult | None = strawberry.field(
        description="The result in the latest published round; null before a list naming the"
        " application is published."
    )


@protobuf_type
class QualificationList(MessageType[qpb.GetQualificationListResponse]):
    """A voivodeship's list: the applicants naming it in a variant, in ranking order."""

    published_at: datetime | None = strawberry.field(
        description="When it was published; null when not (yet)."
    )


@protobuf_type
class ComputedQualificationLists(MessageType[qpb.ComputeQualificationListsResponse]):
    """What computing the session's lists gave."""


@protobuf_type
class QualificationListPublication(MessageType[qpb.PublishQualificationListResponse]):
    """A voivodeship's list published."""

    published_at: datetime = strawberry.field(description="When it was published.")


@strawberry.input(description="Places of one specialty and mode in a voivodeship.")
class QualificationPlacesInput(MessageInput[qpb.SetQualificationPlacesRequest]):
    session_id: strawberry.ID = strawberry.field(description="The session.")
    specialty: str = strawberry.field(description="The specialty's code.")
    voivodeship: str = strawberry.field(description="The voivodeship (TERYT code, e.g. 14).")
    mode: TrainingMode = strawberry.field(description="Residency or non-residency.")
    places: int = strawberry.field(default=0, description="The number (without fromCatalog).")
    from_catalog: bool = strawberry.field(
        default=False,
        description="Take the places and units from the units accredited in the catalog.",
    )


@strawberry.input(description="One variant of an application, in order of preference.")
class QualificationVariantInput(MessageInput[qpb.QualificationVariant]):
    specialty: str = strawberry.field(description="The specialty's code.")
    voivodeship: str = strawberry.field(description="The voivodeship (TERYT code).")
    mode: TrainingMode = strawberry.field(description="Residency or non-residency.")
    unit_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Up to 3 preferred training units, in order."
    )


@strawberry.input(description="An application to start specialisation training.")
class QualificationApplicationInput(MessageInput[qpb.SubmitQualificationApplicationRequest]):
    session_id: strawberry.ID = strawberry.field(description="The session.")
    request_id: str = strawberry.field(
        description="The caller's key: the same key again returns the application made."
    )
    exam_percent: str = strawberry.field(description="The LEK/LDEK result in percent, e.g. 78.5.")
    additional_points: str = strawberry.field(default="0", description="Additional points.")
    variants: list[QualificationVariantInput] = strawberry.field(
        description="Up to 15 variants, in order of preference."
    )
