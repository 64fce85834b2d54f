"""SRV ordering (RFC 2782) and the mail services of RFC 6186 / 8314."""

import random
from collections import Counter

import pytest
from hypothesis import given, settings, strategies as st

from wizard.model import Protocol, Security
from wizard.parsers.document import ParseError
from wizard.parsers.srv import SrvRecord, order_records, parse_srv_text, srv_answer


def test_A7_lowest_priority_first_whatever_the_input_order():
    records = [SrvRecord(20, 0, 993, "b.example.com"), SrvRecord(10, 0, 993, "a.example.com"), SrvRecord(30, 0, 993, "c.example.com")]
    assert [r.target for r in order_records(records, random.Random(1))] == ["a.example.com", "b.example.com", "c.example.com"]


def test_A7_weight_random_among_equal_priorities_in_proportion():
    records = [SrvRecord(10, 90, 993, "heavy.example.com"), SrvRecord(10, 10, 993, "light.example.com")]
    rng = random.Random(7)
    firsts = Counter(order_records(records, rng)[0].target for _ in range(2000))
    assert 1650 < firsts["heavy.example.com"] < 1950
    assert firsts["light.example.com"] > 0


def test_zero_weight_records_still_come_out():
    records = [SrvRecord(10, 0, 993, "zero.example.com"), SrvRecord(10, 5, 993, "five.example.com")]
    assert {r.target for r in order_records(records, random.Random(3))} == {"zero.example.com", "five.example.com"}


def test_a_dot_target_means_not_offered():
    answer = srv_answer("_pop3", [SrvRecord(0, 0, 0, ".")])
    assert answer.not_offered and answer.servers == ()


@pytest.mark.parametrize("service, protocol, security", [
    ("_imaps", Protocol.IMAP, Security.TLS), ("_imap", Protocol.IMAP, Security.STARTTLS),
    ("_pop3s", Protocol.POP3, Security.TLS), ("_pop3", Protocol.POP3, Security.STARTTLS),
    ("_submissions", Protocol.SMTP, Security.TLS), ("_submission", Protocol.SMTP, Security.STARTTLS),
])
def test_services_map_to_protocol_and_security_never_plain(service, protocol, security):
    server = srv_answer(service, [SrvRecord(0, 1, 1234, "mail.example.com.")]).servers[0]
    assert (server.protocol, server.security, server.host, server.port) == (protocol, security, "mail.example.com", 1234)


def test_unusable_targets_and_port_zero_are_skipped():
    answer = srv_answer("_imaps", [SrvRecord(0, 0, 0, "a.example.com"), SrvRecord(1, 0, 993, "bad name!"), SrvRecord(2, 0, 993, "ok.example.com")])
    assert [s.host for s in answer.servers] == ["ok.example.com"]
    assert len(answer.skipped) == 2


def test_presentation_form_is_parsed():
    assert parse_srv_text("10 5 993 imap.example.com.") == SrvRecord(10, 5, 993, "imap.example.com")


@pytest.mark.parametrize("text", ["", "10 5 993", "a b c d", "10 5 70000 x.example", "-1 0 1 x"])
def test_bad_presentation_forms_are_parse_errors(text):
    with pytest.raises(ParseError):
        parse_srv_text(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_fuzz_text_only_ever_gives_a_parse_error(text):
    try:
        parse_srv_text(text)
    except ParseError:
        pass


records = st.builds(SrvRecord, st.integers(0, 65535), st.integers(0, 65535), st.integers(0, 65535),
                    st.sampled_from(["a.example.com", "b.example.com", "c.example.com", ".", "d.example.com"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(records, max_size=8), st.integers())
def test_fuzz_ordering_is_a_permutation_sorted_by_priority(recs, seed):
    ordered = order_records(recs, random.Random(seed))
    assert sorted(ordered, key=repr) == sorted([r for r in recs if not r.not_offered], key=repr)
    assert [r.priority for r in ordered] == sorted(r.priority for r in ordered)
    srv_answer("_imaps", recs)  # never raises


@pytest.mark.parametrize("text", ["0 0 ²93 mail.example.com", "0 0 ９９３ mail.example.com", "① 0 993 mail.example.com", "0 0 70000 mail.example.com"])
def test_numbers_that_are_not_ascii_digits_in_range_are_parse_errors(text):
    with pytest.raises(ParseError):
        parse_srv_text(text)


def test_a_target_with_a_control_character_is_refused():
    with pytest.raises(ParseError) as caught:
        SrvRecord(0, 0, 993, "mail.example.com\r\nA1 DELETE INBOX")
    assert caught.value.code == "control-character"
