"""A pack's OAuth 2 client registration (issue 15): issuer, client id and scopes of a
public client, each field checked by name; a secret is refused with its own reason."""

from __future__ import annotations

import pytest

from wizard.providers import PresetError, parse_provider_file
from wizard.providers.model import OAuthClient

PACK = '''
name = "Signed Mail"
domains = ["signed.test"]

[[incoming]]
protocol = "imap"
host = "mail.signed.test"

[oauth2]
issuer = "https://login.signed.test/tenant"
client_id = "mailsetup-test-world"
scopes = ["mail.imap", "mail.smtp", "offline_access"]
'''


def parse(text: str):
    return parse_provider_file(text.encode(), "signed.toml", "signed")


def test_registration_is_read_and_shown_in_the_json():
    provider = parse(PACK)
    assert provider.oauth2 == OAuthClient("https://login.signed.test/tenant", "mailsetup-test-world", ("mail.imap", "mail.smtp", "offline_access"))
    assert provider.to_json()["oauth2"] == {"issuer": "https://login.signed.test/tenant", "client_id": "mailsetup-test-world", "scopes": ["mail.imap", "mail.smtp", "offline_access"]}


def test_a_pack_without_one_has_none():
    assert parse(PACK.split("[oauth2]")[0]).oauth2 is None


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda s: s.replace('client_id = "mailsetup-test-world"\n', ""), "oauth2.client_id", "missing"),
    (lambda s: s + 'client_secret = "s3cret"\n', "oauth2.client_secret", "no secret"),
    (lambda s: s.replace("https://login.signed.test/tenant", "http://login.signed.test"), "oauth2.issuer", "https://"),
    (lambda s: s.replace("https://login.signed.test/tenant", "https://login.signed.test/?t=1"), "oauth2.issuer", "query"),
    (lambda s: s.replace('["mail.imap", "mail.smtp", "offline_access"]', "[]"), "oauth2.scopes", "at least one"),
    (lambda s: s.replace('"mail.smtp"', '"mail smtp"'), "oauth2.scopes[1]", "one scope"),
    (lambda s: s.replace('"mail.smtp"', "7"), "oauth2.scopes[1]", "non-empty text"),
    (lambda s: s + 'redirect = "https://elsewhere.test"\n', "oauth2.redirect", "unknown"),
    (lambda s: s.split("[oauth2]")[0].replace('name = "Signed Mail"', 'name = "Signed Mail"\noauth2 = 1'), "oauth2", "table"),
])
def test_a_broken_registration_is_refused_naming_the_field(change, field, words):
    with pytest.raises(PresetError) as caught:
        parse(change(PACK))
    assert caught.value.field == field
    text = caught.value.text.render()
    assert field in text and words in text and "s3cret" not in text
