from __future__ import annotations

from collections.abc import Callable
from functools import partial

import strawberry
from graphql import ASTValidationRule
from strawberry.extensions import (
    AddValidationRules,
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


def _limit_rules(settings: GatewaySettings) -> list[type[ASTValidationRule]]:
    """The depth and alias limits as validation rules, made once. The limiter extensions make
    a new rule class per instance, and strawberry makes extensions per request, so the rules
    would differ on every request and the validation cache (keyed by them) would never hit."""
    return [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
    ]


def build_schema(settings: GatewaySettings) -> strawberry.Schema:
    # Factories, not instances: strawberry makes each extension per request; the parser and
    # validation caches are shared by maxsize inside strawberry.
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(AddValidationRules, _limit_rules(settings)),
        partial(ParserCache, maxsize=256),
        partial(ValidationCache, maxsize=256),
        partial(MaskErrors, should_mask_error=should_mask, error_message=MASKED_MESSAGE),
    ]
    if not settings.is_dev:
        extensions.append(DisableIntrospection)
    return strawberry.Schema(query=Query, mutation=Mutation, extensions=extensions)
