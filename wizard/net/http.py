"""HTTP over the transport's own connections: our resolver, `NetContext.route`, Happy
Eyeballs and one budget that includes DNS (a library of its own would ask the operating
system, so `--dns` and the test world's DNS would not reach HTTP), the run's trust or a
pinned certificate, and `wizard.protocols.http` for the bytes.

One request per connection (`Connection: close`): discovery asks each host once or twice,
mostly in parallel, so a pool would rarely find a connection to reuse, and a connection
that ends with its answer needs no idle-timeout or stale-connection rules. No redirect is
followed (callers judge every hop), no proxy or other setting is taken from the
environment, no compression is asked for (no Accept-Encoding; a gzip body served unasked
is undone within the body cap), and credentials go only where a caller puts them, over
https alone: a URL's user:password part is never sent."""

from __future__ import annotations

import asyncio
import base64
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from urllib.parse import quote, urlsplit

from wizard.protocols.unsafe import UnsafeValue
from wizard.protocols.http_request import Request, serialise  # the reading loads with the first answer
from wizard.net.transport import NoAddress, Stream, TcpResult, TcpState, WireError, WireErrorKind, adopt, unopened

if TYPE_CHECKING:
    from wizard.net.ahead import Ahead
    from wizard.net.context import NetContext
    from wizard.net.opening import Target
    from wizard.protocols.http import BodyDecoder, Event, Headers, HttpError, Response as Head, ResponseReader

USER_AGENT = "mailsetup"
MAX_BODY = 16 * 1024 * 1024  # no caller reads more; each may ask for less
_DEFAULT_PORTS = {"http": 80, "https": 443}
# What may stand unescaped in a path or query (RFC 3986's reserved and unreserved characters,
# and "%" so that an address already escaped stays as it is); anything else is %-escaped.
_PATH_SAFE = "/%!$&'()*+,;=:@-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
_CREDENTIALS = frozenset({"authorization", "proxy-authorization"})  # never over plain http


def prepare() -> None:
    """Nothing to load ahead any more (the client imports only the standard library's small
    parts); kept so that a run's warm-up may still call it."""


# -- what can go wrong ---------------------------------------------------------------------------
class HttpFailure(Exception):
    """A request that got no usable answer: the connection, TLS or the answer failed."""


class HttpTimeout(HttpFailure):
    """No answer in time: connecting (DNS included), the handshake, or a read."""


class ConnectFailed(HttpFailure):
    """A connection that did not open (or whose TLS failed), keeping the system's errno
    (ENETUNREACH says this machine has no route); the reason rides in the cause."""

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


class ConnectionLost(HttpFailure):
    """The connection broke while the request or its answer was on the way."""


class BadResponse(HttpFailure):
    """The answer is not HTTP/1.1 we can frame exactly (see `wizard.protocols.http`)."""

    def __init__(self, error: HttpError) -> None:
        super().__init__(str(error))
        self.problem = error.problem


class BodyTooLarge(BadResponse):
    """The answer's body is larger than the caller's cap."""


class BadUrl(HttpFailure):
    """A URL the client cannot even try: not http(s), no host, a bad port."""


class BadRequest(HttpFailure):
    """A value for the request would break its framing (a control character in a header)."""


# -- credentials and addresses -------------------------------------------------------------------
@dataclass(frozen=True)
class BasicAuth:
    """HTTP Basic credentials (RFC 7617, UTF-8). Sent only with the request it is given to."""

    username: str
    password: str = field(repr=False)

    def header(self) -> str:
        return "Basic " + base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")


@dataclass(frozen=True)
class Url:
    scheme: str  # "http" or "https"
    host: str  # what is resolved and what the certificate must match (IDNA, no brackets)
    port: int
    target: str  # origin-form, %-escaped
    authority: str  # the Host header

    @property
    def tls(self) -> bool:
        return self.scheme == "https"


