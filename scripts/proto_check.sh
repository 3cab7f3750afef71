#!/usr/bin/env bash
# Fails when the committed stubs in libs/contracts differ from what proto/ generates.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/gen_proto.sh "$tmp"
if ! diff -r -x __pycache__ "$tmp/cpd" libs/contracts/src/cpd; then
  echo "proto-check: libs/contracts is out of date; run 'make proto' and commit" >&2
  exit 1
fi
echo "proto-check: stubs match proto/"
