"""A teacher's application: budget (with the number) or off-budget (a refusal of the number).

Save keeps a draft and reserves nothing. Submit reserves every chosen group's seat through
catalog-svc in one all-or-none call whose idempotency key names the application and its
submission (a retried submit takes no more seats); Cancel releases them and the next submit
gets a new key. Passport data is sealed (AES-GCM) before it reaches the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, select, update

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.catalog import TEACHERS
from pk_regional_svc.adapters.orm import applications, holdings, teachers, unique_numbers
from pk_regional_svc.domain.application import (
    ApplicationStatus,
    Passport,
    check_hours,
    mask_passport,
    normalise_phone,
    release_key,
)
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import NumberStatus, RefusalReason, transition
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import READ, Place
from pk_regional_svc.service_layer.campaigns import Campaign, campaign_from_row, load_campaign
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.numbers import (
    HoldingView,
    NumberFilter,
    holding_view,
    load_holding,
    refuse_in_uow,
)
from pk_regional_svc.service_layer.paging import bounds, next_token
from pk_regional_svc.service_layer.structure import PageOf, my_teacher_row, scoped_filter


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    passport: Passport | None
    phone: str
    position: str
    subject: str
    qualification_category: str
    course_id: str
    group_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ApplicationView:
    id: str
    campaign_id: str
    teacher_id: str
    teacher_name: str
    holding_id: str
    number_code: str
    school_id: str
    municipality_id: str
    status: ApplicationStatus
    passport_masked: str
    passport_filled: bool
    phone: str
    position: str
    subject: str
    qualification_category: str
    course_id: str
    group_ids: tuple[str, ...]
    total_hours: int
    reservation_id: str
    submitted_at: datetime | None
    updated_at: datetime | None


def _select() -> Any:
    return select(
        applications,
        unique_numbers.c.code,
        func.concat_ws(
            " ",
            teachers.c.family_name,
            teachers.c.given_name,
            func.nullif(teachers.c.middle_name, ""),
        ).label("teacher_name"),
    ).select_from(
        applications.join(holdings, holdings.c.id == applications.c.holding_id)
        .join(unique_numbers, unique_numbers.c.id == holdings.c.number_id)
        .join(teachers, teachers.c.id == applications.c.teacher_id)
    )


def _view(m: Any) -> ApplicationView:
    return ApplicationView(
        id=str(m["id"]),
        campaign_id=str(m["campaign_id"]),
        teacher_id=str(m["teacher_id"]),
        teacher_name=m["teacher_name"],
        holding_id=str(m["holding_id"]),
        number_code=m["code"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        status=ApplicationStatus(m["status"]),
        passport_masked=m["passport_masked"],
        passport_filled=m["passport_sealed"] is not None,
        phone=m["phone"],
        position=m["position"],
        subject=m["subject"],
        qualification_category=m["qualification_category"],
        course_id=m["course_id"],
        group_ids=tuple(m["group_ids"] or ()),
        total_hours=m["total_hours"],
        reservation_id=m["reservation_id"],
        submitted_at=m["submitted_at"],
        updated_at=m["updated_at"],
    )


async def _load(uow: UnitOfWork, application_id: str, *, lock: bool = False) -> Any:
    if not valid_uuids([application_id]):
        raise NotFound("application_not_found", "Заявление не найдено")
    if lock:
        await uow.session.execute(
            select(applications.c.id).where(applications.c.id == application_id).with_for_update()
        )
    row = (
        await uow.session.execute(_select().where(applications.c.id == application_id))
    ).one_or_none()
    if row is None:
        raise NotFound("application_not_found", "Заявление не найдено")
    return row._mapping


async def _my_live_holding(uow: UnitOfWork, campaign_id: str, teacher_id: str) -> Any:
    row = (
        await uow.session.execute(
            select(holdings.c.id)
            .where(
                holdings.c.campaign_id == campaign_id,
                holdings.c.teacher_id == teacher_id,
                holdings.c.status != NumberStatus.REFUSED.value,
            )
            .with_for_update()
        )
    ).one_or_none()
    if row is None:
        raise FailedPrecondition(
            "no_number", "У вас нет уникального номера в этой кампании: заявление подать нельзя"
        )
    return await load_holding(uow, str(row.id))


async def _hours_of(
    deps: Deps, campaign: Campaign, course_id: str, group_ids: Sequence[str]
) -> list[int]:
    """Checks the course and groups against the regional registry; each group's hours (a
    group lasts its programme's hours: catalog keeps hours on the programme)."""
    groups = await deps.catalog.groups(list(group_ids))
    missing = [g for g in group_ids if g not in groups]
    if missing:
        raise InvalidArgument("unknown_group", "Выбранная группа не найдена в реестре программ")
    course_ids = sorted(
        {g.course_id for g in groups.values()} | ({course_id} if course_id else set())
    )
    courses = await deps.catalog.courses(course_ids)
    for cid in course_ids:
        course = courses.get(cid)
        if (
            course is None
            or course.region_code != campaign.region_code
            or course.audience != TEACHERS
            or course.status not in ("", "published")
        ):
            raise InvalidArgument(
                "not_in_registry", "Курс не входит в региональный реестр программ для педагогов"
            )
    if course_id and all(g.course_id != course_id for g in groups.values()):
        raise InvalidArgument(
            "group_not_of_course", "Выберите хотя бы одну группу выбранного курса"
        )
    return [courses[groups[g].course_id].hours for g in group_ids]


