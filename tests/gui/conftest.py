"""Qt offscreen for every GUI test, a running demo provider, a temp HOME with a Thunderbird profile."""

from __future__ import annotations

import gc
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


@pytest.fixture(scope="session")
def demo():
    from wizard.demo import DemoProvider

    provider = DemoProvider(well_known=False)  # the window maps 25/465/587/993/995 itself; the
    info = provider.start()  # well-known ports stay free for the printed-commands test's demo
    yield info
    provider.stop()


def make_home(tmp_path: Path) -> Path:
    """A HOME with one default Thunderbird profile, as a fresh install leaves it."""
    home = tmp_path / "home"
    base = home / ".thunderbird"
    profile = base / "abcd1234.default-esr"
    profile.mkdir(parents=True)
    (profile / "prefs.js").write_text('// Mozilla User Preferences\nuser_pref("browser.startup.homepage_override.mstone", "153.0");\n', encoding="utf-8")
    (base / "profiles.ini").write_text("[Profile0]\nName=default-esr\nIsRelative=1\nPath=abcd1234.default-esr\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n", encoding="utf-8")
    return home


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    return home


@pytest.fixture
def make_wizard(qtbot, demo, home, tmp_path):
    """A wizard on the demo provider; files go to tmp, no keyring is touched."""
    from wizard.gui.app import build_wizard, demo_backend

    made = []

    def make(language: str = "en", **kwargs):
        backend = demo_backend(demo, home=home, out_dir=tmp_path / "files", store_path=tmp_path / "data" / "certificates.json", **kwargs)
        window = build_wizard(backend, language)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()
    assert gc.isenabled(), "a wizard window left Python's garbage collector switched off"
