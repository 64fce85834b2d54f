"""The usual courtesies: the language remembered, the keyring offered only where one exists,
programs on this computer apart from files, Mac and iPhone merged when they share a file,
and a provider's migration checklist only when an account was moved."""

from __future__ import annotations

from pathlib import Path

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


def test_the_keyring_is_offered_only_where_one_exists(make_wizard, monkeypatch):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    window.state.password = "pw-123456"
    backend = window.shared.backend
    for has in (False, True):
        monkeypatch.setattr(type(backend), "keyring_available", lambda self, has=has: has)
        window.setStartId(int(PageId.PROGRAMS))
        window.restart()
        page = window.currentPage()
        assert page.keyring.isVisible() is has


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
