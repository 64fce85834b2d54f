"""HTTP/1.1 responses as playbooks of bytes in, events out (no sockets), hostile ones included:
endless headers, too many of them, bad chunk sizes, contradicting lengths, bodies cut short
or beyond the cap; and requests whose values would add a header line, refused."""

from __future__ import annotations

import gzip
import zlib

import pytest
from hypothesis import given, settings, strategies as st

from wizard.protocols.base import UnsafeValue
from wizard.protocols.http import BodyDecoder, Data, End, Event, Headers, HttpError, Limits, Problem, Request, Response, ResponseReader, serialise

CLOSED = "server-hung-up"  # as it meant to: TLS's close_notify, or TCP's FIN in the clear
CUT = "connection-cut"  # a reset, or TCP's FIN under TLS with no close_notify


def _act(reader: ResponseReader, action: object) -> list[Event]:
    if action == CLOSED:
        return reader.closed()
    if action == CUT:
        return reader.cut("the connection was reset")
    assert isinstance(action, bytes)
    return reader.receive(action)


def play(reader: ResponseReader, *steps: object) -> ResponseReader:
    """steps: bytes (or CLOSED, CUT), [expected events], ..."""
    assert len(steps) % 2 == 0
    for number, (action, expected) in enumerate(zip(steps[0::2], steps[1::2]), 1):
        got = _act(reader, action)
        assert got == expected, f"step {number} ({action!r}) gave {got!r}, expected {expected!r}"
    return reader


def refused(problem: Problem, *pieces: bytes | str, method: str = "GET", limits: Limits = Limits()) -> HttpError:
    reader = ResponseReader(method, limits)
    with pytest.raises(HttpError) as caught:
        for piece in pieces:
            _act(reader, piece)
    assert caught.value.problem is problem, caught.value
    return caught.value


def response(status: int, reason: str, *fields: tuple[str, str]) -> Response:
    return Response(status, reason, Headers(tuple(fields)))


# -- requests ------------------------------------------------------------------------------------
def test_a_get_is_its_request_line_host_headers_and_connection_close():
    assert serialise(Request("GET", "/mail/config-v1.1.xml?emailaddress=a%40b.example", "autoconfig.b.example", (("User-Agent", "mailsetup"),))) == (
        b"GET /mail/config-v1.1.xml?emailaddress=a%40b.example HTTP/1.1\r\nHost: autoconfig.b.example\r\n"
        b"User-Agent: mailsetup\r\nConnection: close\r\n\r\n"
    )


def test_a_post_carries_its_length_and_its_body():
    assert serialise(Request("POST", "/autodiscover/autodiscover.xml", "b.example:8443", (("Content-Type", "text/xml"),), b"<x/>")) == (
        b"POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: b.example:8443\r\nContent-Type: text/xml\r\n"
        b"Content-Length: 4\r\nConnection: close\r\n\r\n<x/>"
    )
    assert b"Content-Length: 0\r\n" in serialise(Request("POST", "/", "b.example"))


@pytest.mark.parametrize("request_", [
    Request("GET", "/", "b.example", (("X-Note", "a\r\nSet-Cookie: x=1"),)),  # header injection in a value
    Request("GET", "/", "b.example", (("X-Note", "a\nb"),)),
    Request("GET", "/", "b.example", (("X-Note", "a\x00b"),)),
    Request("GET", "/", "b.example\r\nX-Evil: 1"),  # ... in the Host
    Request("GET", "/ HTTP/1.1\r\nX-Evil: 1\r\n\r\nGET /", "b.example"),  # ... in the target
    Request("GET", "/a b", "b.example"),
    Request("GET", "http://b.example/", "b.example"),  # only origin-form
    Request("GET\r\n", "/", "b.example"),
    Request("G ET", "/", "b.example"),
    Request("GET", "/", "b.example", (("Bad Name", "x"),)),
    Request("GET", "/", "b.example", (("X-Name:", "x"),)),
    Request("GET", "/", "b.example", (("Content-Length", "0"),)),  # framing is ours alone
    Request("GET", "/", "b.example", (("Transfer-Encoding", "chunked"),)),
    Request("GET", "/", "b.example", (("X-Note", "snow ☃"),)),  # not latin-1
    Request("GET", "/", " "),
])
def test_a_value_that_would_break_the_framing_is_refused(request_):
    with pytest.raises(UnsafeValue):
        serialise(request_)


