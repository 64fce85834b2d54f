"""WWW-Authenticate challenges (RFC 7235) as servers send them and as they should not: each
case as text and as the bytes on the wire, with the same result. No sockets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from wizard.parsers.challenges import MAX_CHALLENGES, MAX_FIELD_CHARS, Challenge, parse_challenges

C = Challenge


def both(value: str):
    """The text's result, after checking the wire bytes (ISO-8859-1) give the same."""
    text = parse_challenges(value)
    assert parse_challenges(value.encode("latin-1")) == text
    return text


@pytest.mark.parametrize("value, expected", [
    ('Basic realm="EWS"', (C("basic", None, (("realm", "EWS"),)),)),
    ("Negotiate, NTLM", (C("negotiate"), C("ntlm"))),
    ("NTLM TlRMTVNTUAACAAAADAAMADAAAAA=", (C("ntlm", "TlRMTVNTUAACAAAADAAMADAAAAA="),)),
    ("Negotiate YIIB/wYGKwYBBQUCoIIB8zCCAe+g==", (C("negotiate", "YIIB/wYGKwYBBQUCoIIB8zCCAe+g=="),)),
    ('Basic realm="a", NTLM, Negotiate', (C("basic", None, (("realm", "a"),)), C("ntlm"), C("negotiate"))),
    ('Bearer realm="", error="invalid_token", error_description="The token expired"',
     (C("bearer", None, (("realm", ""), ("error", "invalid_token"), ("error_description", "The token expired"))),)),
    ('Digest realm="x", nonce="abc", qop="auth,auth-int", Basic realm="y"',
     (C("digest", None, (("realm", "x"), ("nonce", "abc"), ("qop", "auth,auth-int"))), C("basic", None, (("realm", "y"),)))),
    ("bAsIc ReAlM=x", (C("basic", None, (("realm", "x"),)),)),
    ('Basic realm = "spaced"', (C("basic", None, (("realm", "spaced"),)),)),  # BWS around "="
    ('Basic realm="say \\"hi\\", please"', (C("basic", None, (("realm", 'say "hi", please'),)),)),
    (",, Basic ,, NTLM ,", (C("basic"), C("ntlm"))),  # empty list elements are allowed
    ("Basic", (C("basic"),)),
    ('Basic realm="first", realm="second"', (C("basic", None, (("realm", "first"),)),)),  # the first counts
    # unquoted URLs, as some servers send them, still read as one value
    ("Bearer authorization_uri=https://login.example.test/common/oauth2/authorize?x=1",
     (C("bearer", None, (("authorization_uri", "https://login.example.test/common/oauth2/authorize?x=1"),)),)),
    ("NTLM abc=, Basic", (C("ntlm", "abc="), C("basic"))),  # padding, not a parameter
])
def test_challenges_as_servers_send_them(value, expected):
    assert both(value).challenges == expected


def test_exchange_online_bearer_with_its_many_parameters():
    value = ('Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", '
             'token_types="app_asserting_user", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"')
    found = both(value)
    assert found.schemes == ("bearer",) and not found.problems
    bearer = found.first("bearer")
    assert bearer is not None and bearer.param("Authorization_URI") == "https://login.microsoftonline.com/common/oauth2/authorize"
    assert bearer.param("error") == "invalid_token" and bearer.realm is None


def test_several_header_fields_are_one_list_in_order():
    found = parse_challenges([b"Negotiate", b"NTLM", b'Basic realm="mail.example.test"'])
    assert found.schemes == ("negotiate", "ntlm", "basic") and found.offers("BASIC")
    assert found.first("basic").realm == "mail.example.test"


def test_iso_8859_1_bytes_in_a_quoted_realm_are_read_as_http_reads_them():
    assert parse_challenges(b'Basic realm="caf\xe9"').first("basic").realm == "café"


@pytest.mark.parametrize("value, problem, schemes", [
    ("Basic\r\nSet-Cookie: a=b", "control-character", ()),  # a smuggled header line: the whole field goes
    ('Basic realm="x\x00", NTLM', "control-character", ()),
    ('Basic realm="never closed, NTLM', "unterminated-quote", ("basic",)),
    ('realm="no scheme before me", NTLM', "param-without-scheme", ("ntlm",)),
    ('Basic"glued"', "junk", ()),
    ('@@@, NTLM', "junk", ("ntlm",)),
    ('Basic realm="x" trailing, NTLM', "junk", ("basic", "ntlm")),
])
def test_odd_and_hostile_fields_are_skipped_with_a_note_never_an_exception(value, problem, schemes):
    found = both(value)
    assert problem in found.problems and found.schemes == schemes


def test_a_control_character_costs_only_its_own_field():
    found = parse_challenges([b"Basic\nX", b"NTLM"])
    assert found.schemes == ("ntlm",) and found.problems == ("control-character",)


def test_size_and_count_are_bounded():
    assert parse_challenges("Basic realm=" + "x" * MAX_FIELD_CHARS).problems == ("too-long",)
    many = parse_challenges(", ".join(f"S{i}" for i in range(MAX_CHALLENGES + 10)))
    assert len(many.challenges) == MAX_CHALLENGES and "too-many" in many.problems
    params = parse_challenges("Basic " + ", ".join(f"p{i}=v" for i in range(100)))
    assert len(params.challenges[0].params) == 32 and "too-many" in params.problems
    assert parse_challenges("," * 10000).challenges == ()


def test_nothing_at_all():
    assert parse_challenges(None).challenges == () and parse_challenges("").challenges == () and parse_challenges([]).schemes == ()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(alphabet=st.sampled_from(list('Basic realm="NTLM, Bearer=\\ \t,') + ["\x00", "é", "\r"]), max_size=120)))
def test_anything_at_all_parses_without_raising(value):
    found = parse_challenges(value)
    assert all(c.scheme and c.scheme == c.scheme.lower() for c in found.challenges)
