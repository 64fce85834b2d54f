"""The one way a connection is opened: the run's own resolver, `NetContext.route`, Happy
Eyeballs (RFC 8305) across the addresses, and one time budget that includes the DNS
answer. A `Stream` then reads into a bounded buffer (reading pauses while it is full),
upgrades to TLS on the same connection (implicit TLS, or after STARTTLS) with the run's
trust or a pinned certificate, and refuses to start TLS while unread bytes are waiting,
the transport's own guard against STARTTLS response injection.

A read says the connection ended (b"") only when the peer ended it on purpose: TCP's FIN
in the clear, TLS's close_notify under TLS. A reset, or TCP's FIN under TLS without a
close_notify before it, is a WireError (CLOSED): anyone in the path can forge those, so
an answer that ends there (an HTTP body read to the close) must not be taken as whole."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from wizard.model.fingerprint import fingerprint_sha256
from wizard.net.tls import TlsSession

if TYPE_CHECKING:
    from wizard.net.context import NetContext

ATTEMPT_DELAY = 0.25  # RFC 8305 "Connection Attempt Delay"
BUFFER = 64 * 1024  # bytes held unread before the socket stops being read


class TcpState(StrEnum):
    OPEN = "open"
    REFUSED = "refused"
    FILTERED = "filtered"  # no answer at all within the budget
    RESET = "reset"
    UNREACHABLE = "unreachable"


_TELLING = {TcpState.RESET: 0, TcpState.REFUSED: 1, TcpState.FILTERED: 2, TcpState.UNREACHABLE: 3}


@dataclass(frozen=True)
class TcpResult:
    state: TcpState
    address: str | None  # the address asked for (before routing)
    ms: float
    detail: str = ""
    errno: int | None = None  # the operating system's reason, when it gave one (ENETUNREACH...)


def unopened(result: TcpResult) -> OSError:
    """The OSError for a connection that did not open, keeping the system's errno."""
    text = result.detail or result.state.value
    return OSError(result.errno, text) if result.errno is not None else OSError(text)


class NoAddress(OSError):
    """The name exists in no form we can connect to (no A or AAAA record)."""

    def __init__(self, host: str) -> None:
        super().__init__(f"{host} has no address")
        self.host = host


class WireErrorKind(StrEnum):
    TIMEOUT = "timeout"
    OVERLONG = "overlong"
    CLOSED = "closed"
    TLS = "tls"  # the handshake failed
    VERIFY = "verify"  # the certificate is not trusted by the verifying context
    PIN = "pin"  # the certificate is not the pinned one
    INJECTION = "injection"  # unread bytes when TLS was to start


class WireError(Exception):
    def __init__(self, kind: WireErrorKind, detail: str = "", verify_code: int | None = None) -> None:
        super().__init__(f"{kind.value}: {detail}")
        self.kind = kind
        self.detail = detail
        self.verify_code = verify_code


