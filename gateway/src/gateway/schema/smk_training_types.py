"""GraphQL types of SMK specialisation training (catalog-svc's programmes and training units,
plan-svc's training cards and exam applications), derived from their protobuf messages, and
the inputs that become their requests. Texts for SMK users (messages of errors) are Polish."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from cpd.catalog.v1 import specialisation_pb2 as spb
from cpd.plan.v1 import training_card_pb2 as tpb
from gateway.mapping import MessageInput, MessageType, protobuf_enum, protobuf_type, to_message


@protobuf_enum(spb.ProgrammeModuleKind)
class ProgrammeModuleKind(Enum):
    pass


@protobuf_enum(spb.ProcedureType)
class ProcedureType(Enum):
    pass


@protobuf_enum(spb.TrainingMode)
class TrainingMode(Enum):
    pass


@protobuf_enum(tpb.EntryKind)
class EntryKind(Enum):
    pass


@protobuf_enum(tpb.EntryStatus)
class EntryStatus(Enum):
    pass


@protobuf_enum(tpb.ExamApplicationStatus)
class ExamApplicationStatus(Enum):
    pass


@protobuf_type
class ProgrammeCourse(MessageType[spb.ProgrammeCourse]):
    pass


@protobuf_type
class ProgrammeInternship(MessageType[spb.ProgrammeInternship]):
    pass


@protobuf_type
class ProgrammeProcedure(MessageType[spb.ProgrammeProcedure]):
    pass


@protobuf_type
class ProgrammeModule(MessageType[spb.ProgrammeModule]):
    pass


@protobuf_type
class Programme(MessageType[spb.Programme]):
    published_at: datetime = strawberry.field(description="When it was published.")


@protobuf_type
class ModePlaces(MessageType[spb.ModePlaces]):
    pass


@protobuf_type
class Accreditation(MessageType[spb.Accreditation]):
    valid_from: date = strawberry.field(description="First day of validity.")
    valid_until: date = strawberry.field(description="Last day of validity.")


@protobuf_type
class TrainingUnit(MessageType[spb.TrainingUnit]):
    id: strawberry.ID


@protobuf_type
class CardEntry(MessageType[tpb.CardEntry]):
    id: strawberry.ID
    performed_on: date = strawberry.field(description="The day it was done.")
    decided_at: datetime | None = strawberry.field(
        description="When it was decided; null while submitted."
    )
    created_at: datetime = strawberry.field(description="When it was recorded.")


@protobuf_type
class RequirementProgress(MessageType[tpb.RequirementProgress]):
    pass


@protobuf_type
class ModuleProgress(MessageType[tpb.ModuleProgress]):
    completed_at: datetime | None = strawberry.field(
        description="When the supervisor confirmed the module; null until then."
    )


@protobuf_type
class TrainingCard(MessageType[tpb.TrainingCard]):
    id: strawberry.ID
    started_on: date = strawberry.field(description="The first day of training.")


@protobuf_type
class CardEntryChange(MessageType[tpb.AddCardEntryResponse]):
    """An entry as stored, and the card after it."""


@protobuf_type
class ExamApplication(MessageType[tpb.ExamApplication]):
    id: strawberry.ID
    submitted_at: datetime = strawberry.field(description="When it was submitted.")
    decided_at: datetime | None = strawberry.field(
        description="When it was decided; null while submitted."
    )


@strawberry.input(description="A course of a programme module.")
class ProgrammeCourseInput(MessageInput[spb.ProgrammeCourse]):
    code: str = strawberry.field(description="Unique within the programme, e.g. K-ATLS.")
    title: str = strawberry.field(description="The course's title (Polish).")
    hours: int = strawberry.field(description="Its length in hours, more than 0.")


@strawberry.input(description="An internship (staż kierunkowy) of a programme module.")
class ProgrammeInternshipInput(MessageInput[spb.ProgrammeInternship]):
    code: str = strawberry.field(description="Unique within the programme.")
    title: str = strawberry.field(description="The internship's title (Polish).")
    weeks: int = strawberry.field(description="Its length in weeks, more than 0.")
    where: str = strawberry.field(
        default="", description="Where it may be done; empty: at any accredited unit."
    )


@strawberry.input(description="A procedure of a programme module with its required count.")
class ProgrammeProcedureInput(MessageInput[spb.ProgrammeProcedure]):
    code: str = strawberry.field(description="Unique within the programme.")
    title: str = strawberry.field(description="The procedure's name (Polish).")
    type: ProcedureType = strawberry.field(description="A (performed) or B (assisted).")
    required_count: int = strawberry.field(description="How many, more than 0.")


@strawberry.input(description="A module of a programme.")
class ProgrammeModuleInput(MessageInput[spb.ProgrammeModule]):
    code: str = strawberry.field(description="Unique within the programme.")
    title: str = strawberry.field(description="The module's title (Polish).")
    kind: ProgrammeModuleKind = strawberry.field(description="Basic or specialised.")
    courses: list[ProgrammeCourseInput] = strawberry.field(
        default_factory=list, description="Its courses."
    )
    internships: list[ProgrammeInternshipInput] = strawberry.field(
        default_factory=list, description="Its internships."
    )
    procedures: list[ProgrammeProcedureInput] = strawberry.field(
        default_factory=list, description="Its procedures."
    )
    duty_hours: int = strawberry.field(default=0, description="Duty hours required; 0: none.")
    self_study_days: int = strawberry.field(default=0, description="Self-study days; 0: none.")


@strawberry.input(description="A programme to publish as its specialty's next version.")
class ProgrammeInput(MessageInput[spb.Programme]):
    specialty: str = strawberry.field(
        description="The specialty's code: lowercase letters, digits, hyphens."
    )
    specialty_name: str = strawberry.field(description="The specialty's name (Polish).")
    title: str = strawberry.field(description="The programme's title (Polish).")
    duration_years: int = strawberry.field(description="Its length in years, 1 to 10.")
    modules: list[ProgrammeModuleInput] = strawberry.field(
        description="Its modules, basic ones first."
    )


@strawberry.input(description="Places of one mode.")
class ModePlacesInput(MessageInput[spb.ModePlaces]):
    mode: TrainingMode = strawberry.field(description="Residency or non-residency.")
    places: int = strawberry.field(description="The number of places, 0 or more.")


@strawberry.input(description="A training unit's accreditation for one specialty.")
class AccreditUnitInput:
    registry_number: str = strawberry.field(
        description="The unit's number in the register of medical entities; finds or makes it."
    )
    name: str = strawberry.field(description="The unit's name.")
    voivodeship: str = strawberry.field(description="Its voivodeship (TERYT code, e.g. 14).")
    city: str = strawberry.field(description="Its town.")
    specialty: str = strawberry.field(description="The specialty (a published programme's).")
    places: list[ModePlacesInput] = strawberry.field(description="Places per mode.")
    valid_from: date = strawberry.field(description="First day of validity.")
    valid_until: date = strawberry.field(description="Last day of validity.")

    def to_pb(self) -> spb.AccreditUnitRequest:
        accreditation = to_message(self, spb.Accreditation)
        return to_message(self, spb.AccreditUnitRequest, accreditation=accreditation)


@strawberry.input(description="A training card entry recorded by the trainee.")
class CardEntryInput(MessageInput[tpb.CardEntry]):
    module_code: str = strawberry.field(description="The module's code.")
    kind: EntryKind = strawberry.field(description="What is recorded.")
    performed_on: date = strawberry.field(description="The day it was done.")
    element_code: str = strawberry.field(
        default="", description="The course, internship or procedure code; empty otherwise."
    )
    quantity: int = strawberry.field(
        default=1, description="Weeks (internship), hours (duty), days (self-study); else 1."
    )
    patient_code: str = strawberry.field(
        default="", description="A procedure's patient code (no personal data)."
    )
    catalog_element_id: str = strawberry.field(
        default="",
        description="For a course: the catalog element whose posted credit confirms it.",
    )