def parse_url(url: str) -> Url:
    """`url` as the client will ask it; BadUrl when it cannot."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        host = parts.hostname
    except ValueError as exc:
        raise BadUrl(f"{url[:200]!r}: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise BadUrl(f"{url[:200]!r}: not an http or https address")
    if not host:
        raise BadUrl(f"{url[:200]!r}: no host")
    host = _ascii_host(host, url)
    port = port if port is not None else _DEFAULT_PORTS[scheme]
    if port == 0:
        raise BadUrl(f"{url[:200]!r}: port 0")
    shown = f"[{host}]" if ":" in host else host
    authority = shown if port == _DEFAULT_PORTS[scheme] else f"{shown}:{port}"
    target = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_QUERY_SAFE)
    return Url(scheme, host, port, target, authority)


def _ascii_host(host: str, url: str) -> str:
    if host.isascii():
        if any(not (c.isalnum() or c in "-._:") for c in host):
            raise BadUrl(f"{url[:200]!r}: the host holds characters no host name has")
        return host
    import idna  # only for an internationalised name (it takes a few milliseconds to load)

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError) as exc:
        raise BadUrl(f"{url[:200]!r}: {exc}") from None


# -- the client ----------------------------------------------------------------------------------
class _Unset(Enum):
    UNSET = "unset"


UNSET = _Unset.UNSET


class Response:
    """The status and headers of an answer; its body is read from the open connection
    (`chunks`, `read`) while the request's `stream` block lasts."""

    def __init__(self, url: Url, head: Head, body: "AsyncIterator[bytes]") -> None:
        self.url = url
        self.status = head.status
        self.reason = head.reason
        self.headers: Headers = head.headers
        self._body = body
        self.content = b""

    def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives (chunked coding removed)."""
        return self._body

    async def read(self) -> bytes:
        """The whole body (within the request's cap), also kept as `content`."""
        self.content = b"".join([chunk async for chunk in self._body])
        return self.content


class HttpClient:
    """Requests through one run's NetContext. `timeout`: for each of connecting (DNS
    included) and the TLS handshake, and for the whole answer, every byte of it, from the
    request written on (a server dribbling a byte a second holds no one past it), unless a
    request says otherwise; never past the run's deadline.
    `pinned`: the only certificate (SHA-256) a TLS connection may show, checked after the
    handshake and before the request is written (no authority's word counts then)."""

    def __init__(self, ctx: "NetContext", timeout: float | None, pinned: str | None = None) -> None:
        self._ctx = ctx
        self._timeout = timeout
        self._pinned = pinned

    async def __aenter__(self) -> "HttpClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Nothing stays open between requests; kept for the callers' `async with`."""

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        url: str,
        *,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        auth: BasicAuth | None = None,
        timeout: float | None | _Unset = UNSET,
        max_body: int = MAX_BODY,
    ) -> AsyncIterator[Response]:
        """One request on its own connection; the connection closes when the block ends."""
        limit = self._timeout if isinstance(timeout, _Unset) else timeout
        where = parse_url(url)
        if not where.tls and (auth is not None or any(name.lower() in _CREDENTIALS for name in headers or {})):
            raise BadRequest(f"{where.authority}: credentials go only over https")
        data = _request_bytes(method, where, content, headers, auth)
        early = self._ctx.head_start if self._pinned is None else None  # its connections verify as `_open` does
        taken = None if early is None else await early.take(where, data, self._ctx.patience)
        if isinstance(taken, TcpResult):  # its warm-up, waited for as this connect would be, stayed silent
            raise _unopened(where.host, where.port, taken)
        stream, written = taken if taken is not None else (await self._open(where, limit), False)
        try:
            try:
                if not written:
                    stream.write(data)
            except WireError as exc:
                raise ConnectionLost(f"{where.authority}: {exc}") from exc
            from wizard.protocols.http import BodyDecoder, Limits, Response as Head, ResponseReader

            limits = Limits(body=max_body)
            events = _events(self._ctx, stream, ResponseReader(method, limits), limit, where)
            try:
                head = await anext(events)  # the reader's first event is always the final head
                assert isinstance(head, Head)
                body = _body(events, BodyDecoder(head.headers, limits))
                try:
                    yield Response(where, head, body)
                finally:
                    await body.aclose()
            finally:
                await events.aclose()
        finally:
            await stream.close()

    async def request(self, method: str, url: str, **kwargs: object) -> Response:
        """`stream`, with the body read whole into `content`."""
        async with self.stream(method, url, **kwargs) as response:  # type: ignore[arg-type]
            await response.read()
        return response

    async def get(self, url: str, **kwargs: object) -> Response:
        return await self.request("GET", url, **kwargs)

    async def _open(self, where: Url, limit: float | None, opened: "Callable[[TcpResult], None] | None" = None, early: "Target | None" = None,
                    first: bytes | None = None) -> Stream:
        """The connection for a request to `where`, TLS and all; `opened` is told the TCP
        connection's result as soon as it is open (a head start's warm-up: `wizard.net.head`),
        which carries on the opening's connection (`early`) when it has one. `first`, for
        https only: sent the moment the handshake has ended well (Stream.carry_tls)."""
        ctx, host, port = self._ctx, where.host, where.port
        if first is not None and (not where.tls or self._pinned is not None):
            raise ValueError("only an unpinned https connection sends with its handshake")
        if early is not None:
            carried = await self._carry(where, limit, opened, early, first)
            if carried is not None:
                return carried
        try:
            result, stream = await ctx.connect(host, port, timeout=limit)
        except NoAddress as exc:
            raise ConnectFailed(str(exc)) from exc
        except TimeoutError as exc:
            raise HttpTimeout(f"{host}: no answer") from exc
        if stream is None:
            raise _unopened(host, port, result)
        if opened is not None:
            opened(result)
        if not where.tls:
            return stream
        try:
            # the run's verifying context is taken only now that it is needed; with a pin,
            # only the accepted certificate counts
            context = ctx.trust.inspecting_context() if self._pinned is not None else await ctx.tls_context()
        except BaseException:
            await stream.close()
            raise
        return await _secured(stream, where, stream.start_tls(context, host, ctx.bound(limit), self._pinned, first))

    async def _carry(self, where: Url, limit: float | None, opened: "Callable[[TcpResult], None] | None", early: Target,
                     first: bytes | None = None) -> Stream | None:
        """The opening's connection to `where`, its TLS session carried on with the run's own
        verifying context, once that context's authorities are loaded; None when the opening
        did not get there (or wrote its ClientHello with another context): the caller then
        connects as usual."""
        ctx, host = self._ctx, where.host
        loop = asyncio.get_running_loop()
        settled: asyncio.Future[None] = loop.create_future()

        def wake() -> None:  # from the opening's thread
            loop.call_soon_threadsafe(_resolve, settled)

        early.when_settled(wake)
        try:
            async with asyncio.timeout(limit):
                await settled
            got = early.opened()
        except TimeoutError as exc:
            early.abandon()
            raise HttpTimeout(f"{host}: no answer") from exc
        except BaseException:
            early.abandon()
            raise
        if got is None:
            return None
        try:
            context = await ctx.tls_context() if where.tls else None
        except BaseException:
            got.sock.close()
            raise
        if where.tls and (self._pinned is not None or got.session is None or got.session.context is not context):
            got.sock.close()
            return None
        try:
            stream = await adopt(got.sock, got.address)
        except BaseException:
            got.sock.close()
            raise
        if opened is not None:
            opened(TcpResult(TcpState.OPEN, got.address, got.ms))
        if got.session is None:
            return stream
        return await _secured(stream, where, stream.carry_tls(got.session, ctx.bound(limit), first=first))


