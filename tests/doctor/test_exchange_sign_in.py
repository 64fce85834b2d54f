"""Which sign-in an Exchange 401 means, and which servers the doctor checks as Exchange (pure)."""

from __future__ import annotations

import pytest

from wizard.doctor import servers_of
from wizard.doctor.exchange import Asked, is_ews, scheme_list, asked_for
from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source
from wizard.parsers.challenges import parse_challenges


@pytest.mark.parametrize("fields, expected", [
    (["Negotiate", "NTLM", 'Basic realm="x"'], Asked.BASIC),  # Basic wherever it is offered
    (['Bearer authorization_uri="https://login.example.test/"', 'Basic realm="x"'], Asked.BASIC),
    (['Bearer error="invalid_token"'], Asked.MODERN),
    (["Negotiate, NTLM", 'Bearer realm=""'], Asked.MODERN),
    (["NTLM"], Asked.WINDOWS),
    (["Negotiate"], Asked.WINDOWS),
    (['Digest realm="x", nonce="y"'], Asked.UNKNOWN),
    ([], Asked.UNKNOWN),
    (["Basic\r\nX: y"], Asked.UNKNOWN),  # a smuggled line is not an offer of Basic
])
def test_the_sign_in_a_challenge_asks_for(fields, expected):
    assert asked_for(parse_challenges(fields)) is expected


def test_scheme_names_read_as_people_write_them():
    assert scheme_list(parse_challenges(["negotiate, ntlm", "BASIC", "X-Other"])) == "Negotiate, NTLM, Basic, x-other"


def test_only_https_exchange_addresses_are_checked_and_only_the_first():
    ews = ServerSettings(Protocol.EWS, "ews.example.test", 443, Security.TLS, url="https://ews.example.test/EWS/Exchange.asmx")
    pack = ServerSettings(Protocol.EXCHANGE, "mamutmail.com", 443, Security.TLS, url="https://mamutmail.com")
    bare = ServerSettings(Protocol.EXCHANGE, "exchange.example.test", 443, Security.TLS)
    sync = ServerSettings(Protocol.ACTIVESYNC, "eas.example.test", 443, Security.TLS, url="https://eas.example.test/Microsoft-Server-ActiveSync")
    imap = ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS)
    assert is_ews(ews) and is_ews(pack) and not is_ews(bare) and not is_ews(sync) and not is_ews(imap)
    config = AccountConfig(Source.AUTODISCOVER, True, (bare, imap, ews, pack, sync))
    assert servers_of(config) == (imap, ews)
