"""Issue 7: a whole regional campaign (Tatarstan ЭОРТ) for a generated municipality through
GraphQL, each step with the role that does it, and each role refused outside its scope."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest
from tests.e2e import conftest
from tests.e2e.conftest import graphql
from tests.e2e.test_registration import registered_and_verified

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import bearer, new_snils
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

YEAR = 2025
RACE_TEACHERS = 100
RACE_SEATS = 24


def gql(platform: DevStack, token: str, document: str, **variables: Any) -> dict[str, Any]:
    return conftest.gql(platform, document, token, **variables)


def query_error(platform: DevStack, token: str, document: str, **variables: Any) -> str:
    body = graphql(platform, document, token, **variables).json()
    assert body.get("errors"), body
    return str(body["errors"][0]["extensions"]["code"])


def nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in connection["edges"]]


def ok(result: dict[str, Any]) -> dict[str, Any]:
    assert result["__typename"] != "UserError", result
    return result


GRANT = """mutation($role: String!, $scope: String!, $personId: ID) {
  grantRole(role: $role, scope: $scope, personId: $personId) { __typename ... on UserError { code message } } }"""
CREATE_MUNICIPALITY = """mutation($name: String!) {
  createMunicipality(regionCode: "16", name: $name, kind: MUNICIPAL_DISTRICT) {
    __typename ... on MunicipalityPayload { municipality { id } } ... on UserError { code message } } }"""
IMPORT_SCHOOLS = """mutation($csv: String!) { importRegionalSchools(regionCode: "16", csv: $csv) {
  __typename ... on ImportReport { created unchanged rejected { row code reason } } ... on UserError { code message } } }"""
IMPORT_TEACHERS = """mutation($csv: String!) { importRegionalTeachers(regionCode: "16", csv: $csv) {
  __typename ... on ImportReport { created unchanged rejected { row code reason } } ... on UserError { code message } } }"""
SCHOOLS = (
    """query($m: ID!) { regionalSchools(municipalityId: $m) { edges { node { id code } } } }"""
)
TEACHERS = """query($s: ID!) { regionalTeachers(schoolId: $s, first: 500) { totalCount edges { node { id snils schoolId } } } }"""
TEACHERS_IN = """query($m: ID) { regionalTeachers(municipalityId: $m, after: null) { totalCount edges { node { schoolId } } } }"""
TEACHER_FIELDS = """query($s: ID!) { regionalTeachers(schoolId: $s, first: 500) {
  edges { node { snils middleName lastBudgetNumberYear } } } }"""
OPEN = """mutation($windows: CampaignWindowsInput!, $quotas: [QuotaInput!]!) {
  openRegionalCampaign(regionCode: "16", year: 2025, windows: $windows, quotas: $quotas) {
    __typename ... on CampaignPayload { created campaign { id requiredHours questionnaireOpenNow applicationsOpenNow } }
    ... on UserError { code message } } }"""
SET_QUESTIONS = """mutation($c: ID!) { setQuestionnaire(campaignId: $c, questions: [
  {text: "Какой формат обучения удобнее?", kind: SINGLE_CHOICE, options: ["очно", "дистанционно"], required: true}]) {
  __typename ... on QuestionList { questions { id } } ... on UserError { code message } } }"""
ANSWER = """mutation($c: ID!, $q: ID!) { answerQuestionnaire(campaignId: $c, answers: [{questionId: $q, values: ["очно"]}]) {
  __typename ... on AnswersPayload { answeredAt } ... on UserError { code message } } }"""
RESPONSES = """query($c: ID!, $m: ID!) { questionnaireResponses(campaignId: $c, municipalityId: $m, notAnsweredOnly: true) {
  totalCount answeredTotal edges { node { answered teacher { id } } } } }"""
CANDIDATES = """query($c: ID!, $s: ID, $m: ID) { candidates(campaignId: $c, schoolId: $s, municipalityId: $m, first: 500) {
  totalCount edges { node { teacher { id schoolId } decision yearsSinceTraining numberStatus } } } }"""
DECIDE = """mutation($c: ID!, $ids: [ID!]!, $d: CandidateDecision!) { decideCandidates(campaignId: $c, teacherIds: $ids, decision: $d) {
  __typename ... on CandidateList { items { decision numberStatus } } ... on UserError { code message } } }"""
ALLOCATE = """mutation($c: ID!) { runAllocation(campaignId: $c) {
  __typename ... on AllocationSummary { granted notGranted ranNow } ... on UserError { code message } } }"""
REPORT = """query($c: ID!, $m: ID!) { allocationReport(campaignId: $c, municipalityId: $m, first: 500) {
  totalCount edges { node { teacherId schoolId granted reason reasonText numberCode rank } } summary { granted } } }"""
MY_STATUS = """query($c: ID!) { myCampaignStatus(campaignId: $c) {
  candidate decision holding { holdingId numberId numberCode status statusText } application { id status } } }"""
REFUSE = """mutation($h: ID!, $r: RefusalReason!) { refuseNumber(holdingId: $h, reason: $r) {
  __typename ... on NumberChange { freeInSchoolPool holding { status refusalText numberId } } ... on UserError { code message } } }"""
APPLICATION = """query($id: ID!) { regionalApplication(id: $id) { status } }"""
POOL = """query($c: ID!, $s: ID!) { schoolPool(campaignId: $c, schoolId: $s) { freeCount message freeNumbers { numberId } } }"""
REASSIGN = """mutation($n: ID!, $t: ID!) { reassignNumber(numberId: $n, teacherId: $t) {
  __typename ... on NumberChange { freeInSchoolPool holding { teacherId status } } ... on UserError { code message } } }"""
SAVE = """mutation($input: RegionalApplicationInput!) { saveRegionalApplication(input: $input) {
  __typename ... on SaveApplicationPayload { application { id status totalHours passportMasked } holding { status refusalText } }
  ... on UserError { code message } } }"""
SUBMIT = """mutation($id: ID!) { submitRegionalApplication(applicationId: $id) {
  __typename ... on RegionalApplication { status reservationId } ... on UserError { code message } } }"""
COMPLETE = """mutation($input: CompletionInput!) { recordCompletion(input: $input) {
  __typename ... on RecordCompletionPayload { created closedNumber { status statusText } } ... on UserError { code message } } }"""
COMPLETIONS = """query($s: ID!) { completionDocuments(filter: {schoolId: $s}) { totalCount edges { node { number hours } } } }"""
MY_COMPLETIONS = """query { myCompletionDocuments { teacherId number hours } }"""
REFUSED = """query($c: ID!) { uniqueNumbers(filter: {campaignId: $c, status: REFUSED}, first: 500) {
  totalCount edges { node { refusalReason } } } }"""
BY_REASON = """query($c: ID!) { allocationReport(campaignId: $c, first: 1) {
  refusalsByReason { reason reasonText count } } }"""
EXPORT = """query($c: ID!, $f: ExportFormat!) { regionalExport(kind: NUMBERS, format: $f, filter: {campaignId: $c}) {
  filename contentType rows contentBase64 } }"""
AUDIT = """query($m: ID!) { regionalAudit(municipalityId: $m, first: 500) { edges { node { action actorPersonId before after } } } }"""


def windows() -> dict[str, str]:
    now = datetime.now(UTC)
    start, end = (now - timedelta(hours=1)).isoformat(), (now + timedelta(days=2)).isoformat()
    return {
        "questionnaireOpensAt": start,
        "questionnaireClosesAt": end,
        "applicationsOpenAt": start,
        "applicationsCloseAt": end,
    }


def application(campaign: str, groups: list[str], course: str) -> dict[str, Any]:
    return {
        "campaignId": campaign,
        "basis": "BUDGET",
        "passport": {
            "series": "9205",
            "number": "123456",
            "issuer": "МВД по РТ",
            "issuedOn": "2015-04-01",
        },
        "phone": "+79001234567",
        "position": "учитель",
        "subject": "математика",
        "qualificationCategory": "первая",
        "courseId": course,
        "groupIds": groups,
    }


def teachers_program(platform: DevStack, admin: str, title: str, seats: int) -> tuple[str, str]:
    """A 36-hour regional programme with one group of `seats` budget seats (catalog-svc)."""
    element_id, cycle_id = str(uuid.uuid4()), str(uuid.uuid4())
    today = datetime.now(UTC).date()
    with grpc.insecure_channel(platform.target("catalog")) as channel:
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        stub.CreateElement(
            catalog_pb2.CreateElementRequest(
                element=catalog_pb2.Element(
                    id=element_id,
                    kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
                    title=title,
                    provider_id=demo.REGIONAL_PROVIDER_ID,
                    zet=36,
                    region_code="16",
                    audience="teachers",
                    form_of_study="part_time",
                    subject_codes=["math"],
                    annotation="Курс для педагогов",
                    cycles=[
                        catalog_pb2.ProgramCycle(
                            id=cycle_id,
                            element_id=element_id,
                            starts_on=(today + timedelta(days=40)).isoformat(),
                            ends_on=(today + timedelta(days=50)).isoformat(),
                            seats=[
                                catalog_pb2.SeatCount(
                                    basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=seats, free=seats
                                )
                            ],
                            place="г. Казань",
                        )
                    ],
                )
            ),
            metadata=bearer(admin),
            timeout=10,
        )
        stub.PublishElement(
            catalog_pb2.PublishElementRequest(element_id=element_id),
            metadata=bearer(admin),
            timeout=10,
        )
    return element_id, cycle_id


def seats_free(platform: DevStack, admin: str, cycle_id: str) -> int:
    with grpc.insecure_channel(platform.target("catalog")) as channel:
        reply = catalog_pb2_grpc.CatalogServiceStub(channel).BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=[cycle_id]),
            metadata=bearer(admin),
            timeout=10,
        )
    return sum(s.free for s in reply.cycles[0].seats if s.basis == catalog_pb2.FUNDING_BASIS_BUDGET)


def test_a_whole_regional_campaign(platform: DevStack) -> None:
    idp = RunningIdp(platform.idp_url)
    admin = asyncio.run(idp.person_token(roles=["admin"]))
    tag = uuid.uuid4().hex[:6]

    def operator(role: str, scope: str, granted_by: str = admin) -> str:
        _, token = registered_and_verified(platform)
        person_id = gql(platform, token, "{ me { id } }")["me"]["id"]
        ok(
            gql(platform, granted_by, GRANT, role=role, scope=scope, personId=person_id)[
                "grantRole"
            ]
        )
        return token

    regional = operator("regional_operator", "region:16")
    munis = {}
    for key in ("main", "race", "other"):
        munis[key] = ok(
            gql(platform, regional, CREATE_MUNICIPALITY, name=f"E2E {key} район {tag}")[
                "createMunicipality"
            ]
        )["municipality"]["id"]
    schools_csv = (
        "municipality;code;name;kind\n"
        + "".join(
            f"E2E {m} район {tag};{tag}-{code};Школа {code};{kind}\n"
            for m, code, kind in (
                ("main", "s1", "general"),
                ("main", "s2", "preschool"),
                ("main", "s3", "vocational"),
                ("race", "r1", "general"),
                ("other", "o1", "additional"),
            )
        )
        + f"Нет такого;{tag}-x;Школа;general\n"
    )
    report = gql(platform, regional, IMPORT_SCHOOLS, csv=schools_csv)["importRegionalSchools"]
    assert report["created"] == 5 and [r["code"] for r in report["rejected"]] == [
        "unknown_municipality"
    ]
    schools: dict[str, str] = {}
    for key in ("main", "race", "other"):
        for s in nodes(gql(platform, regional, SCHOOLS, m=munis[key])["regionalSchools"]):
            schools[s["code"].split("-")[1]] = s["id"]

    # 60 teachers in 3 schools: in school 1 everyone is a candidate (20 > quota 10); in the
    # others training years vary (2023/2024 are not candidates in 2025). 100 race teachers.
    snils: dict[str, str] = {}
    rows = ["school_code,snils,family_name,given_name,last_training,position,subjects"]
    years = ["", "2015", "2022", "2023", "2024", "2019"]
    for i in range(60):
        school = f"s{1 + i // 20}"
        trained = ("" if i % 2 else "2018") if school == "s1" else years[i % len(years)]
        snils[f"t{i}"] = new_snils()
        rows.append(
            f"{tag}-{school},{snils[f't{i}']},Педагогов{i},Учитель,{trained},учитель,математика"
        )
    for i in range(RACE_TEACHERS):
        snils[f"r{i}"] = new_snils()
        rows.append(f"{tag}-r1,{snils[f'r{i}']},Гонщиков{i},Учитель,,учитель,физика")
    rows.append(f"{tag}-s1,123,Плохой,СНИЛС,,,")
    report = gql(platform, regional, IMPORT_TEACHERS, csv="\n".join(rows) + "\n")[
        "importRegionalTeachers"
    ]
    assert report["created"] == 160 and [(r["row"], r["code"]) for r in report["rejected"]] == [
        (162, "invalid_snils")
    ]
    again = gql(platform, regional, IMPORT_TEACHERS, csv="\n".join(rows[:61]) + "\n")[
        "importRegionalTeachers"
    ]
    assert (again["created"], again["unchanged"]) == (0, 60)

    # Operators: the school head of school 1 appoints its operator; the others by the admin.
    head1 = operator("school_head", f"school:{schools['s1']}")
    op = {"s1": operator("school_operator", f"school:{schools['s1']}", granted_by=head1)}
    op["s2"] = operator("school_operator", f"school:{schools['s2']}")
    op["s3"] = operator("school_operator", f"school:{schools['s3']}")
    muni = operator("municipal_operator", f"municipality:{munis['main']}")
    other_muni = operator("municipal_operator", f"municipality:{munis['other']}")

    teacher_ids: dict[str, str] = {}
    for s in ("s1", "s2", "s3"):
        listed = gql(platform, op[s], TEACHERS, s=schools[s])["regionalTeachers"]
        assert listed["totalCount"] == 20
        teacher_ids.update({t["snils"]: t["id"] for t in nodes(listed)})
    # Filters narrow to one's scope: never refused, never wider.
    assert gql(platform, op["s1"], TEACHERS, s=schools["s2"])["regionalTeachers"]["totalCount"] == 0
    assert (
        gql(platform, other_muni, TEACHERS, s=schools["s1"])["regionalTeachers"]["totalCount"] == 0
    )
    in_muni = gql(platform, op["s1"], TEACHERS_IN, m=munis["main"])["regionalTeachers"]
    assert in_muni["totalCount"] == 20
    assert {t["schoolId"] for t in nodes(in_muni)} == {schools["s1"]}

    # Mixed CSV cells: any mix of filled and empty cells imports; a re-import without a column
    # or with empty cells keeps what is stored.
    mixed = [new_snils() for _ in range(4)]
    mixed_rows = ["school_code,snils,family_name,given_name,middle_name,last_budget_number_year"]
    for i, (middle, year) in enumerate(
        (("Ильич", "2023"), ("", ""), ("Львовна", ""), ("", "2024"))
    ):
        mixed_rows.append(f"{tag}-o1,{mixed[i]},Смешанный{i},Учитель,{middle},{year}")
    report = gql(platform, regional, IMPORT_TEACHERS, csv="\n".join(mixed_rows) + "\n")[
        "importRegionalTeachers"
    ]
    assert (report["created"], report["rejected"]) == (4, [])
    again = gql(
        platform,
        regional,
        IMPORT_TEACHERS,
        csv="school_code,snils,family_name,given_name\n"
        + "".join(f"{tag}-o1,{s},Смешанный{i},Учитель\n" for i, s in enumerate(mixed)),
    )["importRegionalTeachers"]
    assert (again["unchanged"], again["rejected"]) == (4, [])
    stored = {
        t["snils"]: (t["middleName"], t["lastBudgetNumberYear"])
        for t in nodes(gql(platform, regional, TEACHER_FIELDS, s=schools["o1"])["regionalTeachers"])
    }
    assert [stored[s] for s in mixed] == [
        ("Ильич", 2023),
        ("", None),
        ("Львовна", None),
        ("", 2024),
    ]
    race_listed = gql(platform, regional, TEACHERS, s=schools["r1"])["regionalTeachers"]
    teacher_ids.update({t["snils"]: t["id"] for t in nodes(race_listed)})

    def teacher_token(key: str) -> str:
        return asyncio.run(
            idp.person_token(person_id=str(uuid.uuid4()), snils=snils[key], roles=["teacher"])
        )

    assert (
        query_error(platform, teacher_token("t0"), "{ regionalTeachers { totalCount } }")
        == "not_an_operator"
    )

    # Open the campaign with quotas.
    quotas = [
        {"municipalityId": munis["main"], "count": 30},
        {"municipalityId": munis["race"], "count": 100},
        {"schoolId": schools["s1"], "count": 10},
        {"schoolId": schools["s2"], "count": 10},
        {"schoolId": schools["s3"], "count": 10},
        {"schoolId": schools["r1"], "count": 100},
    ]
    refused_open = gql(platform, muni, OPEN, windows=windows(), quotas=quotas)[
        "openRegionalCampaign"
    ]
    assert refused_open["code"] == "OUT_OF_SCOPE"
    opened = ok(
        gql(platform, regional, OPEN, windows=windows(), quotas=quotas)["openRegionalCampaign"]
    )
    campaign = opened["campaign"]["id"]
    assert opened["campaign"]["requiredHours"] == 72 and opened["campaign"]["questionnaireOpenNow"]

    # Questionnaire: five teachers answer; operators see who has not.
    question = ok(gql(platform, regional, SET_QUESTIONS, c=campaign)["setQuestionnaire"])[
        "questions"
    ][0]["id"]
    tokens = {f"t{i}": teacher_token(f"t{i}") for i in range(60)}
    for i in range(5):
        ok(gql(platform, tokens[f"t{i}"], ANSWER, c=campaign, q=question)["answerQuestionnaire"])
    responses = gql(platform, muni, RESPONSES, c=campaign, m=munis["main"])[
        "questionnaireResponses"
    ]
    assert responses["answeredTotal"] == 5 and responses["totalCount"] == 55
    foreign = gql(platform, other_muni, RESPONSES, c=campaign, m=munis["main"])
    assert foreign["questionnaireResponses"]["totalCount"] == 0

    # Candidates: confirmed by each school's operator (the head only watches).
    by_school: dict[str, list[str]] = {}
    for s in ("s1", "s2", "s3"):
        items = nodes(gql(platform, op[s], CANDIDATES, c=campaign, s=schools[s])["candidates"])
        by_school[s] = [c["teacher"]["id"] for c in items]
        assert all(c["yearsSinceTraining"] is None or c["yearsSinceTraining"] >= 3 for c in items)
    assert len(by_school["s1"]) == 20
    assert (
        gql(platform, head1, DECIDE, c=campaign, ids=by_school["s1"], d="CONFIRMED")[
            "decideCandidates"
        ]["code"]
        == "OUT_OF_SCOPE"
    )
    assert (
        gql(platform, op["s1"], DECIDE, c=campaign, ids=by_school["s2"], d="CONFIRMED")[
            "decideCandidates"
        ]["code"]
        == "OUT_OF_SCOPE"
    )
    for s in ("s1", "s2", "s3"):
        decided = ok(
            gql(platform, op[s], DECIDE, c=campaign, ids=by_school[s], d="CONFIRMED")[
                "decideCandidates"
            ]
        )
        assert {c["numberStatus"] for c in decided["items"]} == {"EXPECTED"}
    race_ids = [teacher_ids[snils[f"r{i}"]] for i in range(RACE_TEACHERS)]
    ok(gql(platform, regional, DECIDE, c=campaign, ids=race_ids, d="CONFIRMED")["decideCandidates"])

    # Allocation: the regional operator only; then the report.
    assert gql(platform, muni, ALLOCATE, c=campaign)["runAllocation"]["code"] == "OUT_OF_SCOPE"
    summary = ok(gql(platform, regional, ALLOCATE, c=campaign)["runAllocation"])
    assert summary["ranNow"]
    outcomes = nodes(gql(platform, muni, REPORT, c=campaign, m=munis["main"])["allocationReport"])
    granted = [o for o in outcomes if o["granted"]]
    assert sum(1 for o in granted if o["schoolId"] == schools["s1"]) == 10
    assert len(granted) <= 30
    exhausted = [
        o
        for o in outcomes
        if o["schoolId"] == schools["s1"] and o["reason"] == "SCHOOL_QUOTA_EXHAUSTED"
    ]
    assert len(exhausted) == 10
    # Never trained first: every never-trained teacher of school 1 (odd i) got a number.
    never = {teacher_ids[snils[f"t{i}"]] for i in range(1, 20, 2)}
    assert never == {o["teacherId"] for o in granted if o["schoolId"] == schools["s1"]}

    # Two refusals (the teacher herself; the school operator for another) and a reassignment.
    status0 = gql(platform, tokens["t1"], MY_STATUS, c=campaign)["myCampaignStatus"]
    assert (
        status0["holding"]["status"] == "ASSIGNED"
        and status0["holding"]["statusText"] == "присвоен"
    )
    first = ok(
        gql(platform, tokens["t1"], REFUSE, h=status0["holding"]["holdingId"], r="DISMISSAL")[
            "refuseNumber"
        ]
    )
    assert first["holding"]["refusalText"] == "увольнение" and first["freeInSchoolPool"] == 1
    holding3 = gql(platform, tokens["t3"], MY_STATUS, c=campaign)["myCampaignStatus"]["holding"]
    assert (
        gql(platform, op["s2"], REFUSE, h=holding3["holdingId"], r="MATERNITY_LEAVE")[
            "refuseNumber"
        ]["code"]
        == "OUT_OF_SCOPE"
    )
    second = ok(
        gql(platform, op["s1"], REFUSE, h=holding3["holdingId"], r="MATERNITY_LEAVE")[
            "refuseNumber"
        ]
    )
    assert second["freeInSchoolPool"] == 2
    pool = gql(platform, head1, POOL, c=campaign, s=schools["s1"])["schoolPool"]
    assert pool["message"] == "Свободных номеров, закреплённых за организацией: 2"
    waiting = exhausted[0]["teacherId"]
    given = ok(
        gql(platform, op["s1"], REASSIGN, n=pool["freeNumbers"][0]["numberId"], t=waiting)[
            "reassignNumber"
        ]
    )
    assert given["holding"]["status"] == "ASSIGNED" and given["freeInSchoolPool"] == 1
    waiting_key = next(k for k, v in snils.items() if teacher_ids.get(v) == waiting)

    # Applications with two 36-hour groups (72 = 36 + 36); one group alone is refused.
    course, groups = demo.REGIONAL_PROGRAM_ID, list(demo.REGIONAL_GROUP_IDS)
    one = gql(platform, tokens[waiting_key], SAVE, input=application(campaign, groups[:1], course))
    draft = ok(one["saveRegionalApplication"])["application"]
    assert draft["totalHours"] == 36 and draft["passportMasked"] == "92 ** ****56"
    short = gql(platform, tokens[waiting_key], SUBMIT, id=draft["id"])["submitRegionalApplication"]
    assert short["code"] == "HOURS_MISMATCH"
    ok(
        gql(platform, tokens[waiting_key], SAVE, input=application(campaign, groups, course))[
            "saveRegionalApplication"
        ]
    )
    submitted = ok(
        gql(platform, tokens[waiting_key], SUBMIT, id=draft["id"])["submitRegionalApplication"]
    )
    assert submitted["status"] == "SUBMITTED" and submitted["reservationId"]
    status = gql(platform, tokens[waiting_key], MY_STATUS, c=campaign)["myCampaignStatus"]
    assert status["holding"]["statusText"] == "заявление: подано"

    # A race of 100 teachers for a group of 24 seats: exactly 24 win, all or none per application.
    race_course, race_group = teachers_program(platform, admin, f"Гонка {tag}", RACE_SEATS)
    _, wide_group = teachers_program(platform, admin, f"Широкая {tag}", 500)
    race_tokens = [teacher_token(f"r{i}") for i in range(RACE_TEACHERS)]
    drafts = [
        ok(
            gql(
                platform,
                t,
                SAVE,
                input=application(campaign, [race_group, wide_group], race_course),
            )["saveRegionalApplication"]
        )["application"]["id"]
        for t in race_tokens
    ]
    with ThreadPoolExecutor(max_workers=25) as pool_:
        results = list(
            pool_.map(
                lambda pair: gql(platform, pair[0], SUBMIT, id=pair[1])[
                    "submitRegionalApplication"
                ],
                zip(race_tokens, drafts, strict=True),
            )
        )
    winners = [r for r in results if r["__typename"] == "RegionalApplication"]
    losers = [r for r in results if r["__typename"] == "UserError"]
    assert len(winners) == RACE_SEATS and len(losers) == RACE_TEACHERS - RACE_SEATS
    assert {r["code"] for r in losers} == {"NO_SEATS_LEFT"}

    # The regional operator refuses a winner's number after submission: the seats go back to
    # the group, the application is closed, the number returns to the school's pool.
    winner = next(i for i, r in enumerate(results) if r["__typename"] == "RegionalApplication")
    held = gql(platform, race_tokens[winner], MY_STATUS, c=campaign)["myCampaignStatus"]
    assert held["holding"]["status"] == "APPLICATION_SUBMITTED"
    assert seats_free(platform, admin, race_group) == 0
    refusal = ok(
        gql(platform, regional, REFUSE, h=held["holding"]["holdingId"], r="ILLNESS")["refuseNumber"]
    )
    assert refusal["holding"]["status"] == "REFUSED" and refusal["freeInSchoolPool"] == 1
    assert seats_free(platform, admin, race_group) == 1
    closed = gql(platform, race_tokens[winner], APPLICATION, id=drafts[winner])
    assert closed["regionalApplication"]["status"] == "CLOSED"

    # Off-budget: a loser chooses it; the freed number cannot be handed to them this year.
    loser = next(i for i, r in enumerate(results) if r["__typename"] == "UserError")
    off = ok(
        gql(
            platform,
            race_tokens[loser],
            SAVE,
            input={"campaignId": campaign, "basis": "OFF_BUDGET"},
        )["saveRegionalApplication"]
    )
    assert off["holding"]["status"] == "REFUSED"
    assert off["holding"]["refusalText"] == "выбрано внебюджетное обучение"
    race_pool = gql(platform, regional, POOL, c=campaign, s=schools["r1"])["schoolPool"]
    assert race_pool["freeCount"] == 2
    barred = gql(
        platform,
        regional,
        REASSIGN,
        n=race_pool["freeNumbers"][0]["numberId"],
        t=teacher_ids[snils[f"r{loser}"]],
    )["reassignNumber"]
    assert barred["code"] == "OFF_BUDGET_CHOSEN"

    # Completion document by the school operator closes the number; all levels see it.
    done = ok(
        gql(
            platform,
            op["s1"],
            COMPLETE,
            input={
                "teacherId": waiting,
                "campaignId": campaign,
                "documentType": "удостоверение о повышении квалификации",
                "series": "16",
                "number": f"{tag}-1",
                "issuedOn": datetime.now(UTC).date().isoformat(),
                "hours": 72,
                "organisation": "ИРО РТ",
                "programme": "Функциональная грамотность",
            },
        )["recordCompletion"]
    )
    assert done["created"] and done["closedNumber"]["statusText"] == "обучение завершено"
    listed = gql(platform, op["s1"], CANDIDATES, c=campaign, s=schools["s1"])["candidates"]
    assert {c["teacher"]["id"]: c["numberStatus"] for c in nodes(listed)}[waiting] == "COMPLETED"
    for token in (op["s1"], head1, muni, regional):
        assert (
            gql(platform, token, COMPLETIONS, s=schools["s1"])["completionDocuments"]["totalCount"]
            == 1
        )
    for token in (op["s2"], other_muni):
        assert (
            gql(platform, token, COMPLETIONS, s=schools["s1"])["completionDocuments"]["totalCount"]
            == 0
        )
    # The teacher reads her own document; another teacher does not see it.
    mine = gql(platform, tokens[waiting_key], MY_COMPLETIONS)["myCompletionDocuments"]
    assert [(d["teacherId"], d["number"], d["hours"]) for d in mine] == [(waiting, f"{tag}-1", 72)]
    assert gql(platform, tokens["t1"], MY_COMPLETIONS)["myCompletionDocuments"] == []

    # Refusals per reason, counted by pk-regional-svc, equal those of the whole list.
    refused = gql(platform, regional, REFUSED, c=campaign)["uniqueNumbers"]
    listed_reasons = Counter(n["refusalReason"] for n in nodes(refused))
    by_reason = gql(platform, regional, BY_REASON, c=campaign)["allocationReport"]
    counted = {r["reason"]: r["count"] for r in by_reason["refusalsByReason"]}
    assert counted == dict(listed_reasons) and sum(counted.values()) == refused["totalCount"]
    assert {"DISMISSAL", "MATERNITY_LEAVE", "ILLNESS", "OFF_BUDGET_CHOSEN"} <= set(counted)

    # Reports and the audit trail.
    csv_export = gql(platform, muni, EXPORT, c=campaign, f="CSV")["regionalExport"]
    assert csv_export["filename"] == "numbers.csv" and csv_export["rows"] >= 30
    xlsx = gql(platform, regional, EXPORT, c=campaign, f="XLSX")["regionalExport"]
    assert xlsx["contentBase64"].startswith("UEsD")  # a zip (XLSX) file
    audit = nodes(gql(platform, muni, AUDIT, m=munis["main"])["regionalAudit"])
    actions = {a["action"] for a in audit}
    assert {"decide_candidate", "refuse_number", "reassign_number", "record_completion"} <= actions
    assert nodes(gql(platform, other_muni, AUDIT, m=munis["main"])["regionalAudit"]) == []
