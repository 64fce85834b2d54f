"""The moment a window's first frame is on screen: its first paint, which Qt makes only once
the window system has exposed the window, then flushes to it. "Shown" means this, not the
return of show() (the window is then merely mapped, and nothing is drawn yet); the smoke
test's announcement and the work deferred until after the first frame both wait for it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            handle = self.widget.windowHandle()
            if handle is not None and handle.isExposed():
                self.widget.removeEventFilter(self)
                self.deleteLater()
                # The paint is under way: the callback runs once it has reached the screen.
                QTimer.singleShot(0, self.widget, self.callback)  # not after the widget is gone
        return False


def after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Calls `callback` once, on the UI thread, after `widget`'s window first painted."""
    _FirstPaint(widget, callback)
