"""The request context's view of the gateway: the client address counts only through it."""

from collections.abc import Iterator
from contextlib import contextmanager

from cpd_platform.context import (
    calling_service,
    client_ip_var,
    service_client_var,
    trusted_client_address,
    via_gateway,
    via_gateway_var,
)


@contextmanager
def request(service: str | None, gateway: bool, client_ip: str | None) -> Iterator[None]:
    tokens = (
        service_client_var.set(service),
        via_gateway_var.set(gateway),
        client_ip_var.set(client_ip),
    )
    try:
        yield
    finally:
        client_ip_var.reset(tokens[2])
        via_gateway_var.reset(tokens[1])
        service_client_var.reset(tokens[0])


def test_outside_any_request_nothing_is_trusted() -> None:
    assert (via_gateway(), trusted_client_address(), calling_service()) == (False, None, None)


def test_through_the_gateway_its_client_address_is_trusted() -> None:
    with request("gateway", True, "203.0.113.7"):
        assert via_gateway() and trusted_client_address() == "203.0.113.7"
        assert calling_service() == "gateway"


def test_an_address_without_the_gateway_is_ignored() -> None:
    with request("pk-regional-svc", False, "203.0.113.7"):
        assert not via_gateway() and trusted_client_address() is None
        assert calling_service() == "pk-regional-svc"


def test_an_empty_address_through_the_gateway_is_none() -> None:
    with request("gateway", True, ""):
        assert trusted_client_address() is None
