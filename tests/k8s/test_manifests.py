"""Static checks of the Kustomize tree: every overlay renders, every workload is hardened,
probed and fenced by a NetworkPolicy, and the ports agree with the services' settings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from catalog_svc.settings import CatalogSettings
from credits_svc.settings import CreditsSettings
from identity_svc.settings import IdentitySettings
from pk_regional_svc.settings import PkRegionalSettings
from plan_svc.settings import PlanSettings

K8S = Path(__file__).resolve().parents[2] / "k8s"
OVERLAYS = ["dev", "prod"]
SERVICES = {
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


def rendered(overlay: str) -> list[dict[str, Any]]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed: the rendered overlays are not checked")
    output = subprocess.run(
        [kubectl, "kustomize", str(K8S / "overlays" / overlay)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [d for d in yaml.safe_load_all(output) if d]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_file_named_by_an_overlay_exists_and_parses(overlay: str) -> None:
    docs = documents(kustomization_files(K8S / "overlays" / overlay))
    names = {(d["kind"], d["metadata"]["name"]) for d in docs}
    for service in SERVICES:
        assert ("Deployment", service) in names
        assert ("Service", service) in names
        assert ("NetworkPolicy", service) in names
        assert ("Job", f"{service}-migrate") in names
    assert ("Deployment", "gateway") in names


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_rendered_workloads_run_non_root_on_a_read_only_root_filesystem(overlay: str) -> None:
    workloads = [d for d in rendered(overlay) if d["kind"] in ("Deployment", "Job")]
    ours = [w for w in workloads if w["metadata"]["name"].startswith((*SERVICES, "gateway"))]
    assert len(ours) == 2 * len(SERVICES) + 1
    for workload in ours:
        pod = workload["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["automountServiceAccountToken"] is False
        container = pod["containers"][0]
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]


def test_service_deployments_probe_grpc_health_on_the_port_the_service_listens_on() -> None:
    docs = documents(kustomization_files(K8S / "base"))
    for service, settings_type in SERVICES.items():
        deployment = next(
            d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == service
        )
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        port = settings_type.model_fields["grpc_port"].default
        assert container["readinessProbe"]["grpc"]["port"] == port
        assert container["livenessProbe"]["grpc"]["port"] == port
        policy = next(
            d for d in docs if d["kind"] == "NetworkPolicy" and d["metadata"]["name"] == service
        )
        grpc_rule = policy["spec"]["ingress"][0]
        assert grpc_rule["ports"] == [{"port": port}]
        assert {"podSelector": {"matchLabels": {"app": "gateway"}}} in grpc_rule["from"]


def test_ingress_is_denied_by_default() -> None:
    docs = documents(kustomization_files(K8S / "base"))
    deny = next(d for d in docs if d["metadata"]["name"] == "default-deny-ingress")
    assert deny["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}


def test_no_secret_values_are_committed() -> None:
    for path in K8S.rglob("*.yaml"):
        for doc in yaml.safe_load_all(path.read_text()):
            if isinstance(doc, dict) and doc.get("kind") == "Secret":
                pytest.fail(f"{path} commits a Secret; create Secrets out of band")