# -- responses -----------------------------------------------------------------------------------
def test_a_response_with_a_length_in_pieces():
    play(
        ResponseReader(),
        b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nCont", [],
        b"ent-Length: 10\r\n\r\n<clie", [response(200, "OK", ("Content-Type", "text/xml"), ("Content-Length", "10")), Data(b"<clie")],
        b"ntC/>and what follows is ignored", [Data(b"ntC/>"), End()],
        b"more", [],
        CLOSED, [],
    )


def test_one_byte_at_a_time_gives_the_same_body():
    raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: t\r\n\r\n"
    reader = ResponseReader()
    events = [e for i in range(len(raw)) for e in reader.receive(raw[i : i + 1])]
    assert isinstance(events[0], Response) and events[-1] == End()
    assert b"".join(e.data for e in events if isinstance(e, Data)) == b"hello world"
    assert reader.done


def test_chunked_with_trailers_bare_line_feeds_and_upper_case_hex():
    play(
        ResponseReader(),
        b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nA\nabcdefghij\n0\nExpires: never\n\n",
        [response(200, "OK", ("Transfer-Encoding", "chunked")), Data(b"abcdefghij"), End()],
    )


def test_a_body_delimited_by_the_end_of_the_connection():
    play(
        ResponseReader(),
        b"HTTP/1.0 200 OK\r\n\r\nfirst ", [Response(200, "OK", Headers(), "HTTP/1.0"), Data(b"first ")],
        b"second", [Data(b"second")],
        CLOSED, [End()],
    )


def test_interim_answers_are_skipped():
    play(
        ResponseReader("POST"),
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n", [],
        b"HTTP/1.1 302 Found\r\nLocation: https://b.example/x\r\nContent-Length: 0\r\n\r\n", [response(302, "Found", ("Location", "https://b.example/x"), ("Content-Length", "0")), End()],
    )


@pytest.mark.parametrize("status", [204, 304])
def test_no_body_where_the_status_allows_none(status):
    play(ResponseReader(), f"HTTP/1.1 {status} X\r\nContent-Length: 5\r\n\r\n".encode(), [response(status, "X", ("Content-Length", "5")), End()])


