"""The rows of pk-regional-svc's in-memory repositories, shared by them all (one snapshot
and restore for the unit of work), and the in-memory twins of list scopes."""

from __future__ import annotations

from dataclasses import dataclass, field

from pk_regional_svc.adapters.passport_cipher import Sealed
from pk_regional_svc.domain.allocation import Decision, Outcome
from pk_regional_svc.domain.application import Application
from pk_regional_svc.domain.campaign import Campaign, QuotaScope
from pk_regional_svc.domain.completion import CompletionView
from pk_regional_svc.domain.municipality import Municipality
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberStatus,
    UniqueNumber,
)
from pk_regional_svc.domain.questionnaire import Answers, Question
from pk_regional_svc.domain.scope import AuditEntry, ListScope, Place
from pk_regional_svc.domain.structure import School, Teacher, TeacherView


@dataclass
class Tables:
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    schools: dict[str, School] = field(default_factory=dict)
    teachers: dict[str, TeacherView] = field(default_factory=dict)
    campaigns: dict[str, Campaign] = field(default_factory=dict)
    secrets: dict[str, bytes] = field(default_factory=dict)
    quotas: dict[tuple[str, QuotaScope, str], int] = field(default_factory=dict)
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    outcomes: dict[tuple[str, str], tuple[Outcome, str]] = field(default_factory=dict)
    numbers: dict[str, UniqueNumber] = field(default_factory=dict)
    holdings: dict[str, Holding] = field(default_factory=dict)  # in the order they were made
    applications: dict[str, Application] = field(default_factory=dict)
    passports: dict[str, Sealed] = field(default_factory=dict)
    questions: dict[str, list[Question]] = field(default_factory=dict)
    answers: dict[tuple[str, str], Answers] = field(default_factory=dict)
    completions: dict[tuple[str, str, str, str], CompletionView] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)


def in_scope(scope: ListScope, place: Place) -> bool:
    """The in-memory twin of adapters.visibility.scope_clause."""
    return (
        (not scope.school_id or place.school_id == scope.school_id)
        and (not scope.municipality_id or place.municipality_id == scope.municipality_id)
        and (not scope.region_code or place.region_code == scope.region_code)
        and scope.visibility.allows(place)
    )


def place_of(teacher: Teacher) -> Place:
    return Place(teacher.region_code, teacher.municipality_id, teacher.school_id)


def live(h: Holding) -> bool:
    return h.status is not NumberStatus.REFUSED
