"""Servers whose provider signs people in on its own page (OAuth2): the doctor proves
everything up to that sign-in, checks that XOAUTH2/OAUTHBEARER is offered inside TLS, and
never sends the password, even when one was typed (the servers record every byte)."""

import time
from dataclasses import replace

import pytest

from wizard.doctor import diagnose
from wizard.model import AccountConfig, AuthMethod, Protocol, Security, ServerSettings, Source
from wizard.protocols import sasl

pytestmark = pytest.mark.world

OAUTH = (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)
PASSWORD = "correct horse battery staple"


def _config(hosts: dict[str, str], provider: str = "Example 365", auth=OAUTH, smtp_port: int = 587) -> AccountConfig:
    incoming = tuple(ServerSettings(Protocol(p), h, {"imap": 993, "pop3": 995}[p], Security.TLS, auth=auth) for p, h in hosts.items() if p != "smtp")
    outgoing = (ServerSettings(Protocol.SMTP, hosts["smtp"], smtp_port, Security.STARTTLS if smtp_port == 587 else Security.TLS, auth=auth),) if "smtp" in hosts else ()
    return AccountConfig(Source.ISPDB, True, incoming, outgoing, provider=provider)


def _nothing_sent(server) -> None:
    data = bytes(server.recording.received)
    assert not server.recording.contains_secret(PASSWORD, ("someone@example.test", "someone"))
    for verb in (b"LOGIN", b"AUTHENTICATE", b"AUTH ", b"USER ", b"PASS "):
        assert verb not in data.upper().replace(b"LOGOUT", b""), (verb, data)


def test_oauth2_servers_are_proven_up_to_sign_in_and_get_no_password(fake, make_ctx, store):
    imap, imap_host = fake("imap", True, mode="oauth2")
    pop3, pop3_host = fake("pop3", True, mode="oauth2")
    smtp, smtp_host = fake("smtp", False, mode="oauth2")
    config = _config({"imap": imap_host, "pop3": pop3_host, "smtp": smtp_host})
    report = diagnose("someone@example.test", config, make_ctx(), password=PASSWORD, store=store)
    for server in (imap, pop3, smtp):
        assert server.recording.tls_sessions >= 1  # the capabilities were read inside TLS
        _nothing_sent(server)
    assert report.ok and report.awaits_sign_in
    assert [s.login for s in report.services] == ["oauth2", "oauth2", "oauth2"]
    assert all(s.sign_in == "oauth2" and s.certificate_status == "trusted" for s in report.services)
    assert "login-ok" not in report.codes and "auth-failed" not in report.codes
    signs = [f for f in report.findings if f.code == "oauth2-sign-in"]
    assert {f.service for f in signs} == {"imap", "pop3", "smtp"}
    imap_words = next(f for f in signs if f.service == "imap").message.render()
    assert imap_words.startswith("Example 365 signs you in on its own page; your mail program will open it.")
    assert "OAUTHBEARER, XOAUTH2" in imap_words and "Your password was not sent." in imap_words
    assert next(f for f in signs if f.service == "pop3").message.render().count("XOAUTH2") == 1
    data = report.to_json()
    assert data["awaits_sign_in"] is True
    assert data["services"][0]["sign_in"] == "oauth2" and "XOAUTH2" in data["services"][0]["mechanisms"]
    assert data["labels"]["state"]["oauth2"] == "signs in on the provider's own page (not tried here)"
    assert PASSWORD not in str(data)


def test_without_a_password_the_words_do_not_claim_one_was_kept_back(fake, make_ctx, store):
    _, host = fake("imap", True, mode="oauth2")
    report = diagnose("someone@example.test", _config({"imap": host}), make_ctx(), store=store)
    words = next(f for f in report.findings if f.code == "oauth2-sign-in").message.render()
    assert "password" not in words.lower() and report.services[0].login == "oauth2"


def test_a_server_not_offering_oauth2_although_its_provider_says_so_is_an_error(fake, make_ctx, store):
    imap, host = fake("imap", True)  # PLAIN and LOGIN only
    report = diagnose("someone@example.test", _config({"imap": host}), make_ctx(), password=PASSWORD, store=store)
    _nothing_sent(imap)
    finding = next(f for f in report.findings if f.code == "oauth2-not-offered")
    words = finding.message.render()
    assert "provider's own page" in words and "LOGIN, PLAIN" in words and "No password was sent." in words
    assert not report.ok and not report.awaits_sign_in and report.services[0].login == "blocked"


