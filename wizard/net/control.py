"""Deadlines and cancellation shared by every operation of one run."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable


class Cancelled(Exception):
    """The person pressed Cancel (or the shell shut down)."""


class DeadlineExceeded(Exception):
    """The run's overall deadline passed; callers use whatever came back by then."""


Clock = Callable[[], float]


@dataclass(frozen=True)
class Deadline:
    """A point on a monotonic clock; `seconds=None` means no overall limit. The clock is
    time.monotonic unless the caller hands in another, so that tests move time themselves
    instead of sleeping; steps are timed on the same clock."""

    started: float | None = None  # None: now, on `clock`
    seconds: float | None = None
    clock: Clock = field(default=time.monotonic, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.started is None:
            object.__setattr__(self, "started", self.clock())

    @property
    def start(self) -> float:
        assert self.started is not None  # set in __post_init__
        return self.started

    def now(self) -> float:
        return self.clock()

    def remaining(self) -> float | None:
        if self.seconds is None:
            return None
        return max(0.0, self.start + self.seconds - self.clock())

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def bound(self, timeout: float | None) -> float | None:
        """The shorter of an operation's own timeout and what is left of the run."""
        remaining = self.remaining()
        if remaining is None:
            return timeout
        if timeout is None:
            return remaining
        return min(timeout, remaining)

    def elapsed_ms(self) -> float:
        return (self.clock() - self.start) * 1000


class CancelToken:
    """Set from any thread (the GUI's Cancel button); engines see it at once."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Register `callback`; returns a function that unregisters it."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return lambda: self._remove(callback)
        callback()
        return lambda: None

    def _remove(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
