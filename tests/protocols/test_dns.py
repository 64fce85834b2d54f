"""The DNS codec: bytes in, records or refusals out. dnspython (a test dependency only) is the
independent other side: it reads the queries we write and writes the replies we read."""

from __future__ import annotations

import struct

import dns.edns
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
from hypothesis import given, settings, strategies as st

from wizard.protocols.dns import (
    AAAA,
    CNAME,
    MX,
    QR,
    RD,
    SRV,
    TC,
    TXT,
    A,
    BadName,
    MalformedMessage,
    NotOurReply,
    Rcode,
    RType,
    encode_name,
    encode_query,
    encode_response,
    make_question,
    parse_query,
    parse_reply,
)

ID = 0x1234


def reply_to(name: str, rdtype: str, texts: list[str] = (), *, rcode: int = 0, ad: bool = False, extra: list[dns.rrset.RRset] = ()) -> bytes:
    """What a resolver would send: built by dnspython from our own query's bytes."""
    query = dns.message.from_wire(encode_query(ID, name, RType[rdtype]))
    response = dns.message.make_response(query)
    if texts:
        response.answer.append(dns.rrset.from_text_list(name + ".", 300, "IN", rdtype, list(texts)))
    response.answer.extend(extra)
    response.set_rcode(rcode)
    if ad:
        response.flags |= dns.flags.AD
    return response.to_wire()


def parse(wire: bytes, name: str = "example.test", rdtype: str = "MX"):
    return parse_reply(wire, ID, make_question(name, RType[rdtype]))


# -- the query ------------------------------------------------------------------------------

def test_the_query_asks_recursively_for_the_ad_bit_with_edns0_do_and_1232_octets():
    query = dns.message.from_wire(encode_query(ID, "Example.Test.", RType.SRV))
    assert query.id == ID and query.flags == dns.flags.RD | dns.flags.AD
    assert query.question[0].name.to_text() == "Example.Test." and query.question[0].rdtype == dns.rdatatype.SRV
    assert query.edns == 0 and query.payload == 1232 and query.ednsflags & dns.flags.DO
    assert not query.answer and not query.authority


def test_a_name_is_always_absolute_and_idna_encoded():
    assert encode_name("mail.example.test") == encode_name("mail.example.test.") == b"\x04mail\x07example\x04test\x00"
    assert encode_name("bücher.test") == b"\x0dxn--bcher-kva\x04test\x00"
    assert make_question("bücher.test", RType.A).name == "xn--bcher-kva.test"
    assert encode_name(".") == b"\x00"


def test_an_internationalised_name_is_asked_as_the_rest_of_the_wizard_writes_it():
    """IDNA 2008 (UTS #46), as the address, the server settings and the HTTP client encode
    it: faß.test is its own domain, not fass.test (IDNA 2003's mapping)."""
    import idna

    assert encode_name("faß.test") == b"\x0axn--fa-hia\x04test\x00" != encode_name("fass.test")
    assert make_question("faß.test", RType.A).name == idna.encode("faß.test", uts46=True).decode()
    assert encode_name("BÜCHER.test") == encode_name("bücher.test")  # mapped, as UTS #46 maps


@pytest.mark.parametrize("name", ["a..test", "x" * 64 + ".test", ".".join(["abcdefg"] * 32), "-\udcff.test"])
def test_a_name_that_cannot_be_asked_is_refused_before_any_byte_is_sent(name):
    with pytest.raises(BadName):
        encode_name(name)


# -- replies: the records the wizard uses ----------------------------------------------------

def test_mx_records_with_their_preferences_and_the_ad_bit():
    reply = parse(reply_to("example.test", "MX", ["10 mx1.example.test.", "20 MX2.Other.Invalid."], ad=True))
    assert reply.rcode == Rcode.NOERROR and reply.authenticated and not reply.truncated
    assert set(reply.records) == {MX(10, "mx1.example.test"), MX(20, "MX2.Other.Invalid")}


def test_a_null_mx_is_the_root():
    assert parse(reply_to("example.test", "MX", ["0 ."])).records == (MX(0, "."),)


def test_srv_a_aaaa_and_txt():
    srv = parse(reply_to("_imaps._tcp.example.test", "SRV", ["0 5 993 imap.example.test.", "0 0 0 ."]), "_imaps._tcp.example.test", "SRV")
    assert set(srv.records) == {SRV(0, 5, 993, "imap.example.test"), SRV(0, 0, 0, ".")}
    assert parse(reply_to("h.test", "A", ["192.0.2.1"]), "h.test", "A").records == (A("192.0.2.1"),)
    assert parse(reply_to("h.test", "AAAA", ["2001:db8::1"]), "h.test", "AAAA").records == (AAAA("2001:db8::1"),)
    txt = parse(reply_to("h.test", "TXT", ['"v=spf1 -all"', '"a" "b"']), "h.test", "TXT")
    assert set(txt.records) == {TXT((b"v=spf1 -all",)), TXT((b"a", b"b"))}


