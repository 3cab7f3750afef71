"""Issue 2's journey: log in, read across every service, post a credit, see it in progress."""

import hashlib
import json
import uuid

import grpc
import pytest
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)
from tests.e2e.conftest import Tokens, graphql, wait_for

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret

pytestmark = pytest.mark.e2e

OVERVIEW = """
query Overview {
  me { id snils lastName firstName regionCode }
  specialties { code name level }
  myCycles {
    id startsOn endsOn ruleSet { code }
    specialty { code name }
    progress { totalZet targetZet byKind { kind zet } credits { creditId zet kind element { title } } }
  }
  municipalities(regionCode: "16") { name }
}
"""


def specialist_token(tokens: Tokens) -> str:
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]


def overview(platform: DevStack, token: str) -> dict[str, object]:
    reply = graphql(platform, OVERVIEW, token)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert "errors" not in body, body
    return dict(body["data"])


def module_zet(progress: dict[str, object]) -> int:
    [module] = [k for k in progress["byKind"] if k["kind"] == "MODULE"]  # type: ignore[attr-defined]
    return int(module["zet"])


def progress_counting(platform: DevStack, token: str, credit_id: str) -> dict[str, object] | None:
    """The specialist's first cycle's progress once it counts `credit_id`, else None."""
    progress: dict[str, object] = overview(platform, token)["myCycles"][0]["progress"]  # type: ignore[index]
    counted = [c["creditId"] for c in progress["credits"]]  # type: ignore[attr-defined]
    return progress if credit_id in counted else None


def post_one_credit(
    platform: DevStack, token: str, external_id: str
) -> credits_pb2.PostResultsResponse:
    record = credits_pb2.ResultRecord(
        external_id=external_id,
        snils="112-233-445 95",
        element_id=demo.MODULE_ID,
        zet=2,
        completed_on="2025-05-20",
    )
    # The first version's five-field hash, which credits-svc still accepts from older clients.
    canonical = json.dumps(
        [[record.external_id, record.snils, record.element_id, record.zet, record.completed_on]],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    request = credits_pb2.PostResultsRequest(
        batch_id=f"batch-{external_id}",
        sequence=1,
        payload_hash=hashlib.sha256(canonical.encode()).hexdigest(),
        records=[record],
    )
    with grpc.insecure_channel(platform.target("credits")) as channel:
        stub = credits_pb2_grpc.CreditsServiceStub(channel)
        acks = list(
            stub.PostResults(
                iter([request]), metadata=[("authorization", f"Bearer {token}")], timeout=10
            )
        )
    assert len(acks) == 1
    return acks[0]


def test_the_specialist_sees_their_profile_specialties_cycle_and_zero_progress(
    platform: DevStack, tokens: Tokens
) -> None:
    data = overview(platform, specialist_token(tokens))
    assert data["me"] == {
        "id": demo.SPECIALIST_PERSON_ID,
        "snils": "112-233-445 95",
        "lastName": "Смирнова",
        "firstName": "Анна",
        "regionCode": "16",
    }
    assert {"code": "31.08.36", "name": "Кардиология", "level": "HIGHER"} in data["specialties"]  # type: ignore[operator]
    [cycle] = data["myCycles"]  # type: ignore[misc]
    assert cycle["startsOn"] == "2024-03-15"
    assert cycle["endsOn"] == "2029-03-14"
    assert cycle["ruleSet"] == {"code": "nmo-250"}
    assert cycle["specialty"] == {"code": "31.08.36", "name": "Кардиология"}
    assert cycle["progress"]["targetZet"] == 250
    assert "городской округ «город Казань»" in [m["name"] for m in data["municipalities"]]  # type: ignore[union-attr]


def test_a_credit_posted_by_the_provider_reaches_the_specialists_progress(
    platform: DevStack, tokens: Tokens
) -> None:
    specialist = specialist_token(tokens)
    initial = overview(platform, specialist)["myCycles"][0]["progress"]  # type: ignore[index]
    before = initial["totalZet"]
    modules_before = module_zet(initial)

    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    external_id = uuid.uuid4().hex[:12]
    ack = post_one_credit(platform, provider, external_id)
    assert ack.outcomes[0].outcome == credits_pb2.OUTCOME_ACCEPTED
    credit_id = ack.outcomes[0].record_id

    progress = wait_for(lambda: progress_counting(platform, specialist, credit_id), seconds=20)
    assert progress["totalZet"] == before + 2
    counted = [c for c in progress["credits"] if c["creditId"] == credit_id]
    assert counted == [
        {
            "creditId": credit_id,
            "zet": 2,
            "kind": "MODULE",
            "element": {"title": "Интерпретация ЭКГ"},
        }
    ]
    assert module_zet(progress) == modules_before + 2

    # The provider's retry of the same batch is acknowledged again and counted once. A new
    # credit posted after the retry is the barrier: plan-svc applies credits.recorded in stream
    # order, so once it is counted, anything the retry had published would be counted too.
    again = post_one_credit(platform, provider, external_id)
    assert again.outcomes == ack.outcomes
    barrier = post_one_credit(platform, provider, uuid.uuid4().hex[:12]).outcomes[0].record_id
    progress = wait_for(lambda: progress_counting(platform, specialist, barrier), seconds=20)
    assert progress["totalZet"] == before + 4
    assert [c["creditId"] for c in progress["credits"]].count(credit_id) == 1


def test_the_gateway_refuses_requests_without_a_valid_access_token(
    platform: DevStack, tokens: Tokens
) -> None:
    assert graphql(platform, "{ me { id } }", None).status_code == 401
    assert graphql(platform, "{ me { id } }", "garbage").status_code == 401
    issued = tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD, scope="openid")
    # The ID token is signed by the same key but is for the client `web`, not for the API.
    assert graphql(platform, "{ me { id } }", issued["id_token"]).status_code == 401
    assert graphql(platform, "{ me { id } }", issued["refresh_token"]).status_code == 401
    assert graphql(platform, "{ me { id } }", issued["access_token"]).status_code == 200


def test_the_services_refuse_requests_without_a_valid_access_token(
    platform: DevStack, tokens: Tokens
) -> None:
    issued = tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD, scope="openid")
    with grpc.insecure_channel(platform.target("identity")) as channel:
        stub = identity_pb2_grpc.IdentityServiceStub(channel)
        for metadata in ([], [("authorization", f"Bearer {issued['id_token']}")]):
            with pytest.raises(grpc.RpcError) as caught:
                stub.GetMe(identity_pb2.GetMeRequest(), metadata=metadata, timeout=5)
            assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED  # type: ignore[attr-defined]
        reply = stub.GetMe(
            identity_pb2.GetMeRequest(),
            metadata=[("authorization", f"Bearer {issued['access_token']}")],
            timeout=5,
        )
        assert reply.person.id == demo.SPECIALIST_PERSON_ID


def test_every_service_offers_reflection_and_health(platform: DevStack) -> None:
    expected = {
        "identity": "cpd.identity.v1.IdentityService",
        "catalog": "cpd.catalog.v1.CatalogService",
        "plan": "cpd.plan.v1.PlanService",
        "credits": "cpd.credits.v1.CreditsService",
        "pk_regional": "cpd.pk_regional.v1.PkRegionalService",
    }
    for service, full_name in expected.items():
        with grpc.insecure_channel(platform.target(service)) as channel:
            services = set(ProtoReflectionDescriptorDatabase(channel).get_services())
        assert {full_name, "grpc.health.v1.Health"} <= services
