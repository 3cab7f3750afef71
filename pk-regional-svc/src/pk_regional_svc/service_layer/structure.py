"""Municipalities, schools and teachers: lists, "Моя анкета"."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from cpd_platform.clock import Clock
from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Principal
from pk_regional_svc.domain.events import MUNICIPALITY_REGISTERED, municipality_registered
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind, parse_region_code
from pk_regional_svc.domain.scope import Place, place_of
from pk_regional_svc.domain.structure import (
    School,
    TeacherProfile,
    TeacherView,
    changed_fields,
    missing_profile_fields,
    profile_fields,
    stored_profile,
)
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL
from pk_regional_svc.service_layer.listing import page_in_scope
from pk_regional_svc.service_layer.paging import PageOf
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.teacher_access import teacher_for


async def create_municipality(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    name: str,
    kind: MunicipalityKind,
    *,
    authz: Authorizer,
) -> tuple[Municipality, bool]:
    """Idempotent on (region, name); a new one is published to identity-svc as an event."""
    region = parse_region_code(region_code)
    await authz.require(principal, REGIONAL, Place(region))
    name = bounded(name, "municipality_name")
    if len(name) < 2:
        raise InvalidArgument("invalid_name", "Укажите наименование муниципального образования")
    async with uow:
        candidate = Municipality(str(uuid.uuid4()), region, name, kind)
        created = await uow.municipalities.add_if_absent(candidate)
        found = await uow.municipalities.by_name(region, name)
        assert found is not None  # added now, or there before
        if created:
            await uow.emit(MUNICIPALITY_REGISTERED, municipality_registered(found))
            await audit.record(
                uow,
                principal,
                "create_municipality",
                "municipality",
                found.id,
                Place(region, found.id),
                None,
                {"name": name, "kind": kind.value},
            )
        await uow.commit()
    return found, created


async def list_schools(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> PageOf[School]:
    async with uow:
        return await page_in_scope(
            uow,
            authz,
            principal,
            page_size,
            page_token,
            uow.structure.schools_page,
            region_code=region_code,
            municipality_id=municipality_id,
        )


async def batch_get_schools(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, ids: Sequence[str], *, authz: Authorizer
) -> list[School]:
    async with uow:
        visibility = await authz.visibility(principal)
        return await uow.structure.visible_schools(ids, visibility)


async def list_teachers(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    school_id: str,
    incomplete_only: bool,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> PageOf[TeacherView]:
    async with uow:
        return await page_in_scope(
            uow,
            authz,
            principal,
            page_size,
            page_token,
            lambda scope, limit, offset: uow.teachers.page(scope, incomplete_only, limit, offset),
            region_code=region_code,
            municipality_id=municipality_id,
            school_id=school_id,
        )


async def batch_get_teachers(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, ids: Sequence[str], *, authz: Authorizer
) -> list[TeacherView]:
    async with uow:
        visibility = await authz.visibility(principal)
        return await uow.teachers.visible(ids, visibility)


async def get_my_profile(uow: PkRegionalUnitOfWorkPort, principal: Principal) -> TeacherView:
    async with uow:
        me = await uow.teachers.of_person(principal.person_id, principal.snils)
        await uow.commit()  # keeps the person link made on the first visit
    return me


async def update_my_profile(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    profile: TeacherProfile,
    teacher_id: str = "",
    *,
    authz: Authorizer,
    clock: Clock,
) -> TeacherView:
    """The calling teacher's profile, or (teacher_id) an operator's filling on their behalf."""
    missing = missing_profile_fields(profile, clock.now().year)
    async with uow:
        before, filled_by = await teacher_for(uow, authz, principal, teacher_id, lock=True)
        teacher = before.teacher
        after = await uow.teachers.save_profile(
            TeacherView(
                replace(teacher, profile=stored_profile(profile), profile_filled_by=filled_by),
                missing,
            )
        )
        if filled_by:
            await audit.record(
                uow,
                principal,
                "fill_profile_for_teacher",
                "teacher",
                teacher.id,
                place_of(teacher),
                *changed_fields(profile_fields(teacher.profile), profile_fields(profile)),
            )
        await uow.commit()
    return after
