"""Per-request context carried in context variables (one asyncio task per RPC or HTTP request)."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
bearer_token_var: ContextVar[str | None] = ContextVar("bearer_token", default=None)
# The client (`azp`) of a valid `x-service-authorization` token on the RPC: the service identity
# of the caller (the gateway, or another service calling on its own behalf), else None.
service_client_var: ContextVar[str | None] = ContextVar("service_client", default=None)
# Set by the auth interceptor when that client is a trusted gateway client
# (`<P>TRUSTED_GATEWAY_CLIENTS`).
via_gateway_var: ContextVar[bool] = ContextVar("via_gateway", default=False)
# The `x-client-ip` metadata value as sent by the caller; trusted only when via_gateway().
client_ip_var: ContextVar[str | None] = ContextVar("client_ip", default=None)


def new_request_id() -> str:
    return uuid.uuid4().hex


def via_gateway() -> bool:
    """True when the current RPC came through the gateway (its verified service token)."""
    return via_gateway_var.get()


def calling_service() -> str | None:
    """The client id of the caller's verified service token (`x-service-authorization`), e.g.
    `gateway` or `credits-svc`; None when the RPC carries none. The user's own token, if any,
    stays the principal (`cpd_platform.auth.current_principal()`)."""
    return service_client_var.get()


def trusted_client_address() -> str | None:
    """The end user's address as the gateway saw it (`x-client-ip`), or None when the RPC did
    not come through the gateway: any other caller could put any address there."""
    if not via_gateway_var.get():
        return None
    return client_ip_var.get() or None
