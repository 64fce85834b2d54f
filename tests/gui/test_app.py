"""Starting the window: without a display, one clear line instead of a crash."""

import os
import signal
import subprocess
import sys

import pytest


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_mailsetup_demo_without_a_display_says_so_in_one_line():
    result = subprocess.run([sys.executable, "-m", "wizard", "demo"], capture_output=True, text=True, timeout=60, env=_env(LANG="C"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "No display is available" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_no_display_line_is_translated():
    result = subprocess.run([sys.executable, "-m", "wizard", "--lang", "da"], capture_output=True, text=True, timeout=60, env=_env())
    assert result.returncode == 1 and "Der er ingen skærm" in result.stderr


def test_demo_serve_runs_the_provider_headless_and_prints_how_to_reach_it():
    result = subprocess.run([sys.executable, "-m", "wizard", "demo", "--serve", "--seconds", "0.5", "--json"], capture_output=True, text=True, timeout=60, env=_env())
    assert result.returncode == 0, result.stderr
    import json

    info = json.loads(result.stdout)
    assert info["user"] == "demo@demo.mailsetup.test" and info["dns"].startswith("127.0.0.1:")


# `mailsetup ARGS` as started from a shell, saying when its window's event loop runs (in place
# of the installers' smoke hook, which quits by itself), so a signal meets Qt waiting for events.
IN_THE_LOOP = """
import sys
from PySide6.QtCore import QTimer
from wizard.gui import smoke
smoke.arm = lambda app, window: QTimer.singleShot(0, lambda: print("in the loop", flush=True))
from wizard.cli.main import main
sys.argv = ["mailsetup"] + sys.argv[1:]
sys.exit(main())
"""


def _until_in_the_loop(env: dict[str, str], *args: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", IN_THE_LOOP, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    said = []
    for line in proc.stdout:
        said.append(line)
        if line == "in the loop\n":
            return proc
    proc.kill()
    proc.wait(timeout=30)
    raise AssertionError("".join(said))


def _ended_by(proc: subprocess.Popen, signum: int) -> str:
    """Send `signum`, and what the process said until it ended (it is reaped either way)."""
    try:
        proc.send_signal(signum)
        rest, _ = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    return rest


def _window_env(**extra: str) -> dict[str, str]:
    """Offscreen, as started from a shell: the test run's own config and data folders left out."""
    return {k: v for k, v in _env(QT_QPA_PLATFORM="offscreen", **extra).items() if k not in ("XDG_CONFIG_HOME", "MAILSETUP_DATA_DIR")}


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_the_demo_window_ended_from_outside_closes_and_leaves_no_folder(name, tmp_path):
    # kill, a closed terminal or Ctrl+C in it: the window closes as on quitting, the demo's
    # servers stop and its folder (made under TMPDIR) goes, exit code 0
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    proc = _until_in_the_loop(_window_env(TMPDIR=str(temp), HOME=str(home)), "demo", "--lang", "en")
    try:
        assert [p.name[:14] for p in temp.iterdir()] == ["mailsetup-demo"]  # it made its folder
    except AssertionError:
        _ended_by(proc, signal.SIGKILL)
        raise
    rest = _ended_by(proc, getattr(signal, name))
    assert proc.returncode == 0, rest
    assert "Traceback" not in rest
    assert list(temp.iterdir()) == []


def test_the_wizard_window_ended_from_outside_closes_as_on_quitting(tmp_path):
    proc = _until_in_the_loop(_window_env(HOME=str(tmp_path)), "--lang", "en")
    rest = _ended_by(proc, signal.SIGTERM)
    assert proc.returncode == 0, rest
    assert "Traceback" not in rest


IDLE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wizard.gui.stopping import quit_on_stop_signals
app = QApplication([])
with quit_on_stop_signals(app):
    QTimer.singleShot(0, lambda: print("in the loop", flush=True))
    sys.exit(app.exec())
"""


def test_a_stop_signal_ends_an_idle_event_loop():
    # nothing of Python's runs while Qt waits for events: the signal itself must wake it
    env = _env(QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", IDLE], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    rest = _ended_by(proc, signal.SIGTERM if first == "in the loop\n" else signal.SIGKILL)
    assert first == "in the loop\n", rest
    assert proc.returncode == 0, rest
