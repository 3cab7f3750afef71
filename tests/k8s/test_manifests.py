"""Static checks of the Kustomize tree: every overlay renders, every workload is hardened,
probed and fenced by a NetworkPolicy, and the ports agree with the services' settings."""

from __future__ import annotations

import json
import os
import re
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


# ---------------------------------------------------------------- meaning

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
PODMONITOR_SPEC = {"selector", "podMetricsEndpoints", "namespaceSelector", "jobLabel"}
ENDPOINT_FIELDS = {"port", "path", "interval", "scrapeTimeout", "scheme"}
RULE_FIELDS = {"alert", "record", "expr", "for", "labels", "annotations"}


def test_every_workload_is_scraped_on_a_port_it_declares() -> None:
    docs = rendered("prod")
    monitors = [d for d in docs if d["kind"] == "PodMonitor"]
    assert monitors
    for monitor in monitors:
        assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
        assert set(monitor["spec"]) <= PODMONITOR_SPEC
        for endpoint in monitor["spec"]["podMetricsEndpoints"]:
            assert set(endpoint) <= ENDPOINT_FIELDS
    for name, deployment in of_kind(docs, "Deployment").items():
        if not name.startswith((*SERVICES, "gateway")):
            continue
        template = deployment["spec"]["template"]
        ports = {p["name"] for p in template["spec"]["containers"][0]["ports"]}
        scraped = [
            endpoint["port"]
            for monitor in monitors
            if monitor["spec"]["selector"]["matchLabels"].items()
            <= template["metadata"]["labels"].items()
            for endpoint in monitor["spec"]["podMetricsEndpoints"]
        ]
        assert scraped and set(scraped) <= ports, f"{name} is not scraped on a port it declares"


def test_alert_rules_use_metrics_the_code_exports() -> None:
    from prometheus_client import REGISTRY

    import cpd_platform.consumer  # registers the consumer lag gauge
    import cpd_platform.interceptors  # registers the services' metrics
    import cpd_platform.outbox  # noqa: F401 - registers the outbox backlog gauges
    import gateway.metrics  # noqa: F401 - registers the gateway's metrics

    suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"]}
    exported = {
        family.name + suffix
        for family in REGISTRY.collect()
        for suffix in suffixes.get(family.type, [""])
    }
    [rules] = [d for d in rendered("prod") if d["kind"] == "PrometheusRule"]
    alerted: set[str] = set()
    for group in rules["spec"]["groups"]:
        for rule in group["rules"]:
            assert set(rule) <= RULE_FIELDS
            names = {word for word in re.findall(r"cpd_[a-z_]+", rule["expr"])}
            assert names and names <= exported, f"{rule['alert']}: {names - exported}"
            alerted.add(rule["alert"])
    # The four kinds: error rate, latency, outbox lag, consumer lag.
    assert {"ServiceErrorRateHigh", "ServiceLatencyHigh", "OutboxLagHigh", "ConsumerLagHigh"} <= (
        alerted
    )


# ---------------------------------------------------------------- schemas

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
KEYCLOAK_SPEC = {"instances", "db", "http", "hostname", "proxy", "image", "resources"}
KEYCLOAK_DB = {"vendor", "host", "port", "database", "usernameSecret", "passwordSecret"}
KEYCLOAK_HTTP = {"tlsSecret", "httpEnabled", "httpPort", "httpsPort"}
KEYCLOAK_HOSTNAME = {"hostname", "admin", "strict", "backchannelDynamic"}
KEYCLOAK_PROXY = {"headers"}
REALM_IMPORT_SPEC = {"keycloakCRName", "realm", "placeholders"}


def test_the_realm_import_is_generated_from_the_realm_export() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "realm_import", K8S / "keycloak" / "realm_import.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TARGET.read_text(encoding="utf-8") == module.render(), (
        "stale: run python k8s/keycloak/realm_import.py"
    )


