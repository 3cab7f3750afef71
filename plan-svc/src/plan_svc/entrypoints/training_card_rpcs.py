"""gRPC entrypoint of SMK training cards and exam applications: translation only."""

from __future__ import annotations

from collections.abc import Callable

from cpd.plan.v1 import training_card_pb2 as pb
from cpd.plan.v1 import training_card_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import required_date_from_pb
from plan_svc.entrypoints.training_card_translate import (
    EXAM_STATUSES,
    application_to_pb,
    card_to_pb,
    draft_from_pb,
    entry_to_pb,
)
from plan_svc.service_layer import exam_applications, training_cards
from plan_svc.service_layer.training_card_ports import (
    Grants,
    SpecialisationCatalog,
    TrainingCardUnitOfWork,
)
from plan_svc.service_layer.training_cards import CardView


class TrainingCardServicer(training_card_pb2_grpc.TrainingCardServiceServicer):
    def __init__(
        self,
        uow: Callable[[], TrainingCardUnitOfWork],
        catalog: SpecialisationCatalog,
        grants: Grants,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._catalog = catalog
        self._grants = grants
        self._clock = clock

    async def OpenTrainingCard(
        self, request: pb.OpenTrainingCardRequest, context: object
    ) -> pb.OpenTrainingCardResponse:
        card = await training_cards.open_card(
            self._uow(),
            current_principal(),
            request.unit_id,
            request.specialty,
            request.programme_version,
            request.mode,
            required_date_from_pb(request.started_on, "started_on"),
            catalog=self._catalog,
            clock=self._clock,
        )
        return pb.OpenTrainingCardResponse(card=card_to_pb(CardView(card, []), with_entries=True))

    async def GetTrainingCard(
        self, request: pb.GetTrainingCardRequest, context: object
    ) -> pb.GetTrainingCardResponse:
        view = await training_cards.get_card(
            self._uow(), current_principal(), request.card_id, grants=self._grants
        )
        return pb.GetTrainingCardResponse(card=card_to_pb(view, with_entries=True))

    async def ListMyTrainingCards(
        self, request: pb.ListMyTrainingCardsRequest, context: object
    ) -> pb.ListMyTrainingCardsResponse:
        views = await training_cards.list_my_cards(self._uow(), current_principal())
        return pb.ListMyTrainingCardsResponse(
            cards=[card_to_pb(v, with_entries=False) for v in views]
        )

    async def ListUnitTrainingCards(
        self, request: pb.ListUnitTrainingCardsRequest, context: object
    ) -> pb.ListUnitTrainingCardsResponse:
        views = await training_cards.list_unit_cards(
            self._uow(),
            current_principal(),
            request.unit_id,
            request.pending_only,
            grants=self._grants,
        )
        return pb.ListUnitTrainingCardsResponse(
            cards=[card_to_pb(v, with_entries=False) for v in views]
        )

    async def AddCardEntry(
        self, request: pb.AddCardEntryRequest, context: object
    ) -> pb.AddCardEntryResponse:
        entry, view = await training_cards.add_entry(
            self._uow(),
            current_principal(),
            request.card_id,
            draft_from_pb(request.entry),
            request.idempotency_key,
            clock=self._clock,
        )
        return pb.AddCardEntryResponse(
            entry=entry_to_pb(entry), card=card_to_pb(view, with_entries=True)
        )

    async def ReviewCardEntry(
        self, request: pb.ReviewCardEntryRequest, context: object
    ) -> pb.ReviewCardEntryResponse:
        entry, view = await training_cards.review_entry(
            self._uow(),
            current_principal(),
            request.card_id,
            request.entry_id,
            request.confirm,
            request.reason,
            grants=self._grants,
            clock=self._clock,
        )
        return pb.ReviewCardEntryResponse(
            entry=entry_to_pb(entry), card=card_to_pb(view, with_entries=True)
        )

    async def ConfirmModule(
        self, request: pb.ConfirmModuleRequest, context: object
    ) -> pb.ConfirmModuleResponse:
        view = await training_cards.confirm_module(
            self._uow(),
            current_principal(),
            request.card_id,
            request.module_code,
            grants=self._grants,
            clock=self._clock,
        )
        return pb.ConfirmModuleResponse(card=card_to_pb(view, with_entries=True))

    async def ApplyForExam(
        self, request: pb.ApplyForExamRequest, context: object
    ) -> pb.ApplyForExamResponse:
        application = await exam_applications.apply_for_exam(
            self._uow(),
            current_principal(),
            request.card_id,
            request.session,
            request.idempotency_key,
            clock=self._clock,
        )
        return pb.ApplyForExamResponse(application=application_to_pb(application))

    async def ListExamApplications(
        self, request: pb.ListExamApplicationsRequest, context: object
    ) -> pb.ListExamApplicationsResponse:
        applications = await exam_applications.list_applications(
            self._uow(),
            current_principal(),
            request.session,
            EXAM_STATUSES.optional_from_pb(request.status),
        )
        return pb.ListExamApplicationsResponse(
            applications=[application_to_pb(a) for a in applications]
        )

    async def DecideExamApplication(
        self, request: pb.DecideExamApplicationRequest, context: object
    ) -> pb.DecideExamApplicationResponse:
        application = await exam_applications.decide_application(
            self._uow(),
            current_principal(),
            request.application_id,
            request.accept,
            request.reason,
            clock=self._clock,
        )
        return pb.DecideExamApplicationResponse(application=application_to_pb(application))