def test_a_cname_chain_inside_the_answer_is_followed_to_the_records_of_its_end():
    chain = [dns.rrset.from_text("www.example.test.", 60, "IN", "CNAME", "edge.cdn.test."),
             dns.rrset.from_text("edge.cdn.test.", 60, "IN", "A", "192.0.2.7"),
             dns.rrset.from_text("other.test.", 60, "IN", "A", "192.0.2.66")]  # not on the chain: ignored
    reply = parse(reply_to("www.example.test", "A", extra=chain), "www.example.test", "A")
    assert reply.records == (A("192.0.2.7"),) and reply.canonical == "edge.cdn.test"


def test_records_owned_by_another_name_are_not_the_answer():
    stray = [dns.rrset.from_text("evil.test.", 60, "IN", "MX", "10 evil.test.")]
    assert parse(reply_to("example.test", "MX", extra=stray)).records == ()


@pytest.mark.parametrize("rcode", [Rcode.NXDOMAIN, Rcode.SERVFAIL, Rcode.REFUSED])
def test_the_rcode_is_told_apart_from_no_data(rcode):
    reply = parse(reply_to("example.test", "MX", rcode=rcode))
    assert reply.rcode == rcode and reply.records == ()
    assert parse(reply_to("example.test", "MX")).rcode == Rcode.NOERROR  # no data: NOERROR, nothing


def test_the_extended_rcode_in_the_opt_record_counts():
    query = dns.message.from_wire(encode_query(ID, "example.test", RType.MX))
    response = dns.message.make_response(query)
    response.set_rcode(dns.rcode.BADVERS)
    assert parse(response.to_wire()).rcode == 16


def test_a_truncated_reply_says_so_and_offers_no_records():
    wire = bytearray(reply_to("example.test", "MX", ["10 mx.example.test."]))
    wire[2] |= TC >> 8
    reply = parse(bytes(wire))
    assert reply.truncated and reply.records == ()


def test_a_refusal_without_the_question_echoed_is_still_a_reply():
    wire = struct.pack("!HHHHHH", ID, QR | Rcode.REFUSED, 0, 0, 0, 0)
    assert parse(wire).rcode == Rcode.REFUSED


def test_no_such_domain_without_the_question_echoed_is_not_our_reply():
    # "No such domain" ends the discovery: it must be the answer to our question, not just
    # a message with a guessed ID.
    wire = struct.pack("!HHHHHH", ID, QR | Rcode.NXDOMAIN, 0, 0, 0, 0)
    with pytest.raises(NotOurReply):
        parse(wire)


# -- replies: hostile and broken --------------------------------------------------------------

@pytest.mark.parametrize("change", [
    lambda w: struct.pack("!H", ID ^ 1) + w[2:],                                 # another ID
    lambda w: w[:2] + bytes([w[2] & 0x7F]) + w[3:],                              # not a reply (QR clear)
    lambda w: w[:12] + b"\x07example\x04evil\x00" + w[26:],                      # another name
    lambda w: w[:26] + b"\x00\x01" + w[28:],                                     # another type
    lambda w: w[:4] + b"\x00\x02" + w[6:],                                       # two questions
    lambda w: w[:11],                                                            # not even a header
])
def test_a_message_that_does_not_answer_our_query_is_not_our_reply(change):
    wire = reply_to("example.test", "MX", ["10 mx.example.test."])
    with pytest.raises(NotOurReply):
        parse(change(wire))


def test_the_question_echo_ignores_case_as_dns_does():
    wire = bytearray(reply_to("example.test", "MX", ["10 mx.example.test."]))
    wire[13:20] = b"EXAMPLE"
    assert parse(bytes(wire)).records == (MX(10, "mx.EXAMPLE.test"),)  # compressed onto the echo


def _header(ancount: int = 1) -> bytes:
    return struct.pack("!HHHHHH", ID, QR | RD, 1, ancount, 0, 0) + b"\x07example\x04test\x00" + struct.pack("!HH", RType.MX, 1)


def _mx_rr(rdata: bytes, owner: bytes = b"\xc0\x0c") -> bytes:
    return owner + struct.pack("!HHIH", RType.MX, 1, 60, len(rdata)) + rdata


@pytest.mark.parametrize("body", [
    _mx_rr(b"\x00\x0a\xc0\x2c"),                                   # a pointer at itself (the name starts at 44)
    _mx_rr(b"\x00\x0a\xc0\x30"),                                   # a pointer forward
    _mx_rr(b"\x00\x0a\x02mx\xc0\x2c"),                             # a pointer back to its own name's start: a loop
    _mx_rr(b"\x00\x0a\x02mx\x01y\xc0\x2f"),                        # a pointer back into its own name: a loop
    _mx_rr(b"\x00\x0a" + b"\x3fx" * 5),                            # labels past the data
    _mx_rr(b"\x00\x0a" + (b"\x3f" + b"x" * 63) * 4 + b"\x00"),    # a name over 255 octets
    _mx_rr(b"\x00\x0a\x40x\x00"),                                  # an extended label type
    _mx_rr(b"\x00\x0a\x02mx\x00\x00"),                             # the name does not fill the record
    _mx_rr(b"\x00"),                                               # shorter than a preference
    _mx_rr(b"\x00\x0a\x02mx\x00")[:-3],                            # the record cut short
    _mx_rr(b"\x00\x0a\x00") + b"\x00",                             # bytes after the last record
    b"\xc0\x0c" + struct.pack("!HHIH", RType.A, 1, 60, 5) + b"\x01\x02\x03\x04\x05",  # an A of 5 octets
    b"\xc0\x0c" + struct.pack("!HHIH", RType.TXT, 1, 60, 3) + b"\x05ab",              # a TXT string past its record
])
def test_a_broken_record_is_a_malformed_message_never_a_crash_or_a_hang(body):
    with pytest.raises(MalformedMessage) as caught:
        parse(_header() + body)
    assert not isinstance(caught.value, NotOurReply)  # that server answered, badly


