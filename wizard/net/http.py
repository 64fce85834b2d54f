"""An httpx client that resolves names through the run's own resolver.

httpx alone would ask the operating system, so `--dns` (and the test world's DNS) would
not reach HTTP. The certificate is still checked against the host name, not the address."""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Iterable

import httpcore
import httpx

if TYPE_CHECKING:
    from wizard.net.context import NetContext


class ResolvingBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, ctx: "NetContext") -> None:
        self._ctx = ctx
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._ctx.addresses(host)
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        last: Exception | None = None
        for address in addresses:
            target, target_port = self._ctx.route(host, address, port)
            try:
                return await self._inner.connect_tcp(target, target_port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Iterable | None = None):
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def make_client(ctx: "NetContext", ssl_context: ssl.SSLContext, timeout: float | None) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(verify=ssl_context, trust_env=False)
    # httpx exposes no resolver hook; swap in a pool that uses ours.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context, max_connections=20, network_backend=ResolvingBackend(ctx)
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": "mailsetup"},
    )
