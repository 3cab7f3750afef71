"""The plan's queries and mutations through the gateway's schema: plan-svc's strings become
GraphQL enums, its empty values null, its replies typed payloads and its expected failures
typed UserErrors."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, data_when_refused, execute, user_error

from cpd.plan.v1 import plan_pb2

DASHBOARD = """{ myCycles {
  id state ruleSet { code yearlyProgramZet programMinZet }
  document { kind frmrStatus issuedOn }
  plan { elementId elementKind status multiplier }
  progress {
    totalZet byKind { kind zet } byGroup { group capZet } byYear { year state startsOn }
    credits { kind status completedOn countsInSeveralCycles }
  }
} }"""


def _cycle() -> plan_pb2.Cycle:
    return plan_pb2.Cycle(
        id="c1",
        specialty_code="31.08.36",
        starts_on="2024-01-10",
        ends_on="2029-01-09",
        state="active",
        rule_set="nmo-250",
        rule_set_details=plan_pb2.RuleSet(
            code="nmo-250",
            effective_from="2016-01-01",
            target_zet=250,
            yearly_program_zet=36,
            yearly_event_and_module_zet=14,
        ),
        document=plan_pb2.Document(
            id="d1",
            kind=plan_pb2.DOCUMENT_KIND_CERTIFICATE,
            issued_on="2024-01-10",
            frmr_status=plan_pb2.FRMR_STATUS_NOT_CHECKED,
        ),
    )


def _progress() -> plan_pb2.Progress:
    return plan_pb2.Progress(
        cycle_id="c1",
        total_zet=38,
        by_kind=[plan_pb2.KindTotal(kind="program", zet=36)],
        by_group=[
            plan_pb2.KindGroupProgress(group="program", cap_zet=0),
            plan_pb2.KindGroupProgress(group="event_and_module", cap_zet=72),
        ],
        by_year=[
            plan_pb2.YearProgress(
                year=1, starts_on="2024-01-10", ends_on="2025-01-09", state="current"
            )
        ],
        credits=[
            plan_pb2.CountedCredit(
                kind="module",
                status="partly_counted",
                completed_on="2024-05-01",
                cycle_ids=["c1", "c2"],
            )
        ],
    )


def _plan() -> plan_pb2.CyclePlan:
    return plan_pb2.CyclePlan(
        cycle_id="c1",
        items=[
            plan_pb2.PlanItem(
                element_id="e1",
                element_kind="event",
                status=plan_pb2.PLAN_ITEM_STATUS_CREDITED,
                eligible_cycle_ids=["c1", "c2"],
            )
        ],
    )


def _my_cycles(request: plan_pb2.ListMyCyclesRequest) -> plan_pb2.ListMyCyclesResponse:
    """plan-svc's answer: the progress and plans only when asked for."""
    return plan_pb2.ListMyCyclesResponse(
        cycles=[_cycle()],
        progress=[_progress()] if request.include_progress else [],
        plans=[_plan()] if request.include_plans else [],
    )


async def test_the_dashboard_shows_plan_svc_strings_as_enums_and_empty_numbers_as_null() -> None:
    backends = FakeBackends({"ListMyCycles": _my_cycles})
    [cycle] = data(await execute(backends, DASHBOARD))["myCycles"]
    assert (cycle["state"], cycle["ruleSet"]) == (
        "ACTIVE",
        {"code": "nmo-250", "yearlyProgramZet": 36, "programMinZet": None},
    )
    assert cycle["document"] == {
        "kind": "CERTIFICATE",
        "frmrStatus": "NOT_CHECKED",
        "issuedOn": "2024-01-10",
    }
    assert cycle["plan"] == [
        {
            "elementId": "e1",
            "elementKind": "EVENT",
            "status": "CREDITED",
            "multiplier": 2,
        }
    ]
    # The progress and plans came with the cycles (one plan-svc call); no element was asked
    # for, so the catalog was not called.
    assert backends.requests == [
        (
            "ListMyCycles",
            plan_pb2.ListMyCyclesRequest(include_progress=True, include_plans=True),
        )
    ]
    progress = cycle["progress"]
    assert progress["byKind"] == [{"kind": "PROGRAM", "zet": 36}]
    assert progress["byGroup"] == [
        {"group": "PROGRAM", "capZet": None},
        {"group": "EVENT_AND_MODULE", "capZet": 72},
    ]
    assert progress["byYear"] == [{"year": 1, "state": "CURRENT", "startsOn": "2024-01-10"}]
    assert progress["credits"] == [
        {
            "kind": "MODULE",
            "status": "PARTLY_COUNTED",
            "completedOn": "2024-05-01",
            "countsInSeveralCycles": True,
        }
    ]


