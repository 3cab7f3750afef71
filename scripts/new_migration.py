"""Autogenerates an Alembic migration for a service against a throwaway database.

    uv run python scripts/new_migration.py identity "initial schema"

Uses CPD_PG_URL when set, otherwise a private PostgreSQL under .data/.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

from alembic import command

from cpd_platform.local_infra import LocalPostgres, drop_database, ensure_database, free_port
from cpd_platform.migrations import alembic_config

ROOT = Path(__file__).resolve().parents[1]


def main(service: str, message: str) -> None:
    spec = importlib.import_module(f"{service}_svc.main").SPEC
    server_url = os.environ.get("CPD_PG_URL")
    private = None
    if server_url is None:
        folder = Path(tempfile.mkdtemp(dir=ROOT / ".data"))
        private = LocalPostgres(folder / "pg", free_port(), fsync=False)
        private.start()
        server_url = private.server_url
    name = f"cpd_migration_{uuid.uuid4().hex[:8]}"
    try:
        url = asyncio.run(ensure_database(server_url, name))
        config = alembic_config(spec.migrations_dir, url)
        command.upgrade(config, "head")
        command.revision(config, message=message, autogenerate=True)
        asyncio.run(drop_database(server_url, name))
    finally:
        if private is not None:
            private.stop()
            shutil.rmtree(private.data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1].replace("-", "_"), sys.argv[2])
