"""Several pods migrating at once (an init container in each replica) apply each migration once."""

import asyncio
import sys
import uuid

from cpd_platform.local_infra import drop_database, ensure_database

MIGRATE = (
    "import asyncio, sys\n"
    "from catalog_svc.main import MIGRATIONS\n"
    "from cpd_platform.migrations import upgrade_to_head\n"
    "asyncio.run(upgrade_to_head(MIGRATIONS, sys.argv[1]))\n"
)


async def migrate(url: str) -> tuple[int, bytes]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", MIGRATE, url, stderr=asyncio.subprocess.PIPE
    )
    _, errors = await process.communicate()
    return process.returncode or 0, errors


async def test_processes_migrating_at_once_all_succeed(pg_server_url: str) -> None:
    name = f"cpd_test_{uuid.uuid4().hex[:12]}"
    url = await ensure_database(pg_server_url, name)
    try:
        results = await asyncio.gather(*(migrate(url) for _ in range(4)))
        assert [code for code, _ in results] == [0, 0, 0, 0], [e[-300:] for _, e in results]
        assert await migrate(url) == (0, b"")  # a later start finds nothing to do
    finally:
        await drop_database(pg_server_url, name)
