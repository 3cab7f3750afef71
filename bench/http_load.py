"""HTTP load with wrk (C, one thread) so that the gateway's figures are the gateway's: a Python
client at 50 connections costs about as much CPU as the server it measures, on the same cores.

`load(url, bodies, headers, connections, seconds)` POSTs the bodies in turn from `connections`
keep-alive connections for `seconds` and returns percentiles from wrk's full latency histogram.
A reply that is not 200 or whose body carries GraphQL `"errors"` counts as a failure.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_SCRIPT = """
local bodies = {%(bodies)s}
local headers = {%(headers)s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) failures = 0; failure = ""; position = 0 end
function request()
  position = position %% #bodies + 1
  return wrk.format("POST", nil, headers, bodies[position])
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
    if failure == "" then failure = string.sub(status .. " " .. body, 1, 300) end
  end
end
function done(summary, latency, requests)
  local failed, example = 0, ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    if example == "" then example = thread:get("failure") end
  end
  io.write(string.format(
    "RESULT %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    failed))
  io.write("EXAMPLE " .. example .. "\\n")
end
"""


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    socket_errors: int
    failures: int
    failure_example: str

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def line(self, name: str) -> str:
        failed = self.failures + self.socket_errors
        return (
            f"{name}: n={self.requests} p50={self.p50_ms:.1f} ms p95={self.p95_ms:.1f} ms"
            f" p99={self.p99_ms:.1f} ms max={self.max_ms:.1f} ms throughput={self.rps:.0f} req/s"
            + (f" failed={failed}, e.g. {self.failure_example}" if failed else "")
        )


def _lua_string(text: str) -> str:
    if "]==]" in text:
        raise ValueError("body cannot be quoted for Lua")
    return f"[==[{text}]==]"


def available() -> bool:
    return shutil.which("wrk") is not None


def load(
    url: str,
    bodies: Sequence[object],
    headers: dict[str, str],
    connections: int,
    seconds: float,
) -> LoadResult:
    if not available():
        raise RuntimeError("wrk is not installed: `make bench` installs it (apt-get install wrk)")
    all_headers = {"Content-Type": "application/json", **headers}
    script = _SCRIPT % {
        "bodies": ",".join(_lua_string(json.dumps(b, ensure_ascii=False)) for b in bodies),
        "headers": ",".join(
            f"[ {_lua_string(k)} ]={_lua_string(v)}" for k, v in all_headers.items()
        ),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
        path = Path(file.name)
    try:
        completed = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{seconds:.0f}s",
                "--timeout",
                "30s",
                "-s",
                str(path),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        path.unlink()
    lines = completed.stdout.splitlines()
    results = [line for line in lines if line.startswith("RESULT ")]
    if not results:
        raise RuntimeError(f"wrk printed no result: {completed.stdout} {completed.stderr}")
    numbers = results[0].split()[1:]
    example = next((line[8:] for line in lines if line.startswith("EXAMPLE ")), "")
    requests, duration_us, p50, p95, p99, top, errors, failed = (int(n) for n in numbers)
    if requests == 0:
        raise RuntimeError(f"no request completed in {seconds:.0f} s: give the load more time")
    return LoadResult(
        requests=requests,
        seconds=duration_us / 1e6,
        p50_ms=p50 / 1000,
        p95_ms=p95 / 1000,
        p99_ms=p99 / 1000,
        max_ms=top / 1000,
        socket_errors=errors,
        failures=failed,
        failure_example=example,
    )