def test_smtp_without_any_auth_after_tls_is_oauth2_not_offered(fake, make_ctx, store):
    _, host = fake("smtp", False, mode="noauth")
    report = diagnose("someone@example.test", _config({"smtp": host}), make_ctx(), password=PASSWORD, store=store)
    assert "oauth2-not-offered" in report.codes and "login-disabled" not in report.codes


def test_a_password_after_oauth2_is_not_the_way_in_but_password_first_still_is(fake, make_ctx, store):
    """Only the preferred method decides: password-cleartext first with OAuth2 offered as
    well is a password server (the login is tried, and refused by the fake)."""
    imap, host = fake("imap", True, mode="oauth2")
    report = diagnose("someone@example.test", _config({"imap": host}, auth=(AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.OAUTH2)), make_ctx(), password=PASSWORD, store=store)
    assert report.services[0].sign_in == "password" and "auth-failed" in report.codes
    assert imap.recording.contains_secret(PASSWORD, ("someone@example.test",))


def test_a_send_test_is_not_run_against_oauth2_servers_and_the_report_says_why(fake, make_ctx, store):
    imap, imap_host = fake("imap", True, mode="oauth2")
    smtp, smtp_host = fake("smtp", True, mode="oauth2")
    report = diagnose("someone@example.test", _config({"imap": imap_host, "smtp": smtp_host}, smtp_port=465), make_ctx(), password=PASSWORD, store=store, send_test=True)
    assert "send-test-failed" not in report.codes and "send-test-ok" not in report.codes and report.ok
    skipped = [f for f in report.findings if f.code == "send-test-skipped"]
    assert len(skipped) == 1 and skipped[0].severity.value == "info" and skipped[0].service == ""
    words = skipped[0].message.render()
    assert words.startswith("No test message to someone@example.test was sent: Example 365 signs you in on its own page (OAuth2)") and "password" in words
    for server in (imap, smtp):
        _nothing_sent(server)
        assert b"MAIL FROM" not in bytes(server.recording.received).upper() and b"SEARCH" not in bytes(server.recording.received).upper()


def test_without_a_send_test_asked_for_nothing_is_said_of_one(fake, make_ctx, store):
    _, imap_host = fake("imap", True, mode="oauth2")
    report = diagnose("someone@example.test", _config({"imap": imap_host}), make_ctx(), password=PASSWORD, store=store)
    assert not [c for c in report.codes if c.startswith("send-test")]


def test_a_send_test_without_a_password_is_skipped_with_a_finding_and_nothing_sent(world, make_ctx, store):
    host = "mail.example.test"
    servers = [ServerSettings(Protocol.IMAP, host, 993, Security.TLS), ServerSettings(Protocol.SMTP, host, 465, Security.TLS)]
    report = diagnose(world.user("alice").address, servers, make_ctx(), store=store, send_test=True)
    skipped = [f for f in report.findings if f.code == "send-test-skipped"]
    assert len(skipped) == 1 and "no password to log in with" in skipped[0].message.render()
    assert "send-test-failed" not in report.codes


def test_the_real_dovecot_sees_no_login_from_an_oauth2_config(world, make_ctx, store):
    """The world's Dovecot offers no OAuth2 mechanism: an OAuth2 config pointing at it gets
    oauth2-not-offered for IMAP and POP3, and Dovecot logs no authentication attempt."""
    alice = world.user("alice")
    before = world.dovecot_log.read_text(errors="replace")
    host = "mail.example.test"
    report = diagnose(alice.address, _config({"imap": host, "pop3": host, "smtp": host}, smtp_port=465), make_ctx(), password=alice.password, store=store)
    assert {f.service for f in report.findings if f.code == "oauth2-not-offered"} >= {"imap", "pop3"}
    time.sleep(0.3)  # Dovecot writes its log asynchronously
    new_log = world.dovecot_log.read_text(errors="replace")[len(before):]
    ours = [line for line in new_log.splitlines() if "-login:" in line and "disconnected" in line.lower()]
    assert ours and all("no auth attempts" in line for line in ours), ours
    assert "Login: user=<" not in new_log and alice.password not in new_log


# -- the test message with the token of the wizard's own sign-in ------------------------------------
TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJzb21lb25lIn0.c2lnbmVk"  # the fakes take any token


def _token_messages(server) -> int:
    """How many of the token's SASL messages (either mechanism) reached `server`."""
    data = bytes(server.recording.received)
    return sum(data.count(blob) for blob in (sasl.xoauth2("someone@example.test", TOKEN), sasl.oauthbearer("someone@example.test", TOKEN)))


