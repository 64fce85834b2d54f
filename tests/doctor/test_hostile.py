"""Hostile servers (SECURITY.md T1-T4, E1) on IMAP, POP3 and SMTP, plus a server that
trickles one byte a second and one with a 10 MB greeting. Each records every byte it got:
the password must never be among them."""

import time

import pytest

from wizard.doctor import diagnose
from wizard.model import Protocol, Security, ServerSettings

pytestmark = pytest.mark.world

PASSWORD = "Hostile-test pass 42"


def _run(fake, make_ctx, store, protocol, implicit, mode, cert="valid", security=None, **ctx_args):
    server, host = fake(protocol, implicit, mode=mode, cert=cert)
    security = security or (Security.TLS if implicit else Security.STARTTLS)
    settings = ServerSettings(Protocol(protocol), host, server.port, security)
    started = time.monotonic()
    report = diagnose(f"alice@{host}", [settings], make_ctx(**ctx_args), password=PASSWORD, store=store)
    elapsed = time.monotonic() - started
    assert not server.recording.contains_secret(PASSWORD, (f"alice@{host}", "alice", f"alice_{host}")), "the password reached a hostile server"
    return report, server, elapsed


def codes(report, protocol):
    """The findings about the server itself (fake hosts have no port 25: port-25 notes aside)."""
    return tuple(f.code for f in report.findings_for(protocol))


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
@pytest.mark.parametrize(
    "mode,code",
    [("strip", "starttls-missing"), ("cleartext", "tls-failed"), ("refuse", "starttls-refused"), ("garbage", "tls-failed")],
    ids=["T1-stripped", "T2-cleartext", "T3-refused", "T4-corrupted"],
)
def test_starttls_attack_stops_before_any_credential(protocol, mode, code, fake, make_ctx, store):
    report, server, _ = _run(fake, make_ctx, store, protocol, False, mode)
    assert codes(report, protocol)[0] == code, report.codes
    assert report.services[0].login == "not-tried" and not report.ok
    assert server.recording.tls_sessions == 0
    # no second try (the SMTP port is also greeted once by the port-25 comparison), no AUTH
    assert server.recording.connections == (2 if protocol == "smtp" else 1)
    assert b"AUTH" not in bytes(server.recording.received).upper() and b"LOGIN" not in bytes(server.recording.received).upper()


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_corrupted_implicit_tls_is_a_tls_failure(protocol, fake, make_ctx, store):
    report, _, _ = _run(fake, make_ctx, store, protocol, True, "garbage")
    assert codes(report, protocol) == ("tls-failed",)


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_cleartext_reply_is_explained_as_unencrypted(protocol, fake, make_ctx, store):
    report, _, _ = _run(fake, make_ctx, store, protocol, False, "cleartext")
    assert "without encryption" in report.findings[0].message.render()


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_one_byte_a_second_greeting_times_out_within_the_read_limit(protocol, fake, make_ctx, store):
    report, _, elapsed = _run(fake, make_ctx, store, protocol, False, "slow", read=1.0)
    assert codes(report, protocol) == ("server-timeout",)
    assert elapsed < 3.0


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_ten_megabyte_greeting_is_cut_off(protocol, fake, make_ctx, store):
    report, _, elapsed = _run(fake, make_ctx, store, protocol, False, "huge")
    assert codes(report, protocol) == ("protocol-error",)
    assert elapsed < 3.0


def test_imap_logindisabled_after_tls_is_respected(fake, make_ctx, store):
    report, server, _ = _run(fake, make_ctx, store, "imap", True, "logindisabled")
    assert report.codes == ("login-disabled",) and "LOGINDISABLED" in report.findings[0].message.render()
    assert b"LOGIN " not in bytes(server.recording.received).upper().replace(b"LOGOUT", b"")


def test_smtp_without_auth_after_tls_gets_no_credentials(fake, make_ctx, store):
    report, server, _ = _run(fake, make_ctx, store, "smtp", True, "noauth")
    assert codes(report, "smtp") == ("login-disabled",)
    assert b"AUTH" not in bytes(server.recording.received).upper()


def test_smtp_530_in_the_clear_is_reported_and_no_auth_is_sent(fake, make_ctx, store):
    """The server offers AUTH without TLS (E1 bait) and answers 530 to MAIL: the doctor
    sends no AUTH and says the server itself insists on encryption."""
    report, server, _ = _run(fake, make_ctx, store, "smtp", False, "require-tls", security=Security.PLAIN)
    assert codes(report, "smtp") == ("plaintext-only",)
    assert "530" in report.findings[0].message.render()
    assert b"AUTH" not in bytes(server.recording.received).upper()



