"""Teachers of the region's schools, their profile ("Моя анкета") and the CSV imports."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type


def _year(meaning: str) -> str:
    return f"{meaning} (four digits); null when not given."


@protobuf_type
class TeacherProfile(MessageType[pb.TeacherProfile]):
    """«Моя анкета»: what a teacher fills in (the import may prefill it). Mandatory fields still
    missing are listed in RegionalTeacher.missingProfileFields."""

    birth_year: int | None = strawberry.field(description=_year("Year of birth; mandatory"))
    last_training_year: int | None = strawberry.field(
        description="Year of the last qualification upgrade (given alone when the date is "
        "unknown, else derived from lastTrainingOn); null when never trained or unknown. It "
        "decides candidacy (3 years) and allocation priority."
    )
    last_training_topic: str = strawberry.field(
        description="Topic of the last training, at most 500 characters; mandatory unless "
        "neverTrained."
    )
    last_training_organisation: str = strawberry.field(
        description="Organisation of the last training, at most 500 characters; mandatory "
        "unless neverTrained."
    )
    last_retraining_year: int | None = strawberry.field(
        description=_year(
            "Year of the last professional retraining (derived from the date when set)"
        )
    )
    teaching_since_year: int | None = strawberry.field(
        description=_year("The year teaching work started; mandatory")
    )
    graduation_year: int | None = strawberry.field(
        description=_year("Year of graduation; mandatory only with fewer than 3 years of work")
    )


@protobuf_type(name="RegionalTeacher")
class RegionalTeacher(MessageType[pb.Teacher]):
    missing_profile_fields: list[str] = strawberry.field(
        description="Mandatory profile fields still missing, as the service names them (e.g. "
        "birth_year, last_training_on), as of the last save or import."
    )
    profile_complete: bool = strawberry.field(description="missingProfileFields is empty.")
    profile_filled_by: strawberry.ID
    last_budget_number_year: int | None = strawberry.field(
        description="The year of the last budget-funded number used before the platform (from "
        "the import); null when none is known. Either it or a number held here bars a new "
        "budget number within 3 years."
    )


@protobuf_type
class RejectedRow(MessageType[pb.RejectedRow]):
    pass


@protobuf_type
class ImportReport(MessageType[pb.ImportReport]):
    pass