def test_a_head_answer_has_no_body_whatever_its_length_says():
    play(ResponseReader("HEAD"), b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", [response(200, "OK", ("Content-Length", "5")), End()])


def test_a_missing_reason_and_a_folded_header_and_repeated_fields():
    reader = ResponseReader()
    events = reader.receive(b"HTTP/1.1 401\r\nWWW-Authenticate: Negotiate\r\nwww-authenticate: Basic\r\n realm=\"x\"\r\nContent-Length: 0\r\n\r\n")
    head = events[0]
    assert isinstance(head, Response) and head.status == 401 and head.reason == ""
    assert head.headers.get_all("WWW-Authenticate") == ["Negotiate", 'Basic realm="x"']
    assert head.headers.get("www-authenticate") == 'Negotiate, Basic realm="x"'
    assert head.headers.get("location") is None and "content-length" in head.headers
    assert events[1:] == [End()]


def test_equal_repeated_lengths_are_one_length():
    play(ResponseReader(), b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2, 2\r\n\r\nok",
         [response(200, "OK", ("Content-Length", "2"), ("Content-Length", "2, 2")), Data(b"ok"), End()])


def test_a_transfer_coding_other_than_chunked_reads_to_the_close():
    play(ResponseReader(), b"HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\nContent-Length: 99\r\n\r\nab", [response(200, "OK", ("Transfer-Encoding", "identity"), ("Content-Length", "99")), Data(b"ab")], CLOSED, [End()])


def test_utf8_field_values_and_reasons_are_read_as_utf8_and_anything_else_as_latin1():
    # a redirect to an internationalised host names it in UTF-8 (as httpx read it); read as
    # Latin-1 it would become another host ("bÃ¼cher")
    play(ResponseReader(), "HTTP/1.1 302 Gefunden für dich\r\nLocation: https://bücher.example/x\r\nX-Old: caf\xe9\r\nContent-Length: 0\r\n\r\n".encode("utf-8").replace(b"caf\xc3\xa9", b"caf\xe9"),
         [response(302, "Gefunden für dich", ("Location", "https://bücher.example/x"), ("X-Old", "café"), ("Content-Length", "0")), End()])


@pytest.mark.parametrize("text", ["\x85", "\x9b", "\u2028", "\u2029", "\x7f"])
def test_a_line_break_or_terminal_control_beyond_ascii_is_refused_in_a_value_or_the_reason(text):
    # NEL, the 8-bit CSI and the Unicode separators start a new line (or an escape) in the
    # lines and reports where a Location or a reason phrase is shown, like CR and LF
    for raw in (text.encode("utf-8"), text.encode("latin-1") if ord(text) < 0x100 else None):
        if raw is None:
            continue
        refused(Problem.HEADER, b"HTTP/1.1 302 Found\r\nLocation: https://a.example/" + raw + b"forged: line\r\n\r\n")
        refused(Problem.NOT_HTTP, b"HTTP/1.1 401 No" + raw + b"forged: line\r\n\r\n")


# -- hostile responses ---------------------------------------------------------------------------
@pytest.mark.parametrize("first", [
    b"SSH-2.0-OpenSSH_9.6\r\n", b"\x16\x03\x01\x00\xa5\x01\x00\x00\r\n", b"HTTP/2 200\r\n", b"HTTP/1.1 2000 OK\r\n", b"HTTP/1.1 20 OK\r\n",
    b"HTTP/1.1 099 Low\r\n", b"HTTP/1.1 abc OK\r\n", b"HTTP/1.1\r\n", b"HTTP/1.1 200 O\x00K\r\n", b"\r\n", b"220 mx.example ESMTP\r\n",
])
def test_what_is_not_an_http_status_line_is_refused(first):
    refused(Problem.NOT_HTTP, first)


def test_an_endless_status_line_is_refused_without_holding_it():
    limits = Limits(line=1024)
    reader = ResponseReader(limits=limits)
    with pytest.raises(HttpError) as caught:
        for _ in range(100):
            reader.receive(b"HTTP/1.1 200 " + b"x" * 500)
    assert caught.value.problem is Problem.LINE_TOO_LONG
    assert len(reader._buffer) <= limits.line + 513


def test_an_endless_header_line_is_refused():
    refused(Problem.LINE_TOO_LONG, b"HTTP/1.1 200 OK\r\nX-Big: ", b"a" * 20_000)


def test_too_many_header_fields_are_refused():
    refused(Problem.TOO_MANY_FIELDS, b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 101)


def test_too_many_header_bytes_are_refused_even_in_short_lines():
    refused(Problem.HEADERS_TOO_LARGE, b"HTTP/1.1 200 OK\r\n", *[b"X-A: " + b"b" * 900 + b"\r\n"] * 80, limits=Limits(fields=1000))


def test_endless_interim_answers_are_refused():
    refused(Problem.TOO_MANY_FIELDS, b"HTTP/1.1 100 Continue\r\n\r\n" * 11)


def test_switching_protocols_unasked_is_refused():
    refused(Problem.UPGRADE, b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")


@pytest.mark.parametrize("line", [b"X-A b", b": empty name", b"X A: b", b"X-A: a\x00b", b"X-A: a\rb", b"\tcontinued"])
def test_a_malformed_header_line_is_refused(line):
    refused(Problem.HEADER, b"HTTP/1.1 200 OK\r\n" + line + b"\r\n\r\n")


@pytest.mark.parametrize("value", [b"-1", b"1e3", b"0x10", b"+5", b"5 5", b"", b"99999999999999999999", b"1, 2", b"\xd9\xa1"])
def test_a_content_length_that_is_not_one_plain_number_is_refused(value):
    refused(Problem.LENGTH, b"HTTP/1.1 200 OK\r\nContent-Length: " + value + b"\r\n\r\n")


def test_two_different_lengths_are_refused():
    refused(Problem.LENGTH, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")


@pytest.mark.parametrize("size", [b"g", b"-1", b"", b" ", b"0x5", b"1" * 17, b"5 5"])
def test_a_bad_chunk_size_is_refused(size):
    refused(Problem.CHUNK, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + size + b"\r\nhello\r\n0\r\n\r\n")


def test_a_chunk_longer_than_its_size_is_refused():
    refused(Problem.CHUNK, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n")


def test_a_coding_stacked_on_chunked_is_refused():
    refused(Problem.CHUNK, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")


def test_an_endless_chunk_extension_is_refused():
    refused(Problem.LINE_TOO_LONG, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;", b"x" * 20_000)


def test_endless_trailers_are_refused():
    refused(Problem.TOO_MANY_FIELDS, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + b"X-T: 1\r\n" * 200)


def test_a_body_beyond_the_cap_is_refused_by_its_length_before_any_byte_of_it():
    refused(Problem.BODY_TOO_LARGE, b"HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n", limits=Limits(body=1000))


@pytest.mark.parametrize("framing", [b"Transfer-Encoding: chunked\r\n\r\n" + b"200\r\n" + b"a" * 512 + b"\r\n" * 1, b"\r\n" + b"a" * 512])
def test_a_body_growing_beyond_the_cap_is_refused(framing):
    pieces = [b"HTTP/1.1 200 OK\r\n" + framing]
    pieces += [b"300\r\n" + b"b" * 768 + b"\r\n"] if framing.startswith(b"Transfer") else [b"b" * 768]
    refused(Problem.BODY_TOO_LARGE, *pieces, limits=Limits(body=1000))


# Answers that end before their framing says: refused however the connection then ended.
CUT_SHORT = [
    b"HTTP/1.1 200 OK\r\nContent-Le",
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n",
    b"HTTP/1.1 100 Continue\r\n\r\n",
]


@pytest.mark.parametrize("cut", CUT_SHORT)
def test_a_response_cut_short_is_refused(cut):
    refused(Problem.TRUNCATED, cut, CLOSED)


def test_a_connection_closed_before_any_answer_says_so():
    refused(Problem.NO_RESPONSE, CLOSED)
    refused(Problem.NO_RESPONSE, CUT)


# -- how a body ends: only where its framing says, or at a close the server meant -----------------
def test_a_close_delimited_body_is_refused_when_the_connection_was_cut():
    # a reset, or a FIN forged under TLS: the document so far may be any prefix of the real one
    error = refused(Problem.TRUNCATED, b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<clientConfig><emailProvider>", CUT)
    assert "the connection was reset" in str(error) and "end" in str(error)


@pytest.mark.parametrize("cut", [
    *CUT_SHORT,
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nab",  # a coding other than chunked reads to the close
])
def test_a_response_cut_anywhere_is_refused(cut):
    refused(Problem.TRUNCATED, cut, CUT)


@pytest.mark.parametrize("whole", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
])
def test_a_body_its_framing_ended_stays_whole_whatever_ends_the_connection_after_it(whole):
    # servers often reset or skip close_notify after the last byte: the framing already said "done"
    reader = ResponseReader()
    events = reader.receive(whole)
    assert events[-1] == End() and b"".join(e.data for e in events if isinstance(e, Data)) == b"hello"
    assert reader.cut("the connection was reset") == [] and reader.closed() == []


@pytest.mark.parametrize("end", [CLOSED, CUT])
def test_bytes_beyond_a_length_are_not_part_of_the_body(end):
    play(
        ResponseReader(),
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokSMUGGLED", [response(200, "OK", ("Content-Length", "2")), Data(b"ok"), End()],
        end, [],
    )


LINES = st.sampled_from([
    b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 100 Continue\r\n", b"Content-Length: 5\r\n", b"Transfer-Encoding: chunked\r\n", b"\r\n",
    b"5\r\n", b"0\r\n", b"hello", b"X-A: b\r\n", b" folded\r\n", b"ffffffff\r\n",
])


@settings(max_examples=300, deadline=None)
@given(chunks=st.lists(st.one_of(st.binary(max_size=300), LINES), max_size=40))
def test_any_bytes_give_events_or_an_http_error_within_the_limits(chunks):
    limits = Limits(line=512, fields=20, header_bytes=2048, body=4096)
    reader = ResponseReader(limits=limits)
    body = 0
    try:
        for chunk in chunks:
            for event in reader.receive(chunk):
                body += len(event.data) if isinstance(event, Data) else 0
            assert len(reader._buffer) <= limits.line  # only an unfinished line is held
        reader.closed()
    except HttpError as exc:
        assert isinstance(exc.problem, Problem)
    assert body <= limits.body


@settings(max_examples=200, deadline=None)
@given(chunks=st.lists(st.one_of(st.binary(max_size=300), LINES), max_size=40))
def test_a_cut_connection_never_ends_a_response_its_framing_had_not(chunks):
    reader = ResponseReader()
    try:
        for chunk in chunks:
            reader.receive(chunk)
    except HttpError:
        return
    ended = reader.done
    try:
        assert reader.cut("the connection was reset") == []
    except HttpError as exc:
        assert not ended and exc.problem in (Problem.TRUNCATED, Problem.NO_RESPONSE)
    else:
        assert ended


# -- content codings -----------------------------------------------------------------------------
DOC = b"<clientConfig>" + b"<x/>" * 500 + b"</clientConfig>"


def decoded(coding: str, body: bytes, limits: Limits = Limits(), piece: int = 7) -> bytes:
    decoder = BodyDecoder(Headers((("Content-Encoding", coding),)), limits)
    out = b"".join(decoder.feed(body[i:i + piece]) for i in range(0, len(body), piece))
    return out + decoder.end()


@pytest.mark.parametrize("coding, body", [("gzip", gzip.compress(DOC)), ("x-gzip", gzip.compress(DOC)), ("deflate", zlib.compress(DOC)),
                                          ("GZIP, identity", gzip.compress(DOC)), ("gzip, gzip", gzip.compress(gzip.compress(DOC)))])
def test_a_gzip_or_deflate_body_served_unasked_is_undone(coding, body):
    assert decoded(coding, body) == DOC


@pytest.mark.parametrize("coding", ["br", "zstd", "gzip, br"])
def test_a_coding_we_do_not_know_leaves_the_body_as_it_came(coding):
    assert not BodyDecoder(Headers((("Content-Encoding", coding),))).active
    assert decoded(coding, b"\x1f\x8bnot ours") == b"\x1f\x8bnot ours"


def test_an_empty_body_under_a_coding_is_no_error():
    assert decoded("gzip", b"") == b""


def test_a_body_that_inflates_beyond_the_cap_is_refused_as_it_grows():
    bomb = gzip.compress(b"\0" * 10_000_000)  # some 10 KB on the wire
    decoder = BodyDecoder(Headers((("Content-Encoding", "gzip"),)), Limits(body=100_000))
    with pytest.raises(HttpError) as caught:
        decoder.feed(bomb)
    assert caught.value.problem is Problem.BODY_TOO_LARGE


@pytest.mark.parametrize("coding, body", [
    *[("gzip", gzip.compress(DOC)[:end]) for end in (-12, -8, -4, -1)],  # inside the stream, in its CRC, in its length
    *[("deflate", zlib.compress(DOC)[:end]) for end in (-8, -4, -1)],  # deflate (zlib) without all of its Adler-32
    ("gzip, gzip", gzip.compress(gzip.compress(DOC))[:-1]),
    ("gzip", b"plain text, not gzip at all"), ("gzip", gzip.compress(DOC)[:30] + b"\xff" * 40),
])
def test_a_coded_body_that_is_broken_or_cut_short_is_refused(coding, body):
    with pytest.raises(HttpError) as caught:
        decoded(coding, body)
    assert caught.value.problem is Problem.CODING
