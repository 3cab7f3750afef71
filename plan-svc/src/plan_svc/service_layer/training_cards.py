"""SMK training cards: the trainee opens a card at an accredited unit and records entries; the
supervisor of the card's unit (a grant of smk_supervisor on `training_unit:<id>`) confirms or
returns them and confirms modules; the unit's staff, the exam centre and admins read cards."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from cpd_platform.principal import Principal, Role, Scope
from plan_svc.domain.training_card.card import (
    Card,
    Entry,
    EntryDraft,
    EntryStatus,
    TrainingMode,
    check_entry,
    complete_module,
    confirmed_by_posting,
    review,
)
from plan_svc.service_layer.training_card_ports import (
    Grants,
    SpecialisationCatalog,
    TrainingCardUnitOfWork,
)

CARD_NOT_FOUND = ("smk_card_not_found", "Nie znaleziono karty szkolenia specjalizacyjnego")
TRAINEE_ONLY = (
    "smk_trainee_only",
    "Kartę szkolenia zakłada i prowadzi lekarz w trakcie specjalizacji",
)
NOT_IN_SCOPE = ("smk_entry_not_in_scope", "Wpis nie należy do karty szkolenia w Twojej jednostce")
MAX_KEY_LENGTH = 100


@dataclass(frozen=True, slots=True)
class CardView:
    card: Card
    entries: list[Entry]


def require_trainee(principal: Principal) -> str:
    person_id = principal.require_person()
    if not principal.has_role(Role.SMK_TRAINEE):
        raise PermissionDenied(*TRAINEE_ONLY)
    return person_id


def check_idempotency_key(key: str) -> str:
    if not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidArgument(
            "smk_invalid_idempotency_key", f"Klucz idempotencji: od 1 do {MAX_KEY_LENGTH} znaków"
        )
    return key


def _mode(text: str) -> TrainingMode:
    try:
        return TrainingMode(text)
    except ValueError:
        raise InvalidArgument(
            "smk_invalid_mode", "Tryb szkolenia: residency lub non_residency"
        ) from None


async def open_card(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    unit_id: str,
    specialty: str,
    version: int,
    mode: str,
    started_on: date,
    *,
    catalog: SpecialisationCatalog,
    clock: Clock,
) -> Card:
    person_id = require_trainee(principal)
    training_mode = _mode(mode)
    async with uow:
        existing = await uow.training_cards.of_person(person_id, specialty)
    if existing:
        return existing[0]
    programme = await catalog.programme(specialty, version)
    if programme is None:
        raise NotFound("smk_programme_not_found", "Nie znaleziono programu specjalizacji")
    unit = await catalog.unit(unit_id)
    if unit is None:
        raise NotFound("smk_unit_not_found", "Nie znaleziono jednostki szkolącej")
    if not unit.admits(specialty, training_mode.value, started_on):
        raise FailedPrecondition(
            "smk_unit_not_accredited",
            "Jednostka nie ma ważnej akredytacji z miejscami w tym trybie",
        )
    card = Card(
        id=str(uuid.uuid4()),
        trainee_person_id=person_id,
        unit_id=unit.id,
        unit_name=unit.name,
        mode=training_mode,
        started_on=started_on,
        opened_at=clock.now(),
        programme=programme,
    )
    async with uow:
        if await uow.training_cards.add(card):
            await uow.commit()
            return card
        # A concurrent first opening of the same specialty made it.
        [stored] = await uow.training_cards.of_person(person_id, specialty)
    return stored


async def _is_supervisor(grants: Grants, principal: Principal, card: Card) -> bool:
    return await grants.allows(
        principal, [Role.SMK_SUPERVISOR], [Scope.training_unit(card.unit_id)]
    )


async def _may_read(grants: Grants, principal: Principal, card: Card) -> bool:
    if principal.person_id == card.trainee_person_id or principal.has_role(Role.SMK_EXAM_CENTRE):
        return True
    return await grants.allows(
        principal,
        [Role.SMK_SUPERVISOR, Role.SMK_UNIT_STAFF],
        [Scope.training_unit(card.unit_id)],
    )


async def _views(uow: TrainingCardUnitOfWork, cards: list[Card]) -> list[CardView]:
    """The cards with their entries (read in the caller's transaction)."""
    entries = await uow.training_cards.entries(c.id for c in cards)
    return [CardView(c, entries[c.id]) for c in cards]


async def get_card(
    uow: TrainingCardUnitOfWork, principal: Principal, card_id: str, *, grants: Grants
) -> CardView:
    async with uow:
        card = await uow.training_cards.get(card_id)
        if card is None or not await _may_read(grants, principal, card):
            raise NotFound(*CARD_NOT_FOUND)
        [view] = await _views(uow, [card])
    return view


async def list_my_cards(uow: TrainingCardUnitOfWork, principal: Principal) -> list[CardView]:
    person_id = principal.require_person()
    async with uow:
        return await _views(uow, await uow.training_cards.of_person(person_id))


async def list_unit_cards(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    unit_id: str,
    pending_only: bool,
    *,
    grants: Grants,
) -> list[CardView]:
    allowed = await grants.allows(
        principal, [Role.SMK_SUPERVISOR, Role.SMK_UNIT_STAFF], [Scope.training_unit(unit_id)]
    )
    if not allowed:
        raise PermissionDenied(*NOT_IN_SCOPE)
    async with uow:
        return await _views(
            uow, await uow.training_cards.of_unit(unit_id, pending_only=pending_only)
        )


async def add_entry(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    card_id: str,
    draft: EntryDraft,
    idempotency_key: str,
    *,
    clock: Clock,
) -> tuple[Entry, CardView]:
    person_id = require_trainee(principal)
    key = check_idempotency_key(idempotency_key)
    async with uow:
        await uow.training_cards.lock_person(person_id)
        card = await trainees_card(uow, person_id, card_id)
        stored = await uow.training_cards.entry_by_key(card.id, key)
        if stored is None:
            check_entry(card, draft, clock.today())
            stored = Entry(
                str(uuid.uuid4()), card.id, draft, EntryStatus.SUBMITTED, clock.now(), key
            )
            if draft.catalog_element_id:
                # The provider may have posted the course before the trainee recorded it.
                credit = await uow.training_cards.posted_credit(person_id, draft.catalog_element_id)
                if credit is not None:
                    stored = confirmed_by_posting(
                        stored, draft.catalog_element_id, credit, clock.now()
                    )
            await uow.training_cards.add_entry(stored)
            await uow.commit()
        elif stored.draft != draft:
            raise FailedPrecondition(
                "smk_idempotency_key_reused", "Ten klucz został już użyty dla innego wpisu"
            )
    return stored, await _view(uow, card)


async def _view(uow: TrainingCardUnitOfWork, card: Card) -> CardView:
    async with uow:
        [view] = await _views(uow, [await uow.training_cards.get(card.id) or card])
    return view


async def trainees_card(uow: TrainingCardUnitOfWork, person_id: str, card_id: str) -> Card:
    """The trainee's own card, locked; another's is not found, as one that does not exist."""
    card = await uow.training_cards.get(card_id, for_update=True)
    if card is None or card.trainee_person_id != person_id:
        raise NotFound(*CARD_NOT_FOUND)
    return card


async def _supervised_card(
    uow: TrainingCardUnitOfWork, principal: Principal, card_id: str, grants: Grants
) -> Card:
    """The card, locked, when the caller supervises its unit."""
    card = await uow.training_cards.get(card_id, for_update=True)
    if card is None:
        raise NotFound(*CARD_NOT_FOUND)
    if not await _is_supervisor(grants, principal, card):
        raise PermissionDenied(*NOT_IN_SCOPE)
    return card


def _decider(principal: Principal) -> str:
    return principal.person_id or principal.subject


async def review_entry(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    card_id: str,
    entry_id: str,
    confirm: bool,
    reason: str,
    *,
    grants: Grants,
    clock: Clock,
) -> tuple[Entry, CardView]:
    async with uow:
        card = await _supervised_card(uow, principal, card_id, grants)
        entry = await uow.training_cards.entry(card.id, entry_id, for_update=True)
        if entry is None:
            raise NotFound("smk_entry_not_found", "Nie znaleziono wpisu w karcie")
        decided = review(entry, confirm, reason, _decider(principal), clock.now())
        if decided is not entry:
            await uow.training_cards.update_entry(decided)
            await uow.commit()
    return decided, await _view(uow, card)


async def confirm_module(
    uow: TrainingCardUnitOfWork,
    principal: Principal,
    card_id: str,
    module_code: str,
    *,
    grants: Grants,
    clock: Clock,
) -> CardView:
    async with uow:
        card = await _supervised_card(uow, principal, card_id, grants)
        entries = (await uow.training_cards.entries([card.id]))[card.id]
        completed = complete_module(card, entries, module_code, _decider(principal), clock.now())
        if completed is not card:
            completion = completed.completion(module_code)
            assert completion is not None
            await uow.training_cards.add_completion(card.id, completion)
            await uow.commit()
    return CardView(completed, entries)