async def _secured(stream: Stream, where: Url, handshake: Awaitable[None]) -> Stream:
    """`stream` once `handshake` (its TLS begun, or carried on) is done; a failure as the
    request reports it, the stream closed."""
    try:
        await handshake
    except WireError as exc:
        await stream.close()
        if exc.kind is WireErrorKind.TIMEOUT:
            raise HttpTimeout(f"{where.host}:{where.port} {exc}") from exc
        raise ConnectFailed(str(exc)) from exc
    except BaseException:
        await stream.close()
        raise
    return stream


def _resolve(future: "asyncio.Future[None]") -> None:
    if not future.done():
        future.set_result(None)


def _unopened(host: str, port: int, result: TcpResult) -> HttpFailure:
    """The error of a connection that did not open, as the request reports it."""
    error = ConnectionRefusedError(f"{host}:{port} refused the connection") if result.state is TcpState.REFUSED else unopened(result)
    failure: HttpFailure = HttpTimeout(f"{host}:{port} {result.state.value}") if result.state is TcpState.FILTERED else ConnectFailed(f"{host}:{port} {result.state.value}", error.errno)
    failure.__cause__ = error
    return failure


def _request_bytes(method: str, where: Url, content: bytes | str | None, headers: Mapping[str, str] | None, auth: BasicAuth | None) -> bytes:
    fields = {"user-agent": ("User-Agent", USER_AGENT), "accept": ("Accept", "*/*")}
    for name, value in (headers or {}).items():
        fields[name.lower()] = (name, value)
    if auth is not None:
        fields["authorization"] = ("Authorization", auth.header())
    body = content.encode() if isinstance(content, str) else content
    try:
        return serialise(Request(method, where.target, where.authority, tuple(fields.values()), body))
    except UnsafeValue as exc:
        raise BadRequest(str(exc)) from exc


