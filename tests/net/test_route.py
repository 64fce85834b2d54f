"""NetContext.route is the one place a connection's destination can be bent: TCP, TLS and
HTTP all ask it, and all resolve names through the run's own resolver."""

import asyncio
from dataclasses import dataclass

import pytest

from wizard.net import Deadline, NetContext, Trust

pytestmark = pytest.mark.world


@dataclass
class Bending(NetContext):
    def route(self, host, address, port):
        return address, {10993: 993, 8080: 80}.get(port, port)


def make(world) -> NetContext:
    return Bending(trust=Trust(use_system=False, ca_files=(world.ca_file,)), deadline=Deadline(seconds=10))


def test_tls_connection_is_routed_and_still_checks_the_name(world):
    ctx = make(world)

    async def greet():
        result, stream = await ctx.connect("mail.example.test", 10993)
        assert result.state == "open" and stream is not None
        await stream.start_tls(ctx.ssl_context(), "mail.example.test", 5.0)
        line = await stream.read(5.0)
        await stream.close()
        return line

    assert asyncio.run(greet()).startswith(b"* OK")


def test_http_is_routed_and_resolved_by_our_resolver(world):
    world.web.add("autoconfig.example.test", "/route-check", b"routed", schemes=("http",))
    ctx = make(world)

    async def fetch():
        async with ctx.http_client() as client:
            return await client.get("http://autoconfig.example.test:8080/route-check")

    response = asyncio.run(fetch())
    assert response.status == 200 and response.content == b"routed"
