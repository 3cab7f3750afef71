"""Use cases that change elements: providers' staff (GraphQL through the gateway), providers'
systems (bulk over gRPC) and admins. Authorisation is decided here."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from catalog_svc.domain.element import Element, ElementKind, ElementStatus, ProgramCycle
from catalog_svc.domain.reference import Provider, ReferenceKind
from catalog_svc.service_layer.authz import Editors, system_provider
from catalog_svc.service_layer.ports import CatalogUnitOfWorkPort, CycleStore
from cpd_platform.errors import (
    AlreadyExists,
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal, Role
from cpd_platform.regions import is_region_code

MAX_UPSERT = 500
# Element and cycle ids of a provider system's upserts derive from its external ids, so a retry
# (or a race of two retries) lands on the same rows.
_UPSERT_NAMESPACE = uuid.UUID("0b7c1f2e-5d3a-4c8e-9f61-2a4b6c8d0e13")

ELEMENT_NOT_FOUND = ("element_not_found", "Элемент не найден")
PROVIDER_NOT_FOUND = ("provider_not_found", "Образовательная организация не найдена")


def _not_found() -> NotFound:
    return NotFound(*ELEMENT_NOT_FOUND)


def _uuid_or_new(value: str) -> str:
    if not value:
        return str(uuid.uuid4())
    parsed = valid_uuids([value])
    if not parsed:
        raise InvalidArgument("invalid_id", f"Неверный идентификатор: {value!r}")
    return str(parsed[0])


async def _check_codes(uow: CatalogUnitOfWorkPort, element: Element) -> None:
    unknown = await uow.specialties.unknown(element.specialty_codes)
    if unknown:
        raise InvalidArgument("unknown_specialty", f"Неизвестная специальность: {unknown[0]}")
    subjects = await uow.references.unknown(ReferenceKind.TEACHER_SUBJECT, element.subject_codes)
    if subjects:
        raise InvalidArgument("unknown_subject", f"Неизвестный предмет: {subjects[0]}")
    if element.audience.value == "teachers" and not element.subject_codes:
        raise InvalidArgument("subject_required", "Укажите предмет программы для педагогов")


async def _provider_of(uow: CatalogUnitOfWorkPort, element: Element) -> Provider:
    providers = await uow.providers.get_many([element.provider_id])
    if not providers:
        raise NotFound(*PROVIDER_NOT_FOUND)
    return providers[0]


async def _with_region(uow: CatalogUnitOfWorkPort, element: Element) -> Element:
    """An element is held in its provider's region unless it says otherwise."""
    if element.region_code:
        return element
    provider = await _provider_of(uow, element)
    return dataclasses.replace(element, region_code=provider.region_code)


async def _announce(uow: CatalogUnitOfWorkPort, element: Element) -> None:
    """The element changed (its status as it is now)."""
    await uow.emit(
        "catalog.element_changed", {"element_id": element.id, "status": element.status.value}
    )


def _publishable(element: Element) -> None:
    draft = dataclasses.replace(element, status=ElementStatus.DRAFT)
    draft.publish()


@dataclass(frozen=True, slots=True)
class UpsertOutcome:
    external_id: str
    element_id: str = ""
    created: bool = False
    error: DomainError | None = None


async def create_element(
    uow: CatalogUnitOfWorkPort, principal: Principal, draft: Element, *, editors: Editors
) -> Element:
    element_id = _uuid_or_new(draft.id)
    element = dataclasses.replace(
        draft,
        id=element_id,
        status=ElementStatus.DRAFT,
        rating=0.0,
        cycles=tuple(
            dataclasses.replace(c, id=_uuid_or_new(c.id), element_id=element_id)
            for c in draft.cycles
        ),
    ).with_dates_of_cycles()
    if not valid_uuids([element.provider_id]):
        raise InvalidArgument("invalid_provider_id", "Неверный идентификатор организации")
    async with uow:
        await editors.require(uow, principal, element.provider_id)
        element = await _with_region(uow, element)
        element.validate()
        created = await _insert(uow, element)
        await uow.commit()
    return created


