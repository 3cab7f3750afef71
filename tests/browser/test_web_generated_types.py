"""The web app's typed operations (web/src/generated) are what GraphQL Code Generator makes from
the committed gateway/schema.graphql and web/src/operations/*.graphql: a schema change that
leaves them stale fails here (`make web-codegen` regenerates them, `npm run typecheck` then
shows what to fix)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from graphql import Source, build_schema, concat_ast, parse, validate

pytestmark = pytest.mark.browser

WEB = Path(__file__).resolve().parents[2] / "web"


def test_the_committed_generated_types_match_the_schema(tmp_path: Path) -> None:
    generated = subprocess.run(
        ["npx", "--no-install", "graphql-codegen", "--config", "codegen.ts", "--silent"],
        cwd=WEB,
        env={**os.environ, "CODEGEN_OUT": f"{tmp_path}/"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    fresh = {path.name: path.read_text() for path in tmp_path.iterdir()}
    committed = {path.name: path.read_text() for path in (WEB / "src" / "generated").iterdir()}
    assert fresh.keys() == committed.keys()
    stale = sorted(name for name in fresh if fresh[name] != committed[name])
    assert not stale, f"web/src/generated is stale ({stale}): run `make web-codegen`"


def test_every_operation_is_valid_against_the_schema() -> None:
    """Code Generator does not check that a union's branches select compatible fields (e.g.
    `code` as String on one member and as an enum on UserError): GraphQL's own validation does.
    The files are one document, as Code Generator reads them (a fragment serves several files)."""
    schema = build_schema((WEB.parent / "gateway" / "schema.graphql").read_text())
    operations = concat_ast(
        [
            parse(Source(path.read_text(), path.name))
            for path in sorted((WEB / "src" / "operations").glob("*.graphql"))
        ]
    )
    problems = [
        f"{error.source.name if error.source else '?'}: {error.message}"
        for error in validate(schema, operations)
    ]
    assert problems == []
