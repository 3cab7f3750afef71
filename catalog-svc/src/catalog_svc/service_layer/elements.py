"""Use cases that change elements: providers' staff (GraphQL through the gateway), providers'
systems (bulk over gRPC) and admins. Authorisation is decided here."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from catalog_svc.adapters.repository import (
    CycleRepository,
    ElementRepository,
    ProviderRepository,
    ReferenceRepository,
    SpecialtyRepository,
)
from catalog_svc.domain.element import Element, ElementKind, ElementStatus, ProgramCycle
from catalog_svc.domain.reference import Provider, ReferenceKind
from catalog_svc.service_layer.authz import Editors, system_provider
from cpd_platform.auth import Principal, Role
from cpd_platform.db import UnitOfWork, UnitOfWorkFactory
from cpd_platform.errors import (
    AlreadyExists,
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.regions import is_region_code

MAX_UPSERT = 500
# Element and cycle ids of a provider system's upserts derive from its external ids, so a retry
# (or a race of two retries) lands on the same rows.
_UPSERT_NAMESPACE = uuid.UUID("0b7c1f2e-5d3a-4c8e-9f61-2a4b6c8d0e13")

ELEMENT_NOT_FOUND = ("element_not_found", "Элемент не найден")


def _not_found() -> NotFound:
    return NotFound(*ELEMENT_NOT_FOUND)


def _uuid_or_new(value: str) -> str:
    if not value:
        return str(uuid.uuid4())
    parsed = valid_uuids([value])
    if not parsed:
        raise InvalidArgument("invalid_id", f"Неверный идентификатор: {value!r}")
    return str(parsed[0])


async def _check_codes(uow: UnitOfWork, element: Element) -> None:
    unknown = await SpecialtyRepository(uow.session).unknown(element.specialty_codes)
    if unknown:
        raise InvalidArgument("unknown_specialty", f"Неизвестная специальность: {unknown[0]}")
    subjects = await ReferenceRepository(uow.session).unknown(
        ReferenceKind.TEACHER_SUBJECT, element.subject_codes
    )
    if subjects:
        raise InvalidArgument("unknown_subject", f"Неизвестный предмет: {subjects[0]}")
    if element.audience.value == "teachers" and not element.subject_codes:
        raise InvalidArgument("subject_required", "Укажите предмет программы для педагогов")


async def _with_region(uow: UnitOfWork, element: Element) -> Element:
    """An element is held in its provider's region unless it says otherwise."""
    if element.region_code:
        return element
    providers = await ProviderRepository(uow.session).get_many([element.provider_id])
    if not providers:
        raise NotFound("provider_not_found", "Образовательная организация не найдена")
    return dataclasses.replace(element, region_code=providers[0].region_code)


def _publishable(element: Element) -> None:
    draft = dataclasses.replace(element, status=ElementStatus.DRAFT)
    draft.publish()


@dataclass(frozen=True, slots=True)
class UpsertOutcome:
    external_id: str
    element_id: str = ""
    created: bool = False
    error: DomainError | None = None


