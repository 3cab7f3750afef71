"""Shared steps of pk-regional-svc's gRPC journeys: a small region (World), CSV imports, fresh
schools, an allocated school, catalog seats."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform import demo
from cpd_platform.testing import bearer

Stub = pk_regional_pb2_grpc.PkRegionalServiceStub


async def refused(call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return caught.value


def windows(open_now: bool) -> pb.CampaignWindows:
    now = datetime.now(UTC)
    start, end = (
        (now - timedelta(days=1), now + timedelta(days=1))
        if open_now
        else (now + timedelta(days=10), now + timedelta(days=20))
    )
    return pb.CampaignWindows(
        questionnaire_opens_at=start.isoformat(),
        questionnaire_closes_at=end.isoformat(),
        applications_open_at=start.isoformat(),
        applications_close_at=end.isoformat(),
    )


@dataclass
class World:
    regional: str
    munis: list[str]
    schools: dict[str, pb.School]
    teachers: dict[str, pb.Teacher] = field(default_factory=dict)
    snils: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    async def teacher_token(self, roles: Any, key: str) -> str:
        """The token of the world's teacher `key` (their person is made once per session)."""
        if key not in self.tokens:
            self.tokens[key] = await roles.teacher(self.snils[key])
        return self.tokens[key]

    @property
    def teachers_by_id(self) -> dict[str, pb.Teacher]:
        return {t.id: t for t in self.teachers.values()}


async def import_teachers_csv(pk: Stub, world: World, lines: list[str]) -> Any:
    reply = await pk.ImportTeachers(
        pb.ImportTeachersRequest(region_code="16", csv=("\n".join(lines) + "\n").encode()),
        metadata=bearer(world.regional),
    )
    return reply.report


async def fresh_school(pk: Stub, world: World) -> str:
    """The code of a new school in a new municipality (teachers there stay out of the others'
    campaigns)."""
    tag = uuid.uuid4().hex[:6]
    await pk.CreateMunicipality(
        pb.CreateMunicipalityRequest(
            region_code="16", name=f"Район {tag}", kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT
        ),
        metadata=bearer(world.regional),
    )
    await pk.ImportSchools(
        pb.ImportSchoolsRequest(
            region_code="16",
            csv=f"municipality,code,name,kind\nРайон {tag},{tag},Школа,general\n".encode(),
        ),
        metadata=bearer(world.regional),
    )
    return tag


async def school_with_teachers(
    pk: Stub, world: World, roles: Any, count: int, family_name: str
) -> tuple[pb.School, list[str]]:
    """A fresh school with `count` new teachers (their SNILS sorted), as the region sees it."""
    tag = await fresh_school(pk, world)
    snils = sorted(roles.new_snils() for _ in range(count))
    await import_teachers_csv(
        pk,
        world,
        ["school_code,snils,family_name,given_name"]
        + [f"{tag},{s},{family_name}{i},Имя{i}" for i, s in enumerate(snils)],
    )
    listed = await pk.ListSchools(
        pb.ListSchoolsRequest(region_code="16", page=pb.Page(page_size=1000)),
        metadata=bearer(world.regional),
    )
    return next(s for s in listed.schools if s.code == tag), snils


async def open_campaign(
    pk: Stub, world: World, year: int, *, open_now: bool = True, quotas: Sequence[pb.Quota] = ()
) -> pb.Campaign:
    """A campaign of region 16 opened by its regional operator."""
    reply = await pk.OpenCampaign(
        pb.OpenCampaignRequest(
            region_code="16", year=year, windows=windows(open_now), quotas=list(quotas)
        ),
        metadata=bearer(world.regional),
    )
    opened: pb.Campaign = reply.campaign
    return opened


async def confirm_and_allocate(
    pk: Stub, world: World, campaign_id: str, teacher_ids: list[str], operator: str
) -> None:
    """The operator confirms the candidates; the region runs the allocation."""
    await pk.DecideCandidates(
        pb.DecideCandidatesRequest(
            campaign_id=campaign_id,
            teacher_ids=teacher_ids,
            decision=pb.CANDIDATE_DECISION_CONFIRMED,
        ),
        metadata=bearer(operator),
    )
    await pk.RunAllocation(
        pb.RunAllocationRequest(campaign_id=campaign_id), metadata=bearer(world.regional)
    )


def budget_application(campaign_id: str) -> pb.SaveApplicationRequest:
    """A complete budget application for the regional demo course's two 36-hour groups."""
    return pb.SaveApplicationRequest(
        campaign_id=campaign_id,
        basis=pb.FUNDING_CHOICE_BUDGET,
        passport=pb.Passport(
            series="9205",
            number="123456",
            issuer="МВД по Республике Татарстан",
            issued_on="2015-04-01",
        ),
        phone="+7 900 123-45-67",
        position="учитель",
        subject="математика",
        qualification_category="высшая",
        course_id=demo.REGIONAL_PROGRAM_ID,
        group_ids=list(demo.REGIONAL_GROUP_IDS),
    )


def certificate(
    teacher_id: str,
    number: str,
    *,
    campaign_id: str = "",
    issued_on: str = "2025-11-20",
    hours: int = 72,
    programme: str = "Формирование функциональной грамотности",
) -> pb.RecordCompletionRequest:
    """A certificate of ИРО РТ (series 16) that the teacher completed a course."""
    return pb.RecordCompletionRequest(
        teacher_id=teacher_id,
        campaign_id=campaign_id,
        document_type="удостоверение о повышении квалификации",
        series="16",
        number=number,
        issued_on=issued_on,
        hours=hours,
        organisation="ИРО РТ",
        programme=programme,
    )


async def stored_teachers(pk: Stub, world: World, snils: list[str]) -> dict[str, pb.Teacher]:
    listed = await pk.ListTeachers(
        pb.ListTeachersRequest(region_code="16", page=pb.Page(page_size=1000)),
        metadata=bearer(world.regional),
    )
    return {t.snils: t for t in listed.teachers if t.snils in snils}


async def seats_free(catalog_port: int, token: str) -> int:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog_port}") as channel:
        reply = await catalog_pb2_grpc.CatalogServiceStub(channel).BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=list(demo.REGIONAL_GROUP_IDS)),
            metadata=bearer(token),
        )
    return sum(
        s.free for c in reply.cycles for s in c.seats if s.basis == catalog_pb2.FUNDING_BASIS_BUDGET
    )


@dataclass
class Allocated:
    campaign: pb.Campaign
    school: pb.School
    operator: str
    snils: list[str]
    teacher_ids: dict[str, str]


async def allocated_school(pk: Stub, world: World, roles: Any, year: int) -> Allocated:
    """A new school with three never-trained teachers, confirmed, in a campaign of `year` with
    two numbers for the school: by SNILS order the first two hold them."""
    school, snils = await school_with_teachers(pk, world, roles, 3, "Отказной")
    campaign = await open_campaign(
        pk,
        world,
        year,
        quotas=[
            pb.Quota(municipality_id=school.municipality_id, count=2),
            pb.Quota(school_id=school.id, count=2),
        ],
    )
    operator = await roles.operator("school_operator", f"school:{school.id}")
    candidates = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(operator),
    )
    by_snils = {c.teacher.snils: c.teacher.id for c in candidates.candidates}
    await confirm_and_allocate(pk, world, campaign.id, list(by_snils.values()), operator)
    return Allocated(campaign, school, operator, snils, by_snils)
