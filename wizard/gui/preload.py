"""Modules imported in a thread while the window shows its first page, so that neither the
pages built later nor the first run stalls the UI thread on an import. Importing is only a
head start: whoever needs a module first imports it itself (waiting for the thread if it is
half-way through that one, as Python's import lock does).

The thread must be done before the interpreter finishes: a daemon thread still importing (in
Qt's C++ code, through shiboken) when Python shuts down is torn out of it, and glibc aborts
the whole process ("FATAL: exception not rethrown"). `stop()` lets it finish the module it
is in and start no other."""

from __future__ import annotations

import threading


class Preloader:
    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self._done: set[str] = set()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="mailsetup-preload", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        import importlib

        for name in self.names:
            if self._stopping.is_set():
                return
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - only a head start: the one who needs it imports it itself
                pass
            with self._lock:
                self._done.add(name)

    def stop(self, timeout: float = 10.0) -> None:
        """No more imports; waits for the one under way."""
        self._stopping.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def loaded(self, name: str) -> bool:
        """Whether the thread is through with `name` (imported, or failed: then the caller's
        own import says why)."""
        with self._lock:
            return name in self._done

    def finished(self) -> bool:
        with self._lock:
            return len(self._done) == len(self.names)
