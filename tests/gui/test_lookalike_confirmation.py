"""The confirmation screen for a look-alike domain (SECURITY notes, class 9): even settings
from a trusted source wait for the person, who sees the punycode beside the Unicode form and
a warning naming the name it imitates, in English, Danish and Norwegian."""

from __future__ import annotations

from tests.gui.test_consent import open_settings
from tests.gui.walk import shoot
from wizard.gui.pageid import PageId
from wizard.model import AccountConfig, EmailAddress, Protocol, Security, ServerSettings, Source

ASCII = "xn--pypal-4ve.com"  # pаypal.com with a Cyrillic "а"


def trusted_lookalike() -> AccountConfig:
    return AccountConfig(Source.AUTOCONFIG, True,
                         (ServerSettings(Protocol.IMAP, f"imap.{ASCII}", 993, Security.TLS),),
                         (ServerSettings(Protocol.SMTP, f"smtp.{ASCII}", 465, Security.TLS),),
                         origin=f"https://autoconfig.{ASCII}/mail/config-v1.1.xml")


def test_trusted_settings_for_a_look_alike_domain_wait_for_a_warned_confirmation(qtbot, make_wizard):
    window = make_wizard("en")
    open_settings(window, trusted_lookalike())
    window.state.address = EmailAddress.parse(f"anna@{ASCII}")
    page = window.currentPage()
    page.retranslate()
    assert window.currentId() == int(PageId.SETTINGS)
    assert page.consent_box.isVisible() and not page.isComplete()
    shown = page.domain.text().replace("\u200b", "")
    assert "pаypal.com" in shown and ASCII in shown
    details = page.consent_details.text()
    assert "Look-alike warning" in details and "paypal.com" in details and ASCII in details
    shoot(window, "4c-settings-lookalike")
    for language, word in (("da", "Advarsel om forveksling"), ("nb", "Advarsel om forveksling")):
        window.lang.set(language)
        assert word in page.consent_details.text()
    window.lang.set("en")
    page.consent_check.click()
    assert page.isComplete()


def test_an_ordinary_trusted_domain_needs_no_confirmation(qtbot, make_wizard):
    window = make_wizard("en")
    config = AccountConfig(Source.AUTOCONFIG, True, (ServerSettings(Protocol.IMAP, "imap.example.com", 993, Security.TLS),),
                           (ServerSettings(Protocol.SMTP, "smtp.example.com", 465, Security.TLS),))
    open_settings(window, config)
    page = window.currentPage()
    assert not page.consent_box.isVisible() and page.isComplete()