def test_the_test_message_keeps_to_the_mechanism_its_login_worked_with(fake, make_ctx, store):
    """The sending server took the token with XOAUTH2, then offers only OAUTHBEARER (which
    would take it too): the test message is not sent, and the token went there only once."""
    imap, imap_host = fake("imap", True, mode="oauth2-accept")
    smtp, smtp_host = fake("smtp", True, mode="oauth2-fickle")
    config = _config({"imap": imap_host, "smtp": smtp_host}, smtp_port=465)
    report = diagnose("someone@example.test", config, make_ctx(), store=store, send_test=True, token=TOKEN)
    assert [(s.protocol, s.login, s.login_mechanism) for s in report.services] == [("imap", "ok", "OAUTHBEARER"), ("smtp", "ok", "XOAUTH2")]
    failed = [f for f in report.findings if f.code == "send-test-failed"]
    assert len(failed) == 1 and "it could not be sent (no XOAUTH2)" in failed[0].message.render()
    assert "send-test-skipped" not in report.codes and "send-test-ok" not in report.codes
    assert smtp.tokens_taken == 1 and _token_messages(smtp) == 1  # the login's, and no other
    assert b"MAIL FROM" not in bytes(smtp.recording.received).upper() and b"SEARCH" not in bytes(imap.recording.received).upper()
    assert TOKEN not in str(report.to_json())


def test_the_test_message_logs_in_with_the_token_in_the_same_mechanism_to_send_and_to_look(fake, make_ctx, store):
    imap, imap_host = fake("imap", True, mode="oauth2-accept")
    smtp, smtp_host = fake("smtp", True, mode="oauth2-accept")
    config = _config({"imap": imap_host, "smtp": smtp_host}, smtp_port=465)
    report = diagnose("someone@example.test", config, make_ctx(), password=PASSWORD, store=store, send_test=True, token=TOKEN)
    assert "send-test-ok" in report.codes and "send-test-failed" not in report.codes  # (the fake IMAP finds anything asked for)
    smtp_data, imap_data = bytes(smtp.recording.received), bytes(imap.recording.received)
    assert smtp_data.count(b"AUTH OAUTHBEARER ") == 2 and b"XOAUTH2" not in smtp_data  # the login, then the test message
    assert b"MAIL FROM:<someone@example.test>" in smtp_data and b"Subject: mailsetup test " in smtp_data
    assert imap_data.count(b"AUTHENTICATE OAUTHBEARER") == 2 and b"SEARCH SUBJECT" in imap_data
    for server in (imap, smtp):
        assert not server.recording.contains_secret(PASSWORD, ("someone@example.test", "someone"))


def test_no_token_goes_to_a_sending_server_without_encryption(fake, make_ctx, store):
    imap, imap_host = fake("imap", True, mode="oauth2-accept")
    smtp, smtp_host = fake("smtp", False, mode="oauth2-accept")
    config = _config({"imap": imap_host, "smtp": smtp_host})
    plain = replace(config, outgoing=(replace(config.outgoing[0], security=Security.PLAIN),))
    report = diagnose("someone@example.test", plain, make_ctx(), store=store, send_test=True, token=TOKEN)
    assert "send-test-failed" in report.codes and "send-test-ok" not in report.codes
    assert _token_messages(smtp) == 0 and b"AUTH" not in bytes(smtp.recording.received).upper()
    assert b"SEARCH" not in bytes(imap.recording.received).upper()


def test_a_signed_in_account_whose_other_server_needs_the_missing_password_skips_the_test_message(fake, make_ctx, store):
    imap, imap_host = fake("imap", True, mode="oauth2-accept")
    smtp, smtp_host = fake("smtp", True)  # a password server, and no password given
    config = _config({"imap": imap_host, "smtp": smtp_host}, smtp_port=465)
    mixed = replace(config, outgoing=(replace(config.outgoing[0], auth=(AuthMethod.PASSWORD_CLEARTEXT,)),))
    report = diagnose("someone@example.test", mixed, make_ctx(), store=store, send_test=True, token=TOKEN)
    skipped = [f for f in report.findings if f.code == "send-test-skipped"]
    assert len(skipped) == 1 and "no password to log in with" in skipped[0].message.render()
    assert _token_messages(smtp) == 0 and b"MAIL FROM" not in bytes(smtp.recording.received).upper()
    assert b"SEARCH" not in bytes(imap.recording.received).upper()
