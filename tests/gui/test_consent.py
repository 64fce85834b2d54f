"""Untrusted settings need an explicit confirmation that shows what could be forged."""

from __future__ import annotations

from tests.gui.walk import shoot
from wizard.gui.backend import Discovered
from wizard.gui.pageid import PageId
from wizard.model import AccountConfig, ConsentReason, EmailAddress, Protocol, Security, ServerSettings, Source

LONG_LABEL = "a" * 63  # the longest DNS label: must be shown whole
LOOKALIKE = "xn--pypal-4ve.com"  # pаypal.com with a Cyrillic "а"


def untrusted_config() -> AccountConfig:
    return AccountConfig(
        Source.SRV,
        False,
        (ServerSettings(Protocol.IMAP, f"imap.{LOOKALIKE}", 993, Security.TLS),),
        (ServerSettings(Protocol.SMTP, f"smtp.{LONG_LABEL}.net", 587, Security.PLAIN),),
        origin="_imaps._tcp.example.com",
        consent=(ConsentReason("unsigned-dns"), ConsentReason("foreign-srv-target", f"imap.{LOOKALIKE}")),
    )


def open_settings(window, config: AccountConfig) -> None:
    window.state.address = EmailAddress.parse("anna@example.com")
    window.state.discovered = Discovered((config,))
    window.setStartId(int(PageId.SETTINGS))
    window.restart()


def test_untrusted_settings_wait_for_an_explicit_confirmation(qtbot, make_wizard):
    window = make_wizard("en")
    open_settings(window, untrusted_config())
    page = window.currentPage()
    assert window.currentId() == int(PageId.SETTINGS)
    assert page.consent_box.isVisible()
    assert not page.isComplete()
    shown = page.domain.text().replace("\u200b", "")
    assert f"{LONG_LABEL}.net" in shown  # the full registrable domain (67 characters), never cut
    assert "pаypal.com" in shown and LOOKALIKE in shown  # unicode and punycode forms
    details = page.consent_details.text()
    assert "mixes letters from different alphabets" in details
    assert "WITHOUT encryption" in details
    assert "outside your address" in details
    assert "DNS service record points to a server outside" in details
    assert page.domain.width() <= page.width()  # wrapped inside the window, not cut at its edge
    shoot(window, "4b-settings-consent")
    page.consent_check.click()
    assert page.isComplete()
    assert window.state.consented


def test_the_manual_form_validates_as_you_type_and_starts_at_implicit_tls(qtbot, make_wizard):
    window = make_wizard("en")
    window.state.address = EmailAddress.parse("anna@example.com")
    window.state.discovered = Discovered(())
    window.setStartId(int(PageId.SETTINGS))
    window.restart()
    page = window.currentPage()
    assert page.manual_box.isVisible()
    assert page.m_in_port.value() == 993 and page.m_out_port.value() == 465
    assert page.m_in_host.text() == "imap.example.com"
    assert page.isComplete()
    page.m_in_host.setText("bad host!")
    assert "not a valid server name" in page.m_error.text()
    assert not page.isComplete()
    page.m_in_host.setText("mail.example.com")
    page.m_in_sec.setCurrentIndex(1)  # STARTTLS
    assert page.m_in_port.value() == 143
    assert page.isComplete() and window.state.config.incoming[0].security is Security.STARTTLS
    shoot(window, "4c-settings-manual")
