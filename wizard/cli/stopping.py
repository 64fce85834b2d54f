"""Ended from outside as by Ctrl+C: while a command serves until Ctrl+C, SIGTERM (`kill`, a
service manager, a test harness) and SIGHUP (its terminal closed) raise KeyboardInterrupt as
SIGINT does, so the same cleanup runs and the same words (if any) are said. The handlers that
were there before come back when the block ends."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Those a platform has (Windows has no SIGHUP).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def stopped_as_by_ctrl_c() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield
        return
    before = {number: signal.signal(number, _interrupt) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():  # None: one not set from Python; the default
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
