"""A command's head start: the connections its engine is bound to open first, opened (DNS,
TCP, TLS verified as always) while the program is still importing the engine, and the
requests it is bound to send first already written. A command's start costs a hundred-odd
milliseconds of imports and the provider is two round trips away; without a head start the
person waits for both, one after the other.

The engine then runs on the head start's own event loop (a connection belongs to the loop
that opened it) and its HTTP client takes a warmed connection once: one with its request
written only for exactly those bytes to that host and port, a bare one for any request to
its host and port; never for a client with a pinned certificate (the warm-ups use the run's
own verifying context). The answer is read by the client's usual code, with its usual caps
and deadline. A warm-up whose TCP connection has not opened by the time the request is made
is waited for as the client's own connect would be, under the run's patience (a provider
further away than the program's start-up keeps its head start); given up as silent, its
result is the request's, with no second wait. A warm-up that failed is given up and the
request takes the normal path, where any failure is met and reported as usual. Whatever
the run did not take is closed when it ends.

What may be warmed is the caller's decision (`wizard.discovery.first`): only connections
the engine opens in any case, and only requests it sends in any case, never with
credentials (`wizard.net.ahead`: the client's own bytes for a request described without
any)."""

from __future__ import annotations

import asyncio
import functools
import selectors
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Coroutine, TypeVar

from wizard.net.transport import Stream, TcpResult, TcpState

if TYPE_CHECKING:
    from wizard.net.ahead import Ahead
    from wizard.net.context import NetContext
    from wizard.net.http import Url
    from wizard.net.opening import Opening
    from wizard.net.patience import Patience

R = TypeVar("R")
# While the command's main thread is still importing, the head start's loop needs the
# interpreter for a moment each time a packet arrives (the DNS answer, the connection open, the
# server's TLS flight). A thread waiting for the interpreter gets it only when the running one
# is made to give it up, by default every 5 ms: a few such waits before the first request goes
# out cost more than all the loop's own work. Until the run ends the interpreter changes hands
# at least this often (0.1 ms rather than 0.5 put the first ClientHello 5 ms earlier): before
# the hand-over the main thread imports the engine, after it the run's warm-up thread parses
# the Public Suffix List while the servers' TLS flights arrive.
HEAD_START_SWITCH_INTERVAL = 0.0001
# Sharing the interpreter still halves the loop's pace while the main thread imports: the
# few milliseconds of work between two waits for the network (start the loop and send the
# DNS questions; open the connections and write the ClientHellos once the answers are in)
# took 13 ms instead of 6. So between its imports the main thread gives way (`give_way`):
# it waits while the loop has work, until the loop waits for the network again. At most
# this long in all, whatever the loop does: a loop that never rests costs the start-up no
# more than this.
GIVE_WAY_BUDGET = 0.030
Key = tuple[str, str, int, bytes | None]  # scheme, host, port, the request written (None: none yet)


@dataclass
class _Warm:
    """One warm-up: `opened` once its TCP connection is open, `tcp` resolved then (or with
    the warm-up's failure, if it ends first)."""

    key: Key
    task: "asyncio.Task[tuple[TcpResult, Stream]] | None" = None
    opened: TcpResult | None = None
    tcp: "asyncio.Future[TcpResult | None] | None" = None  # None: it ended without opening


def _key(where: Url, data: bytes | None) -> Key:
    return (where.scheme, where.host, where.port, data)


