""" "Подтверждение прохождения ПК": the completion document an operator records.

It updates the teacher's last training (date, topic, organisation) and closes the number of the
campaign when its application was submitted (status "обучение завершено"). Idempotent on
(teacher, document type, series, number).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import (
    applications,
    campaigns,
    completion_documents,
    holdings,
    teachers,
    unique_numbers,
)
from pk_regional_svc.domain.application import require_text
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import Holding, NumberFilter, NumberStatus
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, Place
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.structure import scoped_filter


@dataclass(frozen=True, slots=True)
class CompletionInput:
    document_type: str
    series: str
    number: str
    issued_on: str
    hours: int
    organisation: str
    programme: str


@dataclass(frozen=True, slots=True)
class CompletionView:
    id: str
    teacher_id: str
    teacher_name: str
    school_id: str
    municipality_id: str
    campaign_id: str
    number_code: str
    document_type: str
    series: str
    number: str
    issued_on: date
    hours: int
    organisation: str
    programme: str
    recorded_by: str
    recorded_at: datetime


def _select() -> Any:
    d = completion_documents
    return select(
        d,
        func.concat_ws(
            " ",
            teachers.c.family_name,
            teachers.c.given_name,
            func.nullif(teachers.c.middle_name, ""),
        ).label("teacher_name"),
        unique_numbers.c.code,
        teachers.c.person_id,
    ).select_from(
        d.join(teachers, teachers.c.id == d.c.teacher_id)
        .outerjoin(holdings, holdings.c.id == d.c.holding_id)
        .outerjoin(unique_numbers, unique_numbers.c.id == holdings.c.number_id)
    )


def _view(m: Any) -> CompletionView:
    return CompletionView(
        id=str(m["id"]),
        teacher_id=str(m["teacher_id"]),
        teacher_name=m["teacher_name"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        campaign_id=str(m["campaign_id"]) if m["campaign_id"] else "",
        number_code=m["code"] or "",
        document_type=m["document_type"],
        series=m["series"],
        number=m["number"],
        issued_on=m["issued_on"],
        hours=m["hours"],
        organisation=m["organisation"],
        programme=m["programme"],
        recorded_by=m["recorded_by"],
        recorded_at=m["recorded_at"],
    )


def _validate(data: CompletionInput, today: date) -> tuple[date, dict[str, Any]]:
    try:
        issued_on = date.fromisoformat(data.issued_on)
    except ValueError:
        raise InvalidArgument("invalid_issue_date", "Дата документа: ГГГГ-ММ-ДД") from None
    if issued_on > today:
        raise InvalidArgument("invalid_issue_date", "Дата документа не может быть в будущем")
    if not 1 <= data.hours <= 3000:
        raise InvalidArgument("invalid_hours", "Количество часов: от 1 до 3000")
    return issued_on, {
        "document_type": require_text(
            data.document_type, "invalid_document_type", "вид документа", 200
        ),
        "series": bounded(data.series, "document_series"),
        "number": require_text(data.number, "invalid_document_number", "номер документа", 64),
        "issued_on": issued_on,
        "hours": data.hours,
        "organisation": require_text(data.organisation, "invalid_organisation", "организация", 500),
        "programme": require_text(data.programme, "invalid_programme", "программа", 500),
    }


async def record_completion(
    deps: Deps, principal: Principal, teacher_id: str, campaign_id: str, data: CompletionInput
) -> tuple[CompletionView, bool, Holding | None]:
    issued_on, values = _validate(data, deps.clock.now().date())
    if not valid_uuids([teacher_id]):
        raise NotFound("teacher_not_found", "Педагог не найден")
    async with deps.uow() as uow:
        teacher = (
            await uow.session.execute(
                select(teachers).where(teachers.c.id == teacher_id).with_for_update()
            )
        ).one_or_none()
        if teacher is None:
            raise NotFound("teacher_not_found", "Педагог не найден")
        place = Place(teacher.region_code, str(teacher.municipality_id), str(teacher.school_id))
        await deps.authz.require(principal, OPERATE, place)
        holding: Holding | None = None
        if campaign_id:
            known = valid_uuids([campaign_id]) and await uow.session.scalar(
                select(campaigns.c.id).where(campaigns.c.id == campaign_id)
            )
            if not known:
                raise NotFound("campaign_not_found", "Кампания не найдена")
            live = (
                await uow.session.execute(
                    select(holdings.c.id).where(
                        holdings.c.campaign_id.in_([str(u) for u in valid_uuids([campaign_id])]),
                        holdings.c.teacher_id == teacher_id,
                        holdings.c.status != NumberStatus.REFUSED.value,
                    )
                )
            ).one_or_none()
            if live is not None:
                holding = await uow.numbers.holding(str(live.id), lock=True)
        new_id = str(uuid.uuid4())
        inserted = await uow.session.scalar(
            pg_insert(completion_documents)
            .values(
                id=new_id,
                teacher_id=teacher_id,
                region_code=teacher.region_code,
                municipality_id=teacher.municipality_id,
                school_id=teacher.school_id,
                campaign_id=campaign_id or None,
                holding_id=holding.holding_id
                if holding and holding.status is NumberStatus.APPLICATION_SUBMITTED
                else None,
                recorded_by=principal.person_id or principal.subject,
                **values,
            )
            .on_conflict_do_nothing(constraint="uq_completion_documents_natural")
            .returning(completion_documents.c.id)
        )
        closed: Holding | None = None
        if inserted is not None:
            before_training = {
                "last_training_on": teacher.last_training_on.isoformat()
                if teacher.last_training_on
                else None,
                "last_training_year": teacher.last_training_year,
            }
            if teacher.last_training_year is None or issued_on.year >= teacher.last_training_year:
                await uow.session.execute(
                    update(teachers)
                    .where(teachers.c.id == teacher_id)
                    .values(
                        last_training_on=issued_on,
                        last_training_year=issued_on.year,
                        last_training_topic=values["programme"],
                        last_training_organisation=values["organisation"],
                        never_trained=False,
                        missing_fields=func.array_remove(
                            func.array_remove(
                                func.array_remove(teachers.c.missing_fields, "last_training_on"),
                                "last_training_topic",
                            ),
                            "last_training_organisation",
                        ),
                        updated_at=func.now(),
                    )
                )
            if holding is not None and holding.status is NumberStatus.APPLICATION_SUBMITTED:
                await uow.numbers.save_holding(holding.moved_to(NumberStatus.COMPLETED))
                await uow.session.execute(
                    update(applications)
                    .where(applications.c.holding_id == holding.holding_id)
                    .values(status="closed", updated_at=func.now())
                )
                closed = await uow.numbers.holding(holding.holding_id)
            await audit.record(
                uow,
                principal,
                "record_completion",
                "teacher",
                teacher_id,
                place,
                before_training,
                {
                    "document_id": new_id,
                    "document_type": values["document_type"],
                    "number": values["number"],
                    "issued_on": issued_on.isoformat(),
                    "hours": values["hours"],
                    "closed_number": closed.number_code if closed else None,
                },
            )
        row = (
            await uow.session.execute(
                _select().where(
                    and_(
                        completion_documents.c.teacher_id == teacher_id,
                        completion_documents.c.document_type == values["document_type"],
                        completion_documents.c.series == values["series"],
                        completion_documents.c.number == values["number"],
                    )
                )
            )
        ).one()
        await uow.commit()
    return _view(row._mapping), inserted is not None, closed


async def list_completions(
    deps: Deps, principal: Principal, f: NumberFilter, page_size: int, page_token: str
) -> PageOf[CompletionView]:
    limit, offset = bounds(page_size, page_token)
    d = completion_documents
    async with deps.uow() as uow:
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=d.c.region_code,
            municipality_col=d.c.municipality_id,
            school_col=d.c.school_id,
            region_code=f.region_code,
            municipality_id=f.municipality_id,
            school_id=f.school_id,
        )
        conditions = [where]
        if f.campaign_id:
            conditions.append(d.c.campaign_id.in_([str(u) for u in valid_uuids([f.campaign_id])]))
        if f.year:
            conditions.append(func.extract("year", d.c.issued_on) == f.year)
        if f.teacher_id:
            people = [str(u) for u in valid_uuids([f.teacher_id])]
            conditions.append(d.c.teacher_id.in_(people) | teachers.c.person_id.in_(people))
        query = _select().where(and_(*conditions))
        total = await uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        found = await uow.session.execute(
            query.order_by(d.c.recorded_at.desc(), d.c.id).limit(limit).offset(offset)
        )
        items = [_view(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)
