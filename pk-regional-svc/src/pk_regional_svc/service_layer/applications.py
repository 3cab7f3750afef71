"""A teacher's application: budget (with the number) or off-budget (a refusal of the number).

Save keeps a draft and reserves nothing. Submit reserves every chosen group's seat through
catalog-svc in one all-or-none call whose idempotency key names the application and its
submission (a retried submit takes no more seats); Cancel releases them and the next submit
gets a new key. Passport data is sealed (AES-GCM) before it reaches the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound
from cpd_platform.mapping import same_named
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.catalog import TEACHERS, Catalog
from pk_regional_svc.adapters.passport_cipher import PassportCipher
from pk_regional_svc.domain.application import (
    Application,
    ApplicationStatus,
    Passport,
    check_hours,
    mask_passport,
    normalise_phone,
)
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import Holding, NumberStatus, RefusalReason
from pk_regional_svc.domain.scope import place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import READ
from pk_regional_svc.service_layer.listing import FilteredList
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.refusal import refuse_holding

ApplicationView = Application


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    passport: Passport | None
    phone: str
    position: str
    subject: str
    qualification_category: str
    course_id: str
    group_ids: tuple[str, ...]


async def _my_live_holding(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, campaign_id: str
) -> Holding:
    me = await uow.teachers.of_person(principal.person_id, principal.snils)
    holding = await uow.numbers.live_holding_of(campaign_id, me.teacher.id, lock=True)
    if holding is None:
        raise FailedPrecondition(
            "no_number", "У вас нет уникального номера в этой кампании: заявление подать нельзя"
        )
    return holding


async def _hours_of(
    catalog: Catalog, campaign: Campaign, course_id: str, group_ids: Sequence[str]
) -> list[int]:
    """Checks the course and groups against the regional registry; each group's hours (a
    group lasts its programme's hours: catalog keeps hours on the programme)."""
    groups = await catalog.groups(list(group_ids))
    missing = [g for g in group_ids if g not in groups]
    if missing:
        raise InvalidArgument("unknown_group", "Выбранная группа не найдена в реестре программ")
    course_ids = sorted(
        {g.course_id for g in groups.values()} | ({course_id} if course_id else set())
    )
    courses = await catalog.courses(course_ids)
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
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    off_budget: bool,
    data: ApplicationInput,
    *,
    catalog: Catalog,
    cipher: PassportCipher,
    clock: Clock,
) -> tuple[Application | None, Holding]:
    """Saves the draft (reserves nothing), or (off_budget) refuses the number with that reason."""
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        campaign.applications.require_open(clock.now())
        holding = await _my_live_holding(uow, principal, campaign_id)
        if off_budget:
            refused = await refuse_holding(
                uow,
                principal,
                holding,
                RefusalReason.OFF_BUDGET_CHOSEN,
                "выбор педагога в заявлении",
                catalog=catalog,
                clock=clock,
            )
            await uow.commit()
            return None, refused
        if holding.status is NumberStatus.APPLICATION_SUBMITTED:
            raise FailedPrecondition(
                "application_submitted", "Заявление уже подано: отмените его, чтобы изменить"
            )
        now = clock.now()
        draft_holding = holding.moved_to(NumberStatus.APPLICATION_DRAFT, now)
        if len(set(data.group_ids)) != len(data.group_ids):
            raise InvalidArgument("duplicate_group", "Группа выбрана дважды")
        total = 0
        if data.group_ids:
            total = sum(await _hours_of(catalog, campaign, data.course_id, data.group_ids))
        application_id = holding.application_id or str(uuid.uuid4())
        before = (
            await uow.applications.get(application_id)
            if holding.application_id
            else Application(
                **same_named(
                    holding,
                    "teacher_id teacher_name holding_id number_code school_id municipality_id",
                ),
                id=application_id,
                campaign_id=campaign_id,
                region_code=campaign.region_code,
                status=ApplicationStatus.DRAFT,
            )
        )
        draft = replace(
            before,
            phone=normalise_phone(data.phone) if data.phone.strip() else "",
            position=bounded(data.position, "position"),
            subject=bounded(data.subject, "subject"),
            qualification_category=bounded(data.qualification_category, "qualification_category"),
            course_id=bounded(data.course_id, "course_id"),
            group_ids=tuple(data.group_ids),
            total_hours=total,
            updated_at=now,
        )
        sealed = None
        if data.passport is not None:
            sealed = cipher.seal(data.passport, application_id)
            draft = replace(
                draft,
                passport_filled=True,
                passport_masked=mask_passport(data.passport.series, data.passport.number),
            )
        if holding.application_id:
            await uow.applications.save(draft, sealed)
        else:
            await uow.applications.add(draft, sealed)
        await uow.numbers.save_holding(draft_holding)
        saved = await uow.applications.get(application_id)
        after = await uow.numbers.holding(holding.holding_id)
        await uow.commit()
    return saved, after


