"""C1-C4 (SECURITY.md): self-signed, expired, bad signature, wrong name and a valid
certificate for another domain, on implicit TLS and STARTTLS for IMAP, POP3 and SMTP.
None of them may carry a login; the forged and expired ones cannot even be accepted."""

import pytest

from wizard.doctor import diagnose
from wizard.model import Protocol, Security, ServerSettings

pytestmark = pytest.mark.world

PASSWORD = "C1-c4 secret pw!"
EXPECTED = {
    "self-signed": ("cert-untrusted", "untrusted"),
    "expired": ("cert-expired", "expired"),
    "bad-signature": ("cert-untrusted", "untrusted"),
    "wrong-name": ("cert-hostname-mismatch", "hostname-mismatch"),
    "other-domain": ("cert-hostname-mismatch", "hostname-mismatch"),
}


@pytest.mark.parametrize("cert", list(EXPECTED))
@pytest.mark.parametrize("implicit", [True, False], ids=["tls", "starttls"])
@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_bad_certificate_is_reported_and_gets_no_password(protocol, implicit, cert, fake, make_ctx, store):
    server, host = fake(protocol, implicit, cert=cert)
    settings = ServerSettings(Protocol(protocol), host, server.port, Security.TLS if implicit else Security.STARTTLS)
    report = diagnose(f"alice@{host}", [settings], make_ctx(), password=PASSWORD, store=store)
    code, status = EXPECTED[cert]
    assert code in report.codes, report.codes
    assert report.services[0].certificate_status == status
    assert report.services[0].login == "not-tried"
    assert not report.ok
    assert not server.recording.contains_secret(PASSWORD, (f"alice@{host}", "alice"))
    assert report.services[0].certificate is not None and report.services[0].certificate.sha256


@pytest.mark.parametrize("cert", ["expired", "bad-signature", "wrong-name", "other-domain"])
def test_certificates_that_cannot_be_accepted_stay_rejected_even_with_their_fingerprint(cert, fake, make_ctx, store):
    server, host = fake("imap", True, cert=cert)
    settings = ServerSettings(Protocol.IMAP, host, 993, Security.TLS)
    first = diagnose(f"alice@{host}", [settings], make_ctx(), store=store)
    fingerprint = first.services[0].certificate.sha256
    again = diagnose(f"alice@{host}", [settings], make_ctx(), password=PASSWORD, store=store, accept=(fingerprint,))
    assert EXPECTED[cert][0] in again.codes and "cert-accepted" not in again.codes
    assert store.pins() == ()
    assert not server.recording.contains_secret(PASSWORD, (f"alice@{host}",))


def test_self_signed_certificate_can_be_accepted_by_fingerprint_and_is_then_pinned(fake, make_ctx, store):
    server, host = fake("imap", True, cert="self-signed")
    settings = ServerSettings(Protocol.IMAP, host, 993, Security.TLS)
    first = diagnose(f"alice@{host}", [settings], make_ctx(), store=store)
    info = first.services[0].certificate
    assert info.self_signed and "cert-untrusted" in first.codes
    finding = next(f for f in first.findings if f.code == "cert-untrusted")
    assert info.sha256 in finding.message.render() and "--accept-fingerprint" in finding.command.render() and "--" not in finding.fix.render()
    accepted = diagnose(f"alice@{host}", [settings], make_ctx(), store=store, accept=(info.sha256.replace(":", "").lower(),))
    assert "cert-accepted" in accepted.codes and accepted.services[0].certificate_status == "accepted"
    assert [p.sha256 for p in store.pins()] == [info.sha256]
    later = diagnose(f"alice@{host}", [settings], make_ctx(), store=store)
    assert later.services[0].certificate_status == "pinned" and later.ok
