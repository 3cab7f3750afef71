"""The resources of operators the cluster relies on (Prometheus Operator, Keycloak Operator,
CloudNativePG): only fields their CRDs define, secrets as placeholders, metrics the code exports."""

from __future__ import annotations

import json
import re

from tests.k8s.manifests import K8S, SERVICES, container_env, of_kind, prefix_of, rendered

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