def test_prod_keycloak_and_realm_import_use_documented_fields_and_secret_placeholders() -> None:
    docs = rendered("prod")
    [keycloak] = [d for d in docs if d["kind"] == "Keycloak"]
    [realm_import] = [d for d in docs if d["kind"] == "KeycloakRealmImport"]
    for doc in (keycloak, realm_import):
        assert doc["apiVersion"] == "k8s.keycloak.org/v2alpha1"
    assert set(keycloak["spec"]) <= KEYCLOAK_SPEC
    assert set(keycloak["spec"]["db"]) <= KEYCLOAK_DB
    assert set(keycloak["spec"]["http"]) <= KEYCLOAK_HTTP
    assert set(keycloak["spec"]["hostname"]) <= KEYCLOAK_HOSTNAME
    assert set(keycloak["spec"]["proxy"]) <= KEYCLOAK_PROXY
    assert keycloak["spec"]["proxy"]["headers"] in {"forwarded", "xforwarded"}
    assert set(realm_import["spec"]) <= REALM_IMPORT_SPEC
    assert realm_import["spec"]["keycloakCRName"] == keycloak["metadata"]["name"]
    realm_text = (K8S / "keycloak" / "realm-cpd.json").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z0-9_]+)\}", realm_text))
    placeholders = realm_import["spec"]["placeholders"]
    assert set(placeholders) == used
    assert all(set(p) == {"secret"} for p in placeholders.values())
    assert all(set(p["secret"]) == {"name", "key"} for p in placeholders.values())
    # Every confidential client's secret is a placeholder, read from the Secret keycloak-realm.
    for client in realm_import["spec"]["realm"]["clients"]:
        if not client.get("publicClient") and not client.get("bearerOnly"):
            name = client["clientId"].upper().replace("-", "_") + "_CLIENT_SECRET"
            assert client["secret"] == "${" + name + "}"
            assert placeholders[name]["secret"] == {"name": "keycloak-realm", "key": name}
    issuer = container_env(docs, "gateway")["GATEWAY_OIDC_ISSUER"]
    assert (
        issuer
        == f"{keycloak['spec']['hostname']['hostname']}/realms/{realm_import['spec']['realm']['realm']}"
    )


def test_dev_keycloak_imports_the_same_realm_and_is_the_issuer() -> None:
    docs = rendered("dev")
    keycloak = of_kind(docs, "Deployment")["keycloak"]
    pod = keycloak["spec"]["template"]["spec"]
    assert pod["containers"][0]["args"] == ["start-dev", "--import-realm"]
    [realm_map] = [d for d in docs if d["kind"] == "ConfigMap" and "realm-cpd.json" in d["data"]]
    assert pod["volumes"][0]["configMap"]["name"] == realm_map["metadata"]["name"]
    export = json.loads((K8S / "keycloak" / "realm-cpd.json").read_text(encoding="utf-8"))
    assert json.loads(realm_map["data"]["realm-cpd.json"]) == export
    namespace = keycloak["metadata"]["namespace"]
    issuer = container_env(docs, "gateway")["GATEWAY_OIDC_ISSUER"]
    assert issuer == f"http://keycloak.{namespace}.svc:8080/realms/{export['realm']}"


# ---------------------------------------------------------------- postgresql

# Fields of postgresql.cnpg.io/v1 we use, checked against CloudNativePG's CRDs:
# github.com/cloudnative-pg/cloudnative-pg@a95a534d (2026-08-21) config/crd/bases/
# postgresql.cnpg.io_{clusters,poolers,scheduledbackups,databases}.yaml (spec of each);
# API reference https://cloudnative-pg.io/documentation/current/cloudnative-pg.v1/.
CLUSTER_SPEC = {
    "instances",
    "imageName",
    "primaryUpdateStrategy",
    "storage",
    "postgresql",
    "managed",
    "backup",
}
POOLER_SPEC = {"cluster", "instances", "type", "pgbouncer"}
SCHEDULED_BACKUP_SPEC = {"schedule", "cluster", "backupOwnerReference", "immediate", "method"}
DATABASE_SPEC = {"name", "owner", "cluster", "ensure", "databaseReclaimPolicy"}
# PgBouncer parameters the Pooler webhook admits that we set (of
# AllowedPgbouncerGenericConfigurationParameters, internal/webhook/v1/pooler_webhook.go).
PGBOUNCER_PARAMETERS = {
    "max_client_conn",
    "default_pool_size",
    "max_db_connections",
    "max_prepared_statements",
    "min_pool_size",
    "reserve_pool_size",
    "server_idle_timeout",
}


