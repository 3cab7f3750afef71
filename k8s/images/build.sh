#!/usr/bin/env bash
# Builds the platform's images from the repository root: cpd/<name> for the gateway and the five
# services (one recipe, k8s/images/service/Dockerfile) and cpd/web (k8s/images/web/Dockerfile).
#   k8s/images/build.sh [name …]     all of them, or only those named
# REGISTRY (e.g. registry.example.org/) and TAG (default: latest) come from the environment.
set -euo pipefail
cd "$(dirname "$0")/../.."
registry=${REGISTRY:-}
tag=${TAG:-latest}

# name  uv package  python -m  default command  Debian packages at run time
processes=(
    "gateway          cpd-gateway       gateway               -      -"
    "identity-svc     identity-svc      identity_svc.main     serve  -"
    "catalog-svc      catalog-svc       catalog_svc.main      serve  -"
    "plan-svc         plan-svc          plan_svc.main         serve  fonts-dejavu-core"
    "credits-svc      credits-svc       credits_svc.main      serve  -"
    "pk-regional-svc  pk-regional-svc   pk_regional_svc.main  serve  -"
)

wanted=("$@")
is_wanted() {
    [ "${#wanted[@]}" -eq 0 ] && return 0
    local name
    for name in "${wanted[@]}"; do [ "$name" = "$1" ] && return 0; done
    return 1
}

for row in "${processes[@]}"; do
    read -r name package module command apt <<<"$row"
    is_wanted "$name" || continue
    [ "$command" = - ] && command=""
    [ "$apt" = - ] && apt=""
    docker build -f k8s/images/service/Dockerfile \
        --build-arg SERVICE="$name" --build-arg PACKAGE="$package" --build-arg MODULE="$module" \
        --build-arg COMMAND="$command" --build-arg APT_PACKAGES="$apt" \
        -t "${registry}cpd/$name:$tag" .
done
if is_wanted web; then
    docker build -f k8s/images/web/Dockerfile -t "${registry}cpd/web:$tag" .
fi
