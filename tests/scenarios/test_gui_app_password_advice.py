"""A refused password from a provider that offers two-factor sign-in, in the wizard window.

The world's Dovecot and Postfix refuse the password plainly. For Altibox (seed 000: two-factor
sign-in exists, no page for app passwords is named) the Testing page says an app password may
be needed and names Altibox's support page; for a provider known only from its ISPDB entry,
whose documentation is an app-password page, it links that page. Photographed in English,
Danish and Norwegian under test-output/screenshots/scenarios/app-password/."""

from __future__ import annotations

import pytest

from tests.discovery.helpers import MAIL, warm
from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.scenarios.packs import altibox_copy
from tests.world.world import MAIL_HOST, autoconfig_xml

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "app-password"
WRONG = "not the password at all"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _to_testing(qtbot, window, address: str):
    from wizard.gui.pageid import PageId

    walk_to_finding(qtbot, window, "Alice", address, WRONG)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=15000)
    assert finding.outcome == "found", finding.status.text()
    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    qtbot.waitUntil(settings.isComplete, timeout=20000)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() in (PageId.CERTIFICATE, PageId.TESTING), timeout=30000)
    assert window.currentId() == PageId.TESTING  # the world's certificate is trusted: no question
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=30000)
    return testing


def _shown(testing) -> str:
    return "\n".join(testing.findings.item(i).text() for i in range(testing.findings.count()))


def _home(tmp_path, monkeypatch):
    from tests.gui.conftest import make_home

    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    return home


def test_altibox_refusal_says_an_app_password_may_be_needed_and_names_its_support(qtbot, world, tmp_path, monkeypatch):
    home = _home(tmp_path, monkeypatch)
    packs = tmp_path / "packs"
    altibox_copy(packs, "example.test")
    warm(world, "example.test", "autoconfig.example.test", "autodiscover.example.test", "ispdb.test")
    world.web.add("autoconfig.example.test", "/mail/config-v1.1.xml", autoconfig_xml("example.test", MAIL_HOST), schemes=("https",))
    alice = world.user("alice")
    window = branded_wizard(qtbot, world, ["--brand", "altibox", "--providers", str(packs)], tmp_path, home)
    testing = _to_testing(qtbot, window, alice.address)
    codes = [f.code for f in window.state.diagnosis.findings]
    assert codes.count("auth-failed") >= 2 and "login-ok" not in codes, codes  # IMAP (and POP3) and SMTP
    text = _shown(testing)
    assert "Altibox offers two-factor sign-in" in text and "may need an app password" in text
    assert "https://www.altibox.dk/mit-altibox" in text
    shots = photograph(window, FOLDER, "altibox-testing")
    window.lang.set("da")
    assert "totrinsbekræftelse" in _shown(testing) and "app-adgangskode" in _shown(testing)
    window.lang.set("nb")
    assert "totrinnsbekreftelse" in _shown(testing) and "app-passord" in _shown(testing)
    assert len(shots) == 3 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)


ENTRY = f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="tofaktor.test"><domain>tofaktor.test</domain>
<displayName>Tofaktor Mail</displayName>
<incomingServer type="imap"><hostname>{MAIL}</hostname><port>993</port><socketType>SSL</socketType>
<username>alice@example.test</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{MAIL}</hostname><port>465</port><socketType>SSL</socketType>
<username>alice@example.test</username><authentication>password-cleartext</authentication></outgoingServer>
<documentation url="https://tofaktor.test/help/app-passwords"><descr lang="en">Create an app password for your mail program</descr></documentation>
</emailProvider></clientConfig>"""


def test_an_ispdb_providers_app_password_page_is_linked_on_the_testing_page(qtbot, world, tmp_path, monkeypatch):
    home = _home(tmp_path, monkeypatch)
    world.web.add("ispdb.test", "/autoconfig/v1.1/tofaktor.test", ENTRY, schemes=("https",))
    warm(world, "tofaktor.test", "autoconfig.tofaktor.test", "autodiscover.tofaktor.test", "ispdb.test")
    window = branded_wizard(qtbot, world, [], tmp_path, home)
    testing = _to_testing(qtbot, window, "jo@tofaktor.test")
    assert window.state.config.two_factor_page.url == "https://tofaktor.test/help/app-passwords"
    text = _shown(testing)
    assert "Tofaktor Mail offers two-factor sign-in" in text and "https://tofaktor.test/help/app-passwords" in text
    shots = photograph(window, FOLDER, "ispdb-testing")
    assert len(shots) == 3
    dispose(window)
