"""Which channel targets get round-robin, and what servers set so connections rebalance."""

from cpd_platform.channels import channel_options, server_options


def test_dns_targets_get_round_robin() -> None:
    options = dict(channel_options("dns:///catalog-svc:50052"))
    assert options["grpc.lb_policy_name"] == "round_robin"
    assert "round_robin" in options["grpc.service_config"]


def test_plain_host_port_target_keeps_default_policy() -> None:
    assert channel_options("catalog-svc:50052") == []


def test_servers_age_connections_out_with_grace() -> None:
    options = dict(server_options())
    assert options["grpc.max_connection_age_ms"] > 0
    assert options["grpc.max_connection_age_grace_ms"] > 0
