"""One verdict per service: only what the doctor proved is proven; the person's refusals,
missing passwords and failures are named, with what to do."""

from __future__ import annotations

from datetime import datetime, timezone

from wizard.doctor import advice
from wizard.doctor.report import Report, ServiceReport
from wizard.gui.backend import Diagnosis
from wizard.gui.verdict import Role, Verdict, all_proven, certificates_in_use, port25_note, verdicts
from wizard.model import AccountConfig, CertificateInfo, Protocol, Security, ServerSettings, Source

IMAP = ServerSettings(Protocol.IMAP, "imap.example.test", 993, Security.TLS)
SMTP = ServerSettings(Protocol.SMTP, "smtp.example.test", 465, Security.TLS)
CONFIG = AccountConfig(Source.AUTOCONFIG, True, (IMAP,), (SMTP,))


def cert(sha: str, host: str = "imap.example.test", port: int = 993) -> CertificateInfo:
    return CertificateInfo(host=host, port=port, sha256=sha, der=b"", subject="CN=x", issuer="CN=x",
                           not_before=datetime(2026, 1, 1, tzinfo=timezone.utc), not_after=datetime(2027, 1, 1, tzinfo=timezone.utc), self_signed=True)


NEW, OLD = cert(":".join(["AA"] * 32)), cert(":".join(["BB"] * 32))


TRUSTED = cert(":".join(["CC"] * 32), "smtp.example.test", 465)
POP = cert(":".join(["DD"] * 32), "pop.example.test", 995)


def diagnosis(imap_login="ok", smtp_login="ok", cert_status="trusted", findings=(), certificate=NEW) -> Diagnosis:
    services = (
        ServiceReport("imap", IMAP.host, IMAP.port, "tls", tcp="open", certificate=certificate, certificate_status=cert_status, login=imap_login),
        ServiceReport("pop3", "pop.example.test", 995, "tls", tcp="open", certificate=POP, certificate_status="untrusted", login="skipped"),
        ServiceReport("smtp", SMTP.host, SMTP.port, "tls", tcp="open", certificate=TRUSTED, certificate_status="trusted", login=smtp_login),
    )
    report = Report("anna@example.test", services, tuple(findings))
    return Diagnosis(tuple(findings), report=report)


def by_role(found, role):
    return [v for v in found if v.role is role]


def test_everything_logged_in_and_trusted_is_proven():
    found = verdicts(CONFIG, diagnosis())
    assert all_proven(found)
    # the POP3 server this IMAP account does not use (and its certificate) does not count
    assert [v.role for v in found] == [Role.INCOMING, Role.OUTGOING, Role.CERTIFICATE, Role.CERTIFICATE]
    assert "pop.example.test" not in " ".join(v.reason.render() for v in found)


def test_no_password_is_not_tried_never_proven():
    found = verdicts(CONFIG, diagnosis("skipped", "skipped"))
    assert not all_proven(found)
    incoming = by_role(found, Role.INCOMING)[0]
    assert incoming.verdict is Verdict.NOT_TRIED and incoming.password
    assert "no password" in incoming.reason.render()


def test_a_wrong_password_fails_with_what_the_server_said():
    wrong = advice.auth_failed(IMAP, ("anna",), "b'LOGIN failed'")
    found = verdicts(CONFIG, diagnosis("failed", findings=(wrong,)))
    incoming = by_role(found, Role.INCOMING)[0]
    assert incoming.verdict is Verdict.FAILED and incoming.password
    assert "server said" in incoming.reason.render() and "b'" not in incoming.reason.render()


def test_a_refused_certificate_is_the_persons_refusal_not_a_failure():
    found = verdicts(CONFIG, diagnosis("not-tried", cert_status="untrusted", certificate=NEW), refused=(NEW,))
    assert by_role(found, Role.INCOMING)[0].verdict is Verdict.REFUSED
    assert Verdict.REFUSED in [v.verdict for v in by_role(found, Role.CERTIFICATE)]
    assert not all_proven(found)


def test_the_last_decision_counts():
    found = verdicts(CONFIG, diagnosis("ok", cert_status="accepted", certificate=NEW), accepted=(NEW,), refused=())
    assert all_proven(found)


def test_nothing_tested_is_nothing_proven():
    assert not all_proven(verdicts(CONFIG, None))
    assert not all_proven(())


def test_port_25_is_one_neutral_line_only_when_sending_is_proven():
    blocked = advice.port25_blocked(SMTP.host, (465, 587), False)
    assert "465" in port25_note(verdicts(CONFIG, diagnosis(findings=(blocked,))), (blocked,)).render()
    assert port25_note(verdicts(CONFIG, diagnosis(smtp_login="skipped", findings=(blocked,))), (blocked,)) is None
    assert port25_note(verdicts(CONFIG, diagnosis()), ()) is None


def test_writers_get_the_certificate_the_server_shows_now():
    shown_now = diagnosis("ok", cert_status="accepted", certificate=NEW)
    assert certificates_in_use(shown_now, accepted=(OLD, NEW)) == (NEW,)
    assert certificates_in_use(None, accepted=(OLD, NEW)) == (NEW,)  # untested: the last decision per server
    assert certificates_in_use(diagnosis(), accepted=()) == ()  # a trusted certificate needs no pin


def test_an_oauth2_server_is_settled_up_to_the_sign_in_but_never_called_proven():
    from dataclasses import replace

    from wizard.gui.verdict import all_settled, awaits_sign_in

    found = verdicts(replace(CONFIG, provider="Gmailish"), diagnosis(imap_login="oauth2", smtp_login="oauth2", cert_status="trusted", certificate=TRUSTED))
    incoming = by_role(found, Role.INCOMING)[0]
    assert incoming.verdict is Verdict.SIGN_IN and not incoming.proven and incoming.settled and not incoming.password
    assert "works up to the sign-in" in incoming.reason.render() and "Gmailish's own page" in incoming.reason.render()
    assert all_settled(found) and awaits_sign_in(found) and not all_proven(found)
    mixed = verdicts(CONFIG, diagnosis(imap_login="oauth2", smtp_login="failed"))
    assert not all_settled(mixed)


def test_a_server_whose_finding_explains_it_gets_a_short_row_and_keeps_its_reason():
    """The Testing page lists the findings under the verdicts: there a server's row says only
    what was checked and its state. Done lists no findings, so the reason stays whole."""
    logged_in = advice.login_ok(IMAP, "anna", ("anna",))
    found = verdicts(CONFIG, diagnosis(findings=(logged_in,)))
    incoming, outgoing = by_role(found, Role.INCOMING)[0], by_role(found, Role.OUTGOING)[0]
    assert incoming.short.render() == "Receiving mail (imap.example.test:993) works."
    assert "logged in to imap.example.test:993" in incoming.reason.render()
    assert outgoing.short is None  # no finding says that SMTP logged in: the reason is the row
    wrong = advice.auth_failed(IMAP, ("anna",), "b'LOGIN failed'")
    incoming = by_role(verdicts(CONFIG, diagnosis("failed", findings=(wrong,))), Role.INCOMING)[0]
    assert incoming.reason == wrong.message and incoming.short.render() == "Receiving mail (imap.example.test:993) does not work yet."
    assert by_role(verdicts(CONFIG, diagnosis("failed")), Role.INCOMING)[0].short is None  # nothing below says why
    skipped = advice.login_skipped(IMAP)
    incoming = by_role(verdicts(CONFIG, diagnosis("skipped", findings=(skipped,))), Role.INCOMING)[0]
    assert incoming.short.render() == "Receiving mail (imap.example.test:993) was not fully tested."
