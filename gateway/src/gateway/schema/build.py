from __future__ import annotations

from collections.abc import Callable
from functools import partial

import strawberry
from strawberry.extensions import (
    DisableIntrospection,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from gateway.errors import MASKED_MESSAGE, should_mask
from gateway.schema.root import Mutation, Query
from gateway.settings import GatewaySettings


def build_schema(settings: GatewaySettings) -> strawberry.Schema:
    # Factories, not instances: strawberry makes each extension per request; the parser and
    # validation caches are shared by maxsize inside strawberry.
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(QueryDepthLimiter, max_depth=settings.max_query_depth),
        partial(MaxAliasesLimiter, max_alias_count=settings.max_aliases),
        partial(ParserCache, maxsize=256),
        partial(ValidationCache, maxsize=256),
        partial(MaskErrors, should_mask_error=should_mask, error_message=MASKED_MESSAGE),
    ]
    if not settings.is_dev:
        extensions.append(DisableIntrospection)
    return strawberry.Schema(query=Query, mutation=Mutation, extensions=extensions)