@dataclass
class HeadStart:
    """Owns an event loop in a thread of its own from `begin` until `run` (or `close`) ends."""

    _loop: asyncio.AbstractEventLoop | None = None
    _ready: threading.Event = field(default_factory=threading.Event)
    _inbox: "asyncio.Future[Coroutine[Any, Any, Any] | None] | None" = None
    _outcome: "Future[Any]" = field(default_factory=Future)
    _warm: dict[Key, list[_Warm]] = field(default_factory=dict)
    _main: "asyncio.Task[Any] | None" = None
    _thread: threading.Thread | None = None
    _settled: threading.Event = field(default_factory=threading.Event)
    _switch: float | None = None  # the interpreter's switch interval before `begin`, until restored
    _way: "_GiveWay | None" = None  # until the run is handed over (None where the loop is not ours to watch)
    _opening: "Opening | None" = None  # the connections begun before the loop, until the run ends
    taken: int = 0  # warmed connections the run used
    written: int = 0  # requests written ahead

    @classmethod
    def begin(cls, ctx: NetContext, requests: tuple[Ahead, ...] = (), connections: tuple[str, ...] = (), opening: Opening | None = None) -> "HeadStart":
        """Start, through `ctx`: for each of `requests` a connection with the request
        written, for each of `connections` (URLs; one connection each) a bare connection to
        its host and port; and make `ctx`'s HTTP clients take them. The connections
        `opening` began already (wizard.net.opening) are carried on rather than opened
        again: only for a context that connects where names point (`NetContext.route`
        unchanged), as the opening did."""
        from wizard.net.context import NetContext

        head = cls()
        ctx.head_start = head
        if opening is not None and type(ctx).route is not NetContext.route:
            opening.close()
            opening = None
        head._opening = opening
        head._switch = opening.hand_over_switch() if opening is not None else sys.getswitchinterval()
        sys.setswitchinterval(min(head._switch, HEAD_START_SWITCH_INTERVAL))
        # Windows keeps its own loop; after an opening the first moves are on the wire already,
        # and the command's imports, not the loop's carrying them on, are what the run waits for
        head._way = _GiveWay(GIVE_WAY_BUDGET) if sys.platform != "win32" and opening is None else None
        head._thread = threading.Thread(target=head._serve, args=(ctx, requests, connections), name="head-start", daemon=True)
        head._thread.start()
        return head

    # -- the loop's thread ------------------------------------------------------------
    def _serve(self, ctx: NetContext, requests: tuple[Ahead, ...], connections: tuple[str, ...]) -> None:
        way = self._way
        try:
            factory = way.loop if way is not None else None
            with asyncio.Runner(loop_factory=factory) as runner:
                self._outcome.set_result(runner.run(self._serve_async(ctx, requests, connections)))
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits in `run`
            self._outcome.set_exception(exc)
        finally:
            if way is not None:
                way.ended()
            self._ready.set()

    async def _serve_async(self, ctx: NetContext, requests: tuple[Ahead, ...], connections: tuple[str, ...]) -> Any:
        from wizard.net.ahead import Ahead
        from wizard.net.http import parse_url, request_bytes

        self._loop = asyncio.get_running_loop()
        self._main = asyncio.current_task()
        self._inbox = self._loop.create_future()
        moves = [(r, True) for r in requests] + [(Ahead(u), False) for u in connections]
        for move, ahead in moves:
            try:
                where = parse_url(move.url)
                data = request_bytes(move) if ahead else None
            except Exception:  # noqa: BLE001 - a request the client cannot make is not warmed; the run says why
                continue
            if ahead and _key(where, data) in self._warm:
                continue  # a request is written once
            warm = _Warm(_key(where, data), tcp=self._loop.create_future())
            warm.task = asyncio.ensure_future(self._open(ctx, where, data, warm))
            warm.task.add_done_callback(functools.partial(_settle_tcp, warm))
            self._warm.setdefault(warm.key, []).append(warm)
        tasks = [w.task for warms in self._warm.values() for w in warms if w.task is not None]
        settling = asyncio.gather(*tasks, return_exceptions=True)
        settling.add_done_callback(lambda _: self._settled.set())
        self._ready.set()
        try:
            work = await self._inbox
            return None if work is None else await work
        finally:
            await self._discard()

    async def _open(self, ctx: NetContext, where: Url, data: bytes | None, warm: _Warm) -> tuple[TcpResult, Stream]:
        """What the client's own connect does for a request to `where` (the same limit: the
        run's http timeout within its deadline), then `data` written."""
        limit = ctx.bound(ctx.timeouts.http)

        def tcp_open(result: TcpResult) -> None:
            warm.opened = result
            if warm.tcp is not None and not warm.tcp.done():
                warm.tcp.set_result(result)

        early = self._opening.take(where.host, where.port) if self._opening is not None else None
        # over https the request goes with the handshake's end, in the callback that read it
        with_handshake = data if where.tls else None
        stream = await ctx.http_client(limit)._open(where, limit, tcp_open, early, with_handshake)
        assert warm.opened is not None
        if data is not None:
            if with_handshake is None:
                try:
                    stream.write(data)
                except BaseException:
                    await stream.close()
                    raise
            self.written += 1
        return warm.opened, stream

    async def _discard(self) -> None:
        """Close every warmed connection the run did not take (and the opening's)."""
        if self._opening is not None:
            self._opening.close()
        left = [w for warms in self._warm.values() for w in warms]
        self._warm.clear()
        for warm in left:
            if warm.task is not None:
                warm.task.cancel()
        for warm in left:
            await _close(warm)

    # -- the engine's side (on the loop) -----------------------------------------------
    async def take(self, where: Url, data: bytes, patience: Patience | None) -> tuple[Stream, bool] | TcpResult | None:
        """A warmed connection for this request, and whether the request is written on it
        already; None when there is none (or it failed): then the caller connects as usual.
        One still waiting for TCP is waited for as the caller's own connect would be, under
        the run's patience; given up as silent, its TcpResult (filtered) is what the caller
        reports, as of its own connect. Each is handed out once."""
        try:
            if asyncio.get_running_loop() is not self._loop:
                return None
        except RuntimeError:
            return None
        for written in (True, False):
            warms = self._warm.get(_key(where, data if written else None))
            if not warms:
                continue
            warm = warms.pop(0)
            stream = await self._ready_stream(warm, patience)
            if isinstance(stream, TcpResult):
                return stream
            if stream is not None:
                self.taken += 1
                return stream, written
        return None

    async def _ready_stream(self, warm: _Warm, patience: Patience | None) -> Stream | TcpResult | None:
        task = warm.task
        if task is None:
            return None
        if not task.done() and warm.opened is None:
            if patience is None or warm.tcp is None:
                task.cancel()  # no pace to judge its silence by: the normal connect takes over
                await _close(warm)
                return None
            silent = await self._wait_for_tcp(warm, patience)
            if silent is not None:
                return silent
        try:
            result, stream = await asyncio.shield(task)
        except asyncio.CancelledError:
            task.cancel()
            raise
        except Exception:  # noqa: BLE001 - the normal path meets the same failure and says it as usual
            return None
        if result.state is TcpState.OPEN and patience is not None:
            patience.answered(f"{warm.key[1]}:{warm.key[2]}", result.ms / 1000)
        return stream

    async def _wait_for_tcp(self, warm: _Warm, patience: Patience) -> TcpResult | None:
        """Wait for the warm-up's TCP connection as `NetContext.connect` waits for its own:
        given up once a sibling answered and it stayed silent for the allowance (or alone for
        too long); then its TcpResult. None once it opened, or failed otherwise (its task says)."""
        assert warm.task is not None and warm.tcp is not None
        tcp = warm.tcp

        async def opened() -> tuple[TcpResult, None]:
            result = await asyncio.shield(tcp)
            if result is None:  # it failed before it opened (its task holds why): no evidence
                raise _Ended
            return result, None

        try:
            result, _, silence = await patience.connect(f"{warm.key[1]}:{warm.key[2]}", opened())
        except asyncio.CancelledError:
            warm.task.cancel()
            raise
        except _Ended:
            return None
        if silence is None:
            return None
        warm.task.cancel()
        await _close(warm)
        return result

    # -- the command's side ------------------------------------------------------------
    def wait(self, timeout: float | None = None) -> bool:
        """Until every warm-up is ready or has failed (for tests, and for work that should
        not compete with them: the engine itself never waits, it takes what is ready when
        it asks)."""
        return self._settled.wait(timeout)

    def run(self, work: Coroutine[Any, Any, R]) -> R:
        """Run `work` on the head start's loop and return its result (as `asyncio.run`
        would); the warm-ups it did not take are closed before it returns. Once only."""
        self._ready.wait()
        self._stop_giving_way()
        loop, inbox = self._loop, self._inbox
        if loop is None or inbox is None or self._outcome.done():
            work.close()
            self._outcome.result()  # the loop could not start: its error
            raise RuntimeError("the head start has ended")
        loop.call_soon_threadsafe(inbox.set_result, work)
        try:
            result: R = self._outcome.result()
        except KeyboardInterrupt:
            if self._main is not None:
                loop.call_soon_threadsafe(self._main.cancel)
            raise
        finally:
            if self._thread is not None:
                self._thread.join(5)
            self._restore_switch()
        return result

    def close(self) -> None:
        """End without a run (or after it): whatever was warmed is closed. Idempotent."""
        self._restore_switch()
        self._stop_giving_way()
        self._ready.wait()
        loop, inbox = self._loop, self._inbox
        if loop is not None and inbox is not None and not self._outcome.done():
            loop.call_soon_threadsafe(_settle, inbox)
        if self._thread is not None:
            self._thread.join(5)
        if self._opening is not None:
            self._opening.close()  # the loop never ran to close it

    def give_way(self) -> None:
        """For the thread that began it, between its imports until the run is handed over:
        wait while the loop has work, until it waits for the network again (within
        GIVE_WAY_BUDGET for the whole head start). Anywhere else, and later, nothing."""
        way = self._way
        if way is not None:
            way.give_way()

    def _stop_giving_way(self) -> None:
        self._way = None

    def _restore_switch(self) -> None:
        switch, self._switch = self._switch, None
        if switch is not None:
            sys.setswitchinterval(switch)


