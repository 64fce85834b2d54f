"""A first paint the watcher never sees (here: swallowed by a filter that runs before it)
does not leave the window waiting: its own state says it is on screen, the rest of its
pages are built and the network worker started all the same, and a smoke-test window still
reports itself shown (and says how) and quits, where it would otherwise wait forever."""

import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from wizard.gui import smoke
from wizard.gui.firstframe import Seen, after_first_frame


class SwallowPaints(QObject):
    """Installed after the watcher, so Qt asks it first: the window's paints never reach
    the watcher (the missed signal)."""

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        return event.type() == QEvent.Type.Paint


def test_a_seen_first_paint_is_reported_once(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    seen = []
    after_first_frame(widget, seen.append, fallback_ms=20)
    widget.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.wait(200)  # the fallback's timer had its turns too
    assert seen == [Seen.PAINT]


def test_a_missed_first_paint_is_reported_from_the_windows_own_state_once_it_is_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    seen = []
    after_first_frame(widget, seen.append, fallback_ms=20)
    swallow = SwallowPaints(widget)
    widget.installEventFilter(swallow)
    qtbot.wait(200)
    assert seen == []  # not shown: the window's state says no, however often it is asked
    widget.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.wait(200)
    assert seen == [Seen.WINDOW_STATE]


def test_a_window_whose_first_paint_was_missed_builds_its_other_pages_and_worker(qtbot, demo, home, tmp_path):
    from wizard.gui.app import build_wizard, demo_backend
    from wizard.gui.window import PAGE_CLASSES

    backend = demo_backend(demo, home=home, out_dir=tmp_path / "files", store_path=tmp_path / "data" / "certificates.json")
    window = build_wizard(backend, "en")
    qtbot.addWidget(window)
    swallow = SwallowPaints(window)
    window.installEventFilter(swallow)
    try:
        window.show()
        qtbot.waitUntil(lambda: set(PAGE_CLASSES) <= set(window.pages.built) and window.shared.started_worker is not None,
                        timeout=60000)
        assert window.preloader.finished() or window.preloader.loaded("wizard.gui.worker")
    finally:
        window.shutdown()


# `mailsetup` with MAILSETUP_SMOKE, every first-frame watcher blind to paints.
BLIND = """
import sys
import wizard.gui.firstframe as firstframe
firstframe._FirstFrame.eventFilter = lambda self, watched, event: False
from wizard.cli.main import main
sys.argv = ["mailsetup"]
main()
"""


def test_a_smoke_window_whose_first_paint_was_missed_still_reports_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), MAILSETUP_DATA_DIR=str(tmp_path / "data"),
               LANG="C.UTF-8", **{smoke.VARIABLE: "1"})
    for name in ("XDG_CONFIG_HOME", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", BLIND], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[-2:] == [smoke.BY_ITS_STATE, smoke.SHOWN]
