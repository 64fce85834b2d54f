"""Trust: system store plus extra CA files plus pins, built fresh for every use."""

import ssl

import pytest
import trustme

from wizard.model.errors import UserError
from wizard.net import DnsServer, Trust
from wizard.model.fingerprint import Pin, fingerprint_sha256


def test_pins_are_per_host_and_port():
    trust = Trust(use_system=False).with_pin(Pin("IMAP.example.com.", 993, fingerprint_sha256(b"x")))
    assert trust.pin_for("imap.example.com", 993) is not None
    assert trust.pin_for("imap.example.com", 143) is None
    replaced = trust.with_pin(Pin("imap.example.com", 993, fingerprint_sha256(b"y")))
    assert len(replaced.pins) == 1 and replaced.pins[0].sha256 == fingerprint_sha256(b"y")


def test_extra_ca_file_is_trusted_and_each_context_is_new(tmp_path):
    ca = trustme.CA()
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    trust = Trust(use_system=False, ca_files=(path,))
    first, second = trust.ssl_context(), trust.ssl_context()
    assert first is not second
    assert first.verify_mode == ssl.CERT_REQUIRED and first.check_hostname
    assert len(first.get_ca_certs()) == 1


def test_a_missing_or_broken_ca_file_is_named(tmp_path):
    with pytest.raises(UserError):
        Trust(ca_files=(tmp_path / "missing.pem",))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with pytest.raises(UserError) as caught:
        Trust(ca_files=(junk,)).ssl_context()
    assert "junk.pem" in caught.value.text.render()


@pytest.mark.parametrize("text, expected", [("127.0.0.53", DnsServer("127.0.0.53", 53)), ("127.0.0.1:5353", DnsServer("127.0.0.1", 5353)), ("[::1]:53", DnsServer("::1", 53)), ("::1", DnsServer("::1", 53))])
def test_dns_server_option(text, expected):
    assert DnsServer.parse(text) == expected


@pytest.mark.parametrize("text", ["dns.example.com", "127.0.0.1:99999", "1.2.3.4:x"])
def test_bad_dns_server_option_is_named(text):
    with pytest.raises(UserError):
        DnsServer.parse(text)


def test_a_sealed_context_verifies_like_a_fresh_one_and_cannot_be_weakened(tmp_path):
    ca = trustme.CA()
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    trust = Trust(use_system=False, ca_files=(path,))
    sealed = trust.sealed_context()
    assert sealed.verify_mode == ssl.CERT_REQUIRED and sealed.check_hostname
    assert sealed.minimum_version == ssl.TLSVersion.TLSv1_2 and len(sealed.get_ca_certs()) == 1
    for name, value in (("check_hostname", False), ("verify_mode", ssl.CERT_NONE), ("minimum_version", ssl.TLSVersion.TLSv1)):
        with pytest.raises(AttributeError):
            setattr(sealed, name, value)
    with pytest.raises(AttributeError):
        sealed.load_verify_locations(cadata=ca.cert_pem.bytes().decode())
    assert sealed.check_hostname and sealed.verify_mode == ssl.CERT_REQUIRED
    unnamed = trust.sealed_context(check_hostname=False)  # the doctor checks names itself
    assert unnamed.verify_mode == ssl.CERT_REQUIRED and not unnamed.check_hostname
