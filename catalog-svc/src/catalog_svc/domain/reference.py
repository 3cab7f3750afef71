"""Reference data: specialties, the lists the catalog's elements are described with, providers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class EducationLevel(StrEnum):
    HIGHER = "higher"
    SECONDARY = "secondary"


class ReferenceKind(StrEnum):
    REGION = "region"
    FUNDING_BASIS = "funding_basis"
    FORM_OF_STUDY = "form_of_study"
    EVENT_FORMAT = "event_format"
    MODULE_KIND = "module_kind"
    TEACHER_SUBJECT = "teacher_subject"


class FundingBasis(StrEnum):
    BUDGET = "budget"
    CONTRACT = "contract"
    # ФФОМС/ТФОМС: the normalised insurance reserve of the compulsory medical insurance funds.
    OMS = "oms"
    # A free event's ticket.
    TICKET = "ticket"


# The bases a program cycle's seats may have (tickets belong to free events).
CYCLE_BASES = frozenset({FundingBasis.BUDGET, FundingBasis.CONTRACT, FundingBasis.OMS})


class FormOfStudy(StrEnum):
    FULL_TIME = "full_time"  # очная
    PART_TIME = "part_time"  # очно-заочная
    EXTRAMURAL = "extramural"  # заочная


class EventFormat(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"


class ModuleKind(StrEnum):
    CLINICAL_GUIDELINE = "clinical_guideline"
    CLINICAL_CASE = "clinical_case"
    VIDEO_LECTURE = "video_lecture"
    SIMULATION = "simulation"


class Audience(StrEnum):
    MEDICAL = "medical"
    TEACHERS = "teachers"


@dataclass(frozen=True, slots=True)
class Specialty:
    code: str
    name: str
    level: EducationLevel


@dataclass(frozen=True, slots=True)
class ReferenceItem:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    name: str
    region_code: str
    # The OAuth client (a token's `azp`) of the provider's own system; None when it has none.
    client_id: str | None
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    inn: str = ""
    license_number: str = ""
    license_date: date | None = None
    accreditation: str = ""
