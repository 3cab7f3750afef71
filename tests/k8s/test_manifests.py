"""Static checks of the Kustomize tree: every overlay renders, every workload is hardened,
probed and fenced by a NetworkPolicy, and the ports agree with the services' settings."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from tests.k8s.manifests import (
    K8S,
    OVERLAYS,
    PORTS,
    SERVICES,
    SETTINGS,
    container_env,
    documents,
    kustomization_files,
    of_kind,
    prefix_of,
    rendered,
)

from gateway.settings import GatewaySettings


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_file_named_by_an_overlay_exists_and_parses(overlay: str) -> None:
    docs = documents(kustomization_files(K8S / "overlays" / overlay))
    names = {(d["kind"], d["metadata"]["name"]) for d in docs}
    for service in SERVICES:
        assert ("Deployment", service) in names
        assert ("Service", service) in names
        assert ("NetworkPolicy", service) in names
    assert ("Deployment", "gateway") in names


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_rendered_workloads_run_non_root_on_a_read_only_root_filesystem(overlay: str) -> None:
    workloads = [d for d in rendered(overlay) if d["kind"] in ("Deployment", "Job")]
    ours = [w for w in workloads if w["metadata"]["name"].startswith((*SERVICES, "gateway"))]
    assert len(ours) == len(SERVICES) + 1
    for workload in ours:
        pod = workload["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["automountServiceAccountToken"] is False
        for container in pod["containers"] + pod.get("initContainers", []):
            assert container["securityContext"]["readOnlyRootFilesystem"] is True
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
            assert container["securityContext"]["allowPrivilegeEscalation"] is False


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_migrations_run_before_each_service_pod_serves_with_its_image(overlay: str) -> None:
    docs = rendered(overlay)
    assert not [d for d in docs if d["kind"] == "Job"], "a Job's pod template is immutable"
    deployments = of_kind(docs, "Deployment")
    for service in SERVICES:
        pod = deployments[service]["spec"]["template"]["spec"]
        [migrate] = pod["initContainers"]
        assert migrate["args"] == ["migrate"]
        assert migrate["image"] == pod["containers"][0]["image"]
        assert migrate["envFrom"] == pod["containers"][0]["envFrom"]


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


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_env_key_is_a_settings_field_of_a_workload(overlay: str) -> None:
    docs = rendered(overlay)
    prefixes = sorted(((prefix_of(t), t) for t in SETTINGS.values()), key=lambda p: -len(p[0]))
    for workload in SETTINGS:
        for key in container_env(docs, workload):
            owner = next((t for prefix, t in prefixes if key.startswith(prefix)), None)
            assert owner is not None, f"{workload}: {key} belongs to no service"
            field = key.removeprefix(prefix_of(owner)).lower()
            assert field in owner.model_fields, f"{key} is read by nobody ({owner.__name__})"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_workload_gets_its_environment_issuer_and_mail(overlay: str) -> None:
    docs = rendered(overlay)
    for workload, settings in SETTINGS.items():
        env = container_env(docs, workload)
        prefix = prefix_of(settings)
        assert env[f"{prefix}ENVIRONMENT"] == overlay
        assert env[f"{prefix}OIDC_ISSUER"].endswith("/realms/cpd")
        assert "id.example.org" not in env[f"{prefix}OIDC_ISSUER"]
        if workload != "gateway":
            assert env[f"{prefix}SMTP_HOST"] not in ("", "127.0.0.1", "localhost")
    identity = container_env(docs, "identity-svc")
    assert identity["IDENTITY_OIDC_ISSUER"].startswith(identity["IDENTITY_KEYCLOAK_URL"])


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_target_is_balanced_and_admitted_by_the_callee_policy(overlay: str) -> None:
    docs = rendered(overlay)
    services, policies = of_kind(docs, "Service"), of_kind(docs, "NetworkPolicy")
    for workload in SETTINGS:
        for key, value in container_env(docs, workload).items():
            if not (key.startswith(prefix_of(SETTINGS[workload])) and key.endswith("_TARGET")):
                continue
            assert value.startswith("dns:///"), f"{workload}: {key}={value} is not balanced"
            callee, port = value.removeprefix("dns:///").rsplit(":", 1)
            assert services[callee]["spec"]["clusterIP"] == "None", f"{callee} is not headless"
            assert int(port) == PORTS[callee]
            admitted = [
                rule
                for rule in policies[callee]["spec"]["ingress"]
                if {"port": int(port)} in rule["ports"]
                and {"podSelector": {"matchLabels": {"app": workload}}} in rule["from"]
            ]
            assert admitted, f"{callee}'s NetworkPolicy does not admit {workload} ({key})"


def test_catalog_does_not_admit_identity_which_never_calls_it() -> None:
    policy = of_kind(documents(kustomization_files(K8S / "base")), "NetworkPolicy")["catalog-svc"]
    callers = [f["podSelector"]["matchLabels"]["app"] for f in policy["spec"]["ingress"][0]["from"]]
    assert "identity-svc" not in callers


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_liveness_never_follows_dependencies_and_shutdown_fits_the_grace_period(
    overlay: str,
) -> None:
    deployments = of_kind(rendered(overlay), "Deployment")
    for workload in SETTINGS:
        pod = deployments[workload]["spec"]["template"]["spec"]
        container = pod["containers"][0]
        live, ready, start = (
            container[f"{kind}Probe"] for kind in ("liveness", "readiness", "startup")
        )
        if workload == "gateway":
            assert live["httpGet"]["path"] == "/healthz" != ready["httpGet"]["path"]
            ready_timeout = GatewaySettings.model_fields["ready_timeout"].default
            assert ready["timeoutSeconds"] > ready_timeout
        else:
            assert live["grpc"]["service"] == "liveness" == start["grpc"]["service"]
            assert ready["grpc"]["service"] != "liveness"
        pause = int(container["lifecycle"]["preStop"]["exec"]["command"][-1])
        settings = SETTINGS[workload]
        drain = settings.model_fields["shutdown_grace"].default if workload != "gateway" else 5
        assert pause >= 5 and pause + drain < pod["terminationGracePeriodSeconds"]


def test_dev_pulls_its_mutable_tag_every_time() -> None:
    for name, workload in of_kind(rendered("dev"), "Deployment").items():
        if name.startswith((*SERVICES, "gateway")):
            pod = workload["spec"]["template"]["spec"]
            for container in pod["containers"] + pod.get("initContainers", []):
                assert container["imagePullPolicy"] == "Always"


# ---------------------------------------------------------------- monitoring

# Fields of monitoring.coreos.com/v1 we use, checked against the Prometheus Operator's CRDs:
# github.com/prometheus-operator/prometheus-operator@6adcebc5 (2026-08-08)
# example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml (spec,
# spec.podMetricsEndpoints[]) and monitoring.coreos.com_prometheusrules.yaml
# (spec.groups[].rules[]); API reference https://prometheus-operator.dev/docs/api-reference/api/.

BUILT_IN_GROUPS = ("v1", "apps/", "batch/", "policy/", "networking.k8s.io/", "autoscaling/")


@pytest.mark.parametrize("version", ["1.29", "1.31"])
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_built_in_objects_are_valid_in_strict_mode(overlay: str, version: str) -> None:
    from kubernetes_validate import utils  # type: ignore[import-untyped]

    built_in = [d for d in rendered(overlay) if d["apiVersion"].startswith(BUILT_IN_GROUPS)]
    assert built_in
    for doc in built_in:
        try:
            utils.validate(doc, version, strict=True)
        except utils.ValidationError as exc:
            pytest.fail(f"{doc['kind']}/{doc['metadata']['name']} ({version}): {exc}")


# ---------------------------------------------------------------- scaling


def test_autoscaled_workloads_set_no_replicas_and_all_spread_and_keep_budgets() -> None:
    docs = rendered("prod")
    deployments = of_kind(docs, "Deployment")
    scaled = {
        h["spec"]["scaleTargetRef"]["name"] for h in docs if h["kind"] == "HorizontalPodAutoscaler"
    }
    assert {"gateway", "catalog-svc"} <= scaled
    budgets = {
        d["spec"]["selector"]["matchLabels"]["app"]
        for d in docs
        if d["kind"] == "PodDisruptionBudget"
    }
    for workload in SETTINGS:
        spec = deployments[workload]["spec"]
        if workload in scaled:
            assert "replicas" not in spec, f"{workload}: fixed replicas fight the HPA"
        else:
            assert spec["replicas"] >= 2
        [spread] = spec["template"]["spec"]["topologySpreadConstraints"]
        assert spread["labelSelector"]["matchLabels"] == {"app": workload}
        assert workload in budgets


# ---------------------------------------------------------------- ingress


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_ingress_sends_graphql_to_the_gateway_and_the_rest_to_the_web_app(overlay: str) -> None:
    docs = rendered(overlay)
    [ingress] = of_kind(docs, "Ingress").values()
    assert "cert-manager.io/cluster-issuer" in ingress["metadata"]["annotations"]
    [rule] = ingress["spec"]["rules"]
    assert ingress["spec"]["tls"][0]["hosts"] == [rule["host"]]
    routes = {p["path"]: p["backend"]["service"]["name"] for p in rule["http"]["paths"]}
    assert routes == {"/graphql": "gateway", "/": "web"}
    deployments, services = of_kind(docs, "Deployment"), of_kind(docs, "Service")
    for name in routes.values():
        pod = deployments[name]["spec"]["template"]["spec"]
        assert pod["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
        assert services[name]["spec"]["ports"][0]["targetPort"] == "http"
    assert of_kind(docs, "ConfigMap")["cpd-platform"]["data"]["GATEWAY_TRUST_FORWARDED_FOR"]


# ---------------------------------------------------------------- egress


def selects(policy: dict[str, Any], labels: dict[str, str]) -> bool:
    selector = policy["spec"]["podSelector"]
    if not selector.get("matchLabels", {}).items() <= labels.items():
        return False
    return all(labels.get(e["key"]) in e["values"] for e in selector.get("matchExpressions", []))


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_egress_is_denied_by_default_and_allowed_to_targets_and_backing_services(
    overlay: str,
) -> None:
    docs = rendered(overlay)
    policies = of_kind(docs, "NetworkPolicy")
    assert policies["default-deny-egress"]["spec"] == {
        "podSelector": {},
        "policyTypes": ["Egress"],
    }
    deployments = of_kind(docs, "Deployment")
    for workload in SETTINGS:
        labels = deployments[workload]["spec"]["template"]["metadata"]["labels"]
        egress = [
            rule
            for policy in policies.values()
            if "Egress" in policy["spec"]["policyTypes"] and selects(policy, labels)
            for rule in policy["spec"].get("egress", [])
        ]
        open_ports = {p["port"] for rule in egress if "to" not in rule for p in rule["ports"]}
        assert {5432, 6379, 443, 587} <= open_ports, workload
        assert any(p["port"] == 53 for rule in egress for p in rule["ports"])
        prefix = prefix_of(SETTINGS[workload])
        for key, value in container_env(docs, workload).items():
            if not (key.startswith(prefix) and key.endswith("_TARGET")):
                continue
            callee, port = value.removeprefix("dns:///").rsplit(":", 1)
            assert any(
                {"podSelector": {"matchLabels": {"app": callee}}} in rule.get("to", [])
                and {"protocol": "TCP", "port": int(port)} in rule["ports"]
                for rule in egress
            ), f"{workload} may not reach {callee} ({key})"


def test_prod_images_come_from_a_registry_pinned_by_digest() -> None:
    for name, deployment in of_kind(rendered("prod"), "Deployment").items():
        pod = deployment["spec"]["template"]["spec"]
        for container in pod["containers"] + pod.get("initContainers", []):
            image = container["image"]
            assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]+/cpd/[a-z-]+@sha256:[0-9a-f]{64}", image), (
                f"{name}: {image}"
            )


# ---------------------------------------------------------------- keycloak

# Fields of k8s.keycloak.org/v2alpha1 we use, checked against the Keycloak Operator's CRDs:
# github.com/keycloak/keycloak-k8s-resources tag 26.0.0 kubernetes/keycloaks.k8s.keycloak.org-v1.yml
# (spec, spec.db) and kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml (spec;
# spec.placeholders.<NAME>.secret.{name,key}); guide https://www.keycloak.org/operator/realm-import.
