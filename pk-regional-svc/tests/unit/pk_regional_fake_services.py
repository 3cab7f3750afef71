"""Fakes of what pk-regional-svc's use cases call besides storage: identity-svc's grants
(behind the real Authz), catalog-svc's registry and seats; and people and teachers to test with."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cpd_platform.access import Access
from cpd_platform.errors import FailedPrecondition
from cpd_platform.principal import Grant, Principal, Role, Scope
from pk_regional_svc.adapters.catalog import TEACHERS, Course, Group
from pk_regional_svc.domain.structure import Teacher, TeacherView
from pk_regional_svc.service_layer.authz import Authz


class GrantsInMemory:
    def __init__(self) -> None:
        self.grants: dict[str, set[Grant]] = {}

    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        return frozenset(self.grants.get(person_id, set()))

    def give(self, person_id: str, role: Role, scope: Scope) -> None:
        self.grants.setdefault(person_id, set()).add(Grant(role, scope))


def authz_over(grants: GrantsInMemory) -> Authz:
    return Authz(Access(grants, ttl=0.0))


def person(person_id: str | None = None, snils: str | None = None) -> Principal:
    pid = person_id or str(uuid.uuid4())
    return Principal(
        subject=f"sub-{pid}",
        client_id="web",
        roles=frozenset(),
        person_id=pid,
        snils=snils,
        token="token",
    )


@dataclass
class FakeCatalog:
    """catalog-svc's registry and seats: each group has a number of seats, never oversold."""

    courses_by_id: dict[str, Course] = field(default_factory=dict)
    groups_by_id: dict[str, Group] = field(default_factory=dict)
    seats: dict[str, int] = field(default_factory=dict)
    reservations: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    released: list[tuple[str, str]] = field(default_factory=list)  # (key, "holder"/"operator")

    def add_course(self, course_id: str, hours: int, region_code: str = "16") -> None:
        self.courses_by_id[course_id] = Course(
            course_id, f"Курс {course_id}", hours, region_code, TEACHERS, "published"
        )

    def add_group(self, group_id: str, course_id: str, seats: int = 10) -> None:
        self.groups_by_id[group_id] = Group(group_id, course_id, "2026-02-01", "2026-02-20")
        self.seats[group_id] = seats

    async def courses(self, ids: Sequence[str]) -> dict[str, Course]:
        return {i: self.courses_by_id[i] for i in ids if i in self.courses_by_id}

    async def groups(self, ids: Sequence[str]) -> dict[str, Group]:
        return {i: self.groups_by_id[i] for i in ids if i in self.groups_by_id}

    async def reserve(self, group_ids: Sequence[str], holder: str, key: str) -> str:
        if key in self.reservations:
            return self.reservations[key][0]
        if any(self.seats[g] <= 0 for g in group_ids):
            raise FailedPrecondition("no_seats", "Мест нет")
        for g in group_ids:
            self.seats[g] -= 1
        reservation = f"r-{len(self.reservations) + 1}"
        self.reservations[key] = (reservation, list(group_ids))
        return reservation

    def _release(self, key: str, who: str) -> None:
        if key in self.reservations:
            for g in self.reservations.pop(key)[1]:
                self.seats[g] += 1
            self.released.append((key, who))

    async def release(self, key: str) -> None:
        self._release(key, "holder")

    async def release_for_holder(self, key: str) -> None:
        self._release(key, "operator")


def teacher_view(
    teacher_id: str,
    school_id: str,
    municipality_id: str,
    *,
    snils: str,
    person_id: str | None = None,
    last_training_year: int | None = None,
    last_budget_number_year: int | None = None,
    region_code: str = "16",
    family_name: str = "Иванова",
) -> TeacherView:
    teacher = Teacher(
        id=teacher_id,
        school_id=school_id,
        municipality_id=municipality_id,
        region_code=region_code,
        snils=snils,
        family_name=family_name,
        given_name="Анна",
        person_id=person_id,
        last_budget_number_year=last_budget_number_year,
    )
    teacher.profile = dataclasses.replace(teacher.profile, last_training_year=last_training_year)
    return TeacherView(teacher, [])


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
