#!/usr/bin/env bash
# Generates the gRPC/protobuf stubs from proto/ into a directory (default: libs/contracts/src).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-libs/contracts/src}"
mkdir -p "$out"
rm -rf "$out/cpd"
mapfile -t protos < <(find proto/cpd -name '*.proto' | sort)
uv run --no-sync python -m grpc_tools.protoc -I proto \
  --python_out="$out" --grpc_python_out="$out" --mypy_out="$out" --mypy_grpc_out="$out" "${protos[@]}"
# Make every generated folder a regular package so type checkers and importers agree.
find "$out/cpd" -type d -exec touch {}/__init__.py \;
touch "$out/cpd/py.typed"
