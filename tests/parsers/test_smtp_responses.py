"""SMTP replies, EHLO extensions and the 530 "STARTTLS first" answer."""

import pytest
from hypothesis import given, strategies as st

from wizard.parsers.smtp_responses import SmtpResponseError, auth_mechanisms, greeting_host, parse_ehlo, parse_line, parse_reply


def test_postfix_ehlo_before_tls_offers_starttls_but_no_auth():
    reply = parse_reply([b"250-mail.example.test\r\n", b"250-PIPELINING\r\n", b"250-SIZE 10240000\r\n", b"250-STARTTLS\r\n", b"250 8BITMIME\r\n"])
    ext = parse_ehlo(reply)
    assert "STARTTLS" in ext and ext["SIZE"] == ("10240000",) and not auth_mechanisms(ext)


def test_old_auth_equals_spelling_is_merged():
    reply = parse_reply(["250-smtp.example.com", "250-AUTH=LOGIN PLAIN", "250 AUTH PLAIN LOGIN CRAM-MD5"])
    assert auth_mechanisms(parse_ehlo(reply)) == {"LOGIN", "PLAIN", "CRAM-MD5"}


def test_530_means_tls_required_with_enhanced_code():
    reply = parse_reply([b"530 5.7.0 Must issue a STARTTLS command first\r\n"])
    assert reply.requires_tls and reply.enhanced == "5.7.0" and not reply.positive


def test_greeting_names_the_server():
    assert greeting_host(parse_reply([b"220 Mail.Example.Test. ESMTP Postfix\r\n"])) == "mail.example.test"
    assert greeting_host(parse_reply([b"554 go away\r\n"])) is None


@pytest.mark.parametrize(
    "lines",
    [[], [b"250-a", b"251 b"], [b"250-a"], [b"hello"], [b"250 a", b"250 b"], [b"* OK imap"]],
)
def test_malformed_replies_are_rejected(lines):
    with pytest.raises(SmtpResponseError):
        parse_reply(lines)


def test_bare_code_line_is_final():
    assert parse_line(b"250\r\n").last


@given(st.lists(st.binary(max_size=60), max_size=5))
def test_arbitrary_bytes_parse_or_raise(lines):
    try:
        parse_reply(lines)
    except SmtpResponseError:
        pass
