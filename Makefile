# The two commands that matter: `make up` (the whole platform locally) and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(PATH)
RUN := uv run --frozen --no-sync

.PHONY: bootstrap up test test-fast lint proto proto-check schema bench clean-test-data

bootstrap:
	@scripts/bootstrap.sh

## Runs every service, the gateway, the identity provider, PostgreSQL and Redis with demo data.
up: bootstrap
	@$(RUN) python -m cpd_platform.devstack --data-dir .data/local

## Unit, integration and e2e tests against real PostgreSQL, Redis and gRPC servers.
test: bootstrap
	@$(RUN) pytest -q

## Unit tests only (no I/O).
test-fast: bootstrap
	@$(RUN) pytest -q -m "not integration and not e2e and not reliability" --ignore=tests/e2e --ignore=tests/reliability

lint: bootstrap tools/node_modules
	@$(RUN) ruff check .
	@$(RUN) ruff format --check .
	@$(RUN) mypy
	@cd proto && ../tools/node_modules/.bin/buf lint

tools/node_modules: tools/package.json tools/package-lock.json
	@cd tools && npm install --no-audit --no-fund --silent
	@touch tools/node_modules

## Regenerates libs/contracts from proto/.
proto: bootstrap
	@scripts/gen_proto.sh

## Writes the gateway's GraphQL schema to gateway/schema.graphql (a test fails when it is stale).
schema: bootstrap
	@$(RUN) python -m gateway.schema.export

## Fails when the committed stubs drift from proto/.
proto-check: bootstrap
	@scripts/proto_check.sh

## Benchmarks (not part of the test suite): start a private platform and measure it.
bench:
	@BOOTSTRAP_BENCH=1 scripts/bootstrap.sh
	@for script in bench/bench_*.py; do echo "== $$script"; $(RUN) python $$script || exit 1; done

clean-test-data:
	@rm -rf .data/test
