"""`cpd-provider` against a real credits-svc: post a CSV (interrupted and resumed), the report
of rejected rows, codes issued to a CSV."""

import asyncio
import csv
from pathlib import Path
from typing import Any

import pytest
from credits_helpers import new_id

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.testing import bearer
from cpd_provider_cli.__main__ import run
from cpd_provider_cli.auth import ClientCredentials
from cpd_provider_cli.posting import post_file, report_path, state_path
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


def write_results(path: Path, prefix: str, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(
            ["external_id", "snils", "element_id", "completion_date", "zet", "document_number"]
        )
        for i in range(rows):
            zet = "три" if i == 5 else str(3 if i == 7 else 1 + i % 2)
            writer.writerow(
                [f"{prefix}-{i}", "112-233-445 95", demo.MODULE_ID, "01.05.2025", zet, f"У-{i}"]
            )


def connection(platform: Any, idp: RunningIdp) -> list[str]:
    return [
        "--server",
        f"127.0.0.1:{platform.credits.port}",
        "--token-url",
        idp.token_url,
        "--client-id",
        demo.PROVIDER_CLIENT_ID,
        "--client-secret",
        idp.secrets[demo.PROVIDER_CLIENT_ID],
    ]


async def test_an_interrupted_post_resumes_and_reports_the_rejected_rows(
    platform: Any, idp: RunningIdp, tmp_path: Path, stub: credits_pb2_grpc.CreditsServiceStub
) -> None:
    prefix = new_id("cli")
    results = tmp_path / "results.csv"
    write_results(results, prefix, 250)
    credentials = ClientCredentials(
        idp.token_url, demo.PROVIDER_CLIENT_ID, idp.secrets[demo.PROVIDER_CLIENT_ID]
    )
    interrupted = await asyncio.to_thread(
        post_file,
        results,
        server=f"127.0.0.1:{platform.credits.port}",
        credentials=credentials,
        batch_size=50,
        stop_after_batches=2,
    )
    assert interrupted.batches_sent == 2
    assert state_path(results).exists()

    code = await asyncio.to_thread(
        run, [*connection(platform, idp), "post", str(results), "--batch-size", "50"]
    )
    assert code == 1  # some rows were rejected
    with report_path(results).open(encoding="utf-8") as handle:
        report = list(csv.DictReader(handle))
    assert [(r["external_id"], r["reason_code"]) for r in report] == [
        (f"{prefix}-5", "invalid_zet"),
        (f"{prefix}-7", "zet_over_element"),
    ]
    assert report[1]["message"] == "Количество ЗЕТ больше, чем у элемента обучения"

    specialist = await bearer_of(idp)
    mine = await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=specialist)
    posted = [c for c in mine.credits if c.external_id.startswith(f"{prefix}-")]
    assert len(posted) == 248 and len({c.external_id for c in posted}) == 248

    # Running it again sends nothing and reports the same.
    again = await asyncio.to_thread(
        run, [*connection(platform, idp), "post", str(results), "--batch-size", "50"]
    )
    assert again == 1
    mine = await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=specialist)
    assert len([c for c in mine.credits if c.external_id.startswith(f"{prefix}-")]) == 248


async def bearer_of(idp: RunningIdp) -> tuple[tuple[str, str], ...]:
    return bearer(await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID))


async def test_a_lost_state_file_is_harmless_the_server_remembers_the_batches(
    platform: Any, idp: RunningIdp, tmp_path: Path
) -> None:
    results = tmp_path / "results.csv"
    write_results(results, new_id("cli"), 20)
    args = [*connection(platform, idp), "post", str(results), "--batch-size", "10"]
    assert await asyncio.to_thread(run, args) == 1
    state_path(results).unlink()
    assert await asyncio.to_thread(run, args) == 1
    with report_path(results).open(encoding="utf-8") as handle:
        assert [r["reason_code"] for r in csv.DictReader(handle)] == [
            "invalid_zet",
            "zet_over_element",
        ]


async def test_codes_are_issued_to_a_csv(platform: Any, idp: RunningIdp, tmp_path: Path) -> None:
    attendees = tmp_path / "attendees.txt"
    attendees.write_text("snils\n112-233-445 95\n", encoding="utf-8")
    out = tmp_path / "codes.csv"
    code = await asyncio.to_thread(
        run,
        [
            *connection(platform, idp),
            "codes",
            "issue",
            demo.EVENT_ID,
            "3",
            "--snils-file",
            str(attendees),
            "--out",
            str(out),
            "--key",
            new_id("k"),
        ],
    )
    assert code == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert all(len(r["code"]) == 12 and r["event_id"] == demo.EVENT_ID for r in rows)
    assert [r["snils"] for r in rows].count(demo.SPECIALIST_SNILS) == 1
    assert {r["status"] for r in rows} == {"issued"}