@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_injected_answers_after_starttls_end_the_talk_before_any_credential(protocol, fake, make_ctx, store):
    """USENIX Security 2021 ("Why TLS is better without STARTTLS"): forged capabilities in the
    same packet as the STARTTLS answer. The doctor hangs up and names the attack."""
    report, server, _ = _run(fake, make_ctx, store, protocol, False, "inject")
    assert codes(report, protocol)[0] == "starttls-injection", report.codes
    assert report.services[0].login == "not-tried" and not report.ok
    assert server.recording.tls_sessions == 0
    assert b"AUTH" not in bytes(server.recording.received).upper() and b"PASS" not in bytes(server.recording.received).upper()


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
@pytest.mark.parametrize("implicit", [True, False], ids=["inside-tls", "before-starttls"])
def test_endless_capability_answers_are_cut_off(protocol, implicit, fake, make_ctx, store):
    """Untagged IMAP answers, CAPA lines or EHLO lines without end: a protocol error after a
    bounded number of lines, not a process that grows until the machine gives up."""
    report, server, _ = _run(fake, make_ctx, store, protocol, implicit, "flood")
    assert codes(report, protocol) == ("protocol-error",), report.codes
    assert "longer than any mail server sends" in report.findings_for(protocol)[0].message.render()


def test_a_gigabyte_literal_is_refused_unread(fake, make_ctx, store):
    report, server, _ = _run(fake, make_ctx, store, "imap", True, "literal")
    assert codes(report, "imap") == ("protocol-error",), report.codes
    assert "1073741824" in report.findings_for("imap")[0].message.render()


@pytest.mark.parametrize("protocol", ["imap", "smtp"])
def test_control_a_well_behaved_server_does_receive_the_login(protocol, fake, make_ctx, store):
    """The control case: with a valid certificate and AUTH after TLS the fake server does get
    the password, so the recordings above would have caught one."""
    server, host = fake(protocol, False)
    settings = ServerSettings(Protocol(protocol), host, server.port, Security.STARTTLS)
    report = diagnose(f"alice@{host}", [settings], make_ctx(), password=PASSWORD, store=store)
    assert "auth-failed" in report.codes
    assert server.recording.contains_secret(PASSWORD, (f"alice@{host}", "alice", f"alice_{host}"))


@pytest.mark.parametrize("protocol", ["imap", "smtp"])
def test_app_password_demand_is_recognised_and_stops_the_variants(protocol, fake, make_ctx, store):
    server, host = fake(protocol, True, mode="apppassword")
    settings = ServerSettings(Protocol(protocol), host, server.port, Security.TLS)
    report = diagnose(f"alice@{host}", [settings], make_ctx(), password=PASSWORD, store=store)
    finding = report.findings_for(protocol)[0]
    assert finding.code == "app-password-required"
    assert "Application-specific password required" in finding.message.render() and "app password" in finding.fix.render()
    assert server.recording.connections <= (3 if protocol == "smtp" else 2)  # the first user name only (+ port-25 probe)


def test_intercepted_port_25_is_told_apart_from_the_provider(fake, make_ctx, store):
    """Port 25 answers with another server's name, 465 with the provider's: an access
    provider's transparent proxy."""
    _, host = fake("smtp", True)  # 465, the provider
    fake("smtp", False, mode="intercept", host=host, port=25)
    settings = ServerSettings(Protocol.SMTP, host, 465, Security.TLS)
    report = diagnose(f"alice@{host}", [settings], make_ctx(), store=store)
    finding = next(f for f in report.findings if f.code == "port25-intercepted")
    assert "relay.isp-filter.example" in finding.message.render() and finding.port == 25


def test_a_user_name_with_a_line_break_never_reaches_the_server(fake, make_ctx, store):
    """Issue 12 item 6, the protocol's own guard: a configured user name that would put a
    second command on the line is refused by the command writer, whatever let it through."""
    server, host = fake("imap", True)
    settings = ServerSettings(Protocol.IMAP, host, server.port, Security.TLS, username="alice\r\na9 DELETE INBOX")
    report = diagnose(f"alice@{host}", [settings], make_ctx(), password=PASSWORD, store=store)
    assert codes(report, "imap") == ("protocol-error",)
    assert "control character" in report.findings_for("imap")[0].message.render()
    assert b"DELETE" not in bytes(server.recording.received).upper()
    assert not server.recording.contains_secret(PASSWORD, ("alice",))
