"""Per-request context: the verified caller, the metadata forwarded to services, the loaders.

Every GraphQL operation needs a valid access token, except operations whose root fields are
all public (registration, login, token refresh, password reset) and the IDE page in dev.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    parse,
)
from litestar import Request
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, TooManyRequestsException
from strawberry.litestar import BaseContext

from cpd_platform.auth import InvalidToken, Principal, TokenVerifier, bearer_from_header
from cpd_platform.context import new_request_id
from gateway.backends import Backends
from gateway.loaders import Loaders
from gateway.ratelimit import RateLimiter

# Root fields that visitors without a token may use.
PUBLIC_ROOT_FIELDS = frozenset(
    {"register", "login", "refreshToken", "requestPasswordReset", "__typename"}
)


class GatewayContext(BaseContext, kw_only=True):
    principal: Principal | None
    backends: Backends
    metadata: tuple[tuple[str, str], ...]
    loaders: Loaders
    # The identity provider's issuer URL (logins go to its token endpoint).
    issuer: str

    def require_principal(self) -> Principal:
        if self.principal is None:
            raise NotAuthorizedException("Требуется вход в систему")
        return self.principal


def _wants_ide(request: Request[Any, Any, Any]) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


def _root_fields(
    selections: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
    visiting: frozenset[str] = frozenset(),
) -> set[str] | None:
    """Names of the root fields, through fragments; None when they cannot be known."""
    names: set[str] = set()
    for selection in selections.selections:
        if isinstance(selection, FieldNode):
            names.add(selection.name.value)
            continue
        if isinstance(selection, InlineFragmentNode):
            inner = _root_fields(selection.selection_set, fragments, visiting)
        elif (
            isinstance(selection, FragmentSpreadNode)
            and selection.name.value in fragments
            and selection.name.value not in visiting
        ):
            name = selection.name.value
            inner = _root_fields(fragments[name].selection_set, fragments, visiting | {name})
        else:
            return None
        if inner is None:
            return None
        names |= inner
    return names


def is_public_operation(query: object, operation_name: object, max_tokens: int = 2000) -> bool:
    """True when every root field of the operation to run is public."""
    if not isinstance(query, str):
        return False
    try:
        document: DocumentNode = parse(query, max_tokens=max_tokens)
    except GraphQLError:
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    if isinstance(operation_name, str) and operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1:
        return False
    names = _root_fields(operations[0].selection_set, fragments)
    return bool(names) and names is not None and names <= PUBLIC_ROOT_FIELDS


async def _is_public_request(request: Request[Any, Any, Any], max_tokens: int) -> bool:
    if request.method != "POST":
        return False
    try:
        body = await request.json()
    except Exception:
        return False
    if not isinstance(body, dict):
        return False
    return is_public_operation(body.get("query"), body.get("operationName"), max_tokens)


def client_address(request: Request[Any, Any, Any], trust_forwarded_for: bool) -> str:
    """The end user's address, passed on to services for per-address limits. Behind an ingress
    (trust_forwarded_for) it is the first X-Forwarded-For entry, which the ingress sets."""
    if trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.client.host if request.client else ""


async def get_context(request: Request[Any, Any, Any], state: State) -> GatewayContext:
    verifier: TokenVerifier = state.verifier
    backends: Backends = state.backends
    request_id = request.headers.get("x-request-id") or new_request_id()
    token = bearer_from_header(request.headers.get("authorization"))
    principal = None
    if token is not None:
        try:
            principal = await verifier.verify(token)
        except InvalidToken:
            raise NotAuthorizedException(
                "Токен недействителен", headers={"WWW-Authenticate": "Bearer"}
            ) from None
    address = client_address(request, state.settings.trust_forwarded_for)
    if token is None and not (state.settings.is_dev and _wants_ide(request)):
        if not await _is_public_request(request, state.settings.max_tokens):
            raise NotAuthorizedException(
                "Требуется вход в систему", headers={"WWW-Authenticate": "Bearer"}
            )
        limiter: RateLimiter = state.anonymous_limit
        retry_after = await limiter.retry_after(address or "unknown")
        if retry_after is not None:
            raise TooManyRequestsException(
                "Слишком много запросов. Повторите позже.",
                headers={"Retry-After": str(retry_after)},
            )
    metadata: tuple[tuple[str, str], ...] = (
        ("x-request-id", request_id),
        ("x-client-ip", address),
    )
    if token is not None:
        metadata += (("authorization", f"Bearer {token}"),)
    return GatewayContext(
        principal=principal,
        backends=backends,
        metadata=metadata,
        loaders=Loaders(backends, metadata),
        issuer=state.settings.oidc_issuer,
    )
