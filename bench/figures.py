"""The figures every benchmark prints, in one run (issue 16's framing): the platform's floor (an
empty request over the same path), the workload at one client (p50/p95/p99 over at least 300
requests) and its saturation throughput in a closed loop at 4 and at 16 clients (req/s and
p99), each with its ratio to the floor's figure. Latency is judged at one client; the loaded
runs say how many requests a box serves."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from closed_loop import Run

Call = Callable[[int], Awaitable[object]]
"""One request; the argument is the request's sequence number (to rotate over inputs)."""

LOADS = (4, 16)


async def one_client(call: Call, requests: int) -> Run:
    samples: list[float] = []
    started = time.perf_counter()
    for number in range(requests):
        begun = time.perf_counter()
        await call(number)
        samples.append((time.perf_counter() - begun) * 1000)
    return Run(samples, time.perf_counter() - started)


async def closed_loop(call: Call, clients: int, seconds: float) -> Run:
    """`clients` clients, each sending its next request when the last one answered, for
    `seconds`."""
    samples: list[float] = []
    deadline = time.perf_counter() + seconds
    counter = iter(range(10**12))

    async def client() -> None:
        while time.perf_counter() < deadline:
            begun = time.perf_counter()
            await call(next(counter))
            samples.append((time.perf_counter() - begun) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return Run(samples, time.perf_counter() - started)


@dataclass(frozen=True)
class Figures:
    name: str
    floor: Run
    one: Run
    loaded: dict[int, Run]
    floor_loaded: dict[int, Run]

    def lines(self) -> list[str]:
        floor_p50 = self.floor.p(0.5)
        rows = [
            f"-- {self.name}",
            f"floor, 1 client: n={len(self.floor.samples)} p50={floor_p50:.2f} ms"
            f" p95={self.floor.p(0.95):.2f} ms p99={self.floor.p(0.99):.2f} ms",
            f"1 client: n={len(self.one.samples)} p50={self.one.p(0.5):.2f} ms"
            f" ({self.one.p(0.5) / floor_p50:.1f}x floor) p95={self.one.p(0.95):.2f} ms"
            f" ({self.one.p(0.95) / self.floor.p(0.95):.1f}x) p99={self.one.p(0.99):.2f} ms"
            f" ({self.one.p(0.99) / self.floor.p(0.99):.1f}x)",
        ]
        for clients, run in self.loaded.items():
            floor = self.floor_loaded[clients]
            rows.append(
                f"{clients} clients: {run.rps:.0f} req/s ({run.rps / floor.rps:.2f}x the floor's"
                f" {floor.rps:.0f} req/s) p99={run.p(0.99):.1f} ms"
            )
        return rows


async def measure(
    name: str,
    call: Call,
    floor: Call,
    *,
    requests: int = 300,
    seconds: float = 5.0,
    warmup: int = 30,
) -> Figures:
    """Warms both paths up, then measures the floor and the workload at one client and at each
    of LOADS clients."""
    for number in range(warmup):
        await floor(number)
        await call(number)
    floor_one = await one_client(floor, requests)
    one = await one_client(call, requests)
    loaded: dict[int, Run] = {}
    floor_loaded: dict[int, Run] = {}
    for clients in LOADS:
        floor_loaded[clients] = await closed_loop(floor, clients, seconds)
        loaded[clients] = await closed_loop(call, clients, seconds)
    figures = Figures(name, floor_one, one, loaded, floor_loaded)
    print("\n".join(figures.lines()), flush=True)
    return figures
