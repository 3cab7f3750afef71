"""Issue 5 through the platform: a provider posts a CSV with the `cpd-provider` console script and
the specialist sees the credits in GraphQL; an organiser's code is redeemed through GraphQL and
verified by the attendance list the organiser uploads with the CLI."""

import csv
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import grpc
import pytest
from tests.e2e.conftest import Tokens, graphql

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret

pytestmark = pytest.mark.e2e

MY_CREDITS = """
query { myCredits { id zet status source documentNumber completedOn element { title } } }
"""
REDEEM = """
mutation Redeem($code: String!) {
  redeemCode(code: $code) {
    __typename
    ... on CodeRedemption { id status enteredCode: code }
    ... on UserError { code message }
  }
}
"""
MY_REDEMPTIONS = "query { myCodeRedemptions { id status code reason creditId event { title } } }"


def cpd_provider(platform: DevStack, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("cpd-provider")
    assert executable is not None, "the cpd-provider console script is installed"
    env = {
        **os.environ,
        "CPD_PROVIDER_SERVER": platform.target("credits"),
        "CPD_PROVIDER_TOKEN_URL": f"{platform.issuer}/protocol/openid-connect/token",
        "CPD_PROVIDER_CLIENT_ID": demo.PROVIDER_CLIENT_ID,
        "CPD_PROVIDER_CLIENT_SECRET": dev_client_secret(demo.PROVIDER_CLIENT_ID),
    }
    return subprocess.run(
        [executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def specialist(tokens: Tokens) -> str:
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]


def data(reply: object) -> dict[str, object]:
    body = reply.json()  # type: ignore[attr-defined]
    assert "errors" not in body, body
    return dict(body["data"])


def test_a_csv_posted_with_the_cli_shows_up_in_the_specialists_credits(
    platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    prefix = uuid.uuid4().hex[:8]
    results = tmp_path / "results.csv"
    with results.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["external_id", "snils", "element_id", "completion_date", "zet", "document_number"]
        )
        writer.writerow([f"{prefix}-1", "112-233-445 95", demo.MODULE_ID, "2025-05-03", 2, "У-1"])
        writer.writerow([f"{prefix}-2", "112-233-445 95", demo.MODULE_ID, "2025-05-04", 1, "У-2"])
        writer.writerow([f"{prefix}-3", "000-000-111 03", demo.MODULE_ID, "2025-05-04", 1, "У-3"])

    posted = cpd_provider(platform, "post", str(results), cwd=tmp_path)
    assert posted.returncode == 1, posted.stderr  # one row rejected
    assert "принято 2" in posted.stdout
    assert "записей" in posted.stderr  # the progress bar
    with (tmp_path / "results.rejected.csv").open(encoding="utf-8") as handle:
        [rejected] = list(csv.DictReader(handle))
    assert (rejected["external_id"], rejected["reason_code"]) == (f"{prefix}-3", "person_not_found")

    credits = data(graphql(platform, MY_CREDITS, specialist(tokens)))["myCredits"]
    mine = {c["documentNumber"]: c for c in credits if c["documentNumber"] in ("У-1", "У-2")}  # type: ignore[index]
    assert {k: (v["zet"], v["status"], v["source"]) for k, v in mine.items()} == {
        "У-1": (2, "ACCEPTED", "POSTING"),
        "У-2": (1, "ACCEPTED", "POSTING"),
    }
    assert mine["У-1"]["element"]["title"]

    again = cpd_provider(platform, "post", str(results), cwd=tmp_path)
    assert again.returncode == 1
    credits = data(graphql(platform, MY_CREDITS, specialist(tokens)))["myCredits"]
    assert len([c for c in credits if c["documentNumber"] in ("У-1", "У-2")]) == 2  # type: ignore[index]


def test_a_code_redeemed_in_graphql_is_verified_by_the_attendance_list(
    platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    token = specialist(tokens)
    with grpc.insecure_channel(platform.target("plan")) as channel:
        plan_pb2_grpc.PlanServiceStub(channel).AddPlanItem(
            plan_pb2.AddPlanItemRequest(
                cycle_id=demo.SPECIALIST_CYCLE_ID, element_id=demo.EVENT_ID
            ),
            metadata=[("authorization", f"Bearer {token}")],
            timeout=10,
        )
    issued = cpd_provider(
        platform, "codes", "issue", demo.EVENT_ID, "2", "--out", "codes.csv", cwd=tmp_path
    )
    assert issued.returncode == 0, issued.stderr
    with (tmp_path / "codes.csv").open(encoding="utf-8") as handle:
        code, spare = (row["code"] for row in csv.DictReader(handle))

    wrong = data(graphql(platform, REDEEM, token, code="ABCDEFGHJKLM"))["redeemCode"]
    assert wrong["__typename"] == "UserError"  # type: ignore[index]
    assert wrong["code"] == "CODE_NOT_FOUND"  # type: ignore[index]
    taken = data(graphql(platform, REDEEM, token, code=code))["redeemCode"]
    assert (taken["__typename"], taken["status"]) == ("CodeRedemption", "PENDING")  # type: ignore[index]
    reused = data(graphql(platform, REDEEM, token, code=code))["redeemCode"]
    assert (reused["code"], reused["message"]) == ("CODE_ALREADY_USED", "Код уже использован")  # type: ignore[index]

    present = tmp_path / "present.txt"
    present.write_text(f"{demo.SPECIALIST_SNILS}\n", encoding="utf-8")
    uploaded = cpd_provider(
        platform, "attendance", "upload", demo.EVENT_ID, str(present), cwd=tmp_path
    )
    assert uploaded.returncode == 0, uploaded.stderr

    redemptions = data(graphql(platform, MY_REDEMPTIONS, token))["myCodeRedemptions"]
    # The refused second attempt is listed too, with its reason.
    assert sorted(r["status"] for r in redemptions if r["code"] == code) == [  # type: ignore[index]
        "ACCEPTED",
        "REJECTED",
    ]
    accepted = next(r for r in redemptions if r["id"] == taken["id"])  # type: ignore[index]
    assert accepted["status"] == "ACCEPTED" and accepted["creditId"]
    assert accepted["event"]["title"]
    credits = data(graphql(platform, MY_CREDITS, token))["myCredits"]
    assert accepted["creditId"] in {c["id"] for c in credits}  # type: ignore[index]
    assert spare != code