async def _own_application_while_open(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, application_id: str, clock: Clock
) -> tuple[Application, Campaign]:
    """The caller's own application (locked), its campaign taking applications now."""
    application = await uow.applications.get(application_id, lock=True)
    me = await uow.teachers.of_person(principal.person_id, principal.snils)
    if me.teacher.id != application.teacher_id:
        raise NotFound("application_not_found", "Заявление не найдено")
    campaign = await uow.campaigns.get(application.campaign_id)
    campaign.applications.require_open(clock.now())
    return application, campaign


async def submit_application(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    application_id: str,
    *,
    catalog: Catalog,
    clock: Clock,
) -> Application:
    """Reserves the groups' seats (all or none) and submits; a retried submit changes nothing."""
    holder = principal.require_person()
    async with uow:
        application, campaign = await _own_application_while_open(
            uow, principal, application_id, clock
        )
        if application.status is ApplicationStatus.SUBMITTED:
            return application  # a retried submit
        application.require_draft()
        application.require_complete()
        groups = list(application.group_ids)
        check_hours(
            await _hours_of(catalog, campaign, application.course_id, groups) if groups else [],
            campaign.required_hours,
        )
        key = application.seats_key
    # The seats are taken outside the transaction; the same key makes a retry safe.
    reservation_id = await catalog.reserve(groups, holder, key)
    async with uow:
        application = await uow.applications.get(application_id, lock=True)
        if application.status is not ApplicationStatus.DRAFT or application.seats_key != key:
            if application.status is ApplicationStatus.SUBMITTED:
                return application
            await catalog.release(key)
            raise FailedPrecondition("application_changed", "Заявление изменилось: повторите")
        holding = await uow.numbers.holding(application.holding_id, lock=True)
        now = clock.now()
        submitted_holding = holding.moved_to(NumberStatus.APPLICATION_SUBMITTED, now)
        submitted = application.submitted(reservation_id, now)
        return await _store_move(
            uow,
            principal,
            "submit_application",
            application,
            submitted,
            submitted_holding,
            groups=groups,
        )


async def cancel_application(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    application_id: str,
    *,
    catalog: Catalog,
    clock: Clock,
) -> Application:
    """Releases the seats; the application is a draft again (a retry changes nothing)."""
    async with uow:
        application, _ = await _own_application_while_open(uow, principal, application_id, clock)
        if application.status is ApplicationStatus.DRAFT:
            return application  # already cancelled
        if application.status is not ApplicationStatus.SUBMITTED:
            raise FailedPrecondition("application_closed", "Заявление закрыто")
        holding = await uow.numbers.holding(application.holding_id, lock=True)
        now = clock.now()
        draft_holding = holding.moved_to(NumberStatus.APPLICATION_DRAFT, now)
        await catalog.release(application.seats_key)
        return await _store_move(
            uow,
            principal,
            "cancel_application",
            application,
            application.cancelled(now),
            draft_holding,
        )


async def _store_move(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    action: str,
    before: Application,
    after: Application,
    holding: Holding,
    **audited: object,
) -> Application:
    """Stores an application's new status with its holding's, audited, and commits; the
    application as stored."""
    await uow.applications.save(after)
    await uow.numbers.save_holding(holding)
    await audit.record(
        uow,
        principal,
        action,
        "application",
        after.id,
        place_of(after),
        {"status": before.status.value},
        {"status": after.status.value, **audited},
    )
    saved = await uow.applications.get(after.id)
    await uow.commit()
    return saved


async def get_application(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    application_id: str,
    *,
    authz: Authorizer,
) -> Application:
    async with uow:
        application = await uow.applications.get(application_id)
        try:
            me = await uow.teachers.of_person(principal.person_id, principal.snils)
            mine = me.teacher.id == application.teacher_id
        except NotFound:
            mine = False
        if not mine:
            await authz.require(principal, READ, place_of(application))
    return application


list_applications = FilteredList[Application](lambda uow: uow.applications)