class _WaitingSelector(selectors.DefaultSelector):
    """The loop's selector, `resting` set while it waits for the network (a look with work
    already waiting, a zero timeout, is not a rest)."""

    def __init__(self, resting: threading.Event) -> None:
        super().__init__()
        self.resting = resting

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        if timeout is not None and timeout <= 0:
            return super().select(timeout)
        self.resting.set()
        try:
            return super().select(timeout)
        finally:
            self.resting.clear()


class _GiveWay:
    """What `HeadStart.give_way` waits on: the loop resting, for the thread that began the
    head start, within `budget` seconds in all."""

    def __init__(self, budget: float) -> None:
        self.resting = threading.Event()
        self.left = budget
        self.owner = threading.get_ident()
        self._over = False

    def loop(self) -> asyncio.AbstractEventLoop:
        """The head start's event loop, on a selector that tells when it rests."""
        return asyncio.SelectorEventLoop(_WaitingSelector(self.resting))

    def give_way(self) -> None:
        if self._over or self.left <= 0 or threading.get_ident() != self.owner or self.resting.is_set():
            return
        begun = time.monotonic()
        self.resting.wait(self.left)
        self.left -= time.monotonic() - begun

    def ended(self) -> None:
        """The loop is gone (or never started): nobody waits for it to rest."""
        self._over = True
        self.resting.set()


async def _close(warm: _Warm) -> None:
    if warm.task is None:
        return
    try:
        _, stream = await warm.task
    except BaseException:  # noqa: BLE001 - cancelled or failed: nothing open
        return
    await stream.close()


class _Ended(Exception):
    """A warm-up ended before its TCP connection opened."""


def _settle_tcp(warm: _Warm, task: "asyncio.Task[tuple[TcpResult, Stream]]") -> None:
    """A warm-up that ended before its TCP connection opened hands its end to those waiting."""
    tcp = warm.tcp
    if tcp is None or tcp.done():
        return
    if task.cancelled():
        tcp.cancel()
    else:
        tcp.set_result(None if task.exception() is not None else task.result()[0])  # the task keeps its error


def _settle(inbox: "asyncio.Future[Coroutine[Any, Any, Any] | None]") -> None:
    """No work for the loop (any more): it closes what it warmed and ends."""
    if not inbox.done():
        inbox.set_result(None)
