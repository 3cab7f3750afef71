"""The Kustomize tree as the tests read it: the overlays rendered by kubectl, the files each
kustomization names, and the services' settings the manifests must agree with."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from catalog_svc.settings import CatalogSettings
from credits_svc.settings import CreditsSettings
from gateway.settings import GatewaySettings
from identity_svc.settings import IdentitySettings
from pk_regional_svc.settings import PkRegionalSettings
from plan_svc.settings import PlanSettings

K8S = Path(__file__).resolve().parents[2] / "k8s"
OVERLAYS = ["dev", "prod"]
SERVICES: dict[str, type[BaseSettings]] = {
    "identity-svc": IdentitySettings,
    "catalog-svc": CatalogSettings,
    "plan-svc": PlanSettings,
    "credits-svc": CreditsSettings,
    "pk-regional-svc": PkRegionalSettings,
}


def kustomization_files(directory: Path) -> list[Path]:
    """Every file a kustomization (and the ones it includes) names, depth first."""
    config = yaml.safe_load((directory / "kustomization.yaml").read_text())
    found: list[Path] = []
    for entry in config.get("resources", []) + config.get("components", []):
        path = (directory / entry).resolve()
        assert path.exists(), f"{directory}: {entry} does not exist"
        found.extend(kustomization_files(path) if path.is_dir() else [path])
    for patch in config.get("patches", []):
        path = (directory / patch["path"]).resolve()
        assert path.exists(), f"{directory}: patch {patch['path']} does not exist"
    return found


def documents(paths: list[Path]) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in paths:
        docs.extend(d for d in yaml.safe_load_all(path.read_text()) if d)
    return docs


@cache
def rendered(overlay: str) -> list[dict[str, Any]]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "kubectl is not installed: CI must render the overlays (scripts/bootstrap.sh)"
            )
        pytest.skip("kubectl is not installed: the rendered overlays are not checked")
    output = subprocess.run(
        [kubectl, "kustomize", str(K8S / "overlays" / overlay)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [d for d in yaml.safe_load_all(output) if d]


SETTINGS: dict[str, type[BaseSettings]] = {**SERVICES, "gateway": GatewaySettings}
PORTS = {name: settings.model_fields["grpc_port"].default for name, settings in SERVICES.items()}


def of_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def container_env(docs: list[dict[str, Any]], workload: str) -> dict[str, str]:
    """The environment a workload's server container gets: its ConfigMaps, then its own env."""
    deployment = of_kind(docs, "Deployment")[workload]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    maps = of_kind(docs, "ConfigMap")
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            env.update(maps[source["configMapRef"]["name"]]["data"])
    env.update({e["name"]: e.get("value", "") for e in container.get("env", [])})
    return env


def prefix_of(settings: type[BaseSettings]) -> str:
    return str(settings.model_config.get("env_prefix", ""))
