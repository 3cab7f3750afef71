from gateway.schema.export import SDL_PATH, schema_sdl


def test_the_committed_sdl_is_the_schema_the_gateway_serves() -> None:
    committed = SDL_PATH.read_text(encoding="utf-8") if SDL_PATH.exists() else ""
    assert committed == schema_sdl(), "gateway/schema.graphql is stale: run `make schema`"
