"""Support requests through the gateway, as their users walk them: the demo specialist asks
from a credit page why the credits are not there; the demo support agent and the demo provider's
staff both see it and answer (each answer reaches the specialist by e-mail); the specialist reads
the thread and resolves it; an operator of another area sees nothing of it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from tests.e2e.conftest import graphql, wait_for
from tests.e2e.test_demo_accounts import login_as
from tests.e2e.test_registration import data

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.local_mail import body_text, read_mailbox

pytestmark = pytest.mark.e2e

THREAD = "id status topic contextReference providerId messages { authorKind text }"
OPEN = f"""
mutation Open($input: SupportRequestInput!) {{
  openSupportRequest(input: $input) {{
    __typename
    ... on SupportRequest {{ {THREAD} }}
    ... on UserError {{ code message }}
  }}
}}"""
POST = f"""
mutation Post($id: ID!, $text: String!, $resolve: Boolean!) {{
  postSupportMessage(requestId: $id, text: $text, resolve: $resolve) {{
    __typename
    ... on SupportRequest {{ {THREAD} }}
    ... on UserError {{ code message }}
  }}
}}"""
READ = f"""
query Read($id: ID!) {{
  supportRequest(id: $id) {{
    __typename
    ... on SupportRequest {{ {THREAD} }}
    ... on UserError {{ code message }}
  }}
}}"""
QUEUE = "{ supportRequests(status: NEW) { edges { node { id subject } } } }"
ANSWER_SUBJECT = "Ответ на обращение"


def account(key: str) -> demo.DemoAccount:
    return next(a for a in (demo.SPECIALIST, *demo.ACCOUNTS) if a.key == key)


def post(platform: DevStack, token: str, request_id: str, text: str, resolve: bool = False) -> Any:
    reply = data(graphql(platform, POST, token, id=request_id, text=text, resolve=resolve))
    return reply["postSupportMessage"]


def queue(platform: DevStack, token: str) -> set[str]:
    edges = data(graphql(platform, QUEUE, token))["supportRequests"]["edges"]
    return {e["node"]["id"] for e in edges}


def answers_mailed(platform: DevStack, address: str, count: int) -> list[str]:
    def mailed() -> list[str]:
        found = [
            body_text(m)
            for m in read_mailbox(platform.mail_dir)
            if m["To"] == address and ANSWER_SUBJECT in str(m["Subject"])
        ]
        return found if len(found) >= count else []

    return wait_for(mailed)


def test_a_request_from_a_credit_page_answered_by_support_and_by_the_provider(
    platform: DevStack,
) -> None:
    specialist = login_as(platform, demo.SPECIALIST)
    support = login_as(platform, account("support"))
    staff = login_as(platform, account("provider_staff"))
    regional = login_as(platform, account("regional_operator"))
    credit = f"credit:{uuid.uuid4()}"
    opened = data(
        graphql(
            platform,
            OPEN,
            specialist,
            input={
                "topic": "CREDITS_NOT_POSTED",
                "subject": "Не начислены ЗЕТ за программу по кардиологии",
                "text": "Программа закончилась в феврале, а ЗЕТ до сих пор не начислены",
                "contextReference": credit,
                "providerId": demo.PROVIDER_ID,
                "idempotencyKey": f"e2e-{uuid.uuid4()}",
            },
        )
    )["openSupportRequest"]
    assert (opened["__typename"], opened["status"]) == ("SupportRequest", "NEW"), opened
    assert (opened["contextReference"], opened["providerId"]) == (credit, demo.PROVIDER_ID)

    assert opened["id"] in queue(platform, support)
    assert opened["id"] in queue(platform, staff)
    assert opened["id"] not in queue(platform, regional)
    hidden = data(graphql(platform, READ, regional, id=opened["id"]))["supportRequest"]
    assert hidden["code"] == "SUPPORT_REQUEST_NOT_FOUND"

    first = post(platform, support, opened["id"], "Запросили у организации сведения о результатах")
    assert first["status"] == "WAITING_FOR_PERSON", first
    second = post(platform, staff, opened["id"], "Результаты отправлены, ЗЕТ появятся сегодня")
    assert [m["authorKind"] for m in second["messages"]] == ["PERSON", "SUPPORT", "PROVIDER"]
    bodies = answers_mailed(platform, demo.SPECIALIST.email, 2)
    assert any("Запросили у организации" in b for b in bodies)
    assert any("Результаты отправлены" in b for b in bodies)

    thread = data(graphql(platform, READ, specialist, id=opened["id"]))["supportRequest"]
    assert thread["status"] == "WAITING_FOR_PERSON"
    assert [m["text"] for m in thread["messages"]][1:] == [
        "Запросили у организации сведения о результатах",
        "Результаты отправлены, ЗЕТ появятся сегодня",
    ]
    closed = post(platform, specialist, opened["id"], "Спасибо, ЗЕТ начислены", resolve=True)
    assert closed["status"] == "RESOLVED"
    mine = data(
        graphql(
            platform,
            "{ mySupportRequests { totalCount edges { node { id status } } } }",
            specialist,
        )
    )
    assert {"id": opened["id"], "status": "RESOLVED"} in [
        e["node"] for e in mine["mySupportRequests"]["edges"]
    ]
