"""gRPC entrypoint of the SMK qualification proceedings (QualificationService): translation
between protobuf and the use cases, nothing else."""

from __future__ import annotations

from collections.abc import Callable

from cpd.pk_regional.v1 import qualification_pb2 as pb
from cpd.pk_regional.v1 import qualification_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import timestamp_to_pb
from pk_regional_svc.entrypoints import qualification_translate as translate
from pk_regional_svc.service_layer import qualification_applications as applications
from pk_regional_svc.service_layer import qualification_office as office
from pk_regional_svc.service_layer.qualification_ports import (
    AccreditedPlaces,
    QualificationUnitOfWork,
)


class QualificationServicer(qualification_pb2_grpc.QualificationServiceServicer):
    def __init__(
        self,
        uow: Callable[[], QualificationUnitOfWork],
        access: Access,
        accredited: AccreditedPlaces,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._access = access
        self._accredited = accredited
        self._clock = clock

    async def OpenQualificationSession(
        self, request: pb.OpenQualificationSessionRequest, context: object
    ) -> pb.OpenQualificationSessionResponse:
        session = await office.open_session(
            self._uow(),
            current_principal(),
            request.year,
            translate.TERM.from_pb(request.term),
            translate.window_in(request.applications_open_on, request.applications_close_on),
            access=self._access,
        )
        return pb.OpenQualificationSessionResponse(session=translate.session(session))

    async def ListQualificationSessions(
        self, request: pb.ListQualificationSessionsRequest, context: object
    ) -> pb.ListQualificationSessionsResponse:
        sessions = await office.list_sessions(self._uow())
        return pb.ListQualificationSessionsResponse(
            sessions=[translate.session(s) for s in sessions]
        )

    async def SetQualificationPlaces(
        self, request: pb.SetQualificationPlacesRequest, context: object
    ) -> pb.SetQualificationPlacesResponse:
        places = await office.set_places(
            self._uow(),
            current_principal(),
            request.session_id,
            translate.key_in(request.specialty, request.voivodeship, request.mode),
            request.places,
            from_catalog=request.from_catalog,
            access=self._access,
            catalog=self._accredited,
        )
        return pb.SetQualificationPlacesResponse(place=translate.places(places))

    async def ListQualificationPlaces(
        self, request: pb.ListQualificationPlacesRequest, context: object
    ) -> pb.ListQualificationPlacesResponse:
        found = await office.list_places(self._uow(), request.session_id, request.voivodeship)
        return pb.ListQualificationPlacesResponse(places=[translate.places(p) for p in found])

    async def SubmitQualificationApplication(
        self, request: pb.SubmitQualificationApplicationRequest, context: object
    ) -> pb.SubmitQualificationApplicationResponse:
        application = await applications.submit_application(
            self._uow(),
            current_principal(),
            request.session_id,
            request.request_id,
            translate.decimal_in(
                request.exam_percent,
                "invalid_exam_result",
                "Wynik LEK/LDEK podaje się w procentach: 0–100",
            ),
            translate.decimal_in(
                request.additional_points, "invalid_additional_points", "Punkty dodatkowe: liczba"
            ),
            translate.variants_in(request.variants),
            clock=self._clock,
        )
        return pb.SubmitQualificationApplicationResponse(
            application=translate.application(application)
        )

    async def WithdrawQualificationApplication(
        self, request: pb.WithdrawQualificationApplicationRequest, context: object
    ) -> pb.WithdrawQualificationApplicationResponse:
        application = await applications.withdraw_application(
            self._uow(), current_principal(), request.application_id, clock=self._clock
        )
        return pb.WithdrawQualificationApplicationResponse(
            application=translate.application(application)
        )

    async def ComputeQualificationLists(
        self, request: pb.ComputeQualificationListsRequest, context: object
    ) -> pb.ComputeQualificationListsResponse:
        session, results = await office.compute_lists(
            self._uow(), current_principal(), request.session_id, access=self._access
        )
        assigned = sum(1 for r in results if r.place is not None)
        return pb.ComputeQualificationListsResponse(
            session=translate.session(session),
            assigned=assigned,
            unassigned=len(results) - assigned,
        )

    async def PublishQualificationList(
        self, request: pb.PublishQualificationListRequest, context: object
    ) -> pb.PublishQualificationListResponse:
        round_number, at = await office.publish_list(
            self._uow(),
            current_principal(),
            request.session_id,
            request.voivodeship,
            access=self._access,
        )
        return pb.PublishQualificationListResponse(
            round=round_number, published_at=timestamp_to_pb(at)
        )

    async def GetMyQualificationResult(
        self, request: pb.GetMyQualificationResultRequest, context: object
    ) -> pb.GetMyQualificationResultResponse:
        application, result = await applications.my_result(
            self._uow(), current_principal(), request.session_id
        )
        reply = pb.GetMyQualificationResultResponse(application=translate.application(application))
        if result is not None:
            reply.result.CopyFrom(translate.result(result))
        return reply

    async def GetQualificationList(
        self, request: pb.GetQualificationListRequest, context: object
    ) -> pb.GetQualificationListResponse:
        found = await office.voivodeship_list(
            self._uow(),
            current_principal(),
            request.session_id,
            request.voivodeship,
            access=self._access,
        )
        return pb.GetQualificationListResponse(
            round=found.round,
            published_at=timestamp_to_pb(found.published_at),
            results=[translate.result(r) for r in found.results],
        )