class _Receiver(asyncio.Protocol):
    """Collects what arrives, up to BUFFER bytes before it pauses the socket, and how the
    connection ended (`clean`: the peer said it is done). Under TLS (`session`) what arrives
    is ciphertext: it goes through the session, and only its plaintext is collected."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.eof = False
        self.clean = False
        self.tls = False  # TLS was asked for: only a close_notify ends the stream cleanly
        self.session: TlsSession | None = None
        self.handshake: asyncio.Future[None] | None = None  # until the session's handshake ends
        self.first: bytes | None = None  # plaintext to send the moment the handshake has ended well
        self.error: BaseException | None = None
        self.transport: asyncio.Transport | None = None
        self._paused = False
        self._waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.session is not None:
            self.session.feed(data)
            self.pump()
            return
        self._collect(data)

    def _collect(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) >= BUFFER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def begin_tls(self, session: TlsSession) -> asyncio.Future[None]:
        """Carry `session` on over this connection: the handshake's end is the future's."""
        self.session = session
        self.handshake = asyncio.get_running_loop().create_future()
        self.pump()
        return self.handshake

    def pump(self) -> None:
        """Move the session along with what was fed in: the handshake, then plaintext into
        the buffer; what the session has to send goes out."""
        session = self.session
        assert session is not None
        try:
            if session.handshake():
                if self.first is not None:  # the certificate believed: out with this very flight's answer
                    first, self.first = self.first, None
                    session.write(first)
                if self.handshake is not None and not self.handshake.done():
                    self.handshake.set_result(None)
                plain = session.read()
            else:
                plain = b""
        except ssl.SSLEOFError as exc:
            self._flush()
            if self.handshake is not None and not self.handshake.done():
                self._broken(exc)
            return  # the end came without a close_notify: eof_received says it was not clean
        except ssl.SSLError as exc:
            self._flush()
            self._broken(exc)
            return
        self._flush()
        if session.ended_cleanly and not self.eof:
            self.eof = self.clean = True
        if plain:
            self._collect(plain)
        else:
            self._wake()

    def _flush(self) -> None:
        session, transport = self.session, self.transport
        if session is None or transport is None:
            return
        out = session.pending()
        if out and not transport.is_closing():
            transport.write(out)

    def _broken(self, exc: BaseException) -> None:
        """The session failed (a bad record, a certificate not believed): nothing more is read."""
        if self.handshake is not None and not self.handshake.done():
            self.handshake.set_exception(exc)
        if self.error is None:
            self.error = exc
        self.eof = True
        if self.transport is not None:
            self.transport.abort()
        self._wake()

    def eof_received(self) -> bool:
        session = self.session
        if session is not None:
            session.feed_eof()
            if not self.eof:
                self.pump()  # a close_notify before the FIN makes it clean; a FIN alone does not
            if self.handshake is not None and not self.handshake.done():
                self.handshake.set_exception(EOFError("the connection ended during the TLS handshake"))
            self.clean = session.ended_cleanly
        else:
            self.clean = not self.tls  # TLS asked for but not begun: nothing under it was confirmed
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        if self.error is None:
            self.error = exc
        if self.handshake is not None and not self.handshake.done():
            self.handshake.set_exception(exc or ConnectionResetError("the connection ended during the TLS handshake"))
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def wait(self) -> None:
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def ending(self) -> str:
        """Why a connection that was not ended cleanly ended, in words for a WireError."""
        if isinstance(self.error, ConnectionResetError):
            return "the connection was reset"
        if self.error is not None:
            return str(self.error) or type(self.error).__name__
        if self.tls:
            return "the connection ended without TLS's close_notify"
        return "the connection ended"

    def take(self, most: int) -> bytes:
        data = bytes(self.buffer[:most])
        del self.buffer[:most]
        if self._paused and len(self.buffer) < BUFFER and self.transport is not None and not self.transport.is_closing():
            self._paused = False
            self.transport.resume_reading()
        return data


class Stream:
    def __init__(self, transport: asyncio.Transport, receiver: _Receiver, address: str) -> None:
        self._transport = transport  # the TCP transport (TLS, when begun, is `_receiver.session`)
        self._receiver = receiver
        self.address = address
        self.tls_version: str | None = None
        self.peer_der: bytes | None = None

    @property
    def local_address(self) -> str:
        sockname = self._transport.get_extra_info("sockname")
        return str(sockname[0]) if sockname else "127.0.0.1"

    def extra(self, name: str) -> object:
        """The connection's extra information ("ssl_object" once TLS is up, "peername", ...)."""
        if name == "ssl_object":
            session = self._receiver.session
            return session.obj if session is not None and session.established else None
        return self._transport.get_extra_info(name)

    async def read(self, timeout: float | None, most: int = BUFFER) -> bytes:
        """What has arrived (at most `most` bytes), waiting up to `timeout`; b"" at an end
        the peer meant, WireError (CLOSED) at one it may not have (see the module's note)."""
        receiver = self._receiver
        try:
            async with asyncio.timeout(timeout):
                while not receiver.buffer and not receiver.eof:
                    await receiver.wait()
        except TimeoutError:
            raise WireError(WireErrorKind.TIMEOUT) from None
        if receiver.buffer:
            return receiver.take(most)
        if isinstance(receiver.error, ssl.SSLError):
            raise WireError(WireErrorKind.TLS, receiver.error.reason or str(receiver.error))
        if not receiver.clean:
            raise WireError(WireErrorKind.CLOSED, receiver.ending())
        return b""

    def write(self, data: bytes) -> None:
        if self._transport.is_closing() or self._receiver.error is not None:
            raise WireError(WireErrorKind.CLOSED, "the connection is closed")
        session = self._receiver.session
        if session is None:
            self._transport.write(data)
            return
        try:
            session.write(data)
        except ssl.SSLError as exc:
            raise WireError(WireErrorKind.TLS, exc.reason or str(exc)) from None
        out = session.pending()
        if out:
            self._transport.write(out)

    async def start_tls(self, context: ssl.SSLContext, server_hostname: str, timeout: float | None, pinned: str | None = None,
                        first: bytes | None = None) -> None:
        """TLS on this connection. `pinned`: the only certificate (SHA-256) accepted, for a
        context that does not verify the chain itself. `first`: see `carry_tls`."""
        if self._receiver.buffer:
            raise WireError(WireErrorKind.INJECTION, f"{len(self._receiver.buffer)} bytes arrived before the TLS handshake")
        if self._receiver.session is not None:
            raise WireError(WireErrorKind.TLS, "TLS is already up")
        hostname = None if _is_ip(server_hostname) else server_hostname
        try:
            session = TlsSession(context, hostname)
        except (ssl.SSLError, ValueError) as exc:
            raise WireError(WireErrorKind.TLS, str(exc)) from None
        await self.carry_tls(session, timeout, pinned, first)

    async def carry_tls(self, session: TlsSession, timeout: float | None, pinned: str | None = None, first: bytes | None = None) -> None:
        """Carry `session` on over this connection (begun by `start_tls`, or by the opening
        with its ClientHello already sent) until its handshake ends; then the pin, if any.
        `first`: plaintext sent the moment the handshake has ended well (its certificate
        believed by the session's context), from the very callback that read the server's
        last handshake bytes rather than once this coroutine is resumed: several connections'
        answers read in one turn of the loop each send theirs at once. Never with a pin,
        which is checked only after the handshake."""
        if first is not None and pinned is not None:
            raise ValueError("nothing goes out ahead of a pinned certificate's check")
        receiver = self._receiver
        receiver.tls = True
        receiver.first = first
        try:
            async with asyncio.timeout(timeout):
                await receiver.begin_tls(session)
        except TimeoutError:
            raise WireError(WireErrorKind.TIMEOUT, "TLS handshake") from None
        except ssl.SSLCertVerificationError as exc:
            raise WireError(WireErrorKind.VERIFY, exc.verify_message or str(exc), exc.verify_code) from None
        except ssl.SSLError as exc:
            raise WireError(WireErrorKind.TLS, exc.reason or str(exc)) from None
        except (ConnectionError, OSError, EOFError) as exc:
            raise WireError(WireErrorKind.TLS, type(exc).__name__) from None
        self.tls_version = session.obj.version()
        self.peer_der = session.obj.getpeercert(binary_form=True)
        if pinned is not None and (not self.peer_der or fingerprint_sha256(self.peer_der) != pinned):
            raise WireError(WireErrorKind.PIN, "the certificate differs from the one accepted")

    async def close(self) -> None:
        """Close without waiting a round trip for the peer: once TLS's close_notify (or TCP's
        FIN) has been handed to the system, the connection is let go, as browsers do. Nothing
        more is read from a stream being closed, so the peer's own close_notify could tell us
        nothing, and waiting for it kept every run one round trip longer. Only while our last
        bytes are still queued does the close get up to 0.5 s to finish."""
        transport = self._transport
        if transport.is_closing():
            return
        session = self._receiver.session
        if session is not None and session.established and self._receiver.error is None:
            session.close()
            out = session.pending()
            if out:
                transport.write(out)
        transport.close()
        if transport.get_write_buffer_size() == 0:
            transport.abort()  # close_notify is already with the system: nothing is lost
        try:
            async with asyncio.timeout(0.5):
                while not self._receiver.eof:
                    await self._receiver.wait()
        except (TimeoutError, Exception):  # closing a broken connection may fail
            transport.abort()


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def happy_eyeballs_order(addresses: tuple[str, ...]) -> tuple[str, ...]:
    """RFC 8305 § 4: alternate the families, starting with the family of the first address."""
    six = [a for a in addresses if ":" in a]
    four = [a for a in addresses if ":" not in a]
    first, second = (six, four) if addresses and ":" in addresses[0] else (four, six)
    out: list[str] = []
    for i in range(max(len(first), len(second))):
        out += first[i : i + 1] + second[i : i + 1]
    return tuple(out)


