"""Starting the window: without a display, one clear line instead of a crash."""

import os
import subprocess
import sys


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
