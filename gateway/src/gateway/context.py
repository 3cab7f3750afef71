"""Per-request context: the verified caller, the metadata forwarded to services, the loaders.

Every GraphQL operation needs a valid access token, except operations whose root fields are
all public (registration, login, token refresh, password reset) and, in dev, the IDE page and
introspection. Every backend call carries the request id, the client address, the gateway's
own service token (`x-service-authorization`, see service_token.py) and the caller's token.
"""

from __future__ import annotations

import json
import re
from typing import Any

from graphql import DocumentNode, GraphQLError, OperationDefinitionNode, parse
from litestar import Request
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, TooManyRequestsException
from strawberry.litestar import BaseContext

from cpd_platform.auth import InvalidToken, TokenVerifier, bearer_from_header
from cpd_platform.context import new_request_id, request_id_var
from cpd_platform.principal import Principal
from gateway.backends import Backends
from gateway.limits import FragmentMeasure
from gateway.loaders import Loaders
from gateway.ratelimit import RateLimiter
from gateway.service_token import ServiceToken

# Root fields that visitors without a token may use.
PUBLIC_ROOT_FIELDS = frozenset(
    {"register", "login", "refreshToken", "requestPasswordReset", "consentTexts", "__typename"}
)
# In dev, reading the schema needs no token either (GraphiQL asks for it before any login).
# Production serves no introspection to anybody (the schema disables it).
INTROSPECTION_ROOT_FIELDS = frozenset({"__schema", "__type", "__typename"})


# A caller's own request id is kept when it is a plain token (it goes to logs and metadata).
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class GatewayContext(BaseContext, kw_only=True):
    principal: Principal | None
    backends: Backends
    metadata: tuple[tuple[str, str], ...]
    request_id: str
    loaders: Loaders
    # The identity provider's issuer URL (logins go to its token endpoint).
    issuer: str

    def require_principal(self) -> Principal:
        if self.principal is None:
            raise NotAuthorizedException("Требуется вход в систему")
        return self.principal


def _wants_ide(request: Request[Any, Any, Any]) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


def is_public_operation(
    query: object,
    operation_name: object,
    max_tokens: int = 2000,
    public: frozenset[str] = PUBLIC_ROOT_FIELDS,
) -> bool:
    """True when every root field of the operation to run is in `public`."""
    if not isinstance(query, str):
        return False
    try:
        document: DocumentNode = parse(query, max_tokens=max_tokens)
    except GraphQLError:
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if isinstance(operation_name, str) and operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1:
        return False
    names = FragmentMeasure(document).field_names(operations[0].selection_set)
    return bool(names) and names is not None and names <= public


async def _is_public_request(request: Request[Any, Any, Any], max_tokens: int, dev: bool) -> bool:
    if request.method != "POST":
        return False
    try:
        # The standard library's parser, as strawberry's: it keeps an unpaired surrogate
        # ("\ud800") as a string, which the input guard then refuses with a typed error.
        body = json.loads(await request.body())
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    query, name = body.get("query"), body.get("operationName")
    return is_public_operation(query, name, max_tokens) or (
        dev and is_public_operation(query, name, max_tokens, INTROSPECTION_ROOT_FIELDS)
    )


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
    offered = request.headers.get("x-request-id", "")
    request_id = offered if _REQUEST_ID.fullmatch(offered) else new_request_id()
    request_id_var.set(request_id)  # in every log line of this request
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
        if not await _is_public_request(request, state.settings.max_tokens, state.settings.is_dev):
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
    service_token: ServiceToken = state.service_token
    metadata: tuple[tuple[str, str], ...] = (
        ("x-request-id", request_id),
        ("x-client-ip", address),
        *service_token.metadata(),
    )
    if token is not None:
        metadata += (("authorization", f"Bearer {token}"),)
    return GatewayContext(
        principal=principal,
        backends=backends,
        metadata=metadata,
        request_id=request_id,
        loaders=Loaders(backends, metadata),
        issuer=state.settings.oidc_issuer,
    )
