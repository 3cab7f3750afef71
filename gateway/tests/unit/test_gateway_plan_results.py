"""Issue 15's plan fields through the gateway's schema: the wait for a provider's result with
its support request draft, the provider's overdue results as a connection, the portfolio PDF
as base64 and the specialties on one's profile."""

from __future__ import annotations

import base64

from gateway_fakes import FakeBackends, data, execute

from cpd.identity.v1 import identity_pb2
from cpd.plan.v1 import plan_pb2

PLAN = """{ myCycles { plan { id resultWait { providerId endsOn deadline overdue daysOverdue
  supportRequest { topic subject text contextReference } } } } }"""


def _cycle(
    cycle_id: str, code: str, state: str, starts_on: str, person: str = "p1"
) -> plan_pb2.Cycle:
    return plan_pb2.Cycle(
        id=cycle_id,
        person_id=person,
        specialty_code=code,
        starts_on=starts_on,
        ends_on="2099-01-01",
        state=state,
        rule_set="nmo-250",
        rule_set_details=plan_pb2.RuleSet(code="nmo-250", effective_from="2016-01-01"),
    )


def _item(item_id: str, wait: plan_pb2.ResultWait | None = None) -> plan_pb2.PlanItem:
    item = plan_pb2.PlanItem(
        id=item_id,
        element_id="e1",
        element_kind="program",
        status=plan_pb2.PLAN_ITEM_STATUS_COMPLETED,
    )
    if wait is not None:
        item.result_wait.CopyFrom(wait)
    return item


async def test_a_waiting_item_shows_its_deadline_and_once_overdue_a_support_request() -> None:
    on_time = _item(
        "i1",
        plan_pb2.ResultWait(provider_id="prov", ends_on="2026-11-20", deadline="2026-12-20"),
    )
    overdue = _item(
        "i2",
        plan_pb2.ResultWait(
            provider_id="prov",
            ends_on="2026-10-01",
            deadline="2026-11-01",
            overdue=True,
            days_overdue=33,
            support_request=plan_pb2.SupportRequestDraft(
                topic="credits_not_posted",
                subject="Не начислены баллы",
                text="Прошу передать результат",
                context_reference="plan_item:i2",
            ),
        ),
    )
    backends = FakeBackends(
        {
            "ListMyCycles": plan_pb2.ListMyCyclesResponse(
                cycles=[_cycle("c1", "31.08.36", "active", "2024-01-10")]
            ),
            "BatchGetPlanItems": plan_pb2.BatchGetPlanItemsResponse(
                plans=[plan_pb2.CyclePlan(cycle_id="c1", items=[_item("i0"), on_time, overdue])]
            ),
        }
    )
    [cycle] = data(await execute(backends, PLAN))["myCycles"]
    assert [i["resultWait"] for i in cycle["plan"]] == [
        None,
        {
            "providerId": "prov",
            "endsOn": "2026-11-20",
            "deadline": "2026-12-20",
            "overdue": False,
            "daysOverdue": 0,
            "supportRequest": None,
        },
        {
            "providerId": "prov",
            "endsOn": "2026-10-01",
            "deadline": "2026-11-01",
            "overdue": True,
            "daysOverdue": 33,
            "supportRequest": {
                "topic": "credits_not_posted",
                "subject": "Не начислены баллы",
                "text": "Прошу передать результат",
                "contextReference": "plan_item:i2",
            },
        },
    ]


async def test_overdue_results_are_one_page_of_a_connection_with_application_or_registration() -> (
    None
):
    backends = FakeBackends(
        {
            "ListOverdueResults": plan_pb2.ListOverdueResultsResponse(
                results=[
                    plan_pb2.OverdueResult(
                        application=plan_pb2.Application(
                            id="a1",
                            element_id="e1",
                            employment=plan_pb2.Employment(kind="state"),
                            funding_basis="budget",
                            status=plan_pb2.APPLICATION_STATUS_ACCEPTED,
                        ),
                        deadline="2026-11-01",
                        days_overdue=3,
                        person_id="p1",
                        element_id="e1",
                        element_kind="program",
                        ends_on="2026-10-01",
                    ),
                    plan_pb2.OverdueResult(
                        registration=plan_pb2.EventRegistration(id="r1", status="registered"),
                        deadline="2026-11-05",
                        days_overdue=1,
                        person_id="p2",
                        element_id="e2",
                        element_kind="event",
                        ends_on="2026-10-05",
                    ),
                ]
            )
        }
    )
    query = """{ providerOverdueResults(providerId: "prov") { totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { elementKind endsOn deadline daysOverdue personId
        application { id } registration { id status } } } } }"""
    found = data(await execute(backends, query))["providerOverdueResults"]
    assert (found["totalCount"], found["pageInfo"]) == (
        2,
        {"hasNextPage": False, "endCursor": None},
    )
    assert [e["node"] for e in found["edges"]] == [
        {
            "elementKind": "PROGRAM",
            "endsOn": "2026-10-01",
            "deadline": "2026-11-01",
            "daysOverdue": 3,
            "personId": "p1",
            "application": {"id": "a1"},
            "registration": None,
        },
        {
            "elementKind": "EVENT",
            "endsOn": "2026-10-05",
            "deadline": "2026-11-05",
            "daysOverdue": 1,
            "personId": "p2",
            "application": None,
            "registration": {"id": "r1", "status": "REGISTERED"},
        },
    ]
    [(_, request)] = backends.requests
    assert request == plan_pb2.ListOverdueResultsRequest(provider_id="prov")


async def test_the_portfolio_comes_as_base64_of_plan_svcs_pdf() -> None:
    pdf = b"%PDF-1.4 \x00\xff portfolio"
    backends = FakeBackends(
        {
            "GetPortfolio": plan_pb2.GetPortfolioResponse(
                file_name="portfolio.pdf", content_type="application/pdf", content=pdf
            )
        }
    )
    query = '{ accreditationPortfolio(cycleId: "c1") { fileName contentType contentBase64 } }'
    found = data(await execute(backends, query))["accreditationPortfolio"]
    assert (found["fileName"], found["contentType"]) == ("portfolio.pdf", "application/pdf")
    assert base64.b64decode(found["contentBase64"]) == pdf
    assert backends.requests == [("GetPortfolio", plan_pb2.GetPortfolioRequest(cycle_id="c1"))]


async def test_the_profile_lists_each_specialty_once_with_its_current_cycle() -> None:
    backends = FakeBackends(
        {
            "GetMe": identity_pb2.GetMeResponse(
                person=identity_pb2.Person(id="p1", snils="11223344595", birth_date="1985-01-01")
            ),
            "ListMyCycles": plan_pb2.ListMyCyclesResponse(
                cycles=[
                    _cycle("old", "31.08.49", "finished", "2015-01-10"),
                    _cycle("later", "31.08.49", "finished", "2019-01-10"),
                    _cycle("now", "31.08.36", "active", "2024-01-10"),
                    _cycle("next", "31.08.36", "upcoming", "2029-01-10"),
                    _cycle("soon", "31.08.19", "upcoming", "2027-01-10"),
                ]
            ),
        }
    )
    query = "{ me { specialties { code cycle { id } } } }"
    found = data(await execute(backends, query))["me"]["specialties"]
    assert [(s["code"], s["cycle"]["id"]) for s in found] == [
        ("31.08.19", "soon"),
        ("31.08.36", "now"),
        ("31.08.49", "later"),
    ]
