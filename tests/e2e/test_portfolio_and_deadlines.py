"""Issue 15, the plan side, as its users walk it: a specialist with a periodic accreditation
applies to a ДПП cycle that the provider's own system accepts over gRPC; the cycle ends and
two months pass without a result: the person sees the deadline and a support request ready to
send, the provider's staff and system see the overdue result; the provider posts and corrects
it, the person reads the credit's history; the profile lists the specialty with its cycle; the
accreditation portfolio PDF names the person, the rules, the element and the totals."""

from __future__ import annotations

import asyncio
import base64
import io
from datetime import date, timedelta
from typing import Any

import grpc
import pypdf
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from tests.e2e.conftest import Tokens, graphql, wait_for
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_specialist_journey import (
    PROGRAM_TITLE,
    add_document,
    demo_provider_staff,
    gql,
    post_results,
    published_program,
    result_record,
    submit_application,
)

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.local_infra import asyncpg_url
from cpd_platform.snils import format_snils
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

CARDIOLOGY = demo.CARDIOLOGY
PLAN = """
query Plan {
  myCycles {
    id
    plan {
      id elementId status
      resultWait {
        providerId endsOn deadline overdue daysOverdue
        supportRequest { topic subject text contextReference }
      }
    }
  }
}"""
OVERDUE = """
query { providerOverdueResults { totalCount edges { node { elementKind endsOn deadline
  daysOverdue application { id element { title } } } } } }"""
PROFILE = "query { me { specialties { code specialty { name } cycle { id ruleSet { code } } } } }"
MY_CREDITS = "query { myCredits { id elementId status zet } }"
HISTORY = """
query History($id: ID!) {
  creditHistory(creditId: $id) {
    __typename
    ... on CreditHistory {
      chain { id status zet statusReason }
      audit { action actorClientId reason }
    }
    ... on UserError { code message }
  }
}"""
PORTFOLIO = """
query Portfolio($cycleId: ID!) {
  accreditationPortfolio(cycleId: $cycleId) { fileName contentType contentBase64 }
}"""


def backdate_application(platform: DevStack, application_id: str, ends_on: date) -> None:
    """Time passes: the application's program cycle (as plan-svc holds it) ended on `ends_on`."""

    async def update() -> None:
        engine = create_async_engine(asyncpg_url(str(platform.pg_url), platform.database))
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "UPDATE plan.applications SET starts_on = :starts, ends_on = :ends "
                    "WHERE id = CAST(:id AS uuid)"
                ),
                {"starts": ends_on - timedelta(days=20), "ends": ends_on, "id": application_id},
            )
        await engine.dispose()

    asyncio.run(update())


def waiting_item(platform: DevStack, token: str, program_id: str) -> dict[str, Any]:
    [cycle] = gql(platform, PLAN, token)["myCycles"]
    [item] = [i for i in cycle["plan"] if i["elementId"] == program_id]
    return dict(item)


def application_id(overdue_result: dict[str, Any]) -> str | None:
    """The application of an overdue program result (events have none)."""
    application = overdue_result["application"]
    return None if application is None else str(application["id"])


