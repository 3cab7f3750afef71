"""Writes the gateway's GraphQL schema as SDL: the contract frontends generate their types from.

`make schema` runs it; a unit test fails when the committed `gateway/schema.graphql` is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

SDL_PATH = Path(__file__).resolve().parents[3] / "schema.graphql"


def schema_sdl() -> str:
    return build_schema(GatewaySettings()).as_str() + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SDL_PATH
    target.write_text(schema_sdl(), encoding="utf-8")
    print(f"schema: wrote {target}")


if __name__ == "__main__":
    main()
