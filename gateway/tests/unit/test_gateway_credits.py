"""The credits' part of the schema against fake backends: records with enums instead of
strings, the history's audit trail, and a rejected code as a UserError."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, execute

from cpd.credits.v1 import credits_pb2
from gateway.errors import GatewayError

CODE_CREDIT = credits_pb2.Credit(
    id="cr1",
    element_id="e1",
    provider_id="p1",
    zet=6,
    completed_on="2026-05-02",
    status=credits_pb2.CREDIT_STATUS_ACCEPTED,
    element_kind="event",
    source="code",
    recorded_at="2026-05-03T09:00:00+03:00",
)


async def test_my_credits_carry_enums_dates_and_null_for_empty_ids() -> None:
    backends = FakeBackends(
        {"ListMyCredits": credits_pb2.ListMyCreditsResponse(credits=[CODE_CREDIT])}
    )
    query = """{ myCredits { id elementId zet completedOn status elementKind source
      programCycleId deadline correctsId correctedBy recordedAt } }"""
    assert data(await execute(backends, query))["myCredits"] == [
        {
            "id": "cr1",
            "elementId": "e1",
            "zet": 6,
            "completedOn": "2026-05-02",
            "status": "ACCEPTED",
            "elementKind": "EVENT",
            "source": "CODE",
            "programCycleId": None,
            "deadline": None,
            "correctsId": None,
            "correctedBy": None,
            "recordedAt": "2026-05-03T09:00:00+03:00",
        }
    ]


async def test_the_history_shows_the_chain_and_the_audit_trail_or_a_user_error() -> None:
    query = """query($id: ID!) { creditHistory(creditId: $id) { __typename
      ... on CreditHistory { chain { id status } audit { creditId action replacedBy at } }
      ... on UserError { code message } } }"""
    history = credits_pb2.GetCreditHistoryResponse(
        chain=[CODE_CREDIT],
        audit=[
            credits_pb2.AuditEntry(
                credit_id="cr1", action="recorded", at="2026-05-03T09:00:00+03:00"
            ),
            credits_pb2.AuditEntry(credit_id="cr1", action="corrected", replaced_by="cr2"),
        ],
    )
    found = data(await execute(FakeBackends({"GetCreditHistory": history}), query, {"id": "cr1"}))
    assert found["creditHistory"] == {
        "__typename": "CreditHistory",
        "chain": [{"id": "cr1", "status": "ACCEPTED"}],
        "audit": [
            {
                "creditId": "cr1",
                "action": "RECORDED",
                "replacedBy": None,
                "at": "2026-05-03T09:00:00+03:00",
            },
            {"creditId": "cr1", "action": "CORRECTED", "replacedBy": "cr2", "at": None},
        ],
    }
    hidden = FakeBackends({"GetCreditHistory": GatewayError("credit_not_found", "Нет записи")})
    assert data(await execute(hidden, query, {"id": "x"}))["creditHistory"] == {
        "__typename": "UserError",
        "code": "CREDIT_NOT_FOUND",
        "message": "Нет записи",
    }


REDEEM = """mutation { redeemCode(code: "ABCD1234EFGH") { __typename
  ... on CodeRedemption { id status reason eventId }
  ... on UserError { code message } } }"""


async def test_a_code_taken_for_checking_or_rejected_with_its_reason() -> None:
    pending = credits_pb2.RedeemCodeResponse(
        redemption=credits_pb2.Redemption(
            id="r1", code="ABCD1234EFGH", status=credits_pb2.REDEMPTION_STATUS_PENDING
        )
    )
    backends = FakeBackends({"RedeemCode": pending})
    assert data(await execute(backends, REDEEM))["redeemCode"] == {
        "__typename": "CodeRedemption",
        "id": "r1",
        "status": "PENDING",
        "reason": "",
        "eventId": None,
    }
    assert backends.requests == [("RedeemCode", credits_pb2.RedeemCodeRequest(code="ABCD1234EFGH"))]
    rejected = credits_pb2.RedeemCodeResponse(
        redemption=credits_pb2.Redemption(
            id="r2",
            status=credits_pb2.REDEMPTION_STATUS_REJECTED,
            reason_code="code_already_used",
            reason_message="Код уже использован",
        )
    )
    assert data(await execute(FakeBackends({"RedeemCode": rejected}), REDEEM))["redeemCode"] == {
        "__typename": "UserError",
        "code": "CODE_ALREADY_USED",
        "message": "Код уже использован",
    }
