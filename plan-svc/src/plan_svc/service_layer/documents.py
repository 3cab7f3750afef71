"""Use cases of documents and the cycles they open, and the ФРМР register extract."""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Protocol

from cpd_platform.clock import Clock
from cpd_platform.errors import AlreadyExists, InvalidArgument
from cpd_platform.principal import Principal, Role
from plan_svc.domain.cycle import (
    Cycle,
    Document,
    DocumentKind,
    check_no_overlap,
    default_rule_set,
    open_cycle,
    validate_document,
)
from plan_svc.domain.frmr import RegisterRecord
from plan_svc.domain.limits import checked_text
from plan_svc.domain.rule_sets import RULE_SETS, RuleSet
from plan_svc.domain.specialties import NomenclatureSpecialty, check_specialty
from plan_svc.service_layer.ports import PlanUnitOfWorkPort

# FGOS codes (31.08.36) and the nomenclature's local codes of specialties without one (L.08.01).
SPECIALTY_CODE = re.compile(r"^(\d{2}|L)\.\d{2}\.\d{2}$")


class Nomenclature(Protocol):
    """The nomenclature of specialties (catalog-svc's reference data)."""

    async def specialty(self, code: str) -> NomenclatureSpecialty | None: ...


def _rule_set(code: str) -> RuleSet:
    """The rule set of the code the caller named; an unknown code is an InvalidArgument."""
    rule_set = RULE_SETS.get(code)
    if rule_set is None:
        raise InvalidArgument("unknown_rule_set", "Неизвестный набор правил")
    return rule_set


async def add_document(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    *,
    nomenclature: Nomenclature,
    clock: Clock,
    kind: DocumentKind,
    specialty_code: str,
    series: str,
    number: str,
    issued_on: date,
    rule_set_code: str,
) -> tuple[Document, Cycle]:
    """Adds the caller's document and opens its cycle; the same document again returns both.

    Credits the person already has are attributed to the new cycle at once: attribution is
    derived from the person-level credit projection whenever progress is read."""
    person_id = principal.require_person()
    today = clock.today()
    specialty_code = checked_text("specialty_code", specialty_code)
    series, number = checked_text("series", series), checked_text("number", number)
    rule_set_code = checked_text("rule_set", rule_set_code)
    if not SPECIALTY_CODE.match(specialty_code):
        raise InvalidArgument("invalid_specialty_code", "Код специальности в формате 31.08.36")
    validate_document(kind, specialty_code, number, issued_on, today)
    check_specialty(kind, specialty_code, await nomenclature.specialty(specialty_code))
    rule_set = _rule_set(rule_set_code) if rule_set_code else default_rule_set(kind)
    async with uow:
        await uow.lock_person(person_id)
        existing = await uow.documents.find(person_id, kind, series, number)
        if existing is not None:
            document, _ = existing
            cycle = await uow.cycles.by_document(document.id)
            if (document.specialty_code, document.issued_on) != (specialty_code, issued_on) or (
                cycle is None
            ):
                raise AlreadyExists(
                    "document_exists", "Документ с такими серией и номером уже добавлен"
                )
            return document, cycle
        document = Document(
            id=str(uuid.uuid4()),
            person_id=person_id,
            kind=kind,
            specialty_code=specialty_code,
            series=series,
            number=number,
            issued_on=issued_on,
        )
        cycle = open_cycle(
            cycle_id=str(uuid.uuid4()),
            person_id=person_id,
            specialty_code=specialty_code,
            document_kind=kind,
            document_date=issued_on,
            rule_set=rule_set,
            document_id=document.id,
        )
        check_no_overlap(cycle, await uow.cycles.list_for_person(person_id), today)
        await uow.documents.add(document, principal.snils)
        await uow.cycles.add_if_absent(cycle)
        await uow.commit()
    return document, cycle


async def open_cycle_if_absent(
    uow: PlanUnitOfWorkPort,
    *,
    cycle_id: str,
    person_id: str,
    specialty_code: str,
    document_kind: DocumentKind,
    document_date: date,
    rule_set_code: str,
) -> Cycle:
    """A cycle without a document (demo data and tests): idempotent by cycle id."""
    cycle = open_cycle(
        cycle_id=cycle_id,
        person_id=person_id,
        specialty_code=specialty_code,
        document_kind=document_kind,
        document_date=document_date,
        rule_set=_rule_set(rule_set_code),
    )
    async with uow:
        await uow.cycles.add_if_absent(cycle)
        await uow.commit()
    return cycle


async def load_register_extract(
    uow: PlanUnitOfWorkPort, principal: Principal, records: list[RegisterRecord]
) -> int:
    principal.require_role(Role.ADMIN)
    async with uow:
        await uow.register.replace(records)
        await uow.commit()
    return len(records)
