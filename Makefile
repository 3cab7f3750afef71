# The two commands that matter: `make up` (the whole platform locally) and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(PATH)
RUN := uv run --frozen --no-sync

.PHONY: bootstrap up test test-fast lint proto proto-check schema docs bench clean-test-data web web-codegen

bootstrap:
	@scripts/bootstrap.sh

## Runs every service, the gateway, the identity provider, PostgreSQL and Redis with demo data;
## the web portal at http://127.0.0.1:8000/ (built first when its sources changed).
up: bootstrap web
	@$(RUN) python -m cpd_platform.devstack --data-dir .data/local

## Unit, integration, e2e and browser tests against real PostgreSQL, Redis and gRPC servers;
## the web app's own tests (Vitest) first.
test: bootstrap web
	@cd web && npm test --silent
	@$(RUN) pytest -q

## Unit tests only (no I/O).
test-fast: bootstrap
	@$(RUN) pytest -q -m "not integration and not e2e and not reliability and not browser" --ignore=tests/e2e --ignore=tests/reliability --ignore=tests/browser

lint: bootstrap tools/node_modules
	@$(RUN) ruff check .
	@$(RUN) ruff format --check .
	@$(RUN) mypy
	@cd proto && ../tools/node_modules/.bin/buf lint
	@cd gateway && ../tools/node_modules/.bin/graphql-schema-linter --config-directory . --format compact

tools/node_modules: tools/package.json tools/package-lock.json
	@cd tools && npm install --no-audit --no-fund --silent
	@touch tools/node_modules

# The web portal (web/dist): rebuilt only when a source is newer than the last build. The build
# type-checks against the committed generated types and prints the initial JavaScript's size.
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json web/package.json web/package-lock.json

web: web/dist/index.html

web/dist/index.html: $(WEB_SOURCES)
	@echo "web: building the portal"
	@cd web && npm run build --silent

## Regenerates the web app's typed operations from gateway/schema.graphql (a test fails when stale).
web-codegen: bootstrap
	@cd web && npm run codegen --silent

## Regenerates libs/contracts from proto/.
proto: bootstrap
	@scripts/gen_proto.sh

## Writes the gateway's GraphQL schema to gateway/schema.graphql (a test fails when it is stale)
## and regenerates the web app's typed operations from it.
schema: bootstrap
	@$(RUN) python -m gateway.schema.export
	@cd web && npm run codegen --silent

## Renders the API reference into docs/reference: the GraphQL SDL, the protos with their
## comments and the error catalogue (a test fails when it is stale; run after `make schema`).
docs: bootstrap
	@$(RUN) python scripts/gen_docs.py

## Fails when the committed stubs drift from proto/.
proto-check: bootstrap
	@scripts/proto_check.sh

## Benchmarks (not part of the test suite): start a private platform and measure it.
bench:
	@scripts/bootstrap.sh
	@for script in bench/bench_*.py; do echo "== $$script"; $(RUN) python $$script || exit 1; done

clean-test-data:
	@rm -rf .data/test
