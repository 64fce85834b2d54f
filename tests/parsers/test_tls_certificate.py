"""Certificate details from DER, host-name matching and validity, with trustme certificates."""

import datetime as dt

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from hypothesis import given, strategies as st

from wizard.parsers.tls_certificate import (
    CertificateParseError,
    certificate_info,
    hostname_matches,
    name_matches,
    validity_problem,
)


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA(organization_name="parser test CA")


def test_details_of_a_ca_issued_certificate(ca):
    der = _der(ca.issue_cert("mail.example.test", "imap.example.test").cert_chain_pems[0].bytes())
    info = certificate_info(der, "mail.example.test", 993)
    assert info.sans == ("mail.example.test", "imap.example.test")
    assert "parser test CA" in info.issuer and not info.self_signed
    assert len(info.sha256) == 95 and info.sha256.count(":") == 31
    assert validity_problem(info) is None
    assert info.pem().startswith("-----BEGIN CERTIFICATE-----")


def test_expired_certificate_is_reported_expired(ca):
    now = dt.datetime.now(dt.timezone.utc)
    der = _der(ca.issue_cert("mail.example.test", not_before=now - dt.timedelta(days=9), not_after=now - dt.timedelta(days=1)).cert_chain_pems[0].bytes())
    assert validity_problem(certificate_info(der, "mail.example.test", 993)) == "expired"


def test_ca_certificate_is_self_signed(ca):
    assert certificate_info(_der(ca.cert_pem.bytes()), "x", 1).self_signed


def test_hostname_matching_uses_sans(ca):
    der = _der(ca.issue_cert("mail.example.test", "*.mail.example.test", "127.0.1.10").cert_chain_pems[0].bytes())
    assert hostname_matches(der, "mail.example.test")
    assert hostname_matches(der, "MAIL.example.test.")
    assert hostname_matches(der, "imap.mail.example.test")
    assert not hostname_matches(der, "a.b.mail.example.test")
    assert not hostname_matches(der, "evil.test")
    assert hostname_matches(der, "127.0.1.10") and not hostname_matches(der, "127.0.1.11")


@pytest.mark.parametrize(
    "pattern,host,ok",
    [
        ("*.example.com", "mail.example.com", True),
        ("*.example.com", "example.com", False),
        ("*.com", "example.com", False),
        ("m*.example.com", "mail.example.com", False),
        ("mail.example.com", "mail.example.com.evil.test", False),
        ("*.example.com", "xn--bcher-kva.example.com", False),
    ],
)
def test_wildcards_cover_exactly_one_leftmost_label(pattern, host, ok):
    assert name_matches([pattern], host) is ok


def test_garbage_is_not_a_certificate():
    with pytest.raises(CertificateParseError):
        certificate_info(b"\x30\x03garbage", "x", 1)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_parse_or_raise(data):
    try:
        certificate_info(data, "h", 1)
    except CertificateParseError:
        pass
