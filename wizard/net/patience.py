"""How long to wait for a silent host, from evidence: once a sibling (another host or port
of the same run) has answered a connection in `t`, a host that still answers nothing is
given `floor + factor × t` and then called filtered. Providers and access networks that
close a port drop the packets instead of refusing them, so waiting a full connect timeout
for such a port costs the person seconds and tells nothing more.

The floor covers one retransmitted SYN (Linux and Windows retry after 1 s); `alone`, when
set, bounds the silence while nothing has answered yet, counted from the run's start (when
the Patience was made), not from each connection's: a run whose every host is silent says
"no answer" `alone` seconds after it began, however late its last sources started (guessing
waits for the documents first). A connection started late still gets `alone_floor` of its own.
Either way never past the deadline."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable

from wizard.net.transport import Stream, TcpResult, TcpState

FLOOR = 1.0  # seconds: one SYN retransmission
FACTOR = 3.0
# seconds a connection started late in a silent run still waits: one SYN retransmission and
# a 200 ms round trip after it (it applies only while no host of the run has answered at all;
# once one has, every silent one is judged by that one's pace instead)
ALONE_FLOOR = 1.2


@dataclass(frozen=True)
class Silence:
    """Why a connection was given up early: a sibling answered in `sibling_ms`, this one
    said nothing for `waited_ms`."""

    sibling: str
    sibling_ms: float
    waited_ms: float


@dataclass
class Patience:
    floor: float = FLOOR
    factor: float = FACTOR
    alone: float | None = None
    alone_floor: float = ALONE_FLOOR
    began: float = field(default_factory=time.monotonic)  # the run's start: `alone` counts from here
    _first: tuple[str, float] | None = field(default=None, init=False)  # (who, seconds)
    _answered: asyncio.Event | None = field(default=None, init=False, repr=False)

    def _event(self) -> asyncio.Event:
        if self._answered is None:
            self._answered = asyncio.Event()
            if self._first is not None:
                self._answered.set()
        return self._answered

    @property
    def evidence(self) -> tuple[str, float] | None:
        """(who answered first, its connect seconds) or None."""
        return self._first

    def answered(self, who: str, seconds: float) -> None:
        """A connection opened in `seconds`: the pace of this run is known."""
        if self._first is None:
            self._first = (who, seconds)
            self._event().set()

    def allowance(self) -> float | None:
        """Seconds a silent connection gets once a sibling answered (None: not yet)."""
        if self._first is None:
            return None
        return self.floor + self.factor * self._first[1]

    def alone_until(self, started: float) -> float:
        """When a connection begun at `started` is given up while nothing has answered: `alone`
        after the run began, but never sooner than `alone_floor` after its own start."""
        assert self.alone is not None
        return max(self.began + self.alone, started + self.alone_floor)

    async def connect(self, who: str, attempt: Awaitable[tuple[TcpResult, Stream | None]]) -> tuple[TcpResult, Stream | None, Silence | None]:
        """Await `attempt` (a bounded connect); give it up as filtered once a sibling
        answered and this one stayed silent for the allowance (or, while nothing answered,
        until `alone_until`). Its own open is recorded as evidence for the others."""
        started = time.monotonic()
        task: "asyncio.Future[tuple[TcpResult, Stream | None]]" = asyncio.ensure_future(attempt)
        event = self._event()
        try:
            while not task.done():
                allowance = self.allowance()
                if allowance is not None:
                    done, _ = await asyncio.wait({task}, timeout=max(0.0, started + allowance - time.monotonic()))
                    if not done:
                        return await self._give_up(task, started)
                    break
                # nothing has answered yet: wait for this attempt, a sibling's answer or `alone`
                waiter = asyncio.ensure_future(event.wait())
                limit = None if self.alone is None else max(0.0, self.alone_until(started) - time.monotonic())
                try:
                    both: list[asyncio.Future[Any]] = [task, waiter]
                    await asyncio.wait(both, timeout=limit, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    waiter.cancel()
                if not task.done() and not event.is_set():
                    return await self._give_up(task, started)  # alone for too long
        except asyncio.CancelledError:
            task.cancel()
            raise
        result, stream = task.result()
        if result.state is TcpState.OPEN:
            self.answered(who, result.ms / 1000)
        return result, stream, None

    async def _give_up(self, task: "asyncio.Future[tuple[TcpResult, Stream | None]]", started: float) -> tuple[TcpResult, None, Silence]:
        task.cancel()
        try:
            _, stream = await task
        except BaseException:  # noqa: BLE001 - the cancelled attempt
            stream = None
        if stream is not None:
            await stream.close()
        waited = (time.monotonic() - started) * 1000
        who, seconds = self._first if self._first is not None else ("", 0.0)
        return TcpResult(TcpState.FILTERED, None, waited, "silent while a sibling answered" if who else "silent"), None, Silence(who, seconds * 1000, waited)
