"""The smoke test's window check ends, whatever the app does: a window that reports is timed,
one that hangs before its first frame fails the build instead of holding it forever."""

import socket
import struct
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


def _x_connect(display: str) -> socket.socket:
    """A bare X11 client: the connection setup (no authorisation: Xvfb here asks for none)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(30)
    sock.connect(f"/tmp/.X11-unix/X{display.lstrip(':')}")
    sock.sendall(struct.pack("<BxHHHHxx", 0x6C, 11, 0, 0, 0))  # little-endian, protocol 11.0
    head = _x_read(sock, 8)
    _x_read(sock, struct.unpack_from("<H", head, 6)[0] * 4)
    assert head[0] == 1, "the X server refused the connection"
    return sock


def _x_read(sock, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the X server closed the connection")
        data += chunk
    return data


def _x_atom(sock, name: str, only_if_exists: bool) -> int:
    """InternAtom: the atom's number, or 0 when only_if_exists and the server has none."""
    raw = name.encode()
    pad = (-len(raw)) % 4
    sock.sendall(struct.pack("<BBHHxx", 16, int(only_if_exists), 2 + (len(raw) + pad) // 4, len(raw)) + raw + b"\0" * pad)
    return struct.unpack_from("<I", _x_read(sock, 32), 8)[0]


def test_the_x_server_keeps_its_state_between_one_window_and_the_next():
    """The server does not reset when its last client leaves: an atom one client made is
    still there for the next (a reset forgets it, and a client arriving during the reset
    is cut off or never answered: the window that hung in XOpenDisplay)."""
    with smoke.Xvfb() as x:
        for _ in range(20):
            first = _x_connect(x.display)
            made = _x_atom(first, "_MAILSETUP_SMOKE_PROBE", only_if_exists=False)
            first.close()
            second = _x_connect(x.display)
            assert _x_atom(second, "_MAILSETUP_SMOKE_PROBE", only_if_exists=True) == made != 0
            second.close()
