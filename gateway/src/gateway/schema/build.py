from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial

import strawberry
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.types import ExecutionContext

from cpd_platform.context import request_id_var
from gateway.errors import MASKED_MESSAGE, should_mask
from gateway.input_guard import DATE_SCALAR, RejectForbiddenStrings, guard_fields
from gateway.limits import alias_rule, depth_rule
from gateway.metrics import GatewayMetrics
from gateway.schema.common import UserError
from gateway.schema.execution import GatewayExecutionContext
from gateway.schema.root import Mutation, Query
from gateway.settings import GatewaySettings

log = logging.getLogger("gateway.errors")


def _limit_rules(settings: GatewaySettings) -> list[type[ASTValidationRule]]:
    """The depth and alias limits as validation rules, made once (the validation cache is
    keyed by the rules, so new classes per request would never hit it). Ours, not strawberry's
    limiters: those walk a fragment again at every spread (exponential work)."""
    return [depth_rule(settings.max_query_depth), alias_rule(settings.max_aliases)]


class GatewaySchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Every real fault (the errors masked for clients) is logged with the request id and
        its traceback; errors about the request itself are the client's and are not logged."""
        context = execution_context.context if execution_context is not None else None
        request_id = getattr(context, "request_id", None) or request_id_var.get()
        for error in errors:
            if should_mask(error):
                original = error.original_error
                log.error(
                    "masked fault at %s: %s",
                    ".".join(str(p) for p in error.path or ()) or "-",
                    original,
                    exc_info=(type(original), original, original.__traceback__)
                    if original is not None
                    else None,
                    extra={"request_id": request_id},
                )


def _user_error(code: str, message: str, field: str) -> UserError:
    return UserError(code=code, message=message, field=field)


def build_schema(settings: GatewaySettings) -> strawberry.Schema:
    # Factories, not instances: strawberry makes each extension per request; the parser and
    # validation caches are shared by maxsize inside strawberry.
    extensions: list[Callable[[], SchemaExtension]] = [
        GatewayMetrics,  # outermost: sees every operation and its final errors
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(AddValidationRules, _limit_rules(settings)),
        partial(ParserCache, maxsize=256),
        partial(ValidationCache, maxsize=256),
        RejectForbiddenStrings,
        partial(MaskErrors, should_mask_error=should_mask, error_message=MASKED_MESSAGE),
    ]
    if not settings.is_dev:
        extensions.append(DisableIntrospection)
    schema = GatewaySchema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        scalar_overrides={date: DATE_SCALAR},
        execution_context_class=GatewayExecutionContext,
    )
    guard_fields(schema._schema, _user_error)
    return schema
