"""Arguments several regional queries and mutations take, described once."""

from __future__ import annotations

from typing import Annotated

import strawberry

CampaignId = Annotated[strawberry.ID, strawberry.argument(description="The campaign.")]
RegionCode = Annotated[
    str, strawberry.argument(description="Two-digit region code, e.g. 16 for Tatarstan.")
]
RegionFilter = Annotated[
    str | None,
    strawberry.argument(description="Only this region (two digits); null: every region in scope."),
]
MunicipalityFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="Only this municipality; null: every one in scope."),
]
SchoolFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="Only this school; null: every one in scope."),
]
OnBehalfOfTeacher = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description="Set by an operator acting for a teacher in their scope (recorded in the "
        "audit trail); null: the calling teacher's own."
    ),
]
ApplicationId = Annotated[
    strawberry.ID, strawberry.argument(description="The caller's own application.")
]
