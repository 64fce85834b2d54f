"""A Microsoft-365-like provider (Exchange with an EWS URL, OAuth2, test-world hosts) set up
as Exchange through the wizard window: Apple's Mac and iPhone profiles say OAuth and carry no
password, Outlook gets its own Add Account steps, Thunderbird an EWS account signing in with
OAuth2; the doctor checks EWS up to the provider's sign-in (its 401 names Bearer), so Done
says everything up to the sign-in was tested, never that it works. Done is photographed in English, Danish and Norwegian."""

from __future__ import annotations

import plistlib

import pytest

from tests.doctor.servers import Loop
from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.scenarios.oauth2 import M365_USER, PASSWORD, stage

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "oauth2"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_microsoft_365_like_exchange_gets_oauth_profiles_and_outlooks_own_steps(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from wizard.gui.pageid import PageId

    loop = Loop()
    servers = stage(world, loop)
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    window = branded_wizard(qtbot, world, [], tmp_path, home)
    try:
        walk_to_finding(qtbot, window, "Kim", M365_USER, PASSWORD)
        next_page(qtbot, window, PageId.FINDING)
        finding = window.currentPage()
        qtbot.waitUntil(lambda: not finding.running, timeout=20000)
        assert finding.outcome == "found", finding.status.text()
        next_page(qtbot, window, PageId.SETTINGS)
        settings = window.currentPage()
        settings.kind_buttons["exchange"].click()
        assert window.state.kind == "exchange"
        next_page(qtbot, window, PageId.TESTING, timeout=20000)
        testing = window.currentPage()
        qtbot.waitUntil(lambda: not testing.running, timeout=30000)
        assert window.state.verdicts[0].verdict.value == "sign-in" and testing.isComplete()  # EWS: Bearer, the provider's own sign-in
        next_page(qtbot, window, PageId.PROGRAMS)
        programs = window.currentPage()
        for program, box, _ in programs.boxes:
            box.setChecked(program.key.startswith("thunderbird:") or program.key in ("outlook", "apple", "iphone"))
        next_page(qtbot, window, PageId.DONE, timeout=20000)
        done = window.currentPage()
        text = done.shown_text()
        assert done.verdict.kind == "info" and "Everything up to the sign-in was tested: Microsoft 365 (test world) signs you in" in text and "it works" not in text
        assert f"In classic Outlook choose File, Add Account, type {M365_USER} and choose Connect." in text
        assert "the device opens Microsoft 365 (test world)'s sign-in page while installing it" in text
        assert "send “kim_at_m365-like.test-iphone.mobileconfig” to yourself" in text  # each device its own profile
        assert "double-click “kim_at_m365-like.test-mac.mobileconfig”" in text
        files = tmp_path / "files"
        for name, kind in (("kim_at_m365-like.test-mac.mobileconfig", "com.apple.ews.account"), ("kim_at_m365-like.test-iphone.mobileconfig", "com.apple.eas.account")):
            payload = next(p for p in plistlib.loads((files / name).read_bytes())["PayloadContent"] if p["PayloadType"] == kind)
            assert payload["OAuth"] is True and "Password" not in payload
        assert not [p for p in files.iterdir() if p.suffix in (".prf", ".reg", ".xml")]
        for server in servers.values():
            assert not server.recording.contains_secret(PASSWORD, (M365_USER, "kim")), server.name
        for path in list(files.rglob("*")) + list((home / ".thunderbird").rglob("*")):
            if path.is_file():
                assert PASSWORD.encode() not in path.read_bytes(), path
        shots = photograph(window, FOLDER, "8-done-exchange")
        from PySide6.QtWidgets import QScrollArea

        bar = done.findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
        shots += photograph(window, FOLDER, "8-done-exchange-end")
        assert len(shots) == 6
    finally:
        dispose(window)
        for server in servers.values():
            server.stop()
        loop.close()
