"""The import graph of the workspace's own modules, read from source with `ast` (nothing imported).

A module's imports are followed into our own modules (every `<project>/src/<package>` of the
workspace), so a domain module that imports a helper that imports `redis` is caught; imports of
anything else end the walk and are reported by their top-level name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORKSPACE = Path(__file__).resolve().parents[2]


def source_roots() -> list[Path]:
    """Every `src` folder of the workspace (services and libs)."""
    return sorted(p for p in WORKSPACE.glob("*/src") if p.is_dir()) + sorted(
        p for p in WORKSPACE.glob("libs/*/src") if p.is_dir()
    )


@cache
def _own_packages() -> dict[str, Path]:
    """Top-level package name → the `src` folder that holds it."""
    packages: dict[str, Path] = {}
    for root in source_roots():
        for child in root.iterdir():
            if child.is_dir() and not child.name.endswith(".egg-info"):
                packages[child.name] = root
    return packages


def module_file(module: str) -> Path | None:
    """The file of one of our modules (`a.b` → `a/b.py` or `a/b/__init__.py`), else None."""
    root = _own_packages().get(module.partition(".")[0])
    if root is None:
        return None
    base = root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    # A namespace package (`cpd` of the generated stubs) has no file of its own.
    return None


def module_name(path: Path) -> str:
    for root in source_roots():
        if path.is_relative_to(root):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            return ".".join(parts)
    raise ValueError(f"{path} is not under a src folder of the workspace")


def is_own(module: str) -> bool:
    return module.partition(".")[0] in _own_packages()


def _parents_and_self(module: str) -> Iterator[str]:
    parts = module.split(".")
    for end in range(1, len(parts) + 1):
        yield ".".join(parts[:end])


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    package = importer.split(".")
    if not is_package:
        package.pop()
    if node.level > 1:
        package = package[: len(package) - (node.level - 1)]
    return ".".join([*package, *([node.module] if node.module else [])])


@cache
def direct_imports(module: str) -> frozenset[str]:
    """The modules `module` imports (each with its parent packages, which Python runs first)."""
    path = module_file(module)
    if path is None:
        return frozenset()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names.update(_parents_and_self(alias.name))
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, path.name == "__init__.py")
            if not base:
                continue
            names.update(_parents_and_self(base))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if is_own(submodule) and module_file(submodule) is not None:
                    names.add(submodule)
    names.discard(module)
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class ForbiddenImport:
    """`chain[0]` reaches the third-party module `chain[-1]` through our modules in between."""

    chain: tuple[str, ...]

    def __str__(self) -> str:
        return " -> ".join(self.chain)


def forbidden_imports(module: str, forbidden: frozenset[str]) -> list[ForbiddenImport]:
    """Each forbidden top-level package `module` reaches, with the shortest chain to it."""
    found: dict[str, ForbiddenImport] = {}
    seen = {module}
    frontier: list[tuple[str, ...]] = [(module,)]
    while frontier:
        next_frontier: list[tuple[str, ...]] = []
        for chain in frontier:
            for imported in sorted(direct_imports(chain[-1])):
                top = imported.partition(".")[0]
                if top in forbidden:
                    found.setdefault(top, ForbiddenImport((*chain, imported)))
                elif is_own(imported) and imported not in seen:
                    seen.add(imported)
                    next_frontier.append((*chain, imported))
        frontier = next_frontier
    return [found[name] for name in sorted(found)]
