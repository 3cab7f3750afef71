"""Where a thing sits along school → municipality → region, and what a caller may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from cpd_platform.principal import Scope


@dataclass(frozen=True, slots=True)
class Place:
    """Where a thing sits: its region, and its municipality and school when it has them."""

    region_code: str
    municipality_id: str | None = None
    school_id: str | None = None

    def chain(self) -> list[Scope]:
        scopes = []
        if self.school_id:
            scopes.append(Scope.school(self.school_id))
        if self.municipality_id:
            scopes.append(Scope.municipality(self.municipality_id))
        scopes.append(Scope.region(self.region_code))
        return scopes


class Located(Protocol):
    """A teacher, holding, number or application: it sits in a school."""

    @property
    def region_code(self) -> str: ...
    @property
    def municipality_id(self) -> str | None: ...
    @property
    def school_id(self) -> str | None: ...


def place_of(thing: Located) -> Place:
    return Place(thing.region_code, thing.municipality_id, thing.school_id)


@dataclass(frozen=True, slots=True)
class Visibility:
    """What a caller may see: everything (admin), or the union of their scopes."""

    everything: bool
    regions: frozenset[str]
    municipalities: frozenset[str]
    schools: frozenset[str]

    def allows(self, place: Place) -> bool:
        return (
            self.everything
            or place.region_code in self.regions
            or (place.municipality_id or "") in self.municipalities
            or (place.school_id or "") in self.schools
        )


@dataclass(frozen=True, slots=True)
class ListScope:
    """What a list shows: the caller's visibility, narrowed by the filters they gave (filters
    never widen it; one outside it gives an empty list)."""

    visibility: Visibility
    region_code: str = ""
    municipality_id: str = ""
    school_id: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One operator action: who, what, where, before and after (kept in its transaction)."""

    actor_person_id: str
    actor_subject: str
    action: str
    entity_type: str
    entity_id: str
    place: Place
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class AuditView:
    """An audit row as operators read it (before and after as JSON text)."""

    id: str
    at: datetime
    actor_person_id: str
    actor_subject: str
    action: str
    entity_type: str
    entity_id: str
    before_json: str
    after_json: str
    school_id: str
    municipality_id: str
    region_code: str