def test_a_compressed_name_pointing_backwards_is_read():
    body = _mx_rr(b"\x00\x0a\x02mx\xc0\x0c")
    assert parse(_header() + body).records == (MX(10, "mx.example.test"),)


def test_a_cname_loop_ends():
    rrs = b""
    for owner, target in (("example.test", "b.test"), ("b.test", "example.test")):
        data = encode_name(target)
        rrs += encode_name(owner) + struct.pack("!HHIH", RType.CNAME, 1, 60, len(data)) + data
    with pytest.raises(MalformedMessage):  # cut at 16 links: that server failed, nothing hangs
        parse(_header(2) + rrs)


def test_odd_bytes_in_a_label_are_escaped_so_they_cannot_pass_for_a_host_name():
    body = _mx_rr(b"\x00\x0a\x05a.b c\x00")
    (mx,) = parse(_header() + body).records
    assert mx.exchange == "a\\046b\\032c"


def test_a_name_read_from_a_reply_is_asked_as_the_same_labels():
    wire = b"\x05a.b c\x01\\\x04test\x00"
    name = parse(_header() + _mx_rr(b"\x00\x0a" + wire)).records[0].exchange
    assert encode_name(name) == wire and make_question(name, RType.A).name == name


def test_characters_that_end_a_urls_host_are_escaped_too():
    # An MX host becomes https://autoconfig.<its domain>/...: a "/" or "@" or "?" left as
    # it is would end the URL's host early, somewhere the name did not point.
    body = _mx_rr(b"\x00\x0a\x02mx\x0ab/x@y:1?#%\x07example\x04test\x00")
    (mx,) = parse(_header() + body).records
    assert mx.exchange == "mx.b\\047x\\064y\\0581\\063\\035\\037.example.test"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.integers(0, 600), st.binary(max_size=40))
def test_any_bytes_give_a_reply_or_a_malformed_message(tail, cut, noise):
    wire = reply_to("example.test", "MX", ["10 mx.example.test.", "20 mx2.example.test."]) + tail
    for candidate in (wire[:cut], wire[:cut] + noise + wire[cut:], noise + tail):
        try:
            parse(candidate)
        except MalformedMessage:
            pass


# -- the server's side ------------------------------------------------------------------------

def test_a_query_read_and_answered_as_dnspython_expects():
    asked = dns.message.make_query("_imaps._tcp.demo.test", "SRV", use_edns=0, payload=1232)
    query = parse_query(asked.to_wire())
    assert query.question == make_question("_imaps._tcp.demo.test", RType.SRV) and query.edns and query.payload == 1232
    wire = encode_response(query, Rcode.NOERROR, (SRV(0, 1, 993, "imap.demo.test"),))
    response = dns.message.from_wire(wire)
    assert asked.is_response(response) and response.flags & dns.flags.AA and not response.flags & dns.flags.AD
    assert [r.to_text() for r in response.answer[0]] == ["0 1 993 imap.demo.test."]


def test_every_record_type_round_trips_through_dnspython():
    records = {"A": A("127.0.0.1"), "AAAA": AAAA("::1"), "MX": MX(10, "mail.demo.test"), "TXT": TXT((b"v=1", b"x")), "CNAME": CNAME("other.test")}
    for rdtype, record in records.items():
        wire = encode_response(parse_query(encode_query(ID, "demo.test", RType[rdtype])), Rcode.NOERROR, (record,))
        assert parse(wire, "demo.test", rdtype).records == (record,)
        (rrset,) = dns.message.from_wire(wire).answer
        assert rrset.rdtype == dns.rdatatype.from_text(rdtype)


def test_a_reply_too_large_for_the_asker_is_truncated():
    plain = dns.message.make_query("demo.test", "TXT")  # no EDNS: 512 octets
    many = tuple(TXT((b"x" * 200,)) for _ in range(5))
    wire = encode_response(parse_query(plain.to_wire()), Rcode.NOERROR, many)
    assert len(wire) <= 512 and dns.message.from_wire(wire, ignore_trailing=True).flags & dns.flags.TC


def test_a_reply_is_not_a_query():
    with pytest.raises(MalformedMessage):
        parse_query(reply_to("example.test", "MX"))
    with pytest.raises(MalformedMessage):
        parse_query(b"\x00\x01")