def pdf_text(content_base64: str) -> str:
    reader = pypdf.PdfReader(io.BytesIO(base64.b64decode(content_base64)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_overdue_result_prompt_provider_automation_history_profile_and_portfolio(
    platform: DevStack, tokens: Tokens
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    admin = asyncio.run(idp.person_token(roles=["admin"]))
    system = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    snils, me = registered_and_verified(platform)
    program_id, program_cycle_id = published_program(platform, system, today)

    added = add_document(
        platform, me, "ACCREDITATION_PERIODIC", CARDIOLOGY, "7724 0709144", "2024-03-15"
    )
    assert added["__typename"] == "Cycle", added
    cycle_id = added["id"]
    submitted = submit_application(platform, me, program_cycle_id, "ГКБ №7")
    assert submitted["__typename"] == "Application", submitted

    # The provider's own system lists and accepts the application over gRPC (its enrolment is
    # automated); a person's token may not.
    with grpc.insecure_channel(platform.target("plan")) as channel:
        plan = plan_pb2_grpc.PlanServiceStub(channel)
        listed = plan.ListProviderApplications(
            plan_pb2.ListProviderApplicationsRequest(status=plan_pb2.APPLICATION_STATUS_SUBMITTED),
            metadata=bearer(system),
            timeout=10,
        )
        assert submitted["id"] in [a.id for a in listed.applications]
        accept = plan_pb2.AcceptApplicationRequest(application_id=submitted["id"])
        with pytest.raises(grpc.RpcError) as refused:
            plan.AcceptApplication(accept, metadata=bearer(me), timeout=10)
        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
        accepted = plan.AcceptApplication(accept, metadata=bearer(system), timeout=10)
        assert accepted.application.status == plan_pb2.APPLICATION_STATUS_ACCEPTED

    # While the cycle runs nothing is awaited; two months after its end the result is overdue.
    assert waiting_item(platform, me, program_id)["resultWait"] is None
    ended = today - timedelta(days=62)
    backdate_application(platform, submitted["id"], ended)
    item = waiting_item(platform, me, program_id)
    wait = item["resultWait"]
    deadline = date.fromisoformat(wait["deadline"])
    assert item["status"] == "COMPLETED"
    assert (wait["providerId"], wait["endsOn"], wait["overdue"]) == (
        demo.PROVIDER_ID,
        ended.isoformat(),
        True,
    )
    assert wait["daysOverdue"] == (today - deadline).days > 0
    draft = wait["supportRequest"]
    assert draft["topic"] == "credits_not_posted"
    assert draft["contextReference"] == f"plan_item:{item['id']}"
    for part in (PROGRAM_TITLE, f"{ended:%d.%m.%Y}", f"{deadline:%d.%m.%Y}"):
        assert part in draft["text"]

    # The provider's staff see it in GraphQL, its system over gRPC.
    staff = demo_provider_staff(platform, admin)
    overdue = gql(platform, OVERDUE, staff)["providerOverdueResults"]
    mine = [e["node"] for e in overdue["edges"] if application_id(e["node"]) == submitted["id"]]
    assert mine == [
        {
            "elementKind": "PROGRAM",
            "endsOn": ended.isoformat(),
            "deadline": deadline.isoformat(),
            "daysOverdue": (today - deadline).days,
            "application": {"id": submitted["id"], "element": {"title": PROGRAM_TITLE}},
        }
    ]
    with grpc.insecure_channel(platform.target("plan")) as channel:
        found = plan_pb2_grpc.PlanServiceStub(channel).ListOverdueResults(
            plan_pb2.ListOverdueResultsRequest(), metadata=bearer(system), timeout=10
        )
    assert submitted["id"] in [r.application.id for r in found.results]

    # The provider posts the result, then corrects its ZET with a reason.
    post_results(
        platform,
        system,
        [
            result_record(
                snils,
                program_id,
                36,
                today,
                program_cycle_id=program_cycle_id,
                document_number="УД-2026-0042",
            )
        ],
    )
    [posted] = wait_for(lambda: gql(platform, MY_CREDITS, me)["myCredits"])
    with grpc.insecure_channel(platform.target("credits")) as channel:
        credits_pb2_grpc.CreditsServiceStub(channel).CorrectCredit(
            credits_pb2.CorrectCreditRequest(
                credit_id=posted["id"],
                reason="Опечатка в часах",
                zet=30,
                completed_on=today.isoformat(),
                document_number="УД-2026-0042",
            ),
            metadata=bearer(system),
            timeout=10,
        )
    history = gql(platform, HISTORY, me, id=posted["id"])["creditHistory"]
    assert history["__typename"] == "CreditHistory", history
    assert [(c["status"], c["zet"]) for c in history["chain"]] == [
        ("SUPERSEDED", 36),
        ("ACCEPTED", 30),
    ]
    assert history["chain"][0]["statusReason"] == "Опечатка в часах"
    actions = [(a["action"], a["actorClientId"], a["reason"]) for a in history["audit"]]
    assert actions[0][:2] == ("RECORDED", demo.PROVIDER_CLIENT_ID)
    assert ("CORRECTED", demo.PROVIDER_CLIENT_ID, "Опечатка в часах") in actions

    # Once credited nothing is awaited or overdue.
    def credited() -> bool:
        found = waiting_item(platform, me, program_id)
        return found["status"] == "CREDITED" and found["resultWait"] is None

    wait_for(credited)
    overdue = gql(platform, OVERDUE, staff)["providerOverdueResults"]
    assert submitted["id"] not in [application_id(e["node"]) for e in overdue["edges"]]

    # The profile lists the specialty of the document with its cycle.
    profile = gql(platform, PROFILE, me)["me"]["specialties"]
    assert [(s["code"], s["cycle"]["id"], s["cycle"]["ruleSet"]["code"]) for s in profile] == [
        (CARDIOLOGY, cycle_id, "nmo-709n-144")
    ]
    assert profile[0]["specialty"]["name"]

    # The accreditation portfolio: a PDF whose text names everything the commission checks.
    portfolio = gql(platform, PORTFOLIO, me, cycleId=cycle_id)["accreditationPortfolio"]
    assert portfolio["contentType"] == "application/pdf"
    assert portfolio["fileName"] == f"portfolio-{CARDIOLOGY}-2024-03-15.pdf"
    content = pdf_text(portfolio["contentBase64"])
    for expected in (
        "Портфолио для периодической аккредитации",
        "Орлова Елена Викторовна",
        format_snils(snils),
        f"{CARDIOLOGY} {profile[0]['specialty']['name']}",
        "7724 0709144",
        "Проверка в ФРМР",
        "15.03.2024 – 14.03.2029",
        "Периодическая аккредитация (709н): 144 часа",
        "144 ЗЕТ за 5 лет",
        "Минимум ДПП ПК 72 ЗЕТ",
        PROGRAM_TITLE,
        "УД-2026-0042",
        f"{today:%d.%m.%Y}",
        "Учтено 30 из 144 ЗЕТ",
        "Не хватает 114 ЗЕТ",
    ):
        assert expected in content, expected
    # Another person's cycle is not theirs to download.
    refused = graphql(platform, PORTFOLIO, staff, cycleId=cycle_id).json()
    assert refused["data"] is None
    assert refused["errors"][0]["extensions"]["code"] == "cycle_not_found"
