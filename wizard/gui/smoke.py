"""A window that quits itself, for installer smoke tests: with MAILSETUP_SMOKE set, the
first window says when its first frame is on screen (painted after the window system
exposed it: firstframe.py; the benchmark times that line), saves a screenshot of the whole screen (a real X
server's, under Xvfb) to the file the variable names, and closes. Nothing happens without it."""

from __future__ import annotations

import os
import sys

VARIABLE = "MAILSETUP_SMOKE"
SHOWN = "mailsetup: window shown"
# Said before SHOWN when no first paint was seen and the window's own state said it is on
# screen (firstframe.py): the build notes it, and the screenshot shows what was there.
BY_ITS_STATE = "mailsetup: no first paint seen; the window says it is on screen"


def arm(app, window) -> None:
    target = os.environ.get(VARIABLE)
    if not target:
        return
    from PySide6.QtCore import QTimer

    from wizard.gui.firstframe import Seen, after_first_frame

    def shown(seen: Seen) -> None:
        if seen is Seen.WINDOW_STATE:
            print(BY_ITS_STATE, flush=True)
        print(SHOWN, flush=True)
        QTimer.singleShot(400, shoot)  # let the first paint reach the server

    def shoot() -> None:
        screen = window.screen() or app.primaryScreen()
        shot = screen.grabWindow(0) if target != "1" else None
        if shot is not None and not shot.save(target):
            print(f"mailsetup: could not save the screenshot to {target}", file=sys.stderr)
        app.quit()

    after_first_frame(window, shown)
