"""NetContext: resolver, trust, timeouts, deadline, progress sink and cancellation of one run."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import threading
import time
from concurrent.futures import Future
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, AsyncIterator, Awaitable, Callable, TypeVar

from wizard.i18n import Text
from wizard.model.events import Step, StepStatus
from wizard.net.control import CancelToken, Cancelled, Deadline, DeadlineExceeded
from wizard.net.dns import DnsAnswer, DnsServer, Resolver, make_resolver, query, system_trusts_ad
from wizard.net.http import HttpClient, make_client
from wizard.net.transport import NoAddress, Stream, TcpResult, race
from wizard.net.trust import SealedContext, Trust, shared_context
from wizard.protocols.dns import AAAA, A

if TYPE_CHECKING:
    from wizard.net.head import HeadStart
    from wizard.net.patience import Patience  # made by the engines that judge silence; not needed to begin

T_ = TypeVar("T_")
EventSink = Callable[[Step], None]

@dataclass(frozen=True)
class Timeouts:
    """Per-operation limits in seconds (Thunderbird uses 5 s for HTTP, 10 s for the ISPDB)."""

    dns: float = 3.0
    connect: float = 5.0
    read: float = 10.0
    http: float = 5.0
    ispdb: float = 10.0


@dataclass(frozen=True)
class Endpoints:
    """Every internet default in one place, so tests and the demo point them at their own hosts."""

    ispdb_url: str = "https://live.thunderbird.net/autoconfig/v1.1/"


def _discard(step: Step) -> None:
    pass


class _TlsContexts:
    """One run's verifying TLS contexts, each taken once from the process's (see
    `wizard.net.trust.shared_context`: built once per process and trust, in a thread when
    asked early, sealed against change) and shared by every copy of the run's NetContext."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: dict[tuple[bool, tuple[object, ...], bool], Future[SealedContext]] = {}

    def get(self, trust: Trust, check_hostname: bool, *, background: bool) -> "Future[SealedContext]":
        key = (trust.use_system, tuple(trust.ca_files), check_hostname)  # pins do not change a verifying context
        with self._lock:
            future = self._built.get(key)
        if future is None:
            future = shared_context(trust, check_hostname, background=background)
            with self._lock:
                future = self._built.setdefault(key, future)
        return future


