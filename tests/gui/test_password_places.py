"""Where the proven password goes, as the programs page offers it and the Done page tells it:
Thunderbird remembers it (ticked when a password was typed and proven) in its own encrypted
login store; the system keyring keeps it only when asked, for the wizard's own later checks;
Outlook and Apple devices ask once. Screenshots of both pages in en/da/nb."""

from __future__ import annotations

import json

import pytest

from tests.gui.walk import shoot
from wizard.gui.backend import Diagnosis
from wizard.gui.pageid import PageId
from wizard.i18n import T
from wizard.model import AccountConfig, EmailAddress, Finding, Protocol, Security, ServerSettings, Severity, Source
from wizard.profiles.thunderbird import nss

PASSWORD = "proven pass 42"
PROFILE = ("home", ".thunderbird", "abcd1234.default-esr")

try:
    nss.load()
    HAVE_NSS = True
except nss.NssUnavailable:
    HAVE_NSS = False


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _at_programs(make_wizard, language: str, *, password: str = PASSWORD, proven: bool = True):
    window = make_wizard(language)
    state = window.state
    state.address = EmailAddress.parse("anna@example.test")
    state.password = password
    state.config = AccountConfig(Source.MANUAL, True, (ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS),), (ServerSettings(Protocol.SMTP, "mail.example.test", 465, Security.TLS),))
    code = "login-ok" if proven else "login-skipped"
    state.diagnosis = Diagnosis((Finding(code, Severity.INFO, "imap", "mail.example.test", 993, T("Logged in.")),))
    window.setStartId(int(PageId.PROGRAMS))
    window.restart()
    return window, window.currentPage()


def _choose_only(programs, *keys: str) -> None:
    for program, box, _ in programs.boxes:
        box.setChecked(any(program.key.startswith(k) for k in keys))


def _finish(qtbot, window) -> None:
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.DONE), timeout=30000)


def test_a_proven_password_is_offered_to_thunderbird_and_the_keyring_is_not_ticked(make_wizard) -> None:
    window, programs = _at_programs(make_wizard, "en")
    assert programs.remember.isVisible() and programs.remember.isChecked()
    assert programs.keyring.isEnabled() and not programs.keyring.isChecked()
    assert "later checks" in programs.keyring_detail.text()
    shoot(window, "programs-password")


def test_an_unproven_password_is_not_ticked_and_no_password_offers_nothing(make_wizard) -> None:
    _, programs = _at_programs(make_wizard, "en", proven=False)
    assert programs.remember.isEnabled() and not programs.remember.isChecked()
    _, programs = _at_programs(make_wizard, "en", password="")
    assert not programs.remember.isEnabled() and not programs.keyring.isEnabled()


def test_the_offer_follows_the_thunderbird_choice(make_wizard) -> None:
    _, programs = _at_programs(make_wizard, "en")
    _choose_only(programs, "sheet")
    assert not programs.remember.isEnabled()
    _choose_only(programs, "thunderbird:")
    assert programs.remember.isEnabled() and programs.remember.isChecked()


