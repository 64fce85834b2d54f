"""The small greeting/capability readers guessing uses."""

import pytest
from hypothesis import given, settings, strategies as st

from wizard.model import AuthMethod
from wizard.parsers.document import ParseError
from wizard.parsers import greeting as g


def test_dovecot_imap_greeting_before_tls():
    caps = g.imap_capabilities(g.imap_greeting("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready."))
    assert caps.starttls and caps.login_disabled and caps.mechanisms == frozenset()
    assert caps.auth_methods == ()


def test_imap_capability_response_after_tls():
    caps = g.imap_capabilities(["* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-256 AUTH=XOAUTH2", "a1 OK done"], "a1")
    assert caps.mechanisms == {"PLAIN", "SCRAM-SHA-256", "XOAUTH2"}
    assert caps.auth_methods == (AuthMethod.PASSWORD_ENCRYPTED, AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.OAUTH2)


@pytest.mark.parametrize("line", ["* BYE go away", "+OK POP3 ready", "220 smtp ready", ""])
def test_non_imap_greetings_are_refused(line):
    with pytest.raises(ParseError):
        g.imap_greeting(line)


def test_pop3_capa():
    lines = ["+OK", "CAPA", "TOP", "UIDL", "STLS", "SASL PLAIN LOGIN", "USER", "."]
    assert g.pop3_response_done(lines)
    caps = g.pop3_capa(lines)
    assert caps.starttls and caps.user_command and caps.mechanisms == {"PLAIN", "LOGIN"}


def test_smtp_ehlo_multiline():
    lines = ["250-mail.example.test", "250-PIPELINING", "250-STARTTLS", "250 AUTH PLAIN LOGIN"]
    assert g.smtp_reply_done(lines) and not g.smtp_reply_done(lines[:2])
    caps = g.smtp_ehlo(lines)
    assert caps.starttls and caps.mechanisms == {"PLAIN", "LOGIN"}


def test_smtp_refusal_is_a_parse_error():
    with pytest.raises(ParseError):
        g.smtp_greeting(["554 no service"])
    with pytest.raises(ParseError):
        g.smtp_reply(["250-a", "220 b"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=100), max_size=6))
def test_fuzz_readers_only_ever_give_parse_errors(lines):
    for reader in (g.imap_capabilities, g.pop3_capa, g.smtp_ehlo, g.smtp_greeting):
        try:
            reader(lines)
        except ParseError:
            pass
    for line in lines:
        for reader in (g.imap_greeting, g.pop3_greeting):
            try:
                reader(line)
            except ParseError:
                pass
    g.smtp_reply_done(lines)
    g.pop3_response_done(lines)
