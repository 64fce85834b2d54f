"""The moment a window's first frame is on screen: its first paint, which Qt makes only once
the window system has exposed the window, then flushes to it. "Shown" means this, not the
return of show() (the window is then merely mapped, and nothing is drawn yet); the smoke
test's announcement and the work deferred until after the first frame both wait for it.

A paint the watcher never sees (swallowed before it, or made before the watcher was put on
the widget) must not leave the waiting forever: a smoke test that waits would kill a window
that is on screen, and a person's window would never build its later pages in the
background. So a timer also asks the window itself, and the callback is told which said so."""

from __future__ import annotations

from enum import Enum
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# How long after the watch starts the window's own state is asked, and asked again while it
# says no. Far beyond a first frame (≈ 0.35 s, 0.5 s at a load of 8), so the paint decides
# whenever it is seen.
FALLBACK_MS = 2000


class Seen(Enum):
    PAINT = "paint"          # its first paint while the window system showed it
    WINDOW_STATE = "state"   # no such paint was seen in time: the window's own state said so


def on_screen(widget: QWidget) -> bool:
    """The window's own word: shown, and exposed by the window system."""
    handle = widget.windowHandle()
    return widget.isVisible() and handle is not None and handle.isExposed()


class _FirstFrame(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[Seen], None], fallback_ms: int,
                 fallback_when: Callable[[QWidget], bool]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback = callback
        self.fallback_when = fallback_when
        self.reported = False
        widget.installEventFilter(self)
        # The watcher's own timer: it goes with the watcher (and so with the widget).
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(fallback_ms)
        self.timer.timeout.connect(self._ask_the_window)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and on_screen(self.widget):
            self._report(Seen.PAINT)
        return False

    def _ask_the_window(self) -> None:
        if self.fallback_when(self.widget):
            self._report(Seen.WINDOW_STATE)
        else:
            self.timer.start()  # not shown yet (a slow start, or never shown): ask again later

    def _report(self, seen: Seen) -> None:
        if self.reported:
            return
        self.reported = True
        self.timer.stop()
        self.widget.removeEventFilter(self)
        self.deleteLater()
        callback = self.callback
        # A paint is under way: the callback runs once it has reached the screen.
        QTimer.singleShot(0, self.widget, lambda: callback(seen))  # not after the widget is gone


def after_first_frame(widget: QWidget, callback: Callable[[Seen], None], fallback_ms: int = FALLBACK_MS,
                      fallback_when: Callable[[QWidget], bool] = on_screen) -> None:
    """Calls `callback` once, on the UI thread, after `widget`'s window first painted; or, if
    no such paint was seen within `fallback_ms`, at the first look after that at which
    `fallback_when(widget)` holds (by default: the window says it is on screen)."""
    _FirstFrame(widget, callback, fallback_ms, fallback_when)
