"""SMK qualification proceedings through GraphQL (pk-regional-svc's QualificationService):
sessions, places, applications with variants, lists computed, published per voivodeship and
read. The service decides who may do what (voivodeship offices, trainees); refusals come back as
`UserError` with Polish messages."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.pk_regional.v1 import qualification_pb2 as qpb
from gateway.mapping import call_list, call_one_or_error, call_or_error, result_union
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.smk_qualification_types import (
    ComputedQualificationLists,
    MyQualificationResult,
    QualificationApplication,
    QualificationApplicationInput,
    QualificationList,
    QualificationListPublication,
    QualificationPlace,
    QualificationPlacesInput,
    QualificationSession,
    QualificationTerm,
)

QualificationSessionResult = Annotated[
    QualificationSession | UserError,
    result_union("QualificationSessionResult", "The session"),
]
QualificationPlaceResult = Annotated[
    QualificationPlace | UserError,
    result_union("QualificationPlaceResult", "The places"),
]
QualificationApplicationResult = Annotated[
    QualificationApplication | UserError,
    result_union("QualificationApplicationResult", "The application"),
]
ComputedQualificationListsResult = Annotated[
    ComputedQualificationLists | UserError,
    result_union("ComputedQualificationListsResult", "What was computed"),
]
QualificationListPublicationResult = Annotated[
    QualificationListPublication | UserError,
    result_union("QualificationListPublicationResult", "The publication"),
]
MyQualificationResultResult = Annotated[
    MyQualificationResult | UserError,
    result_union("MyQualificationResultResult", "The application and its result"),
]
QualificationListResult = Annotated[
    QualificationList | UserError,
    result_union("QualificationListResult", "The list"),
]

SessionId = Annotated[strawberry.ID, strawberry.argument(description="The session.")]
Voivodeship = Annotated[
    str, strawberry.argument(description="The voivodeship (TERYT code, e.g. 14).")
]


@strawberry.type
class SmkQualificationQuery:
    @strawberry.field(description="The qualification sessions, newest first (SMK).")
    async def qualification_sessions(self, info: GatewayInfo) -> list[QualificationSession]:
        return await call_list(
            info,
            info.context.backends.qualification.ListQualificationSessions,
            qpb.ListQualificationSessionsRequest(),
            QualificationSession,
            "sessions",
        )

    @strawberry.field(description="A session's places by specialty, voivodeship and mode.")
    async def qualification_places(
        self,
        info: GatewayInfo,
        session_id: SessionId,
        voivodeship: Annotated[
            str, strawberry.argument(description="Only this voivodeship; empty: all.")
        ] = "",
    ) -> list[QualificationPlace]:
        return await call_list(
            info,
            info.context.backends.qualification.ListQualificationPlaces,
            qpb.ListQualificationPlacesRequest(session_id=str(session_id), voivodeship=voivodeship),
            QualificationPlace,
            "places",
        )

    @strawberry.field(
        description="The caller's application in a session and its result once published."
    )
    async def my_qualification_result(
        self, info: GatewayInfo, session_id: SessionId
    ) -> MyQualificationResultResult:
        return await call_or_error(
            info,
            info.context.backends.qualification.GetMyQualificationResult,
            qpb.GetMyQualificationResultRequest(session_id=str(session_id)),
            MyQualificationResult.from_pb,
        )

    @strawberry.field(
        description="A voivodeship's list in ranking order: the current round for its office,"
        " the latest published one for anyone else."
    )
    async def qualification_list(
        self, info: GatewayInfo, session_id: SessionId, voivodeship: Voivodeship
    ) -> QualificationListResult:
        return await call_or_error(
            info,
            info.context.backends.qualification.GetQualificationList,
            qpb.GetQualificationListRequest(session_id=str(session_id), voivodeship=voivodeship),
            QualificationList.from_pb,
        )


@strawberry.type
class SmkQualificationMutation:
    @strawberry.mutation(
        description="A voivodeship office opens the session of a year and term (again: the"
        " same session); the window is the rule set's unless both dates are given."
    )
    async def open_qualification_session(
        self,
        info: GatewayInfo,
        year: Annotated[int, strawberry.argument(description="The year.")],
        term: Annotated[QualificationTerm, strawberry.argument(description="Spring or autumn.")],
        applications_open_on: Annotated[
            date | None, strawberry.argument(description="An extraordinary window's first day.")
        ] = None,
        applications_close_on: Annotated[
            date | None, strawberry.argument(description="Its last day.")
        ] = None,
    ) -> QualificationSessionResult:
        return await call_one_or_error(
            info,
            info.context.backends.qualification.OpenQualificationSession,
            qpb.OpenQualificationSessionRequest(
                year=year,
                term=term.value,
                applications_open_on=applications_open_on.isoformat()
                if applications_open_on
                else "",
                applications_close_on=applications_close_on.isoformat()
                if applications_close_on
                else "",
            ),
            QualificationSession,
            "session",
        )

    @strawberry.mutation(
        description="The voivodeship's office sets the places of one specialty and mode."
    )
    async def set_qualification_places(
        self,
        info: GatewayInfo,
        input: Annotated[QualificationPlacesInput, strawberry.argument(description="The places.")],
    ) -> QualificationPlaceResult:
        return await call_one_or_error(
            info,
            info.context.backends.qualification.SetQualificationPlaces,
            input.to_pb(),
            QualificationPlace,
            "place",
        )

    @strawberry.mutation(
        description="A trainee submits their application within the session's window."
    )
    async def submit_qualification_application(
        self,
        info: GatewayInfo,
        input: Annotated[
            QualificationApplicationInput, strawberry.argument(description="The application.")
        ],
    ) -> QualificationApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.qualification.SubmitQualificationApplication,
            input.to_pb(),
            QualificationApplication,
            "application",
        )

    @strawberry.mutation(
        description="The trainee withdraws their application; its place goes to the next round."
    )
    async def withdraw_qualification_application(
        self,
        info: GatewayInfo,
        application_id: Annotated[
            strawberry.ID, strawberry.argument(description="The application.")
        ],
    ) -> QualificationApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.qualification.WithdrawQualificationApplication,
            qpb.WithdrawQualificationApplicationRequest(application_id=str(application_id)),
            QualificationApplication,
            "application",
        )

    @strawberry.mutation(
        description="A voivodeship office computes the session's lists (the next round once a"
        " list of the current one is published)."
    )
    async def compute_qualification_lists(
        self, info: GatewayInfo, session_id: SessionId
    ) -> ComputedQualificationListsResult:
        return await call_or_error(
            info,
            info.context.backends.qualification.ComputeQualificationLists,
            qpb.ComputeQualificationListsRequest(session_id=str(session_id)),
            ComputedQualificationLists.from_pb,
        )

    @strawberry.mutation(
        description="The voivodeship's office publishes its list of the current round."
    )
    async def publish_qualification_list(
        self, info: GatewayInfo, session_id: SessionId, voivodeship: Voivodeship
    ) -> QualificationListPublicationResult:
        return await call_or_error(
            info,
            info.context.backends.qualification.PublishQualificationList,
            qpb.PublishQualificationListRequest(
                session_id=str(session_id), voivodeship=voivodeship
            ),
            QualificationListPublication.from_pb,
        )
