"""The window ended from outside as its own quitting ends it: SIGTERM (`kill`, a session
ending, a test harness), SIGHUP (its terminal closed) and SIGINT (Ctrl+C in that terminal)
end Qt's event loop, so what follows it runs as after the person closed the window (the
demo's servers stopped, its temporary folder removed).

Python runs a signal's handler only once the interpreter runs again, which Qt waiting for
events never does by itself: the signal's number is also written to a pipe Qt watches
(signal.set_wakeup_fd), and reading it is Python code, so the handler runs at once."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


@contextmanager
def quit_on_stop_signals(app: Any) -> Iterator[None]:
    """While the block runs, a stop signal ends `app`'s event loop with code 0 (one that comes
    before the loop runs ends it as soon as it starts). The handlers and wakeup descriptor
    that were there before come back after."""
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield  # no one sends these there; only the main thread may set handlers
        return
    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)

    def drain() -> None:
        try:
            while os.read(reader, 256):
                pass
        except BlockingIOError:
            pass

    def stop(signum: int, frame: FrameType | None) -> None:
        QTimer.singleShot(0, lambda: app.exit(0))  # queued: also ends a loop not yet started

    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)
    notifier.activated.connect(drain)
    woken_before = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    before = {number: signal.signal(number, stop) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():  # None: one not set from Python; the default
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.set_wakeup_fd(woken_before)
        notifier.setEnabled(False)
        os.close(reader)
        os.close(writer)