async def save_application(
    deps: Deps, principal: Principal, campaign_id: str, off_budget: bool, data: ApplicationInput
) -> tuple[ApplicationView | None, HoldingView]:
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        campaign.applications.require_open(deps.clock())
        me = await my_teacher_row(uow, principal)
        holding = await _my_live_holding(uow, campaign_id, str(me["id"]))
        current = holding_view(holding)
        if off_budget:
            after = await refuse_in_uow(
                deps,
                uow,
                principal,
                holding,
                RefusalReason.OFF_BUDGET_CHOSEN,
                "выбор педагога в заявлении",
            )
            await uow.commit()
            return None, after
        if current.status is NumberStatus.APPLICATION_SUBMITTED:
            raise FailedPrecondition(
                "application_submitted", "Заявление уже подано: отмените его, чтобы изменить"
            )
        transition(current.status, NumberStatus.APPLICATION_DRAFT)
        if len(set(data.group_ids)) != len(data.group_ids):
            raise InvalidArgument("duplicate_group", "Группа выбрана дважды")
        total = 0
        if data.group_ids:
            total = sum(await _hours_of(deps, campaign, data.course_id, data.group_ids))
        values: dict[str, Any] = {
            "phone": normalise_phone(data.phone) if data.phone.strip() else "",
            "position": bounded(data.position, "position"),
            "subject": bounded(data.subject, "subject"),
            "qualification_category": bounded(
                data.qualification_category, "qualification_category"
            ),
            "course_id": bounded(data.course_id, "course_id"),
            "group_ids": list(data.group_ids),
            "total_hours": total,
            "updated_at": func.now(),
        }
        application_id = current.application_id or str(uuid.uuid4())
        if data.passport is not None:
            sealed = deps.cipher.seal(data.passport, application_id)
            values.update(
                passport_key_id=sealed.key_id,
                passport_sealed=sealed.blob,
                passport_masked=mask_passport(data.passport.series, data.passport.number),
            )
        if current.application_id:
            await uow.session.execute(
                update(applications).where(applications.c.id == application_id).values(**values)
            )
        else:
            await uow.session.execute(
                insert(applications).values(
                    id=application_id,
                    campaign_id=campaign_id,
                    holding_id=current.holding_id,
                    teacher_id=me["id"],
                    region_code=campaign.region_code,
                    municipality_id=current.municipality_id,
                    school_id=current.school_id,
                    status=ApplicationStatus.DRAFT.value,
                    **values,
                )
            )
        await uow.session.execute(
            update(holdings)
            .where(holdings.c.id == current.holding_id)
            .values(status=NumberStatus.APPLICATION_DRAFT.value, updated_at=func.now())
        )
        view = _view(await _load(uow, application_id))
        after = holding_view(await load_holding(uow, current.holding_id))
        await uow.commit()
    return view, after


def _require_complete(app: Any) -> None:
    missing = [
        label
        for label, ok in (
            ("паспортные данные", app["passport_sealed"] is not None),
            ("телефон", bool(app["phone"])),
            ("должность", bool(app["position"])),
            ("предмет", bool(app["subject"])),
            ("квалификационная категория", bool(app["qualification_category"])),
            ("курс", bool(app["course_id"])),
        )
        if not ok
    ]
    if missing:
        raise InvalidArgument(
            "application_incomplete", f"Заполните заявление: {', '.join(missing)}"
        )


async def _own_application(uow: UnitOfWork, principal: Principal, application_id: str) -> Any:
    app = await _load(uow, application_id, lock=True)
    me = await my_teacher_row(uow, principal)
    if str(me["id"]) != str(app["teacher_id"]):
        raise NotFound("application_not_found", "Заявление не найдено")
    return app


