"""Walks through the real window on the demo provider, in English, Danish and Norwegian: the
window never says Done when it is not, and it walks a person through each trouble where it
shows. Every state is photographed (and scanned for command-line words and Python artefacts)."""

from __future__ import annotations

import dataclasses
import socket

import pytest
from PySide6.QtCore import Qt

from tests.gui.walk import LANGS, answer_confirmation, assert_plain, next_page, settle, shoot
from wizard.gui.pageid import PageId
from wizard.gui.verdict import Verdict
from wizard.i18n import T


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def to_account(qtbot, window, address: str, password: str):
    if window.currentId() != int(PageId.ACCOUNT):
        next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    account.address.setText(address)
    account.password.setText(password)
    return account


def to_finding(qtbot, window, address: str, password: str):
    to_account(qtbot, window, address, password)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    return finding


def to_certificate(qtbot, window, demo, password: str):
    finding = to_finding(qtbot, window, demo.user, password)
    assert finding.outcome == "found", finding.status.text()
    next_page(qtbot, window, PageId.SETTINGS)
    next_page(qtbot, window, PageId.CERTIFICATE, timeout=40000)
    return window.currentPage()


def to_testing(qtbot, window, demo, password: str, accept: bool = True):
    cert = to_certificate(qtbot, window, demo, password)
    (cert.accept if accept else cert.refuse).click()
    next_page(qtbot, window, PageId.TESTING)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    return testing


def verdict_kinds(window) -> list[str]:
    return [v.verdict.value for v in window.state.verdicts]


def finish(qtbot, window):
    next_page(qtbot, window, PageId.PROGRAMS)
    next_page(qtbot, window, PageId.DONE, timeout=30000)
    return window.currentPage()


def photo(window, name: str, language: str) -> None:
    """Each state photographed once in all three languages (from the English walk; the
    Danish and Norwegian walks check the same screens for artefacts)."""
    if language == "en":
        shoot(window, name)
    else:
        assert_plain(window)


def said(window, text) -> str:
    return window.lang.t(text)


@pytest.mark.parametrize("language", LANGS)
def test_an_empty_password_is_flagged_and_done_says_what_is_open(qtbot, make_wizard, demo, language):
    window = make_wizard(language)
    account = to_account(qtbot, window, demo.user, "")
    assert account.password_hint.text() == said(window, T("No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it. Providers that sign you in on their own page (as Gmail and Microsoft 365 do) need none here."))
    photo(window, "walk-empty-password-1-account", language)
    testing = to_testing(qtbot, window, demo, "")
    assert Verdict.PROVEN.value not in verdict_kinds(window)[:2]  # receiving and sending: not tried
    assert verdict_kinds(window)[:2] == ["not-tried", "not-tried"]
    assert testing.status.text() == said(window, T("Without the password the wizard cannot prove the login. Type it below and choose Test again."))
    assert not testing.isComplete()  # no Next without an explicit choice
    assert testing.password_row.isVisible() and testing.anyway.isVisible()
    photo(window, "walk-empty-password-2-testing", language)
    testing.anyway.click()
    assert testing.isComplete()
    done = finish(qtbot, window)
    assert done.verdict.kind == "warning"  # never green
    assert said(window, T("Set up, but not everything is proven yet. Still open:")) in done.verdict.label.text()
    assert said(window, T("The mail program asks for the password the first time; type it there.")) in done.verdict.label.text()
    photo(window, "walk-empty-password-3-done", language)


