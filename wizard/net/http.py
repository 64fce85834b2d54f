"""An httpx client whose connections are the transport's: our resolver, `NetContext.route`,
Happy Eyeballs and one budget that includes DNS. httpx alone would ask the operating
system, so `--dns` (and the test world's DNS) would not reach HTTP.

Built on public API only: httpcore's network backend interface carries our streams, and an
`httpx.AsyncBaseTransport` hands requests to httpcore's pool. The certificate is still
checked against the host name, not the address."""

from __future__ import annotations

import asyncio
import ssl
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, AsyncIterator, Iterable, Iterator

import httpcore
import httpx

from wizard.net.transport import NoAddress, Stream, TcpState, WireError, WireErrorKind, unopened

if TYPE_CHECKING:
    from wizard.net.context import NetContext


def prepare() -> None:
    """Load what httpcore imports at its first request (anyio, for its events), ahead of it:
    a discovery run has a thread do this as it starts, instead of its first fetch stalling."""
    import anyio  # noqa: F401


class _NetworkStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: Stream, ctx: "NetContext", deferred: ssl.SSLContext, pinned: str | None = None) -> None:
        self._stream = stream
        self._ctx = ctx
        self._deferred = deferred
        self._pinned = pinned

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return await self._stream.read(timeout, max_bytes)
        except WireError as exc:
            raise (httpcore.ReadTimeout if exc.kind is WireErrorKind.TIMEOUT else httpcore.ReadError)(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._stream.write(buffer)
        except WireError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        await self._stream.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        if ssl_context is self._deferred and self._pinned is not None:  # only the accepted certificate counts
            ssl_context = self._ctx.trust.inspecting_context()
        elif ssl_context is self._deferred:  # the run's verifying context, taken only now that it is needed
            ssl_context = await self._ctx.tls_context()
        try:
            await self._stream.start_tls(ssl_context, server_hostname or "", timeout, self._pinned)
        except WireError as exc:
            raise (httpcore.ConnectTimeout if exc.kind is WireErrorKind.TIMEOUT else httpcore.ConnectError)(str(exc)) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        return self._stream.extra(info)


class _NotOpened(httpcore.ConnectError):
    """A connection that did not open, keeping the system's errno (ENETUNREACH says this
    machine has no route): httpcore's pool re-raises without the cause, so it rides here."""

    def __init__(self, message: str, errno: int | None) -> None:
        super().__init__(message)
        self.errno = errno


class _Backend(httpcore.AsyncNetworkBackend):
    def __init__(self, ctx: "NetContext", deferred: ssl.SSLContext, pinned: str | None = None) -> None:
        self._ctx = ctx
        self._deferred = deferred
        self._pinned = pinned

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        try:
            result, stream = await self._ctx.connect(host, port, timeout=timeout)
        except NoAddress as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"{host}: no answer") from exc
        if stream is None:
            error = ConnectionRefusedError(f"{host}:{port} refused the connection") if result.state is TcpState.REFUSED else unopened(result)
            if result.state is TcpState.FILTERED:
                raise httpcore.ConnectTimeout(f"{host}:{port} {result.state.value}") from error
            raise _NotOpened(f"{host}:{port} {result.state.value}", error.errno) from error
        return _NetworkStream(stream, self._ctx, self._deferred, self._pinned)

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    """httpcore's errors as the httpx errors of the same name (callers catch httpx's)."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TimeoutException)(str(exc)) from exc
    except httpcore.ConnectError as exc:  # _NotOpened included: httpx's ConnectError, errno in the cause
        raise httpx.ConnectError(str(exc)) from exc
    except httpcore.NetworkError as exc:
        raise getattr(httpx, type(exc).__name__, httpx.NetworkError)(str(exc)) from exc
    except (httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
        raise getattr(httpx, type(exc).__name__, httpx.ProtocolError)(str(exc)) from exc


class _Body(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class Transport(httpx.AsyncBaseTransport):
    """httpx requests through httpcore's pool over our own network backend. `pinned`: the
    only certificate (SHA-256) a TLS connection may show, checked after the handshake and
    before the request is written (no authority's word counts then)."""

    def __init__(self, ctx: "NetContext", pinned: str | None = None) -> None:
        # httpcore wants a context up front; it gets a stand-in that trusts nothing (were it
        # ever used, every handshake would fail), replaced at the handshake by the run's own.
        deferred = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._pool = httpcore.AsyncConnectionPool(ssl_context=deferred, max_connections=20, network_backend=_Backend(ctx, deferred, pinned))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type,unused-ignore]  # an async stream for httpcore
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = await self._pool.handle_async_request(core)
        return httpx.Response(status_code=response.status, headers=response.headers, stream=_Body(response.stream), extensions=response.extensions)

    async def aclose(self) -> None:
        await self._pool.aclose()


def make_client(ctx: "NetContext", timeout: float | None, pinned: str | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=Transport(ctx, pinned),
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": "mailsetup"},
    )
