"""The images the manifests run are the ones k8s/images/build.sh builds: one recipe
(k8s/images/service/Dockerfile) for the gateway and the five services, named by build arguments
that must point at a real workspace package and module, and an entrypoint that passes a
Deployment's `args` through."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import tomllib
from pathlib import Path

import pytest
from tests.k8s.manifests import K8S, OVERLAYS, SETTINGS, documents, kustomization_files

ROOT = K8S.parent
BUILD_SCRIPT = K8S / "images" / "build.sh"
ENTRYPOINT = K8S / "images" / "service" / "entrypoint.sh"


def built_processes() -> dict[str, list[str]]:
    """build.sh's table: name → [uv package, python -m module, default command, Debian packages]."""
    table = re.search(r"^processes=\(\n(.*?)^\)", BUILD_SCRIPT.read_text(), re.M | re.S)
    assert table, "build.sh has no processes=( … ) table"
    rows = [shlex.split(line)[0].split() for line in table.group(1).splitlines() if line.strip()]
    return {row[0]: row[1:] for row in rows}


def test_every_python_process_has_one_row_and_no_dockerfile_of_its_own() -> None:
    assert set(built_processes()) == set(SETTINGS)
    assert not [p for p in ROOT.glob("*/Dockerfile")], "a process Dockerfile beside the shared one"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_each_row_names_the_folder_package_and_module_that_exist(name: str) -> None:
    package, module, command, _ = built_processes()[name]
    project = tomllib.loads((ROOT / name / "pyproject.toml").read_text())["project"]
    assert project["name"] == package
    assert importlib.util.find_spec(module) is not None, module
    assert command == ("-" if name == "gateway" else "serve")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_image_a_workload_runs_is_built(overlay: str) -> None:
    docs = documents(kustomization_files(K8S / "overlays" / overlay))
    images = {
        container["image"]
        for doc in docs
        if doc["kind"] in ("Deployment", "Job")
        for container in doc["spec"]["template"]["spec"]["containers"]
        + doc["spec"]["template"]["spec"].get("initContainers", [])
        if container["image"].startswith("cpd/")
    }
    assert images <= {f"cpd/{name}" for name in [*built_processes(), "web"]}


def run_entrypoint(tmp_path: Path, command: str, *args: str) -> str:
    """The entrypoint with a `python` that prints what it was asked to run."""
    (tmp_path / "python").write_text('#!/bin/sh\necho "$@"\n')
    (tmp_path / "python").chmod(0o755)
    env = {
        "PATH": f"{tmp_path}:{os.environ['PATH']}",
        "APP_MODULE": "catalog_svc.main",
        "APP_COMMAND": command,
    }
    return subprocess.run(
        ["sh", str(ENTRYPOINT), *args], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def test_the_entrypoint_runs_the_module_with_the_deployment_args(tmp_path: Path) -> None:
    assert run_entrypoint(tmp_path, "serve", "migrate") == "-m catalog_svc.main migrate"


def test_the_entrypoint_falls_back_to_the_image_command(tmp_path: Path) -> None:
    assert run_entrypoint(tmp_path, "serve") == "-m catalog_svc.main serve"
    assert run_entrypoint(tmp_path, "") == "-m catalog_svc.main"