@pytest.mark.parametrize("language", LANGS)
def test_a_wrong_password_is_fixed_on_the_testing_page(qtbot, make_wizard, demo, language):
    window = make_wizard(language)
    testing = to_testing(qtbot, window, demo, "not-the-password")
    assert verdict_kinds(window)[:2] == ["failed", "failed"]
    assert testing.status.text() == said(window, T("The password was not accepted. Type it again below and choose Test again."))
    rows = [testing.findings.item(i).text() for i in range(testing.findings.count())]
    assert any("“" in row or "«" in row for row in rows) and not any("b'" in row for row in rows)  # the server's own words, decoded
    assert not testing.isComplete()
    found = [testing.findings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(testing.findings.count())]
    assert found == ["auth-failed", "auth-failed"]  # IMAP and SMTP: the POP3 server of the other kind is left out
    photo(window, "walk-wrong-password-1-testing", language)
    # The fix is where the problem shows: no Back, no other page.
    testing.password.clear()
    qtbot.keyClicks(testing.password, demo.password)
    assert window.state.password == demo.password and window.page(int(PageId.ACCOUNT)).password.text() == demo.password
    qtbot.mouseClick(testing.again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    assert all(v == "proven" for v in verdict_kinds(window)), verdict_kinds(window)
    assert testing.isComplete() and not testing.anyway.isVisible() and not testing.password_row.isVisible()
    photo(window, "walk-wrong-password-2-fixed", language)
    done = finish(qtbot, window)
    assert done.verdict.kind == "ok"
    from tests.gui.test_accelerators import accelerators

    assert {k: v for k, v in accelerators(window, PageId.DONE).items() if len(v) > 1} == {}  # with its Open buttons
    photo(window, "walk-wrong-password-3-done", language)


@pytest.mark.parametrize("language", LANGS)
def test_a_refused_certificate_can_be_accepted_after_going_back(qtbot, make_wizard, demo, home, language):
    window = make_wizard(language)
    testing = to_testing(qtbot, window, demo, demo.password, accept=False)
    assert "refused" in verdict_kinds(window)
    assert not testing.isComplete()
    photo(window, "walk-certificate-1-refused", language)
    window.back()
    assert window.currentId() == int(PageId.CERTIFICATE)
    window.currentPage().accept.click()
    next_page(qtbot, window, PageId.TESTING)
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    assert all(v == "proven" for v in verdict_kinds(window)), verdict_kinds(window)
    assert [c.sha256 for c in window.state.accepted] == [demo.mail_sha256] and window.state.refused == []
    photo(window, "walk-certificate-2-accepted", language)
    finish(qtbot, window)
    override = (home / ".thunderbird" / "abcd1234.default-esr" / "cert_override.txt").read_text()
    assert demo.mail_sha256 in override  # the certificate the server shows now


@pytest.mark.parametrize("language", LANGS)
def test_refused_and_set_up_anyway_done_says_what_is_open(qtbot, make_wizard, demo, language):
    window = make_wizard(language)
    testing = to_testing(qtbot, window, demo, demo.password, accept=False)
    testing.anyway.click()
    done = finish(qtbot, window)
    assert done.verdict.kind == "warning"
    text = done.verdict.label.text()
    assert said(window, T("You did not accept the certificate of {host}.", host=f"imap.{demo.domain}:993")).split(":")[0] in text
    photo(window, "walk-certificate-3-refused-done", language)


@pytest.mark.parametrize("language", LANGS)
def test_a_mistyped_domain_says_so_and_offers_the_close_match(qtbot, make_wizard, language):
    window = make_wizard(language)
    finding = to_finding(qtbot, window, "anna@gmial.com", "a-secret-9")
    assert finding.outcome == "no-such-domain"
    assert finding.status.text() == said(window, T("The domain “{domain}” does not exist. Check the spelling after @ in your address.", domain="gmial.com"))
    assert finding.suggest.isVisible() and "anna@gmail.com" in finding.suggest.text()
    assert not finding.steps.isVisible()  # the technical table waits behind "Show details"
    assert not finding.isComplete()
    photo(window, "walk-mistyped-domain", language)
    finding.details.click()
    assert finding.steps.isVisible()
    photo(window, "walk-mistyped-domain-details", language)
    finding.suggest.click()
    assert str(window.state.address) == "anna@gmail.com"  # fixed, and searching again


@pytest.fixture
def closed_dns():
    """A DNS port nobody listens on: what a machine without a working network sees."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize("language", LANGS)
def test_no_network_says_check_your_internet_connection(qtbot, make_wizard, demo, closed_dns, language):
    from wizard.net import DnsServer

    window = make_wizard(language)
    backend = window.shared.backend
    normal = backend.make_context
    backend.make_context = lambda sink, deadline: dataclasses.replace(normal(sink, 8.0), dns_server=DnsServer("127.0.0.1", closed_dns), _resolver=None)
    finding = to_finding(qtbot, window, demo.user, demo.password)
    assert finding.outcome == "no-network"
    assert finding.status.text() == said(window, T("This computer could not reach the internet. Check your internet connection, then search again."))
    assert not finding.isComplete()
    photo(window, "walk-no-network", language)


@pytest.mark.parametrize("language", LANGS)
def test_cancel_asks_once_something_was_typed(qtbot, make_wizard, demo, language):
    from PySide6.QtGui import QCloseEvent

    window = make_wizard(language)
    window.reject()  # nothing typed yet: closes at once
    assert not window.isVisible()
    window.show()
    window.restart()
    to_account(qtbot, window, demo.user, "secret")
    answer_confirmation(window, stop=False)
    window.reject()
    assert window.isVisible() and window.confirmation_seen == said(window, T("Stop setting up your e-mail? What you typed is not kept, and no mail program is changed."))

    class Cross(QCloseEvent):  # the window's ✕: a close the window system sends
        def spontaneous(self) -> bool:
            return True

    answer_confirmation(window, stop=False)
    cross = Cross()
    window.closeEvent(cross)
    assert window.isVisible() and not cross.isAccepted()
    answer_confirmation(window, stop=True)
    window.reject()
    assert not window.isVisible()


def test_the_confirmation_is_photographed(qtbot, make_wizard, demo):
    from PySide6.QtCore import QTimer

    from tests.gui.walk import SHOTS

    for language in LANGS:
        window = make_wizard(language)
        to_account(qtbot, window, demo.user, "secret")

        def grab(window=window, language=language):
            box = window.confirm_box
            if box is None or not box.isVisible():
                QTimer.singleShot(10, grab)
                return
            settle()
            box.grab().save(str(SHOTS / f"walk-cancel-confirmation-{language}.png"))
            box.buttons()[0].click() if box.buttonRole(box.buttons()[0]) == box.ButtonRole.DestructiveRole else box.buttons()[1].click()

        SHOTS.mkdir(parents=True, exist_ok=True)
        QTimer.singleShot(0, grab)
        window.reject()
        assert not window.isVisible()


def test_a_stale_or_failed_pre_check_never_moves_the_page(qtbot, make_wizard, demo):
    window = make_wizard("en")
    finding = to_finding(qtbot, window, demo.user, demo.password)
    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    backend = window.shared.backend
    real = backend.diagnose

    async def fails(*args, **kwargs):
        import asyncio

        await asyncio.sleep(0.3)
        raise RuntimeError("boom")

    backend.diagnose = fails
    window.next()  # the pre-check starts: the form is locked while it runs
    assert window.currentId() == int(PageId.SETTINGS), window.currentId()
    assert settings.job is not None and not settings.kind_box.isEnabled() and not settings.isComplete()
    qtbot.waitUntil(lambda: settings.job is None, timeout=10000)
    assert window.currentId() == int(PageId.SETTINGS)  # a failed pre-check does not move on
    assert settings.kind_box.isEnabled() and settings.precheck.kind == "error"
    assert settings.precheck.label.text() == said(window, T("The servers could not be checked. Choose Next to try again, or change the settings."))
    shoot(window, "walk-precheck-failed")
    # An old result arriving after the settings changed is ignored.
    backend.diagnose = real
    window.next()
    old = settings.job
    settings.cancel()
    settings._apply()  # the person changes something
    window.next()
    assert settings.job is not old
    settings._prechecked(old, None)  # the old, cancelled run reports late
    assert window.currentId() == int(PageId.SETTINGS) and settings.job is not None
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.CERTIFICATE), timeout=40000)
    assert finding.outcome == "found"


def test_back_and_forward_keep_next_honest(qtbot, make_wizard, demo, closed_dns):
    from wizard.net import DnsServer

    window = make_wizard("en")
    backend = window.shared.backend
    normal = backend.make_context
    backend.make_context = lambda sink, deadline: dataclasses.replace(normal(sink, 8.0), dns_server=DnsServer("127.0.0.1", closed_dns), _resolver=None)
    finding = to_finding(qtbot, window, demo.user, demo.password)
    assert not finding.isComplete()  # nothing found: Next stays off
    assert not any(finding._shown_status(s.status).value == "started" for s in window.state.steps)  # no spinner left
    qtbot.mouseClick(finding.manual, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.SETTINGS))
    settings = window.currentPage()
    assert settings.title() == said(window, T("Your server settings"))  # not "Settings found"
    assert said(window, T("Step {number} of {total}", number=4, total=7)) in settings.subTitle()
    shoot(window, "walk-manual-settings")
    window.back()
    assert window.currentId() == int(PageId.FINDING)
    assert not finding.isComplete()  # still nothing found: Back does not turn Next on
    assert_plain(window)
