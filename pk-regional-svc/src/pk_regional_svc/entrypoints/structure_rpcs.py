"""gRPC methods of municipalities, schools, teachers and «Моя анкета»: translation only."""

from __future__ import annotations

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.auth import current_principal
from cpd_platform.page_replies import page_reply
from pk_regional_svc.entrypoints import translate
from pk_regional_svc.entrypoints.with_deps import WithDeps
from pk_regional_svc.service_layer import imports, queries, structure


class StructureRpcs(WithDeps):
    """Municipalities, schools, teachers, imports, profiles."""

    async def ListMunicipalities(
        self, request: pb.ListMunicipalitiesRequest, context: object
    ) -> pb.ListMunicipalitiesResponse:
        found = await queries.list_municipalities(self._deps.uow(), request.region_code)
        return pb.ListMunicipalitiesResponse(
            municipalities=[translate.municipality(m) for m in found]
        )

    async def BatchGetMunicipalities(
        self, request: pb.BatchGetMunicipalitiesRequest, context: object
    ) -> pb.BatchGetMunicipalitiesResponse:
        found = await queries.batch_get_municipalities(self._deps.uow(), request.municipality_ids)
        return pb.BatchGetMunicipalitiesResponse(
            municipalities=[translate.municipality(m) for m in found]
        )

    async def CreateMunicipality(
        self, request: pb.CreateMunicipalityRequest, context: object
    ) -> pb.CreateMunicipalityResponse:
        kind = translate.municipality_kind_in(request.kind)
        found, created = await structure.create_municipality(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.name,
            kind,
            authz=self._deps.authz,
        )
        return pb.CreateMunicipalityResponse(
            municipality=translate.municipality(found), created=created
        )

    async def ListSchools(
        self, request: pb.ListSchoolsRequest, context: object
    ) -> pb.ListSchoolsResponse:
        page = await structure.list_schools(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        return page_reply(pb.ListSchoolsResponse, "schools", page, translate.school)

    async def BatchGetSchools(
        self, request: pb.BatchGetSchoolsRequest, context: object
    ) -> pb.BatchGetSchoolsResponse:
        found = await structure.batch_get_schools(
            self._deps.uow(), current_principal(), list(request.ids), authz=self._deps.authz
        )
        return pb.BatchGetSchoolsResponse(schools=[translate.school(s) for s in found])

    async def ListTeachers(
        self, request: pb.ListTeachersRequest, context: object
    ) -> pb.ListTeachersResponse:
        page = await structure.list_teachers(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.school_id,
            request.profile_incomplete_only,
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        return page_reply(pb.ListTeachersResponse, "teachers", page, translate.teacher)

    async def BatchGetTeachers(
        self, request: pb.BatchGetTeachersRequest, context: object
    ) -> pb.BatchGetTeachersResponse:
        found = await structure.batch_get_teachers(
            self._deps.uow(), current_principal(), list(request.ids), authz=self._deps.authz
        )
        return pb.BatchGetTeachersResponse(teachers=[translate.teacher(t) for t in found])

    async def ImportSchools(
        self, request: pb.ImportSchoolsRequest, context: object
    ) -> pb.ImportSchoolsResponse:
        report = await imports.import_schools(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.csv,
            authz=self._deps.authz,
        )
        return pb.ImportSchoolsResponse(report=translate.report(report))

    async def ImportTeachers(
        self, request: pb.ImportTeachersRequest, context: object
    ) -> pb.ImportTeachersResponse:
        report = await imports.import_teachers(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.csv,
            authz=self._deps.authz,
            clock=self._deps.clock,
        )
        return pb.ImportTeachersResponse(report=translate.report(report))

    async def GetMyProfile(
        self, request: pb.GetMyProfileRequest, context: object
    ) -> pb.GetMyProfileResponse:
        return pb.GetMyProfileResponse(
            teacher=translate.teacher(
                await structure.get_my_profile(self._deps.uow(), current_principal())
            )
        )

    async def UpdateMyProfile(
        self, request: pb.UpdateMyProfileRequest, context: object
    ) -> pb.UpdateMyProfileResponse:
        view = await structure.update_my_profile(
            self._deps.uow(),
            current_principal(),
            translate.profile_in(request.profile),
            request.teacher_id,
            authz=self._deps.authz,
            clock=self._deps.clock,
        )
        return pb.UpdateMyProfileResponse(teacher=translate.teacher(view))
