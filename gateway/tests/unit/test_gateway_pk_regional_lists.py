"""The regional lists through the gateway's schema: Relay connections built from the service's
pages (the page token is the last cursor), GraphQL enums and ids, and the extra fields some
connections carry."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, execute

from cpd.pk_regional.v1 import pk_regional_pb2 as pb

SCHOOLS = """query($m: ID, $after: String) {
  regionalSchools(municipalityId: $m, first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id code kind } }
  }
}"""


def _school(n: int) -> pb.School:
    return pb.School(
        id=f"s{n}",
        municipality_id="m1",
        code=f"C{n}",
        name=f"Школа {n}",
        kind=pb.SCHOOL_KIND_GENERAL,
    )


async def test_a_page_of_schools_is_a_connection_whose_last_cursor_is_the_next_page_token() -> None:
    backends = FakeBackends(
        {
            "ListSchools": pb.ListSchoolsResponse(
                schools=[_school(1), _school(2)], next_page_token="after-2", total=3
            )
        }
    )
    found = data(await execute(backends, SCHOOLS, {"m": "m1"}))["regionalSchools"]
    assert found["totalCount"] == 3
    assert found["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": False,
        "endCursor": "after-2",
    }
    assert [e["node"] for e in found["edges"]] == [
        {"id": "s1", "code": "C1", "kind": "GENERAL"},
        {"id": "s2", "code": "C2", "kind": "GENERAL"},
    ]
    assert [e["cursor"] for e in found["edges"]] == ["", "after-2"]
    [(_, request)] = backends.requests
    assert request == pb.ListSchoolsRequest(
        municipality_id="m1", page=pb.Page(page_size=2, page_token="")
    )


async def test_the_cursor_of_a_page_asks_the_service_for_the_next_one() -> None:
    backends = FakeBackends(
        {"ListSchools": pb.ListSchoolsResponse(schools=[_school(3)], next_page_token="", total=3)}
    )
    found = data(await execute(backends, SCHOOLS, {"after": "after-2"}))["regionalSchools"]
    assert found["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True, "endCursor": None}
    [(_, request)] = backends.requests
    assert request.page == pb.Page(page_size=2, page_token="after-2")


async def test_the_allocation_report_carries_reasons_as_enums_and_the_campaign_summary() -> None:
    backends = FakeBackends(
        {
            "GetAllocationReport": pb.GetAllocationReportResponse(
                outcomes=[
                    pb.AllocationOutcome(
                        teacher_id="t1",
                        granted=False,
                        reason=pb.ALLOCATION_REASON_SCHOOL_QUOTA_EXHAUSTED,
                        reason_text="Квота организации исчерпана",
                    )
                ],
                total=1,
                summary=pb.AllocationSummary(campaign_id="c1", granted=4, not_granted=1),
            )
        }
    )
    query = """{ allocationReport(campaignId: "c1") {
      totalCount summary { granted notGranted } edges { node { teacherId granted reason } } } }"""
    found = data(await execute(backends, query))["allocationReport"]
    assert found["summary"] == {"granted": 4, "notGranted": 1}
    assert found["edges"] == [
        {"node": {"teacherId": "t1", "granted": False, "reason": "SCHOOL_QUOTA_EXHAUSTED"}}
    ]


async def test_questionnaire_responses_count_who_answered_and_candidates_show_null_years() -> None:
    teacher = pb.Teacher(id="t1", school_id="s1", family_name="Иванова")
    backends = FakeBackends(
        {
            "ListQuestionnaireResponses": pb.ListQuestionnaireResponsesResponse(
                responses=[pb.QuestionnaireResponse(teacher=teacher, answered=False)],
                total=55,
                answered_total=5,
            ),
            "ListCandidates": pb.ListCandidatesResponse(
                candidates=[
                    pb.Candidate(
                        teacher=teacher,
                        decision=pb.CANDIDATE_DECISION_CONFIRMED,
                        years_since_training=-1,
                        never_trained=True,
                    )
                ],
                total=1,
            ),
        }
    )
    query = """{
      questionnaireResponses(campaignId: "c1") { totalCount answeredTotal edges { node {
        answered teacher { id familyName } } } }
      candidates(campaignId: "c1") { edges { node {
        decision yearsSinceTraining numberStatus neverTrained } } }
    }"""
    found = data(await execute(backends, query))
    responses = found["questionnaireResponses"]
    assert (responses["totalCount"], responses["answeredTotal"]) == (55, 5)
    assert responses["edges"][0]["node"] == {
        "answered": False,
        "teacher": {"id": "t1", "familyName": "Иванова"},
    }
    assert found["candidates"]["edges"][0]["node"] == {
        "decision": "CONFIRMED",
        "yearsSinceTraining": None,
        "numberStatus": None,
        "neverTrained": True,
    }


async def test_the_audit_trail_pages_without_a_total_and_parses_the_json_states() -> None:
    backends = FakeBackends(
        {
            "ListAuditEvents": pb.ListAuditEventsResponse(
                events=[
                    pb.AuditEvent(
                        id="7",
                        action="refuse_number",
                        entity_type="holding",
                        before_json='{"status": "assigned"}',
                    )
                ],
                next_page_token="7",
            )
        }
    )
    query = """{ regionalAudit(first: 1) {
      pageInfo { hasNextPage endCursor } edges { node { id action before after } } } }"""
    found = data(await execute(backends, query))["regionalAudit"]
    assert found["pageInfo"] == {"hasNextPage": True, "endCursor": "7"}
    assert found["edges"][0]["node"] == {
        "id": "7",
        "action": "refuse_number",
        "before": {"status": "assigned"},
        "after": None,
    }