async def _insert(uow: CatalogUnitOfWorkPort, element: Element) -> Element:
    await _provider_of(uow, element)
    await _check_codes(uow, element)
    if element.external_id:
        namesake = await uow.elements.find_by_external_id(element.provider_id, element.external_id)
        if namesake is not None and namesake.id != element.id:
            raise AlreadyExists(
                "external_id_exists",
                "Элемент с таким внешним идентификатором у организации уже есть",
            )
    if not await uow.elements.insert(element):
        existing = await uow.elements.get(element.id)
        if existing is None or existing.provider_id != element.provider_id:
            raise AlreadyExists("element_exists", "Элемент с таким идентификатором уже есть")
        return existing
    for cycle in element.cycles:
        await _check_cycle_owner(uow.cycles, cycle)
        await uow.cycles.save(cycle)
    await uow.elements.save_tickets(element)
    await _announce(uow, element)  # a draft
    return await _reloaded(uow, element.id)


async def _check_cycle_owner(cycles: CycleStore, cycle: ProgramCycle) -> None:
    owner = await cycles.element_of(cycle.id)
    if owner is not None and owner != cycle.element_id:
        raise AlreadyExists("cycle_exists", "Цикл с таким идентификатором уже есть")


async def update_element(
    uow: CatalogUnitOfWorkPort, principal: Principal, edited: Element, *, editors: Editors
) -> Element:
    async with uow:
        current = await _editable(uow, principal, edited.id, editors)
        element = await _apply(uow, current, edited)
        await uow.commit()
    return element


async def _editable(
    uow: CatalogUnitOfWorkPort, principal: Principal, element_id: str, editors: Editors
) -> Element:
    current = await uow.elements.get(element_id, for_update=True)
    if current is None:
        raise _not_found()
    await editors.require(uow, principal, current.provider_id)
    return current


async def _apply(uow: CatalogUnitOfWorkPort, current: Element, edited: Element) -> Element:
    current.ensure_editable()
    element = dataclasses.replace(
        edited,
        id=current.id,
        kind=current.kind,
        provider_id=current.provider_id,
        status=current.status,
        rating=current.rating,
        external_id=current.external_id,
        cycles=current.cycles,
        region_code=edited.region_code or current.region_code,
    ).with_dates_of_cycles()
    element.validate()
    if element.status is ElementStatus.PUBLISHED:
        _publishable(element)
    await _check_codes(uow, element)
    await uow.elements.update(element)
    await uow.elements.save_tickets(element)
    await _announce(uow, element)
    return await _reloaded(uow, element.id)


async def publish_element(
    uow: CatalogUnitOfWorkPort, principal: Principal, element_id: str, *, editors: Editors
) -> Element:
    return await _transition(uow, principal, element_id, Element.publish, editors)


async def withdraw_element(
    uow: CatalogUnitOfWorkPort, principal: Principal, element_id: str, *, editors: Editors
) -> Element:
    return await _transition(uow, principal, element_id, Element.withdraw, editors)


async def _transition(
    uow: CatalogUnitOfWorkPort,
    principal: Principal,
    element_id: str,
    step: Callable[[Element], Element],
    editors: Editors,
) -> Element:
    async with uow:
        current = await _editable(uow, principal, element_id, editors)
        changed = step(current)
        if changed.status is not current.status:
            await _set_status(uow, changed)
            await uow.commit()
    return changed


async def _set_status(uow: CatalogUnitOfWorkPort, element: Element) -> None:
    await uow.elements.update(element)
    await _announce(uow, element)


async def save_program_cycle(
    uow: CatalogUnitOfWorkPort, principal: Principal, cycle: ProgramCycle, *, editors: Editors
) -> ProgramCycle:
    cycle = dataclasses.replace(cycle, id=_uuid_or_new(cycle.id))
    cycle.validate()
    async with uow:
        current = await _editable(uow, principal, cycle.element_id, editors)
        saved = await _save_cycle(uow, current, cycle)
        await uow.commit()
    return saved


