"""Seed 004 (Mamut) walked through the wizard window: `mailsetup --brand mamut`, as a hoster
ships it, for a test-world user at their own domain. POP, IMAP and Business Mail are offered
with the seed's explanations, port 25 is blocked by the network (explained; sending stays on
465/587), Business Mail is chosen and the iPhone profile gets the "_" username. Every page is
photographed in English, Danish and Norwegian under test-output/screenshots/scenarios/mamut/."""

from __future__ import annotations

import plistlib

import pytest

from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.scenarios.packs import mamut_world

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "mamut"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_mamut_business_mail_for_an_iphone_with_port_25_blocked(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from wizard.gui.pageid import PageId

    mamut_world(world)
    world.block_port(world.mail.ip, 25)
    alice = world.user("alice")
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))

    window = branded_wizard(qtbot, world, ["--brand", "mamut"], tmp_path, home)
    welcome = window.currentPage()
    assert window.windowTitle() == "Mamut e-mail setup" and "Mamut" in welcome.title.text()
    assert not welcome.migration.isVisible()
    shots = photograph(window, FOLDER, "1-welcome")

    walk_to_finding(qtbot, window, "Alice", alice.address, alice.password)
    shots += photograph(window, FOLDER, "2-account")
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=15000)
    assert finding.outcome == "found", finding.status.text()
    shots += photograph(window, FOLDER, "3-finding")

    # 4 Settings: POP, IMAP and Business Mail in the seed's order and words; no ActiveSync choice
    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    assert settings.kind_order == ("pop3", "imap", "exchange")
    assert set(settings.kind_buttons) == {"imap", "pop3", "exchange"}
    assert all(settings.kind_buttons[k].isEnabled() for k in ("imap", "pop3", "exchange"))
    assert settings.kind_buttons["exchange"].text() == "Business Mail (Hosted Exchange)"
    assert "keep a copy on the server" in settings.kind_explain["pop3"].text()
    assert "Business Mail is Hosted Exchange" in settings.kind_explain["exchange"].text()
    settings.kind_buttons["exchange"].click()
    assert window.state.kind == "exchange"
    text = settings.in_text.text()
    assert "https://mamutmail.com" in text and "hosting01" in text and "alice_example.test" in text
    window.lang.set("da")
    assert "kopi på serveren" in settings.kind_explain["pop3"].text()
    window.lang.set("en")
    shots += photograph(window, FOLDER, "4-settings")

    # 6 Testing (no certificate page: mamutmail.com's certificate is trusted): port 25 explained
    next_page(qtbot, window, PageId.TESTING, timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=20000)
    codes = [f.code for f in window.state.diagnosis.findings]
    assert "port25-blocked" in codes and "login-ok" in codes, codes
    assert testing.port25_line() is not None and "port 25" in testing.port25_line().render()  # one neutral line
    smtp = window.state.config.outgoing[0]
    assert (smtp.host, smtp.port) in (("mamutmail.com", 465), ("mamutmail.com", 587))
    # Business Mail itself is not something the doctor logs in to: not called proven, so
    # going on is the person's explicit choice.
    assert window.state.verdicts[0].verdict.value == "not-tried" and not testing.isComplete()
    testing.anyway.click()
    assert testing.isComplete()
    shots += photograph(window, FOLDER, "6-testing")

    # 7 Mail programs: the iPhone profile (Thunderbird cannot do Business Mail)
    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    for program, box, _ in programs.boxes:
        box.setChecked(program.key == "iphone")
    shots += photograph(window, FOLDER, "7-programs")

    next_page(qtbot, window, PageId.DONE, timeout=20000)
    safe = alice.address.replace("@", "_at_")
    profile = plistlib.loads((tmp_path / "files" / f"{safe}-iphone.mobileconfig").read_bytes())
    eas = next(p for p in profile["PayloadContent"] if p["PayloadType"] == "com.apple.eas.account")
    assert eas["UserName"] == "alice_example.test" and eas["Host"] == "mamutmail.com"  # "mail_domæne.com"
    done = window.currentPage()
    assert "iPhone" in done.shown_text()
    assert "https://mamutmail.com" in done.support.text()  # webmail
    shots += photograph(window, FOLDER, "8-done")
    assert len(shots) == 21 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)
