"""The usual courtesies: the language remembered, the keyring offered only where one exists (and
elsewhere why not), programs on this computer apart from files, Mac and iPhone merged when they share a file,
and a provider's migration checklist only when an account was moved."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.gui.backend import MailProgram, Written
from wizard.gui.pageid import PageId
from wizard.gui.pages_finish import done_entries, outlook_steps
from wizard.i18n import T
from wizard.model import EmailAddress


def test_the_language_chosen_is_remembered_for_the_next_start(make_wizard):
    import argparse

    from wizard.gui.app import _language

    window = make_wizard("en")
    window.currentPage().language.setCurrentIndex(2)  # Norsk bokmål
    assert _language(argparse.Namespace(lang=None)) == "nb"
    assert _language(argparse.Namespace(lang="da")) == "da"  # --lang still wins


def test_the_keyring_is_offered_only_where_one_exists_and_else_the_page_says_why(make_wizard, monkeypatch):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    window.state.password = "pw-123456"
    backend = window.shared.backend
    for why in (T("No system keyring was found on this computer."), None):
        monkeypatch.setattr(type(backend), "keyring_problem", lambda self, why=why: why)
        window.setStartId(int(PageId.PROGRAMS))
        window.restart()
        page = window.currentPage()
        assert page.keyring.isVisible() is (why is None) and page.keyring_detail.isVisible() is (why is None)
        assert page.keyring_missing.isVisible() is (why is not None)
    window.setStartId(int(PageId.PROGRAMS))
    monkeypatch.setattr(type(backend), "keyring_problem", lambda self: T("No system keyring was found on this computer."))
    window.restart()
    assert window.currentPage().keyring_missing.text() == "The password cannot be kept in this computer's keyring. No system keyring was found on this computer."


def _fits(label) -> bool:
    """The label shows all its lines: as tall as its text needs at its width, and inside the page."""
    page = label.parentWidget()
    bottom = label.mapTo(page, label.rect().bottomLeft()).y()
    return label.height() >= label.heightForWidth(label.width()) and bottom <= page.height() and label.width() <= page.width()


@pytest.mark.parametrize("setting", ["variable", "file"])
def test_a_keyring_setting_that_keeps_it_from_use_is_named_on_the_programs_page(setting, make_wizard, monkeypatch, tmp_path):
    """The real keyring library, as a fresh start meets it: PYTHON_KEYRING_BACKEND names a
    keyring that is not installed, or keyringrc.cfg turns the keyring off. The page says so
    under the Thunderbird choice, in each language, all of it on screen (photographed in
    en/da/nb)."""
    import keyring.core

    from tests.gui.walk import settle, shoot
    from wizard.i18n import load_catalog

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if setting == "variable":
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.nowhere.VaultKeyring")
        why = T("The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which is not installed.", name="keyrings.nowhere.VaultKeyring")
    else:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        settings = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
        settings.parent.mkdir(parents=True)
        settings.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n", encoding="utf-8")
        why = T("The keyring settings file {path} turns the system keyring off (it names {name}).", path=str(settings), name="keyring.backends.null.Keyring")
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    window.state.password = "pw-123456"
    window.setStartId(int(PageId.PROGRAMS))
    window.restart()
    page = window.currentPage()
    assert not page.keyring.isVisible() and page.keyring_missing.isVisible()
    for language in ("en", "da", "nb"):
        window.lang.set(language)
        settle()
        expected = T("The password cannot be kept in this computer's keyring. {problem}", problem=why).render(load_catalog(language))
        assert page.keyring_missing.text() == expected
        assert _fits(page.keyring_missing), language
    window.lang.set("en")
    assert all(p.exists() for p in shoot(window, f"programs-no-keyring-{setting}"))


def test_programs_here_come_apart_from_files_and_only_the_default_profile_is_ticked(make_wizard, monkeypatch):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    programs = [
        MailProgram("thunderbird:/a", T("Thunderbird, profile “a”"), T("in {path}", path="/a"), default=True),
        MailProgram("thunderbird:/b", T("Thunderbird, profile “b”"), T("in {path}", path="/b")),
        MailProgram("outlook", T("Outlook"), T("Outlook")),
        MailProgram("sheet", T("Settings sheet"), T("Settings sheet"), default=True),
    ]
    monkeypatch.setattr(type(window.shared.backend), "mail_programs", lambda self: programs)
    window.setStartId(int(PageId.PROGRAMS))
    window.restart()
    page = window.currentPage()
    ticked = {p.key: box.isChecked() for p, box, _ in page.boxes}
    assert ticked == {"thunderbird:/a": True, "thunderbird:/b": False, "outlook": False, "sheet": True}
    order = [page.list_layout.itemAt(i).widget() for i in range(page.list_layout.count())]
    assert order.index(page.local_heading) < order.index(page.boxes[1][1]) < order.index(page.files_heading) < order.index(page.boxes[2][1])


def test_a_thunderbird_without_a_profile_says_start_it_once(make_wizard, monkeypatch):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    backend = type(window.shared.backend)
    monkeypatch.setattr(backend, "_profiles", lambda self: [])
    monkeypatch.setattr(backend, "thunderbird_installed", lambda self: True)
    window.setStartId(int(PageId.PROGRAMS))
    window.restart()
    page = window.currentPage()
    program, box, detail = page.boxes[0]
    assert not box.isEnabled() and "Start Thunderbird once" in detail.text()
    assert page.look_again.isVisible()


def test_mac_and_iphone_share_one_block_when_they_share_the_file(tmp_path: Path):
    profile = tmp_path / "anna.mobileconfig"
    apple = Written(MailProgram("apple", T("Apple Mail (Mac)"), T("x")), True, (), (profile,))
    phone = Written(MailProgram("iphone", T("iPhone or iPad"), T("x")), True, (), (profile,))
    [entry] = done_entries([apple, phone])
    assert len(entry.labels) == 2 and all("anna.mobileconfig" in line.render() for line in entry.lines)


def test_outlook_takes_at_most_three_plain_steps_naming_the_files(tmp_path: Path):
    steps = outlook_steps((tmp_path / "autodiscover-example.com.xml", tmp_path / "outlook-example.com.reg"))
    assert len(steps) <= 3 and str(tmp_path) in steps[0].render() and "outlook-example.com.reg" in steps[1].render()


def test_the_migration_checklist_shows_only_when_an_account_was_moved(make_wizard):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    from wizard.gui.backend import ProviderInfo

    window.state.provider = ProviderInfo(name="Example Mail", checklist=(T("Create your forwarding rules again."),))
    window.setStartId(int(PageId.DONE))
    window.restart()
    assert not window.currentPage().checklist.isVisible()  # a first setup
    window.state.moved = True
    window.currentPage().retranslate()
    assert window.currentPage().checklist.isVisible()


def _exchange_config(url: str):
    from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source

    return AccountConfig(Source.AUTODISCOVER, True, (ServerSettings(Protocol.EXCHANGE, "mail.business.test", 443, Security.TLS, url=url),), ())


def test_business_mail_is_offered_in_thunderbird_as_an_exchange_account_when_its_ews_address_is_known(make_wizard, monkeypatch):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@business.test")
    programs = [MailProgram("thunderbird:/a", T("Thunderbird, profile “a”"), T("in {path}", path="/a"), default=True),
                MailProgram("sheet", T("Settings sheet"), T("Settings sheet"), default=True)]
    monkeypatch.setattr(type(window.shared.backend), "mail_programs", lambda self: programs)
    for url, offered in (("https://mail.business.test/EWS/Exchange.asmx", True), ("https://mail.business.test/autodiscover/autodiscover.xml", False)):
        window.state.config, window.state.kind = _exchange_config(url), "exchange"
        window.setStartId(int(PageId.PROGRAMS))
        window.restart()
        page = window.currentPage()
        program, box, detail = page.boxes[0]
        assert box.isEnabled() is offered and box.isChecked() is offered
        if offered:
            assert "As an Exchange account" in detail.text() and "calendar and contacts are not set up" in detail.text()
        else:
            assert "needs the address of the Exchange server's web service (EWS)" in detail.text()
        window.lang.set("da")
        assert "Exchange" in detail.text() and "As an Exchange" not in detail.text() and "needs the address" not in detail.text()
        window.lang.set("en")
