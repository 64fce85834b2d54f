"""The smoke test's window check ends, whatever the app does: a window that reports is timed,
one that hangs before its first frame fails the build instead of holding it forever."""

import sys
import time

import pytest

from installers import smoke
from installers.tools import BuildError

REPORTS = f"import os, pathlib; print({smoke.SHOWN!r}, flush=True); pathlib.Path(os.environ['MAILSETUP_SMOKE']).write_bytes(b'png')"
HANGS = "import time; time.sleep(600)"


def test_a_window_that_reports_is_timed(tmp_path):
    took = smoke.window([sys.executable, "-c", REPORTS], tmp_path, tmp_path / "shot.png", ":0")
    assert 0 < took < smoke.SHOWN_WITHIN
    assert (tmp_path / "shot.png").read_bytes() == b"png"


def test_a_window_that_never_shows_fails_the_build_and_is_killed(tmp_path):
    t0 = time.monotonic()
    with pytest.raises(BuildError, match="did not say it was shown within 1 s"):
        smoke.window([sys.executable, "-c", HANGS], tmp_path, tmp_path / "shot.png", ":0", within=1.0)
    assert time.monotonic() - t0 < 30  # not the hung app's 600 s


def test_an_app_that_ends_without_a_window_says_so(tmp_path):
    with pytest.raises(BuildError, match=r"no window \(exit 3\): it broke"):
        smoke.window([sys.executable, "-c", "import sys; sys.stderr.write('it broke'); sys.exit(3)"], tmp_path, tmp_path / "shot.png", ":0")


def test_a_window_that_says_it_is_shown_by_its_own_state_passes_and_the_build_says_so(tmp_path, capsys):
    from wizard.gui import smoke as gui_smoke

    assert gui_smoke.BY_ITS_STATE == smoke.BY_ITS_STATE and gui_smoke.SHOWN == smoke.SHOWN
    by_state = f"print({smoke.BY_ITS_STATE!r}, flush=True); " + REPORTS
    took = smoke.window([sys.executable, "-c", by_state], tmp_path, tmp_path / "shot.png", ":0")
    assert 0 < took < smoke.SHOWN_WITHIN
    assert "no first paint seen" in capsys.readouterr().out
