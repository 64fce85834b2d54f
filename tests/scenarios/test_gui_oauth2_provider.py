"""A Gmail-like provider (OAuth2 in its ISPDB entry, test-world hosts) walked through the
wizard window: the password typed is not sent; Testing says what was proven (up to the
provider's own sign-in) and lets the person go on without an "anyway"; the Programs page
offers no password choices; Done says what each mail program will do, never a tested login.
A provider whose servers do not offer that sign-in fails plainly, with no password sent.
Testing, Programs and Done are photographed in English, Danish and Norwegian under
test-output/screenshots/scenarios/oauth2/."""

from __future__ import annotations

import pytest

from tests.doctor.servers import Loop
from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.scenarios.oauth2 import GMAIL_USER, PASSWORD, stage

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "oauth2"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def servers(world, request):
    loop = Loop()
    staged = stage(world, loop, getattr(request, "param", "oauth2"))
    yield staged
    for server in staged.values():
        server.stop()
    loop.close()


def _to_testing(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from wizard.gui.pageid import PageId

    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    window = branded_wizard(qtbot, world, [], tmp_path, home)
    walk_to_finding(qtbot, window, "Kim", GMAIL_USER, PASSWORD)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    assert finding.outcome == "found", finding.status.text()
    next_page(qtbot, window, PageId.SETTINGS)
    next_page(qtbot, window, PageId.TESTING, timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=30000)
    return window, home, testing


def test_a_gmail_like_account_is_proven_up_to_the_sign_in_and_set_up_for_it(qtbot, world, servers, tmp_path, monkeypatch):
    from wizard.gui.pageid import PageId
    from wizard.profiles.thunderbird.prefs import PrefsFile

    window, home, testing = _to_testing(qtbot, world, tmp_path, monkeypatch)
    assert [v.verdict.value for v in window.state.verdicts if v.role.value != "certificate"] == ["sign-in", "sign-in"]
    assert testing.isComplete() and not testing.anyway.isVisible() and not testing.password_row.isVisible()
    status = testing.status.text()
    assert status.startswith("Everything up to the sign-in works. Gmailish Mail signs you in on its own page") and "Your password was not sent." in status
    assert "tested with your password" not in status
    for server in servers.values():
        assert not server.recording.contains_secret(PASSWORD, (GMAIL_USER, "kim")), server.name
    shots = photograph(window, FOLDER, "6-testing")

    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    assert not programs.remember.isVisible() and not programs.keyring.isVisible()
    details = {program.key: detail.text() for program, _, detail in programs.boxes}
    assert "no file is needed" in details["outlook"] and "device's own “Add Account”" in details["iphone"]
    for program, box, _ in programs.boxes:
        box.setChecked(program.key.startswith("thunderbird:") or program.key in ("outlook", "apple", "iphone"))
    shots += photograph(window, FOLDER, "7-programs")

    next_page(qtbot, window, PageId.DONE, timeout=20000)
    done = window.currentPage()
    text = done.shown_text()
    assert done.verdict.kind == "info"
    assert "Everything up to the sign-in was tested: Gmailish Mail signs you in on its own page" in text
    assert "it works" not in text and "tested with your password" not in text
    assert "In classic Outlook choose File, Add Account, type kim@gmail-like.test and choose Connect." in text
    assert "mailsetup wrote no profile" in text and "Internet Accounts" in text
    assert "Thunderbird opens the provider's sign-in page" in text
    profile = home / ".thunderbird" / "abcd1234.default-esr"
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get("mail.server.server1.authMethod") == 10 and prefs.get("mail.smtpserver.smtp1.authMethod") == 10
    assert not (profile / "logins.json").exists()
    files = tmp_path / "files"
    assert not files.exists() or not [p for p in files.iterdir() if p.suffix in (".mobileconfig", ".prf", ".reg", ".xml")]
    for path in list(profile.rglob("*")) + (list(files.rglob("*")) if files.exists() else []):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    shots += photograph(window, FOLDER, "8-done")
    from PySide6.QtWidgets import QScrollArea

    bar = done.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())  # the Apple block and the notes below it
    shots += photograph(window, FOLDER, "8-done-end")
    assert len(shots) == 12 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)


@pytest.mark.parametrize("servers", ["normal"], indirect=True)
def test_servers_not_offering_oauth2_although_the_provider_says_so_fail_plainly(qtbot, world, servers, tmp_path, monkeypatch):
    window, _, testing = _to_testing(qtbot, world, tmp_path, monkeypatch)
    assert [v.verdict.value for v in window.state.verdicts if v.role.value != "certificate"] == ["failed", "failed"]
    assert not testing.isComplete() and testing.anyway.isVisible()
    shown = "\n".join(testing.findings.item(i).text() for i in range(testing.findings.count()))
    assert "does not offer that sign-in (it offers: LOGIN, PLAIN). No password was sent." in shown
    for server in servers.values():
        assert not server.recording.contains_secret(PASSWORD, (GMAIL_USER, "kim")), server.name
    shots = photograph(window, FOLDER, "6-testing-not-offered")
    assert len(shots) == 3
    dispose(window)