def _failed(address: str, started: float, exc: BaseException) -> TcpResult:
    ms = (time.monotonic() - started) * 1000
    if isinstance(exc, ConnectionRefusedError):
        return TcpResult(TcpState.REFUSED, address, ms)
    if isinstance(exc, ConnectionResetError):
        return TcpResult(TcpState.RESET, address, ms)
    if isinstance(exc, OSError):
        # ENETUNREACH, EHOSTUNREACH (ICMP), EADDRNOTAVAIL and the like: no way there
        return TcpResult(TcpState.UNREACHABLE, address, ms, exc.strerror or type(exc).__name__, exc.errno)
    return TcpResult(TcpState.UNREACHABLE, address, ms, type(exc).__name__)


async def _attempt(ctx: "NetContext", host: str, address: str, port: int) -> Stream:
    target, target_port = ctx.route(host, address, port)
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in target else socket.AF_INET
    transport, receiver = await loop.create_connection(_Receiver, target, target_port, family=family)
    assert isinstance(transport, asyncio.Transport)
    return Stream(transport, receiver, address)


async def adopt(sock: socket.socket, address: str) -> Stream:
    """A Stream over a connection opened before the event loop existed (wizard.net.opening)."""
    transport, receiver = await asyncio.get_running_loop().create_connection(_Receiver, sock=sock)
    assert isinstance(transport, asyncio.Transport)
    return Stream(transport, receiver, address)