async def _save_cycle(
    uow: CatalogUnitOfWorkPort, element: Element, cycle: ProgramCycle
) -> ProgramCycle:
    element.ensure_editable()
    if element.kind is not ElementKind.PROGRAM:
        raise FailedPrecondition("cycles_for_programs_only", "Циклы бывают только у программ")
    cycle = dataclasses.replace(cycle, element_id=element.id)
    await _check_cycle_owner(uow.cycles, cycle)
    await uow.cycles.save(cycle)
    refreshed = await _reloaded(uow, element.id)
    await uow.elements.update(refreshed.with_dates_of_cycles())
    [saved] = await uow.cycles.get_many([cycle.id])
    return saved


async def upsert_elements(
    uow: CatalogUnitOfWorkPort, principal: Principal, items: Sequence[tuple[Element, bool]]
) -> list[UpsertOutcome]:
    """A provider system's bulk upsert by its external ids; each item in its own transaction,
    so one bad item does not reject the others."""
    if len(items) > MAX_UPSERT:
        raise InvalidArgument("too_many_items", "Не более 500 элементов за один вызов")
    if not principal.has_role(Role.PROVIDER_SYSTEM):
        raise PermissionDenied("forbidden", "Пакетная загрузка доступна системам организаций")
    async with uow:
        provider_id = await system_provider(uow, principal)
    if provider_id is None:
        raise PermissionDenied(
            "client_not_bound", "Клиент не привязан ни к одной образовательной организации"
        )
    outcomes = []
    for element, publish in items:
        try:
            outcomes.append(await _upsert_one(uow, provider_id, element, publish))
        except DomainError as error:
            outcomes.append(UpsertOutcome(element.external_id or "", error=error))
    return outcomes


async def _upsert_one(
    uow: CatalogUnitOfWorkPort, provider_id: str, item: Element, publish: bool
) -> UpsertOutcome:
    external_id = item.external_id or ""
    if not external_id or len(external_id) > 128:
        raise InvalidArgument("external_id_required", "Укажите внешний идентификатор (до 128)")
    element_id = str(uuid.uuid5(_UPSERT_NAMESPACE, f"{provider_id}:{external_id}"))
    cycles = []
    for cycle in item.cycles:
        if not cycle.external_id:
            raise InvalidArgument(
                "external_id_required", "Укажите внешний идентификатор каждого цикла"
            )
        cycle_id = str(uuid.uuid5(_UPSERT_NAMESPACE, f"{element_id}:{cycle.external_id}"))
        cycles.append(dataclasses.replace(cycle, id=cycle_id, element_id=element_id))
    element = dataclasses.replace(
        item,
        id=element_id,
        provider_id=provider_id,
        status=ElementStatus.DRAFT,
        rating=0.0,
        cycles=tuple(cycles),
    )
    async with uow:
        current = await uow.elements.get(element_id, for_update=True)
        created = current is None
        if current is None:
            candidate = (await _with_region(uow, element)).with_dates_of_cycles()
            candidate.validate()
            current = await _insert(uow, candidate)
        else:
            await _apply(uow, current, element)
            for cycle in cycles:
                cycle.validate()
                await _save_cycle(uow, await _reloaded(uow, element_id), cycle)
            current = await _reloaded(uow, element_id)
        if publish and current.status is not ElementStatus.PUBLISHED:
            current = current.publish()
            await _set_status(uow, current)
        await uow.commit()
    return UpsertOutcome(external_id, element_id, created)


async def _reloaded(uow: CatalogUnitOfWorkPort, element_id: str) -> Element:
    found = await uow.elements.get(element_id)
    assert found is not None
    return found


async def save_provider(
    uow: CatalogUnitOfWorkPort, principal: Principal, provider: Provider
) -> Provider:
    principal.require_role(Role.ADMIN)
    provider = dataclasses.replace(provider, id=_uuid_or_new(provider.id))
    if not provider.name.strip() or len(provider.name) > 500:
        raise InvalidArgument("invalid_name", "Название организации обязательно")
    if not is_region_code(provider.region_code):
        raise InvalidArgument(
            "unknown_region", f"Неизвестный код региона: {provider.region_code!r}"
        )
    async with uow:
        if provider.client_id:
            bound = await uow.providers.find_by_client(provider.client_id)
            if bound is not None and bound.id != provider.id:
                raise AlreadyExists(
                    "client_already_bound", "Клиент уже привязан к другой организации"
                )
        await uow.providers.save(provider)
        await uow.commit()
    return provider