@pytest.mark.skipif(not HAVE_NSS, reason="libnss3 is not installed (Debian package: libnss3)")
def test_thunderbird_remembers_it_and_done_says_where_it_went(qtbot, make_wizard, tmp_path) -> None:
    window, programs = _at_programs(make_wizard, "en")
    _choose_only(programs, "thunderbird:", "outlook")
    _finish(qtbot, window)
    profile = tmp_path.joinpath(*PROFILE)
    logins = json.loads((profile / "logins.json").read_bytes())["logins"]
    assert {e["hostname"] for e in logins} == {"imap://mail.example.test", "smtp://mail.example.test"}
    assert not [p for p in profile.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    summary = window.currentPage().shown_text()
    assert "Thunderbird remembers the password" in summary
    assert "Outlook then asks for your password once" in summary
    assert "not kept in this computer" in summary  # the keyring was not asked for
    shoot(window, "done-password")


def _block(window, program: str) -> list[str]:
    """The numbered items of one program's block on the Done page, as plain text."""
    from PySide6.QtGui import QTextDocument

    page = window.currentPage()
    [box] = [b for e, b in zip(page.entries, page.entry_widgets) if page.t(e.labels[0]) == program]
    doc = QTextDocument()
    doc.setHtml(box.label.text())
    return [line for line in doc.toPlainText().splitlines()[1:] if line.strip()]


@pytest.mark.parametrize("language, password, add_account", [("en", "password", "Add Account"), ("da", "adgangskode", "Tilføj konto"), ("nb", "passord", "Legg til konto")])
def test_outlook_tells_about_the_password_once_in_the_add_account_step(qtbot, make_wizard, language, password, add_account) -> None:
    """A home person reads Outlook's three steps, not the writer's expert steps after them:
    Add Account once, and in that one step what Outlook asks for then (the password) and that
    the copied files do not hold it."""
    window, programs = _at_programs(make_wizard, language)
    _choose_only(programs, "outlook")
    _finish(qtbot, window)
    steps = _block(window, "Outlook")
    assert len(steps) == 3, steps
    assert [add_account in step for step in steps] == [False, False, True], steps
    assert [password in step.lower() for step in steps] == [False, False, True], steps
    window.lang.set("en")
    said = _block(window, "Outlook")[2]
    assert "Outlook then asks for your password once" in said and "not in these files" in said


@pytest.mark.parametrize("language, password", [("en", "password"), ("da", "adgangskode"), ("nb", "passord")])
@pytest.mark.parametrize("keys, program, asking", [(("apple",), "Apple Mail (Mac)", "The Mac then asks for your password once"), (("iphone",), "iPhone or iPad", "The iPhone or iPad then asks for your password once"), (("apple", "iphone"), "Apple Mail (Mac)", "The Mac and the iPhone or iPad each ask for your password once")])
def test_apple_tells_about_the_password_once_in_the_install_step(qtbot, make_wizard, language, password, keys, program, asking) -> None:
    """The profile holds no password, so the device asks for it while installing: the block
    says so once, in its last install step (the one that opens the profile), with that the
    profile does not hold it; a Mac and an iPhone sharing the profile are told together."""
    window, programs = _at_programs(make_wizard, language)
    _choose_only(programs, *keys)
    _finish(qtbot, window)
    steps = _block(window, window.currentPage().t(T(program)))
    assert len(steps) == len(keys), steps
    assert [password in step.lower() for step in steps] == [False] * (len(keys) - 1) + [True], steps
    assert steps[-1].lower().count(password) == 2, steps  # asks for it; it is not in the profile
    window.lang.set("en")
    said = _block(window, program)[-1]
    assert asking in said and "not in the profile" in said and "install it" in said


def test_declining_writes_no_login_and_done_says_thunderbird_asks_once(qtbot, make_wizard, tmp_path) -> None:
    window, programs = _at_programs(make_wizard, "da")
    _choose_only(programs, "thunderbird:")
    programs.remember.setChecked(False)
    _finish(qtbot, window)
    profile = tmp_path.joinpath(*PROFILE)
    assert (profile / "prefs.js").is_file()
    assert not (profile / "logins.json").exists() and not (profile / "key4.db").exists()
    window.lang.set("en")
    assert "Thunderbird asks for the password once" in window.currentPage().shown_text()


def test_the_keyring_keeps_it_only_when_ticked_and_done_says_what_for(qtbot, make_wizard, real_keyring) -> None:
    window, programs = _at_programs(make_wizard, "nb")
    _choose_only(programs, "sheet")
    programs.keyring.setChecked(True)
    _finish(qtbot, window)
    assert real_keyring.lookup("mailsetup", "anna@example.test") == PASSWORD
    summary = window.currentPage().shown_text()
    assert "senere kontroller" in summary  # what it is kept for, in the person's language
    window.lang.set("en")
    assert "later checks" in window.currentPage().shown_text()
