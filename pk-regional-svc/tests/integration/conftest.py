"""pk-regional-svc with the real identity-svc (grants) and catalog-svc (seats), in-process."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from pk_regional_journeys import Stub, World

from catalog_svc.main import SPEC as CATALOG_SPEC
from catalog_svc.settings import CatalogSettings
from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform.in_process_settings import in_process_settings
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, new_snils
from identity_svc.main import SPEC as IDENTITY_SPEC
from identity_svc.testing import Grantees, identity_settings
from local_idp.pytest_plugin import RunningIdp
from pk_regional_svc.main import SPEC
from pk_regional_svc.settings import PkRegionalSettings


@pytest.fixture(scope="session")
async def catalog(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    settings = CatalogSettings.model_validate(
        in_process_settings(database_url, redis_url, idp.issuer)
    )
    running = await start_service(CATALOG_SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture(scope="session")
async def regional_stack(
    database_url: str, redis_url: str, idp: RunningIdp, catalog: RunningService
) -> AsyncIterator[tuple[RunningService, RunningService]]:
    """(identity-svc, pk-regional-svc) wired to each other and to catalog-svc."""
    # pk-regional calls identity for grants; identity hears of municipalities through events.
    identity = await start_service(IDENTITY_SPEC, identity_settings(database_url, redis_url, idp))
    pk = await start_service(
        SPEC,
        PkRegionalSettings.model_validate(
            in_process_settings(
                database_url,
                redis_url,
                idp.issuer,
                catalog_target=f"127.0.0.1:{catalog.port}",
                service_client_secret=idp.secrets["pk-regional-svc"],
                identity_target=f"127.0.0.1:{identity.port}",
                grants_ttl=0.0,
            )
        ),
    )
    yield identity, pk
    await pk.stop()
    await identity.stop()


@pytest.fixture
async def pk(
    regional_stack: tuple[RunningService, RunningService],
) -> AsyncIterator[pk_regional_pb2_grpc.PkRegionalServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{regional_stack[1].port}") as channel:
        yield pk_regional_pb2_grpc.PkRegionalServiceStub(channel)


class Roles:
    """Operators and teachers as identity-svc knows them: a person row and a grant given by an
    admin (identity_svc.testing.Grantees), with tokens."""

    def __init__(self, identity: RunningService, idp: RunningIdp) -> None:
        self._grantees = Grantees(identity, idp)
        self._idp = idp

    async def person(self, snils: str | None = None) -> tuple[str, str]:
        person = await self._grantees.person(snils)
        return person.id, person.snils

    async def operator(self, role: str, scope: str) -> str:
        """A token of a new person holding `role` on `scope`."""
        _, token = await self._grantees.holder_of(role, scope)
        return token

    @staticmethod
    def new_snils() -> str:
        return new_snils()

    async def teacher(self, snils: str) -> str:
        person_id, _ = await self.person(snils)
        return await self._idp.person_token(person_id=person_id, snils=snils, roles=["teacher"])


@pytest.fixture(scope="session")
def roles(regional_stack: tuple[RunningService, RunningService], idp: RunningIdp) -> Roles:
    return Roles(regional_stack[0], idp)


@pytest.fixture(scope="session")
async def world(regional_stack: tuple[RunningService, RunningService], roles: Roles) -> World:
    """Two municipalities, three schools, nine teachers and their operators, shared by the
    journeys of the session (each test makes what it changes for itself)."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{regional_stack[1].port}") as channel:
        stub = Stub(channel)
        regional = await roles.operator("regional_operator", "region:16")
        tag = uuid.uuid4().hex[:6]
        munis = []
        for i in range(2):
            reply = await stub.CreateMunicipality(
                pb.CreateMunicipalityRequest(
                    region_code="16",
                    name=f"Тестовый район {tag}-{i}",
                    kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT,
                ),
                metadata=bearer(regional),
            )
            munis.append(reply.municipality.id)
        schools_csv = "municipality;code;name;kind\n" + "".join(
            f"Тестовый район {tag}-{m};{tag}-{s};Школа {s};general\n"
            for m, s in ((0, 1), (0, 2), (1, 3))
        )
        report = (
            await stub.ImportSchools(
                pb.ImportSchoolsRequest(region_code="16", csv=schools_csv.encode()),
                metadata=bearer(regional),
            )
        ).report
        assert report.created == 3
        listed = await stub.ListSchools(
            pb.ListSchoolsRequest(region_code="16", page=pb.Page(page_size=500)),
            metadata=bearer(regional),
        )
        schools = {s.code.split("-")[1]: s for s in listed.schools if s.code.startswith(tag)}
        w = World(regional, munis, schools)
        rows = ["school_code,snils,family_name,given_name,last_training,position,subjects"]
        for i in range(9):
            snils = roles.new_snils()
            school = f"{tag}-{1 + i % 3}"
            trained = ["", "2015", "2022", "2023", "2019-05-04", "2010", "2024", "2018", ""][i]
            rows.append(f"{school},{snils},Учитель{i},Имя{i},{trained},учитель,математика")
            w.snils[f"t{i}"] = snils
        report = (
            await stub.ImportTeachers(
                pb.ImportTeachersRequest(region_code="16", csv=("\n".join(rows) + "\n").encode()),
                metadata=bearer(regional),
            )
        ).report
        assert report.created == 9 and not report.rejected
        teachers = await stub.ListTeachers(
            pb.ListTeachersRequest(region_code="16", page=pb.Page(page_size=500)),
            metadata=bearer(regional),
        )
        by_snils = {t.snils: t for t in teachers.teachers}
        w.teachers = {k: by_snils[v] for k, v in w.snils.items()}
        w.tokens["school1_op"] = await roles.operator(
            "school_operator", f"school:{schools['1'].id}"
        )
        w.tokens["school1_head"] = await roles.operator("school_head", f"school:{schools['1'].id}")
        w.tokens["muni0_op"] = await roles.operator(
            "municipal_operator", f"municipality:{munis[0]}"
        )
        w.tokens["muni1_op"] = await roles.operator(
            "municipal_operator", f"municipality:{munis[1]}"
        )
        return w
