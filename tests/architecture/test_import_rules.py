"""Domain modules import nothing that does I/O (issue 13).

Every module under a service's `domain/` package, and the `cpd_platform` modules declared pure
below, must not reach — directly or through our own modules — a database driver, an HTTP, gRPC
or Redis client, a token library or a web framework.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.architecture.import_graph import (
    WORKSPACE,
    ForbiddenImport,
    forbidden_imports,
    module_file,
    module_name,
)

FORBIDDEN = frozenset(
    {"httpx", "jwt", "grpc", "redis", "sqlalchemy", "asyncpg", "litestar", "strawberry", "keycloak"}
)

# Shared modules domain code may use; each must stay as pure as a domain module.
PURE_PLATFORM_MODULES = (
    "cpd_platform.principal",
    "cpd_platform.clock",
    "cpd_platform.errors",
    "cpd_platform.error_catalogue",
    "cpd_platform.ids",
    "cpd_platform.snils",
    "cpd_platform.regions",
    "cpd_platform.text_limits",
    "cpd_wire.posting_hash",
    "cpd_platform.mapping",
    "cpd_platform.event_messages",
)


def domain_modules() -> list[str]:
    files = sorted(WORKSPACE.glob("*/src/*/domain/**/*.py"))
    return [module_name(path) for path in files]


def pure_modules() -> list[str]:
    return domain_modules() + [m for m in PURE_PLATFORM_MODULES if module_file(m) is not None]


def test_every_service_with_a_domain_package_is_checked() -> None:
    services = {m.partition(".")[0] for m in domain_modules()}
    assert {"catalog_svc", "credits_svc", "identity_svc", "plan_svc", "pk_regional_svc"} <= services


@pytest.mark.parametrize("module", pure_modules())
def test_pure_module_does_no_io(module: str) -> None:
    found = forbidden_imports(module, FORBIDDEN)
    assert not found, "imports that do I/O:\n" + "\n".join(map(str, found))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_walk_follows_our_modules_to_a_forbidden_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A domain module importing a helper that imports `redis` is caught, with the chain."""
    from tests.architecture import import_graph

    src = tmp_path / "demo-svc" / "src"
    _write(src / "demo_svc" / "__init__.py", "")
    _write(src / "demo_svc" / "domain" / "__init__.py", "")
    _write(src / "demo_svc" / "domain" / "rules.py", "from ..adapters import cache\n")
    _write(src / "demo_svc" / "adapters" / "__init__.py", "")
    _write(src / "demo_svc" / "adapters" / "cache.py", "from redis.asyncio import Redis\n")
    _write(src / "demo_svc" / "domain" / "clean.py", "import json\nfrom . import rules as _\n")
    monkeypatch.setattr(import_graph, "source_roots", lambda: [src])
    import_graph._own_packages.cache_clear()
    import_graph.direct_imports.cache_clear()
    try:
        found = forbidden_imports("demo_svc.domain.rules", FORBIDDEN)
        assert found == [
            ForbiddenImport(
                (
                    "demo_svc.domain.rules",
                    "demo_svc.adapters.cache",
                    "redis",
                )
            )
        ]
        assert [f.chain[-1] for f in forbidden_imports("demo_svc.domain.clean", FORBIDDEN)] == [
            "redis"
        ]
    finally:
        import_graph._own_packages.cache_clear()
        import_graph.direct_imports.cache_clear()
