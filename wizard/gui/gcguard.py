"""Python's cyclic garbage collector may run in whatever thread allocates when a threshold
is crossed. If that is the network worker thread and the cycle holds Qt wrappers made on
the GUI thread, Qt objects are destroyed off their thread and the process can crash (seen
here as a segmentation fault in the worker during a walk). While a wizard window lives,
automatic collection is off and the GUI thread collects on a timer instead. What exists when
the first window opens (the imported modules, Qt's wrappers) is frozen out of collection, so a
full collection looks only at what the run made and never stalls the window for long."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_windows = 0


class MainThreadCollector(QObject):
    """Owned by the window: young objects every 200 ms, everything every 5 s."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        global _windows
        _windows += 1
        gc.disable()
        if _windows == 1:
            gc.freeze()
        self._active = True
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % 25 == 0 else 0)

    def release(self) -> None:
        """The window is finished: back to Python's own collector (once)."""
        global _windows
        if not self._active:
            return
        self._active = False
        self._timer.stop()
        _windows = max(0, _windows - 1)
        if _windows == 0:
            gc.unfreeze()
            gc.enable()
            gc.collect()
