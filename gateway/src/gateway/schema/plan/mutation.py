"""Mutations of the plan service; expected failures come back as typed UserErrors."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import MessageInput, call_one_or_error, call_or_error, result_union
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.plan.applications import Application, ApplicationInput, EventRegistration
from gateway.schema.plan.cycles import Cycle, PlanItem, plan_item_with_element
from gateway.schema.plan.elements import elements_if_asked
from gateway.schema.plan.enums import DocumentKind

# Seconds plan-svc has for a ФРМР extract: 200,000 records (12 MB) took 8 s end to end in the
# e2e run (parsing them alone about 4 s), over the 5 s every other call gets.
REGISTER_EXTRACT_DEADLINE = 60.0

CycleIdArgument = Annotated[
    strawberry.ID, strawberry.argument(description="One of the caller's cycles.")
]
ElementIdArgument = Annotated[strawberry.ID, strawberry.argument(description="A catalog element.")]
ApplicationIdArgument = Annotated[
    strawberry.ID, strawberry.argument(description="The application.")
]


@strawberry.input(
    description="A certificate or accreditation document; it opens a five-year cycle."
)
class DocumentInput(MessageInput[plan_pb2.AddDocumentRequest]):
    kind: DocumentKind = strawberry.field(description="Kind of document.")
    specialty_code: str = strawberry.field(
        description="Specialty code, NN.NN.NN or L.NN.NN, e.g. 31.08.36 (invalid_specialty_code)."
    )
    number: str = strawberry.field(
        description="At most 32 characters, with a letter or digit (document_number_required)."
    )
    issued_on: date = strawberry.field(
        description="Issue date, not in the future, not before 1990-01-01; the cycle starts on it."
    )
    series: str = strawberry.field(default="", description="At most 32 characters; may be empty.")
    rule_set: str | None = strawberry.field(
        default=None,
        description="Code of a published rule set (unknown_rule_set otherwise); null for the "
        "default: nmo-250, or nmo-709n-144 for periodic accreditation.",
    )


@strawberry.type(description="What removePlanItem did.")
class RemovePlanItemPayload:
    cycle_id: strawberry.ID = strawberry.field(description="The cycle asked about.")
    element_id: strawberry.ID = strawberry.field(description="The element asked about.")
    removed: bool = strawberry.field(
        description="True when an item was removed; false when the element was not in the plan."
    )


@strawberry.type(description="What loadRegisterExtract stored.")
class RegisterExtractPayload:
    records: int = strawberry.field(description="Number of records now in the register extract.")


AddDocumentResult = Annotated[
    Cycle | UserError,
    result_union("AddDocumentResult", "The cycle the document opened"),
]
PlanItemResult = Annotated[
    PlanItem | UserError,
    result_union("PlanItemResult", "The plan item", "why the element could not be planned"),
]
RemovePlanItemResult = Annotated[
    RemovePlanItemPayload | UserError,
    result_union("RemovePlanItemResult", "What was removed", "why the plan could not be changed"),
]
ApplicationResult = Annotated[
    Application | UserError,
    result_union("ApplicationResult", "The application after the change"),
]
EventRegistrationResult = Annotated[
    EventRegistration | UserError,
    result_union(
        "EventRegistrationResult", "The registration", "why the event could not be registered for"
    ),
]
RegisterExtractResult = Annotated[
    RegisterExtractPayload | UserError,
    result_union("RegisterExtractResult", "What the ФРМР extract load stored"),
]


@strawberry.type
class PlanMutation:
    @strawberry.mutation(
        description="Adds a certificate or accreditation document; it opens a five-year cycle "
        "(the existing cycle when the document is already there)."
    )
    async def add_document(
        self,
        info: GatewayInfo,
        document: Annotated[DocumentInput, strawberry.argument(description="The document.")],
    ) -> AddDocumentResult:
        return await call_one_or_error(
            info, info.context.backends.plan.AddDocument, document.to_pb(), Cycle, "cycle"
        )

    @strawberry.mutation(
        description="Adds a catalog element eligible for the cycle's specialty to the cycle's "
        "plan (the existing item when already planned)."
    )
    async def add_plan_item(
        self, info: GatewayInfo, cycle_id: CycleIdArgument, element_id: ElementIdArgument
    ) -> PlanItemResult:
        added = await call_or_error(
            info,
            info.context.backends.plan.AddPlanItem,
            plan_pb2.AddPlanItemRequest(cycle_id=str(cycle_id), element_id=str(element_id)),
            lambda reply: reply.item,
        )
        if isinstance(added, UserError):
            return added
        elements = await elements_if_asked(info, [added.element_id], "element")
        return plan_item_with_element(added, elements)

    @strawberry.mutation(description="Removes an element from a cycle's plan.")
    async def remove_plan_item(
        self, info: GatewayInfo, cycle_id: CycleIdArgument, element_id: ElementIdArgument
    ) -> RemovePlanItemResult:
        return await call_or_error(
            info,
            info.context.backends.plan.RemovePlanItem,
            plan_pb2.RemovePlanItemRequest(cycle_id=str(cycle_id), element_id=str(element_id)),
            lambda reply: RemovePlanItemPayload(
                cycle_id=cycle_id, element_id=element_id, removed=reply.removed
            ),
        )

    @strawberry.mutation(
        description="Applies to a ДПП ПК program cycle; a seat is held until the provider "
        "decides (an application is not enrolment)."
    )
    async def submit_application(
        self,
        info: GatewayInfo,
        application: Annotated[
            ApplicationInput, strawberry.argument(description="The application.")
        ],
    ) -> ApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.plan.SubmitApplication,
            application.to_pb(),
            Application,
            "application",
        )

    @strawberry.mutation(description="Withdraws the caller's application; the seat is released.")
    async def withdraw_application(
        self, info: GatewayInfo, application_id: ApplicationIdArgument
    ) -> ApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.plan.WithdrawApplication,
            plan_pb2.WithdrawApplicationRequest(application_id=str(application_id)),
            Application,
            "application",
        )

    @strawberry.mutation(description="For a provider's staff: accepts an application (enrolment).")
    async def accept_application(
        self, info: GatewayInfo, application_id: ApplicationIdArgument
    ) -> ApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.plan.AcceptApplication,
            plan_pb2.AcceptApplicationRequest(application_id=str(application_id)),
            Application,
            "application",
        )

    @strawberry.mutation(
        description="For a provider's staff: rejects an application with a reason; the seat is "
        "released."
    )
    async def reject_application(
        self,
        info: GatewayInfo,
        application_id: ApplicationIdArgument,
        reason: Annotated[
            str, strawberry.argument(description="Why, for the applicant to read (Russian).")
        ],
    ) -> ApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.plan.RejectApplication,
            plan_pb2.RejectApplicationRequest(application_id=str(application_id), reason=reason),
            Application,
            "application",
        )

    @strawberry.mutation(
        description="Registers the caller for a free event (takes a ticket) and plans it in "
        "the chosen cycles."
    )
    async def register_for_event(
        self,
        info: GatewayInfo,
        element_id: Annotated[
            strawberry.ID, strawberry.argument(description="The free event (catalog element).")
        ],
        cycle_ids: Annotated[
            list[strawberry.ID] | None,
            strawberry.argument(
                description="The cycles to plan the event in (others than the caller's eligible "
                "unfinished cycles are ignored); null for every eligible unfinished cycle."
            ),
        ] = None,
    ) -> EventRegistrationResult:
        return await call_one_or_error(
            info,
            info.context.backends.plan.RegisterForEvent,
            plan_pb2.RegisterForEventRequest(
                element_id=str(element_id), cycle_ids=[str(c) for c in cycle_ids or []]
            ),
            EventRegistration,
            "registration",
        )

    @strawberry.mutation(
        description="For an administrator: loads a ФРМР register extract, replacing the "
        "previous one; documents' ФРМР statuses are checked against it."
    )
    async def load_register_extract(
        self,
        info: GatewayInfo,
        format: Annotated[
            str,
            strawberry.argument(description="json or csv (invalid_extract_format otherwise)."),
        ],
        content: Annotated[
            str, strawberry.argument(description="The extract; at most 200000 records.")
        ],
    ) -> RegisterExtractResult:
        return await call_or_error(
            info,
            info.context.backends.plan.LoadRegisterExtract,
            plan_pb2.LoadRegisterExtractRequest(format=format, content=content.encode()),
            lambda reply: RegisterExtractPayload(records=reply.records),
            deadline=REGISTER_EXTRACT_DEADLINE,
        )
