"""Error reports on elements' descriptions: any person reports, the provider's staff (or its
system, or an admin) read and close them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from catalog_svc.domain.feedback import (
    ErrorReport,
    PageCursor,
    ReportStatus,
    check_idempotency_key,
    check_report_text,
    check_text,
    newest_first_page,
    page_size,
)
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.elements import ELEMENT_NOT_FOUND
from catalog_svc.service_layer.ports import FeedbackUnitOfWork
from cpd_platform.clock import Clock
from cpd_platform.errors import Conflict, InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal

REPORT_NOT_FOUND = ("report_not_found", "Сообщение об ошибке не найдено")


async def report_error(
    uow: FeedbackUnitOfWork,
    principal: Principal,
    element_id: str,
    text: str,
    idempotency_key: str,
    *,
    clock: Clock,
) -> ErrorReport:
    person_id = principal.require_person()
    text = check_report_text(text)
    key = check_idempotency_key(idempotency_key)
    async with uow:
        element = await uow.elements.get(element_id)
        if element is None:
            raise NotFound(*ELEMENT_NOT_FOUND)
        report = ErrorReport(
            id=str(uuid.uuid4()),
            element_id=element.id,
            provider_id=element.provider_id,
            reporter_person_id=person_id,
            idempotency_key=key,
            text=text,
            status=ReportStatus.OPEN,
            created_at=clock.now(),
            element_title=element.title,
        )
        if await uow.error_reports.add(report):
            await uow.commit()
            return report
        stored = await uow.error_reports.by_key(person_id, key)
    assert stored is not None
    if (stored.element_id, stored.text) != (report.element_id, report.text):
        raise Conflict("idempotency_key_reused", "Этот ключ уже использован для другого сообщения")
    return stored


@dataclass(frozen=True, slots=True)
class ReportPage:
    reports: list[ErrorReport]
    next_cursor: PageCursor | None
    total: int


async def list_reports(
    uow: FeedbackUnitOfWork,
    principal: Principal,
    provider_id: str,
    status: ReportStatus | None,
    size: int,
    page_token: str,
    *,
    editors: Editors,
) -> ReportPage:
    if not valid_uuids([provider_id]):
        raise InvalidArgument("invalid_provider_id", "Неверный идентификатор организации")
    size = page_size(size)
    after = PageCursor.decode(page_token)
    async with uow:
        await editors.require(uow, principal, provider_id)
        rows, total = await uow.error_reports.page(provider_id, status, after, size)
    reports, cursor = newest_first_page(rows, size, lambda report: report.created_at)
    return ReportPage(reports, cursor, total)


async def close_report(
    uow: FeedbackUnitOfWork,
    principal: Principal,
    report_id: str,
    resolution: str,
    *,
    editors: Editors,
    clock: Clock,
) -> ErrorReport:
    resolution = check_text(resolution, "resolution_too_long", "Комментарий")
    async with uow:
        report = await uow.error_reports.get(report_id, for_update=True)
        if report is None:
            raise NotFound(*REPORT_NOT_FOUND)
        await editors.require(uow, principal, report.provider_id)
        if report.status is ReportStatus.CLOSED:
            return report
        closed_by = principal.person_id or principal.client_id
        await uow.error_reports.close(report.id, clock.now(), closed_by, resolution)
        closed = await uow.error_reports.get(report.id)
        await uow.commit()
    assert closed is not None
    return closed
