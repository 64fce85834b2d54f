"""Seed 004 (Mamut) walked through the wizard window: `mailsetup --brand mamut`, as a hoster
ships it, for a test-world user at their own domain. POP, IMAP and Business Mail are offered
with the seed's explanations, port 25 is blocked by the network (explained; sending stays on
465/587), Business Mail is chosen and the iPhone profile gets the "_" username. Every page is
photographed in English, Danish and Norwegian under test-output/screenshots/scenarios/mamut/.

Business Mail in Thunderbird: the same walk ends in a Thunderbird Exchange (EWS) account at
Exchange's usual address on mamutmail.com (the seed names only the web address), with the
password in Thunderbird's own store; Mail programs and Done say what that covers and how the
address was arrived at (scenarios/mamut-thunderbird/)."""

from __future__ import annotations

import json
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
    # Business Mail is checked too, at Exchange's address on mamutmail.com; the world's
    # mamutmail.com runs no web server, so it is not proven and going on is the person's
    # explicit choice.
    assert window.state.verdicts[0].verdict.value == "failed" and not testing.isComplete()
    assert any(f.code == "port-closed" and f.service == "exchange" and f.port == 443 for f in window.state.diagnosis.findings)
    testing.anyway.click()
    assert testing.isComplete()
    shots += photograph(window, FOLDER, "6-testing")

    # 7 Mail programs: the iPhone profile (Thunderbird: the walk below)
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


def test_mamut_business_mail_in_thunderbird_is_an_exchange_account(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from tests.gui.walk import LANGS, visible_texts
    from wizard.gui.pageid import PageId
    from wizard.profiles.thunderbird.prefs import PrefsFile

    mamut_world(world)
    alice = world.user("alice")
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    folder = SCENARIO_SHOTS / "mamut-thunderbird"

    window = branded_wizard(qtbot, world, ["--brand", "mamut"], tmp_path, home)
    walk_to_finding(qtbot, window, "Alice", alice.address, alice.password)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=15000)
    next_page(qtbot, window, PageId.SETTINGS)
    window.currentPage().kind_buttons["exchange"].click()
    next_page(qtbot, window, PageId.TESTING, timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=20000)
    testing.anyway.click()  # Business Mail is not proven by the doctor: going on is a choice

    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    thunderbird = [(p, box, detail) for p, box, detail in programs.boxes if p.key.startswith("thunderbird:")]
    assert len(thunderbird) == 1 and thunderbird[0][1].isEnabled()
    for program, box, _ in programs.boxes:
        box.setChecked(program.key.startswith("thunderbird:"))
    assert "As an Exchange account" in thunderbird[0][2].text() and "calendar and contacts are not set up" in thunderbird[0][2].text()
    assert programs.remember.isEnabled()
    programs.remember.setChecked(True)
    window.lang.set("da")
    assert "Exchange-konto" in thunderbird[0][2].text()
    window.lang.set("en")
    shots = photograph(window, folder, "7-programs")

    next_page(qtbot, window, PageId.DONE, timeout=20000)
    profile = next((home / ".thunderbird").glob("*.default-esr"))
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    servers = [n[: -len(".type")] for n in prefs.names() if n.startswith("mail.server.") and n.endswith(".type") and prefs.get_str(n) == "ews"]
    assert len(servers) == 1
    assert prefs.get_str(servers[0] + ".ews_url") == "https://mamutmail.com/EWS/Exchange.asmx"
    assert (prefs.get_str(servers[0] + ".hostname"), prefs.get_str(servers[0] + ".userName")) == ("mamutmail.com", alice.address)
    logins = json.loads((profile / "logins.json").read_text())["logins"]
    assert [entry["hostname"] for entry in logins] == ["ews://mamutmail.com"]
    assert alice.password.encode() not in (profile / "logins.json").read_bytes()
    done = window.currentPage()
    said = done.shown_text()
    assert "Exchange account at https://mamutmail.com/EWS/Exchange.asmx, Exchange's usual address on mamutmail.com (the provider names https://mamutmail.com)" in said
    assert "not calendar and contacts" in said and "choose Get Messages" in said
    assert "logs in by itself" in said or "saved" in said
    assert "not everything is proven" in said  # Business Mail was not tested: never called green
    shots += photograph(window, folder, "8-done")
    for language in LANGS:
        window.lang.set(language)
        assert not [t for t in visible_texts(window) if "Thunderbird is set up here with IMAP" in t]
    window.lang.set("en")
    assert len(shots) == 6 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)
