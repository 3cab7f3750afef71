"""Campaigns of a year: windows, quotas, the questionnaire."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import (
    campaigns,
    holdings,
    municipalities,
    questionnaire_answers,
    questions,
    quotas,
    schools,
    teachers,
)
from pk_regional_svc.domain.campaign import (
    Window,
    WindowKind,
    check_quota,
    check_year,
    parse_instant,
)
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.municipality import parse_region_code
from pk_regional_svc.domain.rules import CURRENT_RULES, RegionalRules, rules_for
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import READ, REGIONAL, Place
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import bounds, next_token
from pk_regional_svc.service_layer.structure import (
    PageOf,
    TeacherView,
    my_teacher_row,
    scoped_filter,
    teacher_for,
    teacher_view,
)


@dataclass(frozen=True, slots=True)
class Campaign:
    id: str
    region_code: str
    year: int
    questionnaire: Window
    applications: Window
    required_hours: int
    allocated_at: datetime | None
    rules_version: str

    @property
    def rules(self) -> RegionalRules:
        return rules_for(self.rules_version)


@dataclass(frozen=True, slots=True)
class WindowsInput:
    questionnaire_opens_at: str
    questionnaire_closes_at: str
    applications_open_at: str
    applications_close_at: str

    def windows(self) -> tuple[Window, Window]:
        return (
            Window(
                WindowKind.QUESTIONNAIRE,
                parse_instant(self.questionnaire_opens_at, "questionnaire_opens_at"),
                parse_instant(self.questionnaire_closes_at, "questionnaire_closes_at"),
            ),
            Window(
                WindowKind.APPLICATIONS,
                parse_instant(self.applications_open_at, "applications_open_at"),
                parse_instant(self.applications_close_at, "applications_close_at"),
            ),
        )


@dataclass(frozen=True, slots=True)
class QuotaInput:
    municipality_id: str
    school_id: str
    count: int


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    quota: QuotaInput
    used: int


class QuestionKind(StrEnum):
    TEXT = "text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    kind: QuestionKind
    options: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class Answers:
    values: dict[str, list[str]] = field(default_factory=dict)
    answered_at: datetime | None = None
    # Person id of the operator who answered on the teacher's behalf ("": the teacher).
    filled_by: str = ""


@dataclass(frozen=True, slots=True)
class ResponseRow:
    teacher: TeacherView
    answers: Answers


def campaign_from_row(row: Any) -> Campaign:
    return Campaign(
        id=str(row["id"]),
        region_code=row["region_code"],
        year=row["year"],
        questionnaire=Window(
            WindowKind.QUESTIONNAIRE, row["questionnaire_opens_at"], row["questionnaire_closes_at"]
        ),
        applications=Window(
            WindowKind.APPLICATIONS, row["applications_open_at"], row["applications_close_at"]
        ),
        required_hours=row["required_hours"],
        allocated_at=row["allocated_at"],
        rules_version=row["rules_version"],
    )


async def load_campaign(uow: UnitOfWork, campaign_id: str, *, lock: bool = False) -> Any:
    if not valid_uuids([campaign_id]):
        raise NotFound("campaign_not_found", "Кампания не найдена")
    query = select(campaigns).where(campaigns.c.id == campaign_id)
    if lock:
        query = query.with_for_update()
    row = (await uow.session.execute(query)).one_or_none()
    if row is None:
        raise NotFound("campaign_not_found", "Кампания не найдена")
    return row._mapping


async def _validate_quotas(
    uow: UnitOfWork, region: str, items: Sequence[QuotaInput]
) -> list[dict[str, Any]]:
    values: list[dict[str, Any]] = []
    for q in items:
        if bool(q.municipality_id) == bool(q.school_id):
            raise InvalidArgument(
                "invalid_quota", "Квота задаётся либо для муниципалитета, либо для организации"
            )
        check_quota(q.count)
        kind, scope_id = (
            ("school", q.school_id) if q.school_id else ("municipality", q.municipality_id)
        )
        values.append({"scope_kind": kind, "scope_id": scope_id, "count": q.count})
    school_ids = [
        str(u) for u in valid_uuids(v["scope_id"] for v in values if v["scope_kind"] == "school")
    ]
    muni_ids = [
        str(u)
        for u in valid_uuids(v["scope_id"] for v in values if v["scope_kind"] == "municipality")
    ]
    known_schools = set(
        str(i)
        for i in await uow.session.scalars(
            select(schools.c.id).where(
                schools.c.id.in_(school_ids), schools.c.region_code == region
            )
        )
    )
    known_munis = set(
        str(i)
        for i in await uow.session.scalars(
            select(municipalities.c.id).where(
                municipalities.c.id.in_(muni_ids), municipalities.c.region_code == region
            )
        )
    )
    for v in values:
        known = known_schools if v["scope_kind"] == "school" else known_munis
        if v["scope_id"] not in known:
            raise InvalidArgument(
                "unknown_quota_scope",
                "Квота указана для организации или муниципалитета, которых нет в регионе",
            )
    return values


async def _upsert_quotas(uow: UnitOfWork, campaign_id: str, values: list[dict[str, Any]]) -> None:
    if not values:
        return
    statement = pg_insert(quotas).values([{"campaign_id": campaign_id, **v} for v in values])
    await uow.session.execute(
        statement.on_conflict_do_update(
            constraint="pk_quotas", set_={"count": statement.excluded["count"]}
        )
    )


async def open_campaign(
    deps: Deps,
    principal: Principal,
    region_code: str,
    year: int,
    windows: WindowsInput,
    required_hours: int,
    quota_items: Sequence[QuotaInput],
) -> tuple[Campaign, bool]:
    """Idempotent on (region, year): an existing campaign is returned unchanged."""
    region = parse_region_code(region_code)
    await deps.authz.require(principal, REGIONAL, Place(region))
    check_year(year)
    questionnaire, applications = windows.windows()
    hours = required_hours or CURRENT_RULES.default_required_hours
    if not 1 <= hours <= 1000:
        raise InvalidArgument("invalid_required_hours", "Требуемое число часов: от 1 до 1000")
    async with deps.uow() as uow:
        quota_values = await _validate_quotas(uow, region, quota_items)
        new_id = str(uuid.uuid4())
        inserted = await uow.session.scalar(
            pg_insert(campaigns)
            .values(
                id=new_id,
                region_code=region,
                year=year,
                questionnaire_opens_at=questionnaire.opens_at,
                questionnaire_closes_at=questionnaire.closes_at,
                applications_open_at=applications.opens_at,
                applications_close_at=applications.closes_at,
                required_hours=hours,
                rules_version=CURRENT_RULES.version,
                secret=secrets.token_bytes(32),
            )
            .on_conflict_do_nothing()
            .returning(campaigns.c.id)
        )
        if inserted is not None:
            await _upsert_quotas(uow, new_id, quota_values)
            await audit.record(
                uow,
                principal,
                "open_campaign",
                "campaign",
                new_id,
                Place(region),
                None,
                {"year": year, "required_hours": hours, "quotas": len(quota_values)},
            )
        row = (
            await uow.session.execute(
                select(campaigns).where(campaigns.c.region_code == region, campaigns.c.year == year)
            )
        ).one()
        await uow.commit()
    return campaign_from_row(row._mapping), inserted is not None


def _campaign_audit(c: Campaign) -> dict[str, Any]:
    return {
        "questionnaire": [
            c.questionnaire.opens_at.isoformat(),
            c.questionnaire.closes_at.isoformat(),
        ],
        "applications": [c.applications.opens_at.isoformat(), c.applications.closes_at.isoformat()],
        "required_hours": c.required_hours,
    }


async def update_campaign(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    windows: WindowsInput | None,
    required_hours: int,
) -> Campaign:
    async with deps.uow() as uow:
        before = campaign_from_row(await load_campaign(uow, campaign_id, lock=True))
        await deps.authz.require(principal, REGIONAL, Place(before.region_code))
        values: dict[str, Any] = {}
        if windows is not None:
            questionnaire, applications = windows.windows()
            values.update(
                questionnaire_opens_at=questionnaire.opens_at,
                questionnaire_closes_at=questionnaire.closes_at,
                applications_open_at=applications.opens_at,
                applications_close_at=applications.closes_at,
            )
        if required_hours:
            if not 1 <= required_hours <= 1000:
                raise InvalidArgument(
                    "invalid_required_hours", "Требуемое число часов: от 1 до 1000"
                )
            values["required_hours"] = required_hours
        if values:
            await uow.session.execute(
                update(campaigns).where(campaigns.c.id == campaign_id).values(**values)
            )
        after = campaign_from_row(await load_campaign(uow, campaign_id))
        await audit.record(
            uow,
            principal,
            "update_campaign",
            "campaign",
            campaign_id,
            Place(after.region_code),
            _campaign_audit(before),
            _campaign_audit(after),
        )
        await uow.commit()
    return after


async def set_quotas(
    deps: Deps, principal: Principal, campaign_id: str, items: Sequence[QuotaInput]
) -> list[QuotaInput]:
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id, lock=True))
        await deps.authz.require(principal, REGIONAL, Place(campaign.region_code))
        values = await _validate_quotas(uow, campaign.region_code, items)
        await _upsert_quotas(uow, campaign_id, values)
        await audit.record(
            uow,
            principal,
            "set_quotas",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            None,
            {"quotas": [{**v, "scope_id": str(v["scope_id"])} for v in values]},
        )
        await uow.commit()
    return list(items)


async def get_campaign(
    deps: Deps, principal: Principal, campaign_id: str, region_code: str, year: int
) -> Campaign:
    async with deps.uow() as uow:
        if campaign_id:
            row = await load_campaign(uow, campaign_id)
        else:
            found = (
                await uow.session.execute(
                    select(campaigns).where(
                        campaigns.c.region_code == parse_region_code(region_code),
                        campaigns.c.year == year,
                    )
                )
            ).one_or_none()
            if found is None:
                raise NotFound("campaign_not_found", "Кампания не найдена")
            row = found._mapping
    # Campaign dates are public to everyone signed in (teachers need the windows).
    return campaign_from_row(row)


async def list_campaigns(deps: Deps, principal: Principal, region_code: str) -> list[Campaign]:
    region = parse_region_code(region_code)
    async with deps.uow() as uow:
        found = await uow.session.execute(
            select(campaigns)
            .where(campaigns.c.region_code == region)
            .order_by(campaigns.c.year.desc())
        )
        return [campaign_from_row(r._mapping) for r in found]


async def list_quotas(
    deps: Deps, principal: Principal, campaign_id: str, municipality_id: str
) -> list[QuotaUsage]:
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=schools.c.region_code,
            municipality_col=schools.c.municipality_id,
            school_col=schools.c.id,
            municipality_id=municipality_id,
            region_code=campaign.region_code,
        )
        visible_schools = select(schools.c.id, schools.c.municipality_id).where(where).subquery()
        used_by_school = dict(
            (str(k), v)
            for k, v in await uow.session.execute(
                select(holdings.c.school_id, func.count(func.distinct(holdings.c.number_id)))
                .where(holdings.c.campaign_id == campaign_id)
                .group_by(holdings.c.school_id)
            )
        )
        result: list[QuotaUsage] = []
        found = await uow.session.execute(
            select(quotas)
            .where(
                quotas.c.campaign_id == campaign_id,
                (quotas.c.scope_id.in_(select(visible_schools.c.id)))
                | (quotas.c.scope_id.in_(select(visible_schools.c.municipality_id))),
            )
            .order_by(quotas.c.scope_kind, quotas.c.scope_id)
        )
        school_muni = {
            str(s): str(m) for s, m in await uow.session.execute(select(visible_schools))
        }
        for q in found:
            scope_id = str(q.scope_id)
            if q.scope_kind == "school":
                result.append(
                    QuotaUsage(
                        QuotaInput("", scope_id, q._mapping["count"]),
                        used_by_school.get(scope_id, 0),
                    )
                )
            else:
                used = sum(v for s, v in used_by_school.items() if school_muni.get(s) == scope_id)
                result.append(QuotaUsage(QuotaInput(scope_id, "", q._mapping["count"]), used))
    return result


# Questionnaire ---------------------------------------------------------------------------------


def _question(row: Any) -> Question:
    return Question(str(row.id), row.text, QuestionKind(row.kind), tuple(row.options), row.required)


async def _questions(uow: UnitOfWork, campaign_id: str) -> list[Question]:
    found = await uow.session.execute(
        select(questions)
        .where(questions.c.campaign_id == campaign_id, questions.c.active)
        .order_by(questions.c.position)
    )
    return [_question(r) for r in found]


async def set_questions(
    deps: Deps, principal: Principal, campaign_id: str, items: Sequence[Question]
) -> list[Question]:
    """Replaces the questionnaire; questions given with their id keep it (and their answers)."""
    for q in items:
        if not bounded(q.text, "question_text"):
            raise InvalidArgument("invalid_question", "Текст вопроса не может быть пустым")
        bounded_all(q.options, "question_option")
        if q.kind is not QuestionKind.TEXT and len(q.options) < 2:
            raise InvalidArgument(
                "invalid_question", "У вопроса с выбором нужно не меньше двух вариантов"
            )
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id, lock=True))
        await deps.authz.require(principal, REGIONAL, Place(campaign.region_code))
        before = await _questions(uow, campaign_id)
        known = {q.id for q in before}
        await uow.session.execute(
            update(questions).where(questions.c.campaign_id == campaign_id).values(active=False)
        )
        for position, q in enumerate(items):
            values = {
                "position": position,
                "text": q.text.strip(),
                "kind": q.kind.value,
                "options": list(q.options),
                "required": q.required,
                "active": True,
            }
            if q.id and q.id in known:
                await uow.session.execute(
                    update(questions).where(questions.c.id == q.id).values(**values)
                )
            else:
                await uow.session.execute(
                    pg_insert(questions).values(
                        id=str(uuid.uuid4()), campaign_id=campaign_id, **values
                    )
                )
        after = await _questions(uow, campaign_id)
        await audit.record(
            uow,
            principal,
            "set_questions",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            {"questions": [q.text for q in before]},
            {"questions": [q.text for q in after]},
        )
        await uow.commit()
    return after


async def get_questionnaire(
    deps: Deps, principal: Principal, campaign_id: str
) -> tuple[list[Question], Answers]:
    async with deps.uow() as uow:
        await load_campaign(uow, campaign_id)
        found = await _questions(uow, campaign_id)
        answers = Answers()
        if principal.person_id or principal.snils:
            try:
                me = await my_teacher_row(uow, principal)
            except NotFound:
                me = None
            if me is not None:
                row = (
                    await uow.session.execute(
                        select(questionnaire_answers).where(
                            questionnaire_answers.c.campaign_id == campaign_id,
                            questionnaire_answers.c.teacher_id == me["id"],
                        )
                    )
                ).one_or_none()
                if row is not None:
                    answers = Answers(dict(row.answers), row.answered_at)
    return found, answers


def _check_answers(found: list[Question], given: dict[str, list[str]]) -> dict[str, list[str]]:
    by_id = {q.id: q for q in found}
    unknown = set(given) - set(by_id)
    if unknown:
        raise InvalidArgument("unknown_question", "Ответ дан на вопрос, которого нет в анкете")
    clean: dict[str, list[str]] = {}
    for q in found:
        values = [v.strip() for v in given.get(q.id, []) if v.strip()]
        if q.required and not values:
            raise InvalidArgument("answer_required", f"Ответьте на вопрос «{q.text}»")
        if q.kind is not QuestionKind.TEXT and any(v not in q.options for v in values):
            raise InvalidArgument("invalid_answer", f"Выберите вариант из списка: «{q.text}»")
        if q.kind is not QuestionKind.MULTIPLE_CHOICE and len(values) > 1:
            raise InvalidArgument("invalid_answer", f"На вопрос «{q.text}» нужен один ответ")
        values = list(bounded_all(values, "answer"))
        if values:
            clean[q.id] = values
    return clean


async def answer_questionnaire(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    given: dict[str, list[str]],
    teacher_id: str = "",
) -> Answers:
    """The calling teacher's answers, or (teacher_id) an operator's on a teacher's behalf."""
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        campaign.questionnaire.require_open(deps.clock())
        me, filled_by = await teacher_for(deps, uow, principal, teacher_id)
        if me["region_code"] != campaign.region_code:
            raise NotFound("campaign_not_found", "Кампания не найдена")
        clean = _check_answers(await _questions(uow, campaign_id), given)
        statement = pg_insert(questionnaire_answers).values(
            campaign_id=campaign_id, teacher_id=me["id"], answers=clean, filled_by=filled_by
        )
        row = (
            await uow.session.execute(
                statement.on_conflict_do_update(
                    constraint="pk_questionnaire_answers",
                    set_={
                        "answers": statement.excluded.answers,
                        "answered_at": func.now(),
                        "filled_by": statement.excluded.filled_by,
                    },
                ).returning(questionnaire_answers.c.answered_at)
            )
        ).one()
        if filled_by:
            await audit.record(
                uow,
                principal,
                "answer_questionnaire_for_teacher",
                "teacher",
                str(me["id"]),
                Place(me["region_code"], str(me["municipality_id"]), str(me["school_id"])),
                None,
                {"campaign_id": campaign_id, "answers": clean},
            )
        await uow.commit()
    return Answers(clean, row.answered_at, filled_by)