async def _events(ctx: "NetContext", stream: Stream, reader: ResponseReader, limit: float | None, where: Url) -> AsyncGenerator[Event, None]:
    """The reader's events as the connection delivers bytes, until the response ends (an
    end of the connection the server may not have meant is `cut`, never a body's end): the
    whole answer within `limit` of now (per-read timeouts alone would let a server that
    sends a byte now and then hold the request for as long as it likes), and within what
    is left of the run."""
    from wizard.protocols.http import End, HttpError

    loop = asyncio.get_running_loop()
    until = None if limit is None else loop.time() + limit
    while True:
        wait = ctx.bound(None if until is None else until - loop.time())
        cut: str | None = None  # why the connection ended without the server saying so
        try:
            if wait is not None and wait <= 0:
                raise WireError(WireErrorKind.TIMEOUT)
            data = await stream.read(wait)
        except WireError as exc:
            if exc.kind is WireErrorKind.TIMEOUT:
                raise HttpTimeout(f"{where.authority}: no whole answer within the time allowed") from exc
            if exc.kind is not WireErrorKind.CLOSED:
                raise ConnectionLost(f"{where.authority}: {exc}") from exc
            data, cut = b"", exc.detail  # a reset, or TLS ended without close_notify
        try:
            events = reader.receive(data) if data else reader.closed() if cut is None else reader.cut(cut)
        except HttpError as exc:
            raise _refused(exc) from exc
        for event in events:
            yield event
            if isinstance(event, End):
                return


def _refused(exc: HttpError) -> BadResponse:
    from wizard.protocols.http import Problem

    return (BodyTooLarge if exc.problem is Problem.BODY_TOO_LARGE else BadResponse)(exc)


async def _body(events: AsyncIterator[Event], decoder: BodyDecoder) -> AsyncGenerator[bytes, None]:
    """The body's bytes, any gzip or deflate content coding undone (see BodyDecoder)."""
    from wizard.protocols.http import Data, End, HttpError

    async for event in events:
        try:
            data = decoder.feed(event.data) if isinstance(event, Data) else decoder.end() if isinstance(event, End) else b""
        except HttpError as exc:
            raise _refused(exc) from exc
        if data:
            yield data
        if isinstance(event, End):
            return


def request_bytes(ahead: Ahead) -> bytes:
    """The bytes `HttpClient.stream` writes for the request `ahead` describes (never with
    credentials): what a head start sends ahead."""
    return _request_bytes(ahead.method, parse_url(ahead.url), ahead.content, dict(ahead.headers), None)


def make_client(ctx: "NetContext", timeout: float | None, pinned: str | None = None) -> HttpClient:
    return HttpClient(ctx, timeout, pinned)
