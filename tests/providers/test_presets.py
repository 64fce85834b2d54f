"""Provider presets: a frozen model, validated with errors naming the bad field."""

from pathlib import Path

import pytest

from wizard.model import EmailAddress, Protocol, Security
from wizard.providers import PresetError, load_presets, parse_provider_file

GOOD = b'''
name = "Example Mail"
domains = ["example.com", "Example.NET"]
mx = ["*.mx.example.com"]
[[incoming]]
protocol = "imap"
host = "imap.%EMAILDOMAIN%"
port = 993
security = "tls"
username = "%EMAILLOCALPART%"
[[outgoing]]
protocol = "smtp"
host = "smtp.example.com"
port = 465
security = "tls"
auth = ["plain"]
'''


def test_a_good_file_loads_and_expands_placeholders():
    provider = parse_provider_file(GOOD, "example.toml", "example")
    assert provider.id == "example" and provider.serves_domain("example.net") and provider.serves_mx("a.mx.example.com")
    incoming, outgoing = provider.settings_for(EmailAddress.parse("jo@example.com"))
    assert (incoming[0].protocol, incoming[0].host, incoming[0].username, incoming[0].security) == (Protocol.IMAP, "imap.example.com", "jo", Security.TLS)
    assert outgoing[0].auth[0].value == "password-cleartext"


@pytest.mark.parametrize("change, field", [
    (lambda s: s.replace(b'name = "Example Mail"\n', b""), "name"),
    (lambda s: s.replace(b"port = 993", b"port = 0"), "incoming[0].port"),
    (lambda s: s.replace(b'security = "tls"', b'security = "maybe"', 1), "incoming[0].security"),
    (lambda s: s.replace(b'protocol = "imap"', b'protocol = "smtp"'), "incoming[0].protocol"),
    (lambda s: s.replace(b'auth = ["plain"]', b'auth = ["magic"]'), "outgoing[0].auth[0]"),
    (lambda s: b'colour = "red"\n' + s, "colour"),
    (lambda s: s.replace(b'"Example.NET"', b'"not a domain"'), "domains[1]"),
    (lambda s: s.replace(b'host = "smtp.example.com"', b'host = "bad host!"'), "outgoing[0].host"),
    (lambda s: s + b"[[[", "*"),
])
def test_errors_name_the_bad_field(change, field):
    with pytest.raises(PresetError) as caught:
        parse_provider_file(change(GOOD), "example.toml", "example")
    assert caught.value.field == field
    assert field in caught.value.text.render() and "example.toml" in caught.value.text.render()


def test_extra_directories_are_loaded(tmp_path: Path):
    (tmp_path / "ex.toml").write_bytes(GOOD)
    presets = load_presets([tmp_path])
    assert presets.for_domain("example.com").name == "Example Mail"
    assert presets.for_mx("b.mx.example.com") is not None and presets.for_domain("other.com") is None


def test_bundled_presets_are_valid():
    load_presets()


def test_the_bundled_packs_are_parsed_once_and_read_the_same_each_time():
    first, second = load_presets(), load_presets()
    assert first == second and first.providers
    assert all(a is b for a, b in zip(first.providers, second.providers))  # parsed once per program run
