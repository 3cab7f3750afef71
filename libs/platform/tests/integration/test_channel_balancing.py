"""A client channel spreads calls over every address its target resolves to."""

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform.channels import insecure_channel, server_options


class CountingHealth(health_pb2_grpc.HealthServicer):
    def __init__(self) -> None:
        self.calls = 0

    async def Check(
        self, request: health_pb2.HealthCheckRequest, context: grpc.aio.ServicerContext
    ) -> health_pb2.HealthCheckResponse:
        self.calls += 1
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)


async def test_calls_spread_over_two_servers() -> None:
    servicers = [CountingHealth(), CountingHealth()]
    servers: list[grpc.aio.Server] = []
    ports: list[int] = []
    for servicer in servicers:
        server = grpc.aio.server(options=server_options())
        health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
        ports.append(server.add_insecure_port("127.0.0.1:0"))
        await server.start()
        servers.append(server)
    try:
        target = "ipv4:" + ",".join(f"127.0.0.1:{port}" for port in ports)
        async with insecure_channel(target) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            for _ in range(20):
                await stub.Check(health_pb2.HealthCheckRequest(), wait_for_ready=True, timeout=5)
        # pick_first would send all 20 to one server; round-robin alternates once both
        # subchannels are connected (the first calls may all go to the one ready first).
        calls = [s.calls for s in servicers]
        assert sum(calls) == 20 and min(calls) >= 5, calls
    finally:
        for server in servers:
            await server.stop(None)