async def submit_application(
    deps: Deps, principal: Principal, application_id: str
) -> ApplicationView:
    holder = principal.require_person()
    async with deps.uow() as uow:
        app = await _own_application(uow, principal, application_id)
        campaign = campaign_from_row(await load_campaign(uow, str(app["campaign_id"])))
        campaign.applications.require_open(deps.clock())
        if app["status"] == ApplicationStatus.SUBMITTED.value:
            return _view(app)  # a retried submit
        if app["status"] != ApplicationStatus.DRAFT.value:
            raise FailedPrecondition("application_closed", "Заявление закрыто")
        _require_complete(app)
        groups = list(app["group_ids"])
        check_hours(
            await _hours_of(deps, campaign, app["course_id"], groups) if groups else [],
            campaign.required_hours,
        )
        key = release_key(application_id, app["submission_no"])
    # The seats are taken outside the transaction; the same key makes a retry safe.
    reservation_id = await deps.catalog.reserve(groups, holder, key)
    async with deps.uow() as uow:
        app = await _load(uow, application_id, lock=True)
        if (
            app["status"] != ApplicationStatus.DRAFT.value
            or release_key(application_id, app["submission_no"]) != key
        ):
            if app["status"] == ApplicationStatus.SUBMITTED.value:
                return _view(app)
            await deps.catalog.release(key)
            raise FailedPrecondition("application_changed", "Заявление изменилось: повторите")
        holding = holding_view(await load_holding(uow, str(app["holding_id"]), lock=True))
        transition(holding.status, NumberStatus.APPLICATION_SUBMITTED)
        await uow.session.execute(
            update(applications)
            .where(applications.c.id == application_id)
            .values(
                status=ApplicationStatus.SUBMITTED.value,
                reservation_id=reservation_id,
                submitted_at=func.now(),
                updated_at=func.now(),
            )
        )
        await uow.session.execute(
            update(holdings)
            .where(holdings.c.id == holding.holding_id)
            .values(status=NumberStatus.APPLICATION_SUBMITTED.value, updated_at=func.now())
        )
        await audit.record(
            uow,
            principal,
            "submit_application",
            "application",
            application_id,
            Place(app["region_code"], str(app["municipality_id"]), str(app["school_id"])),
            {"status": ApplicationStatus.DRAFT.value},
            {"status": ApplicationStatus.SUBMITTED.value, "groups": groups},
        )
        view = _view(await _load(uow, application_id))
        await uow.commit()
    return view


async def cancel_application(
    deps: Deps, principal: Principal, application_id: str
) -> ApplicationView:
    async with deps.uow() as uow:
        app = await _own_application(uow, principal, application_id)
        campaign = campaign_from_row(await load_campaign(uow, str(app["campaign_id"])))
        campaign.applications.require_open(deps.clock())
        if app["status"] == ApplicationStatus.DRAFT.value:
            return _view(app)  # already cancelled
        if app["status"] != ApplicationStatus.SUBMITTED.value:
            raise FailedPrecondition("application_closed", "Заявление закрыто")
        holding = holding_view(await load_holding(uow, str(app["holding_id"]), lock=True))
        transition(holding.status, NumberStatus.APPLICATION_DRAFT)
        await deps.catalog.release(release_key(application_id, app["submission_no"]))
        await uow.session.execute(
            update(applications)
            .where(applications.c.id == application_id)
            .values(
                status=ApplicationStatus.DRAFT.value,
                reservation_id="",
                submitted_at=None,
                submission_no=applications.c.submission_no + 1,
                updated_at=func.now(),
            )
        )
        await uow.session.execute(
            update(holdings)
            .where(holdings.c.id == holding.holding_id)
            .values(status=NumberStatus.APPLICATION_DRAFT.value, updated_at=func.now())
        )
        await audit.record(
            uow,
            principal,
            "cancel_application",
            "application",
            application_id,
            Place(app["region_code"], str(app["municipality_id"]), str(app["school_id"])),
            {"status": ApplicationStatus.SUBMITTED.value},
            {"status": ApplicationStatus.DRAFT.value},
        )
        view = _view(await _load(uow, application_id))
        await uow.commit()
    return view


async def get_application(deps: Deps, principal: Principal, application_id: str) -> ApplicationView:
    async with deps.uow() as uow:
        app = await _load(uow, application_id)
        mine = False
        try:
            me = await my_teacher_row(uow, principal)
            mine = str(me["id"]) == str(app["teacher_id"])
        except NotFound:
            mine = False
        if not mine:
            await deps.authz.require(
                principal,
                READ,
                Place(app["region_code"], str(app["municipality_id"]), str(app["school_id"])),
            )
    return _view(app)


async def my_application(uow: UnitOfWork, holding_id: str) -> ApplicationView | None:
    row = (
        await uow.session.execute(_select().where(applications.c.holding_id == holding_id))
    ).one_or_none()
    return _view(row._mapping) if row is not None else None


async def list_applications(
    deps: Deps, principal: Principal, f: NumberFilter, page_size: int, page_token: str
) -> PageOf[ApplicationView]:
    limit, offset = bounds(page_size, page_token)
    a = applications
    async with deps.uow() as uow:
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=a.c.region_code,
            municipality_col=a.c.municipality_id,
            school_col=a.c.school_id,
            region_code=f.region_code,
            municipality_id=f.municipality_id,
            school_id=f.school_id,
        )
        conditions = [where]
        if f.campaign_id:
            conditions.append(a.c.campaign_id.in_([str(u) for u in valid_uuids([f.campaign_id])]))
        if f.year:
            conditions.append(holdings.c.year == f.year)
        if f.status is not None:
            conditions.append(holdings.c.status == f.status.value)
        if f.teacher_id:
            people = [str(u) for u in valid_uuids([f.teacher_id])]
            conditions.append(a.c.teacher_id.in_(people) | teachers.c.person_id.in_(people))
        clause = and_(*conditions)
        query = _select().where(clause)
        total = await uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        found = await uow.session.execute(
            query.order_by(a.c.school_id, teachers.c.family_name, a.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [_view(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)
