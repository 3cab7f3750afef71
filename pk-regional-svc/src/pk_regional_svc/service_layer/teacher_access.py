"""Whose teacher record a profile or questionnaire is filled for, and by whom."""

from __future__ import annotations

from cpd_platform.principal import Principal
from pk_regional_svc.domain.scope import place_of
from pk_regional_svc.domain.structure import TeacherView
from pk_regional_svc.service_layer.authz import OPERATE
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


async def teacher_for(
    uow: PkRegionalUnitOfWorkPort,
    authz: Authorizer,
    principal: Principal,
    teacher_id: str,
    *,
    lock: bool = False,
) -> tuple[TeacherView, str]:
    """The caller's own record and "" without `teacher_id`; otherwise that teacher's record,
    for an operator of the teacher's school (or municipality, region), and the operator's
    person id (the teacher's record is marked with it)."""
    if not teacher_id:
        return await uow.teachers.of_person(principal.person_id, principal.snils, lock=lock), ""
    view = await uow.teachers.get(teacher_id, lock=lock)
    teacher = view.teacher
    await authz.require(principal, OPERATE, place_of(teacher))
    return view, principal.person_id or principal.subject