async def list_responses(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    not_answered_only: bool,
    page_size: int,
    page_token: str,
) -> tuple[PageOf[ResponseRow], int]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=teachers.c.region_code,
            municipality_col=teachers.c.municipality_id,
            school_col=teachers.c.school_id,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        joined = teachers.outerjoin(
            questionnaire_answers,
            and_(
                questionnaire_answers.c.teacher_id == teachers.c.id,
                questionnaire_answers.c.campaign_id == campaign_id,
            ),
        )
        answered_total = (
            await uow.session.scalar(
                select(func.count())
                .select_from(joined)
                .where(where, questionnaire_answers.c.teacher_id.is_not(None))
            )
            or 0
        )
        if not_answered_only:
            where = and_(where, questionnaire_answers.c.teacher_id.is_(None))
        total = await uow.session.scalar(select(func.count()).select_from(joined).where(where)) or 0
        found = await uow.session.execute(
            select(
                teachers,
                questionnaire_answers.c.answers,
                questionnaire_answers.c.answered_at,
                questionnaire_answers.c.filled_by,
            )
            .select_from(joined)
            .where(where)
            .order_by(teachers.c.family_name, teachers.c.given_name, teachers.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [
            ResponseRow(
                teacher_view(r._mapping),
                Answers(dict(r.answers or {}), r.answered_at, r.filled_by or ""),
            )
            for r in found
        ]
    return PageOf(items, next_token(limit, offset, total), total), answered_total
