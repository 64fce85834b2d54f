"""AccountConfig: ranked servers, their source, and whether a person must confirm them."""

import pytest

from wizard.model import AccountConfig, ConsentReason, HelpPage, Protocol, Security, ServerSettings, SettingsError, Source

IMAP = ServerSettings(Protocol.IMAP, "imap.example.com", 993, Security.TLS)
SMTP = ServerSettings(Protocol.SMTP, "smtp.example.com", 465, Security.TLS)


def test_json_round_trip_keeps_everything():
    config = AccountConfig(Source.SRV, False, (IMAP,), (SMTP,), "Example", "_imaps._tcp.example.com", (ConsentReason("unsigned-dns", "example.com"),))
    data = config.to_json()
    assert data["source"] == "srv" and data["trusted"] is False
    assert data["incoming"][0]["host"] == "imap.example.com"
    assert AccountConfig.from_json(data) == config


def test_a_two_factor_page_is_kept_through_json_and_absent_from_it_when_there_is_none():
    config = AccountConfig(Source.ISPDB, True, (IMAP,), (SMTP,), "Example", two_factor_page=HelpPage("https://example.com/app-passwords", "App passwords"))
    data = config.to_json()
    assert data["two_factor_page"] == {"url": "https://example.com/app-passwords", "description": "App passwords"}
    assert AccountConfig.from_json(data) == config
    assert "two_factor_page" not in AccountConfig(Source.ISPDB, True, (IMAP,)).to_json()  # the contract's fields, as before
    with pytest.raises(SettingsError):
        AccountConfig.from_json({**data, "two_factor_page": {"url": "http://example.com/app-passwords"}})


def test_untrusted_or_flagged_configs_need_consent():
    assert AccountConfig(Source.AUTOCONFIG, False, (IMAP,), (SMTP,)).needs_consent
    assert AccountConfig(Source.AUTOCONFIG, True, (IMAP,), (SMTP,), consent=(ConsentReason("foreign-redirect"),)).needs_consent
    assert not AccountConfig(Source.PRESET, True, (IMAP,), (SMTP,)).needs_consent


def test_smtp_cannot_be_an_incoming_server():
    with pytest.raises(SettingsError):
        AccountConfig(Source.MANUAL, False, (SMTP,), ())


def test_sources_rank_in_the_drafts_order():
    assert [s.value for s in sorted(Source, key=lambda s: s.rank)][:7] == ["preset", "autoconfig", "ispdb", "mx", "autodiscover", "srv", "guess"]