@dataclass
class NetContext:
    trust: Trust = field(default_factory=Trust)
    dns_server: DnsServer | None = None
    # Believe the resolver's DNSSEC AD bit? None: only when the system resolver is used and
    # resolv.conf says `options trust-ad`; never for a --dns address unless said explicitly.
    dns_validates: bool | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)
    deadline: Deadline = field(default_factory=Deadline)
    endpoints: Endpoints = field(default_factory=Endpoints)
    sink: EventSink = _discard
    cancel: CancelToken = field(default_factory=CancelToken)
    # What answers take in this run (shared by its copies): a host silent while a sibling
    # answered is given up early. None: every connection waits its full timeout.
    patience: Patience | None = None
    _resolver: Resolver | None = field(default=None, repr=False)
    _tls: _TlsContexts = field(default_factory=_TlsContexts, repr=False, compare=False)
    _system_trusts_ad: bool | None = field(default=None, repr=False)
    # A command's head start (wizard.net.head): the connections of the run's first requests,
    # opened while the engine was being imported; its HTTP clients take them, once.
    head_start: HeadStart | None = field(default=None, repr=False, compare=False)

    # -- progress -------------------------------------------------------------------
    def emit(self, step: Step) -> None:
        if step.elapsed_ms is None:
            step = replace(step, elapsed_ms=self.deadline.elapsed_ms())
        self.sink(step)

    @asynccontextmanager
    async def step(self, source: str, target: str) -> AsyncIterator["StepRecorder"]:
        """Emit `started`, then one final status with milliseconds, whatever happens inside."""
        recorder = StepRecorder(self, source, target)
        self.emit(Step(source, target, StepStatus.STARTED))
        try:
            yield recorder
        except (asyncio.CancelledError, Cancelled):
            recorder.finish(StepStatus.CANCELLED if self.cancel.cancelled else StepStatus.TIMEOUT)
            raise
        except (TimeoutError, asyncio.TimeoutError):
            recorder.finish(StepStatus.TIMEOUT)
            raise
        except BaseException:
            recorder.finish(StepStatus.ERROR)
            raise
        else:
            recorder.finish(StepStatus.OK)

    # -- limits ---------------------------------------------------------------------
    def bound(self, timeout: float | None) -> float | None:
        return self.deadline.bound(timeout)

    async def run(self, work: Awaitable[T_]) -> T_:
        """Await `work` under the overall deadline and the cancel token."""
        self.cancel.raise_if_cancelled()
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(work)

        def cancel_task() -> None:
            loop.call_soon_threadsafe(task.cancel)

        unregister = self.cancel.on_cancel(cancel_task)
        try:
            async with asyncio.timeout(self.deadline.remaining()):
                return await task
        except TimeoutError:
            raise DeadlineExceeded() from None
        except asyncio.CancelledError:
            if self.cancel.cancelled:
                raise Cancelled() from None
            raise
        finally:
            unregister()

    # -- DNS ------------------------------------------------------------------------
    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            self._resolver = make_resolver(self.dns_server, self.timeouts.dns)
        return self._resolver

    @property
    def trusts_ad(self) -> bool:
        if self.dns_validates is not None:
            return self.dns_validates
        if self.dns_server is not None:
            return False
        if self._system_trusts_ad is None:
            self._system_trusts_ad = system_trusts_ad()
        return self._system_trusts_ad

    async def resolve(self, name: str, rdtype: str) -> DnsAnswer:
        return await query(self.resolver, name, rdtype, self.bound(self.timeouts.dns), trust_ad=self.trusts_ad)

    async def addresses(self, host: str) -> tuple[str, ...]:
        """IP addresses of `host` (A then AAAA) through our resolver; literals pass through."""
        try:
            return (str(ipaddress.ip_address(host.strip("[]"))),)
        except ValueError:
            pass
        answers = await asyncio.gather(self.resolve(host, "A"), self.resolve(host, "AAAA"), return_exceptions=True)
        found = tuple(r.address for a in answers if isinstance(a, DnsAnswer) for r in a.records if isinstance(r, (A, AAAA)))
        if not found:
            errors = [a for a in answers if isinstance(a, BaseException)]
            if errors:
                raise errors[0]
        return found

    # -- TLS and TCP ----------------------------------------------------------------
    def prepare_tls(self, *, check_hostname: bool = True) -> None:
        """Start building the run's verifying context now, in a thread, so that it is ready
        by the first handshake (a run calls this as it starts)."""
        self._tls.get(self.trust, check_hostname, background=True)

    def ssl_context(self, *, check_hostname: bool = True) -> ssl.SSLContext:
        """The run's verifying context, shared and sealed against change (see `Trust.sealed_context`)."""
        return self._tls.get(self.trust, check_hostname, background=False).result()

    async def tls_context(self, *, check_hostname: bool = True) -> ssl.SSLContext:
        """`ssl_context`, waiting for a build under way without holding up the event loop."""
        future = self._tls.get(self.trust, check_hostname, background=True)
        if not future.done():
            await asyncio.wrap_future(future)
        return future.result()

    def route(self, host: str, address: str, port: int) -> tuple[str, int]:
        """Where a connection meant for `host`:`port` at `address` really goes.

        The identity here. Every connection asks this one place (the transport's connect,
        which mail conversations and HTTP both use), so a context that must bend the network, such as the
        unprivileged demo provider on high ports, overrides only this."""
        return address, port

    async def connect(
        self, host: str, port: int, *, timeout: float | None = None, addresses: tuple[str, ...] | None = None
    ) -> tuple[TcpResult, Stream | None]:
        """TCP to `host`:`port` (through `route`, Happy Eyeballs across its addresses) within
        one budget that includes the DNS answer unless `addresses` are given. Raises
        NoAddress when the name has none, the resolver's error when it does not answer.
        With `patience`, a silent host is given up early once another has answered."""
        limit = self.bound(timeout if timeout is not None else self.timeouts.connect)
        until = None if limit is None else time.monotonic() + limit
        if addresses is None:
            async with asyncio.timeout(limit):
                addresses = await self.addresses(host)
            if not addresses:
                raise NoAddress(host)
        if self.patience is None:
            return await race(self, host, addresses, port, until)
        result, stream, _ = await self.patience.connect(f"{host}:{port}", race(self, host, addresses, port, until))
        return result, stream

    # -- HTTP -----------------------------------------------------------------------
    def http_client(self, timeout: float | None = None, *, pinned: str | None = None) -> HttpClient:
        """No redirects followed automatically (each hop is judged), no proxy from the
        environment, our own trust and our own resolver (via the transport). `pinned`: a
        certificate the person accepted (SHA-256): the only one any connection may show,
        compared before a request is sent; no authority's word counts then."""
        limit = self.bound(timeout if timeout is not None else self.timeouts.http)
        return make_client(self, limit, pinned)


class StepRecorder:
    """Lets the code inside `NetContext.step` set the final status and detail."""

    def __init__(self, ctx: NetContext, source: str, target: str) -> None:
        self.ctx, self.source, self.target = ctx, source, target
        self.started = ctx.deadline.now()
        self.status: StepStatus | None = None
        self.detail: Text | None = None

    def set(self, status: StepStatus, detail: Text | None = None) -> None:
        self.status, self.detail = status, detail

    def finish(self, default: StepStatus) -> None:
        ms = (self.ctx.deadline.now() - self.started) * 1000
        status = self.status if self.status is not None and default is StepStatus.OK else default
        self.ctx.emit(Step(self.source, self.target, status, ms, self.detail))
