"""Certificate verdicts without a network: which certificates may carry a login."""

import datetime as dt

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from wizard.doctor.certcheck import ChainError, judge
from wizard.model import Protocol, Security, ServerSettings
from wizard.model.fingerprint import Pin
from wizard.parsers.tls_certificate import certificate_info, identity_names

SERVER = ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS)
UNKNOWN = ChainError(20, "unable to get local issuer certificate")
FORGED = ChainError(7, "certificate signature failure")


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def cert(ca, *names, **kw):
    pem = ca.issue_cert(*names, **kw).cert_chain_pems[0].bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return certificate_info(der, SERVER.host, SERVER.port), identity_names(der)


def test_trusted_certificate_needs_nothing(ca):
    info, names = cert(ca, "mail.example.test")
    verdict = judge(SERVER, info, names, None, None, frozenset())
    assert (verdict.status, verdict.usable, verdict.findings) == ("trusted", True, ())


def test_unknown_authority_is_acceptable_only_with_its_exact_fingerprint(ca):
    info, names = cert(ca, "mail.example.test")
    assert judge(SERVER, info, names, UNKNOWN, None, frozenset()).findings[0].code == "cert-untrusted"
    assert not judge(SERVER, info, names, UNKNOWN, None, frozenset({":".join(["00"] * 32)})).usable
    verdict = judge(SERVER, info, names, UNKNOWN, None, frozenset({info.sha256}))
    assert verdict.status == "accepted" and verdict.pin_now and verdict.needs_pin_check


def test_pin_accepts_exactly_one_certificate(ca):
    info, names = cert(ca, "mail.example.test")
    other, _ = cert(ca, "mail.example.test")
    assert judge(SERVER, info, names, UNKNOWN, Pin(SERVER.host, 993, info.sha256), frozenset()).status == "pinned"
    changed = judge(SERVER, info, names, None, Pin(SERVER.host, 993, other.sha256), frozenset())
    assert changed.status == "changed" and not changed.usable and changed.findings[0].code == "cert-changed"


@pytest.mark.parametrize("pinned", [False, True])
def test_expired_and_wrong_name_are_never_usable_even_pinned_or_accepted(ca, pinned):
    now = dt.datetime.now(dt.timezone.utc)
    expired, names = cert(ca, "mail.example.test", not_before=now - dt.timedelta(days=3), not_after=now - dt.timedelta(days=1))
    wrong, wrong_names = cert(ca, "other.example.test")
    for info, n, code in ((expired, names, "cert-expired"), (wrong, wrong_names, "cert-hostname-mismatch")):
        pin = Pin(SERVER.host, 993, info.sha256) if pinned else None
        verdict = judge(SERVER, info, n, UNKNOWN, pin, frozenset({info.sha256}))
        assert not verdict.usable and verdict.findings[0].code == code and not verdict.pin_now


def test_forged_signature_cannot_be_accepted(ca):
    info, names = cert(ca, "mail.example.test")
    verdict = judge(SERVER, info, names, FORGED, None, frozenset({info.sha256}))
    assert not verdict.usable and "forged" in verdict.findings[0].message.render()
