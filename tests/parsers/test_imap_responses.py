"""IMAP greetings, capability lines and tagged results, as real servers send them."""

import pytest
from hypothesis import given, strategies as st

from wizard.parsers.imap_responses import (
    ImapResponseError,
    auth_mechanisms,
    login_allowed,
    parse_greeting,
    parse_response,
)

DOVECOT = b"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.\r\n"


def test_dovecot_greeting_carries_capabilities_including_logindisabled():
    greeting = parse_greeting(DOVECOT)
    assert greeting.status == "OK"
    assert {"STARTTLS", "LOGINDISABLED", "IMAP4REV1"} <= greeting.capabilities
    assert not login_allowed(greeting.capabilities)


def test_greeting_without_capability_code_has_none():
    greeting = parse_greeting(b"* OK IMAP4rev1 Service Ready\r\n")
    assert greeting.capabilities is None and greeting.text == "IMAP4rev1 Service Ready"


def test_bye_greeting_is_recognised():
    assert parse_greeting(b"* BYE too many connections\r\n").status == "BYE"


@pytest.mark.parametrize("line", [b"220 smtp.example.com ESMTP\r\n", b"+OK POP3 ready\r\n", b"a1 OK done\r\n", b"\r\n"])
def test_other_protocols_greetings_are_not_imap_greetings(line):
    with pytest.raises(ImapResponseError):
        parse_greeting(line)


def test_untagged_capability_response_lists_auth_mechanisms():
    response = parse_response(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2\r\n")
    assert auth_mechanisms(response.capabilities) == {"PLAIN", "LOGIN", "XOAUTH2"}
    assert login_allowed(response.capabilities)


def test_tagged_failure_exposes_the_response_code():
    response = parse_response(b"a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
    assert (response.tag, response.status, response.code_name, response.text) == ("a3", "NO", "AUTHENTICATIONFAILED", "Authentication failed.")


def test_gmail_alert_for_app_passwords_is_an_alert_code():
    response = parse_response(b"a1 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)")
    assert response.code_name == "ALERT" and "Application-specific password" in response.text


def test_continuation_and_numeric_untagged_responses():
    assert parse_response(b"+ go ahead\r\n").tag == "+"
    exists = parse_response(b"* 3 EXISTS\r\n")
    assert (exists.status, exists.text) == ("EXISTS", "3")


def test_tagged_response_with_unknown_status_is_rejected():
    with pytest.raises(ImapResponseError):
        parse_response(b"a1 MAYBE hello\r\n")


@given(st.binary(max_size=200))
def test_arbitrary_bytes_either_parse_or_raise_the_parsers_error(data):
    try:
        parse_response(data)
    except ImapResponseError:
        pass
