"""POP3 status lines and CAPA answers."""

import pytest
from hypothesis import given, strategies as st

from wizard.parsers.pop3_responses import Pop3ResponseError, is_terminator, parse_capa, parse_status, sasl_mechanisms, user_allowed


def test_ok_and_err_status_lines():
    assert parse_status(b"+OK Dovecot ready.\r\n") == parse_status("+OK Dovecot ready.")
    assert parse_status(b"+OK\r\n").ok
    failure = parse_status(b"-ERR [AUTH] Authentication failed.\r\n")
    assert not failure.ok and failure.code == "AUTH"


@pytest.mark.parametrize("line", [b"* OK imap\r\n", b"220 smtp\r\n", b"+OKAY\r\n", b""])
def test_non_pop3_lines_are_rejected(line):
    with pytest.raises(Pop3ResponseError):
        parse_status(line)


def test_capa_before_stls_hides_user_and_sasl():
    capa = parse_capa([b"CAPA\r\n", b"TOP\r\n", b"UIDL\r\n", b"RESP-CODES\r\n", b"STLS\r\n", b".\r\n"])
    assert "STLS" in capa and not user_allowed(capa) and not sasl_mechanisms(capa)


def test_capa_after_stls_offers_login():
    capa = parse_capa(["USER", "SASL PLAIN LOGIN", "."])
    assert user_allowed(capa) and sasl_mechanisms(capa) == {"PLAIN", "LOGIN"}


def test_terminator_and_dot_stuffing():
    assert is_terminator(b".\r\n") and not is_terminator(b"..\r\n")
    assert "." + "X" in parse_capa([b"..X\r\n", b".\r\n"]) or ".X" in parse_capa([b"..X\r\n"])


@given(st.binary(max_size=100))
def test_arbitrary_bytes_parse_or_raise(data):
    try:
        parse_status(data)
    except Pop3ResponseError:
        pass
