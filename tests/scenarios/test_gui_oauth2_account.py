"""The Account page and an address whose provider signs in on its own page (OAuth2): the
person is not asked for a password where that is known before the search (a provider pack
for the domain, read locally), and where only the search finds it out (a Gmail-like ISPDB
entry on test-world hosts) the password typed is dropped as soon as the settings are found:
the Finding page says so, the Account page shows no password field for that address any
more, and no server receives the password. Photographed in English, Danish and Norwegian
under test-output/screenshots/scenarios/oauth2-account/."""

from __future__ import annotations

import pytest

from tests.doctor.servers import Loop
from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph
from tests.scenarios.oauth2 import GMAIL_USER, PASSWORD, stage
from tests.world.oauth import pack
from wizard.i18n import T

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "oauth2-account"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def servers(world):
    loop = Loop()
    staged = stage(world, loop)
    yield staged
    for server in staged.values():
        server.stop()
    loop.close()


@pytest.fixture
def window_for(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home

    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    made = []

    def make(argv=()):
        window = branded_wizard(qtbot, world, list(argv), tmp_path, home)
        made.append(window)
        return window

    yield make
    for window in made:
        dispose(window)


def _account(qtbot, window):
    from wizard.gui.pageid import PageId

    next_page(qtbot, window, PageId.ACCOUNT)
    return window.currentPage()


def test_a_password_typed_before_the_search_knew_is_dropped_and_never_sent(qtbot, window_for, servers):
    from wizard.gui.pageid import PageId

    window = window_for()
    account = _account(qtbot, window)
    qtbot.keyClicks(account.name, "Kim")
    qtbot.keyClicks(account.address, GMAIL_USER)
    assert account.password.isEnabled()  # not known yet: the field is there, and optional
    hint = account.password_hint.text()
    assert "Providers that sign you in on their own page (as Gmail and Microsoft 365 do) need none here." in hint
    shots = photograph(window, FOLDER, "1-account-not-known-yet")
    qtbot.keyClicks(account.password, PASSWORD)
    assert "A provider that signs you in on its own page never gets it." in account.password_hint.text()

    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    assert finding.outcome == "found", finding.status.text()
    assert finding.status.text() == (f"Settings found for {GMAIL_USER}. Gmailish Mail signs you in on its own page, so the wizard needs no password. "
                                     "The password you typed is not used, sent or kept.")
    assert window.state.password == "" and account.password.text() == ""
    shots += photograph(window, FOLDER, "2-finding-no-password-needed")

    window.back()  # the Account page for the same address: no password field any more
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.ACCOUNT))
    assert not account.password.isEnabled() and not account.show_password.isEnabled()
    assert account.password_hint.text() == "Gmailish Mail signs you in on its own page in your browser, so the wizard does not ask for your password. Type it only on that page."
    assert window.currentPage().subTitle().endswith("The address you got from your e-mail provider.")
    shots += photograph(window, FOLDER, "3-account-no-password-needed")
    for language in ("da", "nb"):
        window.lang.set(language)
        assert account.password_hint.text() == window.lang.t(T("{provider} signs you in on its own page in your browser, so the wizard does not ask for your password. Type it only on that page.", provider="Gmailish Mail"))
        assert "Gmailish Mail" in account.password_hint.text() and "Gmailish Mail signs" not in account.password_hint.text()
    window.lang.set("en")

    next_page(qtbot, window, PageId.FINDING)
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=20000)
    assert window.currentPage().status.text().endswith("so the wizard needs no password.")  # nothing typed this time: nothing to drop
    next_page(qtbot, window, PageId.SETTINGS)
    next_page(qtbot, window, PageId.TESTING, timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=30000)
    assert "Your password was not sent." in testing.status.text() and not testing.password_row.isVisible()
    for server in servers.values():
        assert not server.recording.contains_secret(PASSWORD, (GMAIL_USER, "kim")), server.name
    assert all(PASSWORD not in p.read_bytes().decode("utf-8", "replace") for p in shots) and len(shots) == 9


def test_another_address_gets_its_password_field_back(qtbot, window_for, servers):
    from wizard.gui.pageid import PageId

    window = window_for()
    account = _account(qtbot, window)
    qtbot.keyClicks(account.address, GMAIL_USER)
    next_page(qtbot, window, PageId.FINDING)
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=20000)
    window.back()
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.ACCOUNT))
    assert not account.password.isEnabled()
    account.address.setText("alice@example.test")
    assert account.password.isEnabled() and "need none here" in account.password_hint.text()
    account.address.setText(GMAIL_USER)  # back to the first: what the search found still holds
    assert not account.password.isEnabled()


def test_a_provider_pack_that_signs_in_on_its_own_page_gets_no_password_field_at_all(qtbot, window_for, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "oauth-test.toml").write_text(pack("oauth.test"), encoding="utf-8")
    window = window_for(["--providers", str(packs)])
    account = _account(qtbot, window)
    qtbot.keyClicks(account.name, "Alice")
    qtbot.keyClicks(account.address, "alice@oauth.test")
    assert not account.password.isEnabled() and account.subTitle().endswith("The address you got from your e-mail provider.")
    qtbot.keyClicks(account.password, "typed anyway")  # a closed field takes nothing
    assert window.state.password == "" and account.password.text() == ""
    assert account.password_hint.text().startswith("OAuth Test Mail signs you in on its own page in your browser")
    shots = photograph(window, FOLDER, "4-account-known-from-the-provider-file")
    account.address.setText("alice@example.test")
    assert account.password.isEnabled()
    assert len(shots) == 3
