"""SMK specialisation training through GraphQL: programmes and accredited training units
(catalog-svc's SpecialisationService; CMKP publishes and accredits), electronic training cards
and exam (PES) applications (plan-svc's TrainingCardService). The services decide who may do
what; refusals come back as `UserError` with Polish messages."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.catalog.v1 import specialisation_pb2 as spb
from cpd.plan.v1 import training_card_pb2 as tpb
from gateway.mapping import call_list, call_one_or_error, call_or_error, result_union
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.smk_training_types import (
    AccreditUnitInput,
    CardEntryChange,
    CardEntryInput,
    ExamApplication,
    ExamApplicationStatus,
    Programme,
    ProgrammeInput,
    TrainingCard,
    TrainingMode,
    TrainingUnit,
)

ProgrammeResult = Annotated[
    Programme | UserError,
    result_union("ProgrammeResult", "The programme"),
]
TrainingUnitResult = Annotated[
    TrainingUnit | UserError,
    result_union("TrainingUnitResult", "The unit"),
]
TrainingCardResult = Annotated[
    TrainingCard | UserError,
    result_union("TrainingCardResult", "The card"),
]
CardEntryResult = Annotated[
    CardEntryChange | UserError,
    result_union("CardEntryResult", "The entry and the card after it"),
]
ExamApplicationResult = Annotated[
    ExamApplication | UserError,
    result_union("ExamApplicationResult", "The application"),
]
CardId = Annotated[strawberry.ID, strawberry.argument(description="The training card's id.")]
Specialty = Annotated[str, strawberry.argument(description="The specialty's code.")]
UnitId = Annotated[strawberry.ID, strawberry.argument(description="The unit.")]


def _entry_change(reply: tpb.AddCardEntryResponse | tpb.ReviewCardEntryResponse) -> CardEntryChange:
    return CardEntryChange.from_pb(tpb.AddCardEntryResponse(entry=reply.entry, card=reply.card))


@strawberry.type
class SmkTrainingQuery:
    @strawberry.field(description="The latest programme of every specialty (SMK).")
    async def smk_programmes(self, info: GatewayInfo) -> list[Programme]:
        return await call_list(
            info,
            info.context.backends.specialisation.ListProgrammes,
            spb.ListProgrammesRequest(),
            Programme,
            "programmes",
        )

    @strawberry.field(description="One programme version of a specialty (SMK).")
    async def smk_programme(
        self,
        info: GatewayInfo,
        specialty: Specialty,
        version: Annotated[
            int, strawberry.argument(description="The version; 0 for the latest.")
        ] = 0,
    ) -> ProgrammeResult:
        return await call_one_or_error(
            info,
            info.context.backends.specialisation.GetProgramme,
            spb.GetProgrammeRequest(specialty=specialty, version=version),
            Programme,
            "programme",
        )

    @strawberry.field(
        description="Accredited training units, by voivodeship then name; filters combine."
    )
    async def smk_training_units(
        self,
        info: GatewayInfo,
        specialty: Annotated[
            str, strawberry.argument(description="Accredited for this specialty.")
        ] = "",
        voivodeship: Annotated[
            str, strawberry.argument(description="In this voivodeship (TERYT code).")
        ] = "",
        mode: Annotated[
            TrainingMode | None, strawberry.argument(description="With places of this mode.")
        ] = None,
        valid_on: Annotated[
            date | None, strawberry.argument(description="Accreditation valid on this day.")
        ] = None,
    ) -> list[TrainingUnit]:
        return await call_list(
            info,
            info.context.backends.specialisation.ListTrainingUnits,
            spb.ListTrainingUnitsRequest(
                specialty=specialty,
                voivodeship=voivodeship,
                mode=mode.value if mode else spb.TRAINING_MODE_UNSPECIFIED,
                valid_on=valid_on.isoformat() if valid_on else "",
            ),
            TrainingUnit,
            "units",
        )

    @strawberry.field(description="The caller's training cards, newest first (no entries).")
    async def my_training_cards(self, info: GatewayInfo) -> list[TrainingCard]:
        return await call_list(
            info,
            info.context.backends.training_cards.ListMyTrainingCards,
            tpb.ListMyTrainingCardsRequest(),
            TrainingCard,
            "cards",
        )

    @strawberry.field(
        description="A training card with its entries and progress: its trainee, the unit's"
        " supervisors and staff, the exam centre."
    )
    async def training_card(self, info: GatewayInfo, id: CardId) -> TrainingCardResult:
        return await call_one_or_error(
            info,
            info.context.backends.training_cards.GetTrainingCard,
            tpb.GetTrainingCardRequest(card_id=str(id)),
            TrainingCard,
            "card",
        )

    @strawberry.field(
        description="A training unit's cards for its supervisors and staff, newest first."
    )
    async def unit_training_cards(
        self,
        info: GatewayInfo,
        unit_id: UnitId,
        pending_only: Annotated[
            bool, strawberry.argument(description="Only cards with entries to confirm.")
        ] = False,
    ) -> list[TrainingCard]:
        return await call_list(
            info,
            info.context.backends.training_cards.ListUnitTrainingCards,
            tpb.ListUnitTrainingCardsRequest(unit_id=str(unit_id), pending_only=pending_only),
            TrainingCard,
            "cards",
        )

    @strawberry.field(
        description="Exam (PES) applications: the exam centre lists a session's, a trainee"
        " their own."
    )
    async def exam_applications(
        self,
        info: GatewayInfo,
        session: Annotated[
            str, strawberry.argument(description="The session, e.g. 2027-spring.")
        ] = "",
        status: Annotated[
            ExamApplicationStatus | None, strawberry.argument(description="Only this status.")
        ] = None,
    ) -> list[ExamApplication]:
        return await call_list(
            info,
            info.context.backends.training_cards.ListExamApplications,
            tpb.ListExamApplicationsRequest(
                session=session,
                status=status.value if status else tpb.EXAM_APPLICATION_STATUS_UNSPECIFIED,
            ),
            ExamApplication,
            "applications",
        )


@strawberry.type
class SmkTrainingMutation:
    @strawberry.mutation(
        description="CMKP publishes a programme as its specialty's next version; the same"
        " content again returns the latest version."
    )
    async def publish_programme(
        self,
        info: GatewayInfo,
        programme: Annotated[ProgrammeInput, strawberry.argument(description="The programme.")],
    ) -> ProgrammeResult:
        return await call_one_or_error(
            info,
            info.context.backends.specialisation.PublishProgramme,
            spb.PublishProgrammeRequest(programme=programme.to_pb()),
            Programme,
            "programme",
        )

    @strawberry.mutation(
        description="CMKP accredits a training unit for a specialty with places per mode;"
        " accrediting again replaces the accreditation."
    )
    async def accredit_unit(
        self,
        info: GatewayInfo,
        input: Annotated[AccreditUnitInput, strawberry.argument(description="The unit.")],
    ) -> TrainingUnitResult:
        return await call_one_or_error(
            info,
            info.context.backends.specialisation.AccreditUnit,
            input.to_pb(),
            TrainingUnit,
            "unit",
        )

    @strawberry.mutation(
        description="A trainee opens their training card at an accredited unit (opening again"
        " returns it)."
    )
    async def open_training_card(
        self,
        info: GatewayInfo,
        unit_id: UnitId,
        specialty: Specialty,
        mode: Annotated[str, strawberry.argument(description="residency or non_residency.")],
        started_on: Annotated[date, strawberry.argument(description="The first day.")],
        programme_version: Annotated[
            int, strawberry.argument(description="The programme version; 0 for the latest.")
        ] = 0,
    ) -> TrainingCardResult:
        return await call_one_or_error(
            info,
            info.context.backends.training_cards.OpenTrainingCard,
            tpb.OpenTrainingCardRequest(
                unit_id=str(unit_id),
                specialty=specialty,
                programme_version=programme_version,
                mode=mode,
                started_on=started_on.isoformat(),
            ),
            TrainingCard,
            "card",
        )

    @strawberry.mutation(description="The trainee records an entry on their card.")
    async def add_card_entry(
        self,
        info: GatewayInfo,
        card_id: CardId,
        entry: Annotated[CardEntryInput, strawberry.argument(description="The entry.")],
        idempotency_key: Annotated[
            str, strawberry.argument(description="The same key again returns the entry made.")
        ],
    ) -> CardEntryResult:
        return await call_or_error(
            info,
            info.context.backends.training_cards.AddCardEntry,
            tpb.AddCardEntryRequest(
                card_id=str(card_id), entry=entry.to_pb(), idempotency_key=idempotency_key
            ),
            _entry_change,
        )

    @strawberry.mutation(
        description="The supervisor of the card's unit confirms an entry or returns it with a"
        " reason."
    )
    async def review_card_entry(
        self,
        info: GatewayInfo,
        card_id: CardId,
        entry_id: Annotated[strawberry.ID, strawberry.argument(description="The entry.")],
        confirm: Annotated[bool, strawberry.argument(description="True confirms.")],
        reason: Annotated[
            str, strawberry.argument(description="Why it is returned (required then).")
        ] = "",
    ) -> CardEntryResult:
        return await call_or_error(
            info,
            info.context.backends.training_cards.ReviewCardEntry,
            tpb.ReviewCardEntryRequest(
                card_id=str(card_id), entry_id=str(entry_id), confirm=confirm, reason=reason
            ),
            _entry_change,
        )

    @strawberry.mutation(
        description="The supervisor confirms a module whose requirements are all met."
    )
    async def confirm_module(
        self,
        info: GatewayInfo,
        card_id: CardId,
        module_code: Annotated[str, strawberry.argument(description="The module's code.")],
    ) -> TrainingCardResult:
        return await call_one_or_error(
            info,
            info.context.backends.training_cards.ConfirmModule,
            tpb.ConfirmModuleRequest(card_id=str(card_id), module_code=module_code),
            TrainingCard,
            "card",
        )

    @strawberry.mutation(
        description="The trainee applies for the exam (PES) of a session with a complete card."
    )
    async def apply_for_exam(
        self,
        info: GatewayInfo,
        card_id: CardId,
        session: Annotated[str, strawberry.argument(description="e.g. 2027-spring.")],
        idempotency_key: Annotated[
            str, strawberry.argument(description="The same key again returns the application.")
        ],
    ) -> ExamApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.training_cards.ApplyForExam,
            tpb.ApplyForExamRequest(
                card_id=str(card_id), session=session, idempotency_key=idempotency_key
            ),
            ExamApplication,
            "application",
        )

    @strawberry.mutation(
        description="The exam centre accepts an application or returns it with a reason."
    )
    async def decide_exam_application(
        self,
        info: GatewayInfo,
        application_id: Annotated[
            strawberry.ID, strawberry.argument(description="The application.")
        ],
        accept: Annotated[bool, strawberry.argument(description="True accepts.")],
        reason: Annotated[
            str, strawberry.argument(description="Why it is returned (required then).")
        ] = "",
    ) -> ExamApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.training_cards.DecideExamApplication,
            tpb.DecideExamApplicationRequest(
                application_id=str(application_id), accept=accept, reason=reason
            ),
            ExamApplication,
            "application",
        )
