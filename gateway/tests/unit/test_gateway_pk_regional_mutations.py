"""Regional mutations through the gateway's schema: inputs become the service's requests (ids,
enums), replies become typed payloads and expected failures typed UserErrors."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, data_when_refused, execute, user_error

from cpd.pk_regional.v1 import pk_regional_pb2 as pb

SAVE = """mutation($input: RegionalApplicationInput!) { saveRegionalApplication(input: $input) {
  __typename
  ... on SaveApplicationPayload { application { id status groupIds } holding { status refusalReason } }
  ... on UserError { code message } } }"""
REFUSE = """mutation($h: ID!) { refuseNumber(holdingId: $h, reason: ILLNESS, note: "болезнь") {
  __typename ... on NumberChange { freeInSchoolPool holding { status refusalReason } }
  ... on UserError { code message } } }"""


async def test_an_off_budget_choice_refuses_the_number_and_returns_no_application() -> None:
    backends = FakeBackends(
        {
            "SaveApplication": pb.SaveApplicationResponse(
                holding=pb.NumberHolding(
                    status=pb.NUMBER_STATUS_REFUSED,
                    refusal_reason=pb.REFUSAL_REASON_OFF_BUDGET_CHOSEN,
                )
            )
        }
    )
    result = data(
        await execute(backends, SAVE, {"input": {"campaignId": "c1", "basis": "OFF_BUDGET"}})
    )["saveRegionalApplication"]
    assert result == {
        "__typename": "SaveApplicationPayload",
        "application": None,
        "holding": {"status": "REFUSED", "refusalReason": "OFF_BUDGET_CHOSEN"},
    }
    [(method, request)] = backends.requests
    assert method == "SaveApplication"
    assert request == pb.SaveApplicationRequest(
        campaign_id="c1", basis=pb.FUNDING_CHOICE_OFF_BUDGET
    )


async def test_a_budget_draft_sends_the_groups_and_shows_the_application_status() -> None:
    backends = FakeBackends(
        {
            "SaveApplication": pb.SaveApplicationResponse(
                application=pb.Application(
                    id="a1", status=pb.APPLICATION_STATUS_DRAFT, group_ids=["g1", "g2"]
                ),
                holding=pb.NumberHolding(status=pb.NUMBER_STATUS_APPLICATION_DRAFT),
            )
        }
    )
    variables = {"input": {"campaignId": "c1", "basis": "BUDGET", "groupIds": ["g1", "g2"]}}
    result = data(await execute(backends, SAVE, variables))["saveRegionalApplication"]
    assert result["application"] == {"id": "a1", "status": "DRAFT", "groupIds": ["g1", "g2"]}
    assert result["holding"] == {"status": "APPLICATION_DRAFT", "refusalReason": None}
    [(_, request)] = backends.requests
    assert (request.basis, list(request.group_ids)) == (pb.FUNDING_CHOICE_BUDGET, ["g1", "g2"])


async def test_a_refusal_returns_the_holding_or_the_expected_failure_as_user_error() -> None:
    refused = FakeBackends(
        {
            "RefuseNumber": pb.RefuseNumberResponse(
                holding=pb.NumberHolding(
                    status=pb.NUMBER_STATUS_REFUSED, refusal_reason=pb.REFUSAL_REASON_ILLNESS
                ),
                free_in_school_pool=2,
            )
        }
    )
    assert data(await execute(refused, REFUSE, {"h": "h1"}))["refuseNumber"] == {
        "__typename": "NumberChange",
        "freeInSchoolPool": 2,
        "holding": {"status": "REFUSED", "refusalReason": "ILLNESS"},
    }
    assert refused.requests == [
        (
            "RefuseNumber",
            pb.RefuseNumberRequest(
                holding_id="h1", reason=pb.REFUSAL_REASON_ILLNESS, note="болезнь"
            ),
        )
    ]
    out_of_scope = await data_when_refused(
        "RefuseNumber", "out_of_scope", "Вне области", REFUSE, {"h": "h1"}
    )
    assert out_of_scope["refuseNumber"] == user_error("out_of_scope", "Вне области")
