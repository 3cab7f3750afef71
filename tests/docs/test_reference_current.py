"""docs/reference is what `make docs` renders from the SDL, the protos and the catalogue."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs/reference"


def _files(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_committed_reference_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "reference"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/gen_docs.py"), str(fresh)], check=True, cwd=ROOT
    )
    generated, committed = _files(fresh), _files(REFERENCE)
    assert {"README.md", "errors.md", "graphql.md"} <= generated.keys()
    assert any(name.startswith("grpc/") for name in generated)
    stale = sorted(
        name
        for name in generated.keys() | committed.keys()
        if generated.get(name) != committed.get(name)
    )
    assert not stale, f"docs/reference is stale ({', '.join(stale)}): run `make docs`"


def test_reference_holds_every_rpc_and_error_code(tmp_path: Path) -> None:
    from cpd_platform.error_catalogue import CATALOGUE

    errors = (REFERENCE / "errors.md").read_text(encoding="utf-8")
    assert all(f"| `{code}` |" in errors for code in CATALOGUE)
    credits = (REFERENCE / "grpc/cpd.credits.v1.md").read_text(encoding="utf-8")
    assert "### CreditsService/PostResults" in credits
    assert "payload_hash" in credits


def _github_anchor(heading: str) -> str:
    text = heading.strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def test_links_within_the_reference_resolve() -> None:
    anchors = {
        name: {_github_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
        for name, text in _files(REFERENCE).items()
    }
    broken = []
    for name, text in _files(REFERENCE).items():
        for target, fragment in re.findall(r"\]\(([^)#:]*)#([^)]+)\)", text):
            page = str((Path(name).parent / target).as_posix()) if target else name
            page = page.removeprefix("./")
            if fragment not in anchors.get(page, set()):
                broken.append(f"{name} → {target}#{fragment}")
    assert not broken, broken[:20]