async def test_my_cycles_asks_plan_svc_only_for_what_the_query_selects() -> None:
    backends = FakeBackends({"ListMyCycles": _my_cycles})
    assert data(await execute(backends, "{ myCycles { id } }")) == {"myCycles": [{"id": "c1"}]}
    plan_only = "{ myCycles { ... on Cycle { plan { status } } } }"
    assert data(await execute(backends, plan_only)) == {
        "myCycles": [{"plan": [{"status": "CREDITED"}]}]
    }
    assert [request for _, request in backends.requests] == [
        plan_pb2.ListMyCyclesRequest(),
        plan_pb2.ListMyCyclesRequest(include_plans=True),
    ]


async def test_progress_a_reply_lacks_is_still_loaded_in_one_batch() -> None:
    """An older plan-svc ignores the include flags: the loaders ask it as before."""
    backends = FakeBackends(
        {
            "ListMyCycles": plan_pb2.ListMyCyclesResponse(cycles=[_cycle()]),
            "BatchGetProgress": plan_pb2.BatchGetProgressResponse(progress=[_progress()]),
            "BatchGetPlanItems": plan_pb2.BatchGetPlanItemsResponse(plans=[_plan()]),
        }
    )
    [cycle] = data(await execute(backends, DASHBOARD))["myCycles"]
    assert cycle["progress"]["totalZet"] == 38
    assert [i["status"] for i in cycle["plan"]] == ["CREDITED"]
    assert sorted(method for method, _ in backends.requests) == [
        "BatchGetPlanItems",
        "BatchGetProgress",
        "ListMyCycles",
    ]


SUBMIT = """mutation($a: ApplicationInput!) { submitApplication(application: $a) {
  __typename ... on Application { id status fundingBasis employment { kind } startsOn }
  ... on UserError { code message } } }"""
APPLICATION = {
    "programCycleId": "pc1",
    "specialtyCode": "31.08.36",
    "employment": {"kind": "STATE", "organization": "ГКБ №7"},
    "fundingBasis": "OMS",
    "consentToShare": True,
}


async def test_an_application_is_sent_with_plan_svc_strings_and_read_back_as_enums() -> None:
    backends = FakeBackends(
        {
            "SubmitApplication": plan_pb2.SubmitApplicationResponse(
                application=plan_pb2.Application(
                    id="a1",
                    status=plan_pb2.APPLICATION_STATUS_SUBMITTED,
                    funding_basis="oms",
                    employment=plan_pb2.Employment(kind="state", organization="ГКБ №7"),
                )
            )
        }
    )
    result = data(await execute(backends, SUBMIT, {"a": APPLICATION}))["submitApplication"]
    assert result == {
        "__typename": "Application",
        "id": "a1",
        "status": "SUBMITTED",
        "fundingBasis": "OMS",
        "employment": {"kind": "STATE"},
        "startsOn": None,
    }
    [(_, request)] = backends.requests
    assert request == plan_pb2.SubmitApplicationRequest(
        program_cycle_id="pc1",
        specialty_code="31.08.36",
        employment=plan_pb2.Employment(kind="state", organization="ГКБ №7"),
        funding_basis="oms",
        consent_to_share=True,
    )


async def test_an_expected_failure_of_a_plan_mutation_is_a_user_error() -> None:
    query = """mutation { addPlanItem(cycleId: "c1", elementId: "e1") {
      __typename ... on UserError { code message } ... on PlanItem { id } } }"""
    refusal = await data_when_refused(
        "AddPlanItem", "element_not_eligible", "Не подходит циклу", query
    )
    assert refusal["addPlanItem"] == user_error("element_not_eligible", "Не подходит циклу")