async def race(ctx: "NetContext", host: str, addresses: tuple[str, ...], port: int, until: float | None) -> tuple[TcpResult, Stream | None]:
    """Connect to the first of `addresses` that answers, starting one attempt every
    ATTEMPT_DELAY (or as soon as the one before failed), all before the monotonic time
    `until`. When none opens, the most telling failure seen (refused beats filtered)."""
    started = time.monotonic()
    order = happy_eyeballs_order(addresses)
    if not order:
        return TcpResult(TcpState.UNREACHABLE, None, 0.0, "no address"), None
    running: dict[asyncio.Task[Stream], tuple[str, float]] = {}
    results: list[TcpResult] = []
    waiting = list(order)
    winner: Stream | None = None
    try:
        while winner is None:
            if waiting:
                address = waiting.pop(0)
                running[asyncio.ensure_future(_attempt(ctx, host, address, port))] = (address, time.monotonic())
            if not running:
                break
            left = None if until is None else until - time.monotonic()
            if left is not None and left <= 0:
                break
            pause = left if not waiting else ATTEMPT_DELAY if left is None else min(ATTEMPT_DELAY, left)
            done, _ = await asyncio.wait(running, timeout=pause, return_when=asyncio.FIRST_COMPLETED)
            if not done and not waiting:
                break  # the budget is spent
            for task in done:
                address, t0 = running.pop(task)
                error = task.exception()
                if error is not None:
                    results.append(_failed(address, t0, error))
                elif winner is None:
                    winner = task.result()
                else:
                    await task.result().close()
    finally:
        for task, (address, t0) in running.items():
            task.cancel()
            results.append(TcpResult(TcpState.FILTERED, address, (time.monotonic() - t0) * 1000))
        for task in running:
            try:
                stream = await task
            except BaseException:  # noqa: BLE001 - the cancelled losers
                continue
            await stream.close()
    if winner is not None:
        return TcpResult(TcpState.OPEN, winner.address, (time.monotonic() - started) * 1000), winner
    for address in waiting:
        results.append(TcpResult(TcpState.FILTERED, address, 0.0))
    return min(results, key=lambda r: _TELLING[r.state]), None
