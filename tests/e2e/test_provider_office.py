"""The provider's office through the gateway (issue 17), as the demo provider's staff member uses
it from the portal: a results batch is posted (a bad record rejected with its reason, the other
credited; the same batch again is replayed), a credit is voided with a reason and the specialist
sees it voided; event codes are issued, listed and an attendance list uploaded. A specialist may
do none of it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from tests.e2e.conftest import graphql
from tests.e2e.test_demo_accounts import login_as
from tests.e2e.test_registration import data

from cpd_platform import demo
from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.e2e

STAFF = next(a for a in demo.ACCOUNTS if a.key == "provider_staff")
POST = """
mutation Post($batchId: String!, $records: [ResultRecordInput!]!) {
  postResults(batchId: $batchId, seriesId: "e2e", records: $records) {
    __typename
    ... on PostedBatch { status outcomes { externalId outcome recordId reasonCode message } }
    ... on UserError { code message }
  }
}"""
VOID = """
mutation Void($id: ID!, $reason: String!) {
  voidCredit(creditId: $id, reason: $reason) {
    __typename ... on Credit { status statusReason } ... on UserError { code message }
  }
}"""
ISSUE = """
mutation Issue($eventId: ID!, $key: String!) {
  issueCodes(eventId: $eventId, count: 2, idempotencyKey: $key) {
    __typename ... on IssuedCodes { codes { code status } } ... on UserError { code message }
  }
}"""
ATTENDANCE = """
mutation Attendance($eventId: ID!, $snils: [String!]!) {
  uploadAttendance(eventId: $eventId, snils: $snils) {
    __typename ... on AttendanceUpload { attendees invalidSnils } ... on UserError { code }
  }
}"""


def record(external_id: str, completed_on: str = "2025-05-01") -> dict[str, Any]:
    return {
        "externalId": external_id,
        "snils": demo.SPECIALIST_SNILS,
        "elementId": demo.MODULE_ID,
        "zet": 2,
        "completedOn": completed_on,
    }


def test_staff_post_void_and_issue_codes_and_a_specialist_may_not(platform: DevStack) -> None:
    staff = login_as(platform, STAFF)
    specialist = login_as(platform, demo.SPECIALIST)
    run = uuid.uuid4().hex[:8]
    records = [record(f"{run}-ok"), record(f"{run}-bad", completed_on="31.02.2025")]

    posted = data(graphql(platform, POST, staff, batchId=f"{run}-1", records=records))
    batch = posted["postResults"]
    assert batch["status"] == "APPLIED", batch
    ok, bad = batch["outcomes"]
    assert (ok["externalId"], ok["outcome"], ok["reasonCode"]) == (f"{run}-ok", "ACCEPTED", "")
    assert (bad["outcome"], bad["reasonCode"], bad["recordId"]) == (
        "REJECTED",
        "invalid_date",
        None,
    )
    assert bad["message"]
    again = data(graphql(platform, POST, staff, batchId=f"{run}-1", records=records))
    assert again["postResults"]["status"] == "REPLAYED"
    assert again["postResults"]["outcomes"][0]["recordId"] == ok["recordId"]

    refused = data(graphql(platform, POST, specialist, batchId=f"{run}-2", records=records[:1]))
    assert refused["postResults"]["__typename"] == "UserError"
    assert refused["postResults"]["code"] == "FORBIDDEN"

    not_theirs = data(graphql(platform, VOID, specialist, id=ok["recordId"], reason="не моё"))
    assert not_theirs["voidCredit"]["code"] == "NOT_YOUR_PROVIDER"
    voided = data(graphql(platform, VOID, staff, id=ok["recordId"], reason="ошибочная запись"))
    assert voided["voidCredit"] == {
        "__typename": "Credit",
        "status": "VOIDED",
        "statusReason": "ошибочная запись",
    }
    mine = data(graphql(platform, "{ myCredits { id status } }", specialist))["myCredits"]
    assert {"id": ok["recordId"], "status": "VOIDED"} in mine

    issued = data(graphql(platform, ISSUE, staff, eventId=demo.EVENT_ID, key=run))["issueCodes"]
    codes = [c["code"] for c in issued["codes"]]
    assert len(codes) == 2 and all(c["status"] == "ISSUED" for c in issued["codes"])
    listed = data(
        graphql(
            platform,
            "query($id: ID!) { eventCodes(eventId: $id) { code } }",
            staff,
            id=demo.EVENT_ID,
        )
    )["eventCodes"]
    assert set(codes) <= {c["code"] for c in listed}
    attendance = data(
        graphql(
            platform,
            ATTENDANCE,
            staff,
            eventId=demo.EVENT_ID,
            snils=[demo.SPECIALIST_SNILS, "123"],
        )
    )["uploadAttendance"]
    assert attendance["attendees"] >= 1 and attendance["invalidSnils"] == ["123"]
    foreign = data(graphql(platform, ISSUE, specialist, eventId=demo.EVENT_ID, key=run))
    assert foreign["issueCodes"]["__typename"] == "UserError"
