"""What the benchmarks share: the platform started for a run, the closed loops' options, a run's
latencies and percentiles, and the demo specialist's access token (the closed loops themselves are
in figures.py)."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

from cpd_platform import demo
from cpd_platform.devstack import DevStack, Ports

Item = TypeVar("Item")


@contextmanager
def running_stack(**options: Any) -> Iterator[DevStack]:
    """The platform started as `make up` starts it (DevStack's `options`), on free ports, in a
    scratch folder under .data/ that is gone, with the processes, on leaving."""
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        stack = DevStack(data_dir=Path(scratch), ports=Ports.free(), **options)
        stack.start()
        try:
            print(f"platform ready in {stack.started_in:.1f} s", flush=True)
            yield stack
        finally:
            stack.stop()


def closed_loop_options(parser: argparse.ArgumentParser, seconds: float = 5) -> None:
    """--requests (at one client) and --seconds (each closed loop's duration)."""
    parser.add_argument("--requests", type=int, default=300, help="requests at one client")
    parser.add_argument(
        "--seconds", type=float, default=seconds, help="each closed loop's duration"
    )


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Run:
    """Latencies (ms) of the calls that succeeded, the wall time, and how many failed."""

    samples: list[float]
    seconds: float
    failures: int = 0

    @property
    def rps(self) -> float:
        return len(self.samples) / self.seconds

    def p(self, fraction: float) -> float:
        return percentile(self.samples, fraction)

    def line(self, name: str) -> str:
        return (
            f"{name}: n={len(self.samples)} p50={self.p(0.5):.1f} ms p95={self.p(0.95):.1f} ms"
            f" p99={self.p(0.99):.1f} ms max={max(self.samples):.1f} ms"
            f" throughput={self.rps:.0f} req/s"
            + (f" failed={self.failures}" if self.failures else "")
        )


def specialist_token(stack: DevStack) -> str:
    """The demo specialist's access token (password grant of the `web` client)."""
    reply = httpx.post(
        f"{stack.issuer}/protocol/openid-connect/token",
        data={
            "grant_type": "password",
            "client_id": "web",
            "username": demo.SPECIALIST_SNILS,
            "password": demo.SPECIALIST_PASSWORD,
        },
    )
    reply.raise_for_status()
    return str(reply.json()["access_token"])