class ElementEditing:
    def __init__(self, uow: UnitOfWorkFactory, editors: Editors) -> None:
        self._uow = uow
        self._editors = editors

    @property
    def editors(self) -> Editors:
        return self._editors

    async def create(self, principal: Principal, draft: Element) -> Element:
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
        uow = self._uow()
        async with uow:
            await self._editors.require(uow, principal, element.provider_id)
            element = await _with_region(uow, element)
            element.validate()
            created = await self._insert(uow, element)
            await uow.commit()
        return created

    async def _insert(self, uow: UnitOfWork, element: Element) -> Element:
        if not await ProviderRepository(uow.session).get_many([element.provider_id]):
            raise NotFound("provider_not_found", "Образовательная организация не найдена")
        await _check_codes(uow, element)
        elements = ElementRepository(uow.session)
        if element.external_id:
            namesake = await elements.find_by_external_id(element.provider_id, element.external_id)
            if namesake is not None and namesake.id != element.id:
                raise AlreadyExists(
                    "external_id_exists",
                    "Элемент с таким внешним идентификатором у организации уже есть",
                )
        if not await elements.insert(element):
            existing = await elements.get(element.id)
            if existing is None or existing.provider_id != element.provider_id:
                raise AlreadyExists("element_exists", "Элемент с таким идентификатором уже есть")
            return existing
        cycles = CycleRepository(uow.session)
        for cycle in element.cycles:
            await self._check_cycle_owner(cycles, cycle)
            await cycles.save(cycle)
        await elements.save_tickets(element)
        await uow.emit("catalog.element_changed", {"element_id": element.id, "status": "draft"})
        saved = await elements.get(element.id)
        assert saved is not None
        return saved

    @staticmethod
    async def _check_cycle_owner(cycles: CycleRepository, cycle: ProgramCycle) -> None:
        owner = await cycles.element_of(cycle.id)
        if owner is not None and owner != cycle.element_id:
            raise AlreadyExists("cycle_exists", "Цикл с таким идентификатором уже есть")

    async def update(self, principal: Principal, edited: Element) -> Element:
        uow = self._uow()
        async with uow:
            current = await self._editable(uow, principal, edited.id)
            element = await self._apply(uow, current, edited)
            await uow.commit()
        return element

    async def _editable(self, uow: UnitOfWork, principal: Principal, element_id: str) -> Element:
        current = await ElementRepository(uow.session).get(element_id, for_update=True)
        if current is None:
            raise _not_found()
        await self._editors.require(uow, principal, current.provider_id)
        return current

    async def _apply(self, uow: UnitOfWork, current: Element, edited: Element) -> Element:
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
        elements = ElementRepository(uow.session)
        await elements.update(element)
        await elements.save_tickets(element)
        await uow.emit(
            "catalog.element_changed", {"element_id": element.id, "status": element.status.value}
        )
        saved = await elements.get(element.id)
        assert saved is not None
        return saved

    async def publish(self, principal: Principal, element_id: str) -> Element:
        return await self._transition(principal, element_id, Element.publish)

    async def withdraw(self, principal: Principal, element_id: str) -> Element:
        return await self._transition(principal, element_id, Element.withdraw)

    async def _transition(self, principal: Principal, element_id: str, step: object) -> Element:
        uow = self._uow()
        async with uow:
            current = await self._editable(uow, principal, element_id)
            changed: Element = step(current)  # type: ignore[operator]
            if changed.status is not current.status:
                await self._set_status(uow, changed)
                await uow.commit()
        return changed

    @staticmethod
    async def _set_status(uow: UnitOfWork, element: Element) -> None:
        await ElementRepository(uow.session).update(element)
        await uow.emit(
            "catalog.element_changed", {"element_id": element.id, "status": element.status.value}
        )

    async def save_cycle(self, principal: Principal, cycle: ProgramCycle) -> ProgramCycle:
        cycle = dataclasses.replace(cycle, id=_uuid_or_new(cycle.id))
        cycle.validate()
        uow = self._uow()
        async with uow:
            current = await self._editable(uow, principal, cycle.element_id)
            saved = await self._save_cycle(uow, current, cycle)
            await uow.commit()
        return saved

    async def _save_cycle(
        self, uow: UnitOfWork, element: Element, cycle: ProgramCycle
    ) -> ProgramCycle:
        element.ensure_editable()
        if element.kind is not ElementKind.PROGRAM:
            raise FailedPrecondition("cycles_for_programs_only", "Циклы бывают только у программ")
        cycle = dataclasses.replace(cycle, element_id=element.id)
        cycles = CycleRepository(uow.session)
        await self._check_cycle_owner(cycles, cycle)
        await cycles.save(cycle)
        elements = ElementRepository(uow.session)
        refreshed = await elements.get(element.id)
        assert refreshed is not None
        await elements.update(refreshed.with_dates_of_cycles())
        [saved] = await cycles.get_many([cycle.id])
        return saved

    async def upsert_many(
        self, principal: Principal, items: Sequence[tuple[Element, bool]]
    ) -> list[UpsertOutcome]:
        """A provider system's bulk upsert by its external ids; each item in its own transaction,
        so one bad item does not reject the others."""
        if len(items) > MAX_UPSERT:
            raise InvalidArgument("too_many_items", "Не более 500 элементов за один вызов")
        if not principal.has_role(Role.PROVIDER_SYSTEM):
            raise PermissionDenied("forbidden", "Пакетная загрузка доступна системам организаций")
        async with self._uow() as uow:
            provider_id = await system_provider(uow, principal)
        if provider_id is None:
            raise PermissionDenied(
                "client_not_bound", "Клиент не привязан ни к одной образовательной организации"
            )
        outcomes = []
        for element, publish in items:
            try:
                outcomes.append(await self._upsert_one(provider_id, element, publish))
            except DomainError as error:
                outcomes.append(UpsertOutcome(element.external_id or "", error=error))
        return outcomes

    async def _upsert_one(self, provider_id: str, item: Element, publish: bool) -> UpsertOutcome:
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
        uow = self._uow()
        async with uow:
            elements = ElementRepository(uow.session)
            current = await elements.get(element_id, for_update=True)
            created = current is None
            if current is None:
                candidate = (await _with_region(uow, element)).with_dates_of_cycles()
                candidate.validate()
                current = await self._insert(uow, candidate)
            else:
                await self._apply(uow, current, element)
                for cycle in cycles:
                    cycle.validate()
                    await self._save_cycle(uow, await self._reloaded(uow, element_id), cycle)
                current = await self._reloaded(uow, element_id)
            if publish and current.status is not ElementStatus.PUBLISHED:
                current = current.publish()
                await self._set_status(uow, current)
            await uow.commit()
        return UpsertOutcome(external_id, element_id, created)

    @staticmethod
    async def _reloaded(uow: UnitOfWork, element_id: str) -> Element:
        found = await ElementRepository(uow.session).get(element_id)
        assert found is not None
        return found


class ProviderAdministration:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def save(self, principal: Principal, provider: Provider) -> Provider:
        principal.require_role(Role.ADMIN)
        provider = dataclasses.replace(provider, id=_uuid_or_new(provider.id))
        if not provider.name.strip() or len(provider.name) > 500:
            raise InvalidArgument("invalid_name", "Название организации обязательно")
        if not is_region_code(provider.region_code):
            raise InvalidArgument(
                "unknown_region", f"Неизвестный код региона: {provider.region_code!r}"
            )
        uow = self._uow()
        async with uow:
            if provider.client_id:
                bound = await ProviderRepository(uow.session).find_by_client(provider.client_id)
                if bound is not None and bound.id != provider.id:
                    raise AlreadyExists(
                        "client_already_bound", "Клиент уже привязан к другой организации"
                    )
            await ProviderRepository(uow.session).save(provider)
            await uow.commit()
        return provider