def test_prod_postgres_is_a_cnpg_cluster_with_a_database_per_service_and_a_transaction_pooler() -> (
    None
):
    docs = rendered("prod")
    [cluster] = [d for d in docs if d["kind"] == "Cluster"]
    [pooler] = [d for d in docs if d["kind"] == "Pooler"]
    assert cluster["apiVersion"] == pooler["apiVersion"] == "postgresql.cnpg.io/v1"
    assert set(cluster["spec"]) <= CLUSTER_SPEC and set(pooler["spec"]) <= POOLER_SPEC
    assert cluster["spec"]["instances"] == 3
    assert cluster["spec"]["backup"]["barmanObjectStore"]["destinationPath"].startswith("s3://")
    backups = [d for d in docs if d["kind"] == "ScheduledBackup"]
    assert backups and all(set(b["spec"]) <= SCHEDULED_BACKUP_SPEC for b in backups)
    assert all(set(d["spec"]) <= DATABASE_SPEC for d in docs if d["kind"] == "Database")
    databases = {d["spec"]["name"]: d["spec"]["owner"] for d in docs if d["kind"] == "Database"}
    roles = {r["name"] for r in cluster["spec"]["managed"]["roles"]}
    for settings in SERVICES.values():
        name = prefix_of(settings).rstrip("_").lower()
        assert databases[name] == name and name in roles
    bouncer = pooler["spec"]["pgbouncer"]
    assert bouncer["poolMode"] == "transaction"
    assert set(bouncer) <= {"poolMode", "parameters"}
    assert set(bouncer["parameters"]) <= PGBOUNCER_PARAMETERS
    assert int(bouncer["parameters"]["max_prepared_statements"]) > 0  # asyncpg prepares
    # Every pod's pool (<P>DB_POOL_SIZE + <P>DB_MAX_OVERFLOW) at the most replicas fits the
    # pooler's clients; the pooler's server connections fit PostgreSQL's max_connections.
    config = {
        key: value
        for d in docs
        if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("cpd-platform")
        for key, value in d["data"].items()
    }
    deployments = of_kind(docs, "Deployment")
    autoscalers = {
        h["spec"]["scaleTargetRef"]["name"]: h
        for h in docs
        if h["kind"] == "HorizontalPodAutoscaler"
    }
    clients = 0
    for service, settings in SERVICES.items():
        prefix = prefix_of(settings)
        per_pod = int(config[f"{prefix}DB_POOL_SIZE"]) + int(config[f"{prefix}DB_MAX_OVERFLOW"])
        most = (
            autoscalers[service]["spec"]["maxReplicas"]
            if service in autoscalers
            else deployments[service]["spec"]["replicas"]
        )
        clients += most * per_pod
    parameters = bouncer["parameters"]
    assert clients <= int(parameters["max_client_conn"])
    assert int(parameters["default_pool_size"]) <= int(parameters["max_db_connections"])
    servers = pooler["spec"]["instances"] * len(SERVICES) * int(parameters["max_db_connections"])
    assert servers < int(cluster["spec"]["postgresql"]["parameters"]["max_connections"])


def test_dev_postgres_and_redis_keep_data_and_say_when_ready() -> None:
    docs = rendered("dev")
    postgres = of_kind(docs, "StatefulSet")["postgres"]["spec"]["template"]["spec"]
    container = postgres["containers"][0]
    env = {e["name"]: e.get("value") for e in container["env"]}
    mount = container["volumeMounts"][0]["mountPath"]
    assert env["PGDATA"].startswith(mount + "/") and "readinessProbe" in container
    redis = of_kind(docs, "Deployment")["redis"]["spec"]
    container = redis["template"]["spec"]["containers"][0]
    assert "--appendonly" in container["args"] and "readinessProbe" in container
    [volume] = redis["template"]["spec"]["volumes"]
    assert volume["persistentVolumeClaim"]["claimName"] in of_kind(docs, "PersistentVolumeClaim")
