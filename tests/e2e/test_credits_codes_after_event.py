"""Issue 12 through the platform: event codes count only after the event. The organiser issues
(and asks to mail) codes ahead; while the event goes on the code cannot be entered in GraphQL
(a typed error in Russian) and the mail waits; once the event is over the code is entered,
verified by the attendance list, credited on the event's last day (never later than today), and
the credit's history in GraphQL starts with who recorded it."""

import csv
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import grpc
import pytest
from tests.e2e.conftest import Tokens, graphql, published
from tests.e2e.test_credits import cpd_provider, data, specialist

from cpd.catalog.v1 import catalog_pb2
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.local_mail import body_text, read_mailbox
from cpd_platform.testing import bearer

pytestmark = pytest.mark.e2e

REDEEM = """
mutation Redeem($code: String!, $eventId: ID) {
  redeemCode(code: $code, eventId: $eventId) {
    __typename
    ... on CodeRedemption { id status enteredCode: code }
    ... on UserError { code message }
  }
}
"""
MY_REDEMPTIONS = "query { myCodeRedemptions { id status code creditId } }"
MY_CREDITS = "query { myCredits { id completedOn source elementId } }"
HISTORY = """
query History($id: ID!) {
  creditHistory(creditId: $id) {
    __typename
    ... on CreditHistory {
      chain { id source }
      audit { creditId action actor actorClientId reason at batchId }
    }
    ... on UserError { code message }
  }
}
"""


def _moscow_today() -> date:
    return datetime.now(ZoneInfo("Europe/Moscow")).date()


def _published_event(platform: DevStack, provider: str, starts_on: date, ends_on: date) -> str:
    external = uuid.uuid4().hex[:10]
    event = catalog_pb2.Element(
        external_id=f"e2e-event-{external}",
        kind=catalog_pb2.ELEMENT_KIND_EVENT,
        title=f"Конференция {external}",
        zet=6,
        main_specialty_code=demo.CARDIOLOGY,
        audience="medical",
        starts_on=starts_on.isoformat(),
        ends_on=ends_on.isoformat(),
        event_format="offline",
        free=True,
        tickets_total=100,
    )
    return published(platform, provider, event)


def _planned(platform: DevStack, token: str, *event_ids: str) -> None:
    with grpc.insecure_channel(platform.target("plan")) as channel:
        stub = plan_pb2_grpc.PlanServiceStub(channel)
        for event_id in event_ids:
            stub.AddPlanItem(
                plan_pb2.AddPlanItemRequest(cycle_id=demo.SPECIALIST_CYCLE_ID, element_id=event_id),
                metadata=bearer(token),
                timeout=10,
            )


def _issued(platform: DevStack, tmp_path: Path, event_id: str, *args: str) -> list[dict[str, str]]:
    out = f"codes-{event_id}.csv"
    issued = cpd_provider(
        platform, "codes", "issue", event_id, "1", *args, "--out", out, cwd=tmp_path
    )
    assert issued.returncode == 0, issued.stderr
    with (tmp_path / out).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_codes_are_mailed_and_entered_only_after_the_event_and_the_credit_history_starts_with_its_recording(
    platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    today = _moscow_today()
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    ongoing = _published_event(platform, provider, today - timedelta(days=1), today)
    finished = _published_event(
        platform, provider, today - timedelta(days=2), today - timedelta(days=1)
    )
    token = specialist(tokens)
    _planned(platform, token, ongoing, finished)

    attendees = tmp_path / "attendees.txt"
    attendees.write_text(f"{demo.SPECIALIST_SNILS}\n", encoding="utf-8")
    # Issued ahead, asked to be mailed: the mail is scheduled for the day after the event.
    [early] = _issued(platform, tmp_path, ongoing, "--snils-file", str(attendees), "--mail")
    assert early["mail_status"] == "scheduled"

    refused = data(graphql(platform, REDEEM, token, code=early["code"], eventId=ongoing))[
        "redeemCode"
    ]
    assert (refused["__typename"], refused["code"]) == ("UserError", "EVENT_NOT_FINISHED")  # type: ignore[index]
    assert "после его окончания" in refused["message"]  # type: ignore[index]
    assert (today + timedelta(days=1)).strftime("%d.%m.%Y") in refused["message"]  # type: ignore[index]
    redemptions = data(graphql(platform, MY_REDEMPTIONS, token))["myCodeRedemptions"]
    assert early["code"] not in {r["code"] for r in redemptions}  # type: ignore[index]
    time.sleep(1.0)  # a few rounds of the mailer: the scheduled mail stays unsent
    assert not any(early["code"] in body_text(m) for m in read_mailbox(platform.mail_dir))

    # The finished event: entered, verified by the attendance list, credited on its last day.
    [code] = _issued(platform, tmp_path, finished)
    taken = data(graphql(platform, REDEEM, token, code=code["code"], eventId=finished))[
        "redeemCode"
    ]
    assert (taken["__typename"], taken["status"]) == ("CodeRedemption", "PENDING")  # type: ignore[index]
    uploaded = cpd_provider(
        platform, "attendance", "upload", finished, str(attendees), cwd=tmp_path
    )
    assert uploaded.returncode == 0, uploaded.stderr
    redemptions = data(graphql(platform, MY_REDEMPTIONS, token))["myCodeRedemptions"]
    accepted = next(r for r in redemptions if r["id"] == taken["id"])  # type: ignore[index]
    assert accepted["status"] == "ACCEPTED" and accepted["creditId"]
    credits = data(graphql(platform, MY_CREDITS, token))["myCredits"]
    credit = next(c for c in credits if c["id"] == accepted["creditId"])  # type: ignore[index]
    assert (credit["source"], credit["completedOn"]) == (
        "CODE",
        (today - timedelta(days=1)).isoformat(),
    )
    assert date.fromisoformat(credit["completedOn"]) <= today

    history = data(graphql(platform, HISTORY, token, id=credit["id"]))["creditHistory"]
    assert history["__typename"] == "CreditHistory"  # type: ignore[index]
    first = history["audit"][0]  # type: ignore[index]
    assert (first["creditId"], first["action"], first["actor"]) == (
        credit["id"],
        "RECORDED",
        demo.SPECIALIST_PERSON_ID,
    )
    assert code["code"] in first["reason"] and first["at"]
