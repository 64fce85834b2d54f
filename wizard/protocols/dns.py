"""DNS messages (RFC 1035, EDNS0 from RFC 6891) without I/O: a query in, its bytes out; a
reply's bytes in, its records out, or `MalformedMessage`.

What the wizard asks is small (A, AAAA, MX, SRV, TXT, with CNAME chains followed inside one
answer), so this is all it knows: a full DNS library costs a tenth of a second of imports in
every command. A reply is hostile until proven otherwise: its ID and question must echo the
query's, every length is checked against the bytes actually there, and compression pointers
may only point backwards (no loops) within the 255-byte name limit. The demo's DNS server
uses the same codec the other way round (`parse_query`, `encode_response`)."""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass
from enum import IntEnum
from typing import Union


class RType(IntEnum):
    A = 1
    NS = 2
    CNAME = 5
    SOA = 6
    MX = 15
    TXT = 16
    AAAA = 28
    SRV = 33
    OPT = 41


class Rcode(IntEnum):
    NOERROR = 0
    FORMERR = 1
    SERVFAIL = 2
    NXDOMAIN = 3
    NOTIMP = 4
    REFUSED = 5


CLASS_IN = 1
# Header flags (RFC 1035 4.1.1, RFC 4035 3.2 for AD and CD).
QR, AA, TC, RD, RA, AD, CD = 0x8000, 0x0400, 0x0200, 0x0100, 0x0080, 0x0020, 0x0010
DO = 0x8000  # in the OPT record's TTL field: "send DNSSEC records" (RFC 3225)
PAYLOAD = 1232  # the EDNS buffer size the DNS flag day 2020 settled on: no IP fragmentation
MAX_NAME = 255  # octets on the wire, length bytes and the root included
MAX_LABEL = 63
MAX_CNAMES = 16  # a longer chain inside one reply is a loop or an attack


class MalformedMessage(ValueError):
    """The bytes are not a well-formed DNS message (or not the reply to our query)."""


class NotOurReply(MalformedMessage):
    """A well-formed message that does not answer the query (another ID or question): a
    stray or a forgery, to be ignored while the real reply may still come."""


class BadName(ValueError):
    """A name that cannot be asked: an empty or over-long label, more than 255 octets."""


@dataclass(frozen=True)
class A:
    address: str


@dataclass(frozen=True)
class AAAA:
    address: str


@dataclass(frozen=True)
class MX:
    preference: int
    exchange: str  # without the final dot; "." is the root (RFC 7505's null MX)


@dataclass(frozen=True)
class SRV:
    priority: int
    weight: int
    port: int
    target: str  # without the final dot; "." means "not offered"


@dataclass(frozen=True)
class TXT:
    strings: tuple[bytes, ...]


@dataclass(frozen=True)
class CNAME:
    target: str


Rdata = Union[A, AAAA, MX, SRV, TXT, CNAME]
RDATA_TYPES: dict[type, RType] = {A: RType.A, AAAA: RType.AAAA, MX: RType.MX, SRV: RType.SRV, TXT: RType.TXT, CNAME: RType.CNAME}


@dataclass(frozen=True)
class Question:
    name: str  # without the final dot, as written (case kept); "." is the root
    rtype: int
    rclass: int = CLASS_IN


@dataclass(frozen=True)
class Reply:
    """What a reply says about the question. `records` are those of the asked type at the
    end of the CNAME chain from the asked name; `canonical` is that chain's last name."""

    id: int
    rcode: int
    truncated: bool
    authenticated: bool  # the AD bit: worth something only from a resolver known to validate
    authoritative: bool
    records: tuple[Rdata, ...]
    canonical: str


# -- names --------------------------------------------------------------------------------

def _idna_label(label: str, name: str) -> bytes:
    """A non-ASCII label as IDNA 2008 with UTS #46 mapping writes it: the form the address,
    the server settings and the HTTP client give the same name (Python's own "idna" codec is
    IDNA 2003, which turns faß into fass: another domain)."""
    import idna  # only for an internationalised name

    try:
        return bytes(idna.encode(label, uts46=True))
    except (idna.IDNAError, UnicodeError, ValueError):
        raise BadName(f"{name[:80]!r} is not a domain name") from None


def encode_name(name: str) -> bytes:
    """`name` as wire labels, always absolute (a final dot is optional; no search list ever
    applies). Non-ASCII labels go through IDNA; an unusable name raises BadName."""
    text = name.strip()
    if text in ("", "."):
        return b"\x00"
    if text.endswith("."):
        text = text[:-1]
    out = bytearray()
    for label in text.split("."):
        try:
            raw = _unescape(label.encode("ascii"))
        except UnicodeEncodeError:
            raw = _idna_label(label, name)
        if not raw or len(raw) > MAX_LABEL:
            raise BadName(f"{name[:80]!r} has an empty or over-long label")
        out.append(len(raw))
        out += raw
    out.append(0)
    if len(out) > MAX_NAME:
        raise BadName(f"{name[:80]!r} is longer than 255 octets")
    return bytes(out)


def _unescape(label: bytes) -> bytes:
    """`_label_text` undone: each \\DDD (0-255) is that octet again, so a name read from a
    reply is asked, or echoed by the demo's server, as the very labels it was (a dot inside
    a label included). Any other backslash stays a backslash."""
    if b"\\" not in label:
        return label
    out, index = bytearray(), 0
    while index < len(label):
        code = label[index + 1:index + 4]
        if label[index] == 0x5C and len(code) == 3 and code.isdigit() and int(code) <= 255:
            out.append(int(code))
            index += 4
        else:
            out.append(label[index])
            index += 1
    return bytes(out)


_PLAIN = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_*")


def _label_text(raw: bytes) -> str:
    """A label as text: what a host name may hold stays (and `_` of SRV names, `*` of
    wildcards), anything else (a dot inside a label, a space, a control byte, non-ASCII,
    and the characters that mean something in a URL or an address: / ? # @ : [ ] %) is
    written \\DDD, so it can never pass for an ordinary name, or end a URL's host early,
    further on."""
    return "".join(chr(b) if b in _PLAIN else f"\\{b:03d}" for b in raw)


def _read_name(wire: bytes, offset: int) -> tuple[str, int]:
    """The name at `offset` and the offset after it (after its first pointer, if any)."""
    labels: list[str] = []
    length = 1  # the root's zero byte
    end: int | None = None
    position = limit = offset
    while True:
        if position >= len(wire):
            raise MalformedMessage("a name runs past the end of the message")
        size = wire[position]
        kind = size & 0xC0
        if kind == 0xC0:
            if position + 1 >= len(wire):
                raise MalformedMessage("a compression pointer runs past the end of the message")
            target = ((size & 0x3F) << 8) | wire[position + 1]
            if end is None:
                end = position + 2
            if target >= limit:  # each jump lands before the last: no loop can form
                raise MalformedMessage("a compression pointer points forward or back into its own name")
            position = limit = target
            continue
        if kind:
            raise MalformedMessage("an unknown label type")
        if size == 0:
            break
        length += size + 1
        if length > MAX_NAME:
            raise MalformedMessage("a name longer than 255 octets")
        if position + 1 + size > len(wire):
            raise MalformedMessage("a label runs past the end of the message")
        labels.append(_label_text(wire[position + 1:position + 1 + size]))
        position += 1 + size
    return (".".join(labels) if labels else "."), (end if end is not None else position + 1)


def same_name(a: str, b: str) -> bool:
    """DNS names compare without regard to ASCII case (RFC 4343) or a final dot."""
    return a.rstrip(".").lower() == b.rstrip(".").lower() or (a in (".", "") and b in (".", ""))


def make_question(name: str, rtype: int) -> Question:
    """The question for `name` as the wire will carry it (IDNA applied, no final dot), so a
    reply's echo can be compared with it; BadName as `encode_name`."""
    return Question(_read_name(encode_name(name), 0)[0], rtype)


# -- queries ------------------------------------------------------------------------------

def encode_query(id: int, name: str, rtype: int, *, dnssec: bool = True, payload: int = PAYLOAD) -> bytes:
    """A recursive query for `name`/`rtype`, asking for the AD bit (RFC 6840 5.7) and with an
    EDNS0 OPT record (DO set when `dnssec`: a validating resolver then says what it proved)."""
    if not 0 <= id <= 0xFFFF:
        raise ValueError("a DNS ID is 16 bits")
    header = struct.pack("!HHHHHH", id, RD | AD, 1, 0, 0, 1)
    question = encode_name(name) + struct.pack("!HH", rtype, CLASS_IN)
    opt = b"\x00" + struct.pack("!HHIH", RType.OPT, payload, DO if dnssec else 0, 0)
    return header + question + opt


@dataclass(frozen=True)
class Query:
    """A query as a server sees it (the demo's DNS server)."""

    id: int
    flags: int
    question: Question | None
    edns: bool
    payload: int  # how large a UDP reply the asker takes


def parse_query(wire: bytes) -> Query:
    """A query's header, first question and EDNS size; MalformedMessage for anything else
    (a reply, another opcode, truncated bytes)."""
    if len(wire) < 12:
        raise MalformedMessage("shorter than a DNS header")
    id, flags, qdcount, ancount, nscount, arcount = struct.unpack_from("!HHHHHH", wire)
    if flags & QR or (flags >> 11) & 0xF:
        raise MalformedMessage("not a standard query")
    offset, question = 12, None
    for index in range(qdcount):
        name, offset = _read_name(wire, offset)
        if offset + 4 > len(wire):
            raise MalformedMessage("a question runs past the end of the message")
        rtype, rclass = struct.unpack_from("!HH", wire, offset)
        offset += 4
        if index == 0:
            question = Question(name, rtype, rclass)
    edns, payload = False, 512
    for _ in range(ancount + nscount + arcount):
        _, rtype, rclass, _, rdata, offset = _read_record(wire, offset)
        if rtype == RType.OPT:
            edns, payload = True, max(512, rclass)
    return Query(id, flags, question, edns, payload)


# -- replies ------------------------------------------------------------------------------

def _read_record(wire: bytes, offset: int) -> tuple[str, int, int, int, tuple[int, int], int]:
    """(owner, type, class, ttl, (rdata start, rdata end), offset after the record)."""
    owner, offset = _read_name(wire, offset)
    if offset + 10 > len(wire):
        raise MalformedMessage("a record header runs past the end of the message")
    rtype, rclass, ttl, size = struct.unpack_from("!HHIH", wire, offset)
    start = offset + 10
    if start + size > len(wire):
        raise MalformedMessage("a record's data runs past the end of the message")
    return owner, rtype, rclass, ttl, (start, start + size), start + size


def _rdata(wire: bytes, rtype: int, start: int, end: int) -> Rdata | None:
    """The record data of the types the wizard uses; None for any other type."""
    size = end - start
    if rtype == RType.A:
        if size != 4:
            raise MalformedMessage("an A record is not 4 octets")
        return A(str(ipaddress.IPv4Address(wire[start:end])))
    if rtype == RType.AAAA:
        if size != 16:
            raise MalformedMessage("an AAAA record is not 16 octets")
        return AAAA(str(ipaddress.IPv6Address(wire[start:end])))
    if rtype == RType.MX:
        if size < 3:
            raise MalformedMessage("an MX record is too short")
        (preference,) = struct.unpack_from("!H", wire, start)
        exchange, after = _read_name(wire, start + 2)
        if after != end:
            raise MalformedMessage("an MX record's name does not fill its data")
        return MX(preference, exchange)
    if rtype == RType.SRV:
        if size < 7:
            raise MalformedMessage("an SRV record is too short")
        priority, weight, port = struct.unpack_from("!HHH", wire, start)
        target, after = _read_name(wire, start + 6)
        if after != end:
            raise MalformedMessage("an SRV record's name does not fill its data")
        return SRV(priority, weight, port, target)
    if rtype == RType.CNAME:
        target, after = _read_name(wire, start)
        if after != end:
            raise MalformedMessage("a CNAME record's name does not fill its data")
        return CNAME(target)
    if rtype == RType.TXT:
        strings, position = [], start
        while position < end:
            length = wire[position]
            if position + 1 + length > end:
                raise MalformedMessage("a TXT string runs past its record")
            strings.append(wire[position + 1:position + 1 + length])
            position += 1 + length
        if not strings:
            raise MalformedMessage("a TXT record holds no string")
        return TXT(tuple(strings))
    return None


def parse_reply(wire: bytes, id: int, question: Question) -> Reply:
    """The reply to the query `id` asking `question`. NotOurReply when the header or the
    question does not echo the query (keep listening); MalformedMessage when it does but the
    rest is broken (that server failed)."""
    if len(wire) < 12:
        raise NotOurReply("shorter than a DNS header")
    got_id, flags, qdcount, ancount, nscount, arcount = struct.unpack_from("!HHHHHH", wire)
    if got_id != id or not flags & QR or (flags >> 11) & 0xF:
        raise NotOurReply("another message's ID, not a reply, or another opcode")
    rcode = flags & 0xF
    offset = 12
    if qdcount == 0 and rcode not in (Rcode.NOERROR, Rcode.NXDOMAIN):
        # Some servers refuse (FORMERR, NOTIMP, REFUSED) without echoing the question: the
        # worst a forger who guessed the ID gains is that the next nameserver is asked. An
        # answer (NXDOMAIN included: "the domain does not exist" ends the discovery) must
        # echo the question, or anyone who guessed 16 bits could say it.
        return Reply(id, rcode, bool(flags & TC), False, bool(flags & AA), (), question.name)
    if qdcount != 1:
        raise NotOurReply("a reply must echo exactly one question")
    try:
        name, offset = _read_name(wire, offset)
    except MalformedMessage:
        raise NotOurReply("the question is not readable") from None
    if offset + 4 > len(wire):
        raise NotOurReply("the question runs past the end of the message")
    rtype, rclass = struct.unpack_from("!HH", wire, offset)
    offset += 4
    if not same_name(name, question.name) or rtype != question.rtype or rclass != question.rclass:
        raise NotOurReply("the reply answers another question")
    if flags & TC:
        # Truncated: the records may be cut anywhere; only the fact counts (ask over TCP).
        return Reply(id, rcode, True, False, bool(flags & AA), (), question.name)
    answers: list[tuple[str, int, Rdata]] = []
    for index in range(ancount + nscount + arcount):
        owner, rtype, rclass, ttl, (start, end), offset = _read_record(wire, offset)
        if rtype == RType.OPT:
            if index < ancount + nscount or owner != ".":
                raise MalformedMessage("an OPT record outside the additional section")
            rcode |= (ttl >> 24) << 4  # the extended rcode's upper bits (RFC 6891 6.1.3)
            continue
        if index < ancount and rclass == question.rclass:
            data = _rdata(wire, rtype, start, end)
            if data is not None:
                answers.append((owner, rtype, data))
    if offset != len(wire):
        raise MalformedMessage("bytes after the last record")
    canonical, records = question.name, []
    for _ in range(MAX_CNAMES + 1):
        records = list(dict.fromkeys(d for o, t, d in answers if t == question.rtype and same_name(o, canonical)))
        alias = None if question.rtype == RType.CNAME else next((d for o, _, d in answers if isinstance(d, CNAME) and same_name(o, canonical)), None)
        if records or alias is None:
            break
        canonical = alias.target
    else:
        raise MalformedMessage("a CNAME chain longer than 16 links")
    return Reply(id, rcode, False, bool(flags & AD), bool(flags & AA), tuple(records), canonical)


# -- the server's side (the demo's DNS server) --------------------------------------------

def _encode_rdata(data: Rdata) -> bytes:
    if isinstance(data, A):
        return ipaddress.IPv4Address(data.address).packed
    if isinstance(data, AAAA):
        return ipaddress.IPv6Address(data.address).packed
    if isinstance(data, MX):
        return struct.pack("!H", data.preference) + encode_name(data.exchange)
    if isinstance(data, SRV):
        return struct.pack("!HHH", data.priority, data.weight, data.port) + encode_name(data.target)
    if isinstance(data, CNAME):
        return encode_name(data.target)
    out = bytearray()
    for string in data.strings:
        if len(string) > 255:
            raise ValueError("a TXT string is at most 255 octets")
        out += bytes([len(string)]) + string
    return bytes(out)


def encode_response(query: Query, rcode: int, records: tuple[Rdata, ...] = (), *, authoritative: bool = True, ttl: int = 300) -> bytes:
    """The reply to `query`: its question echoed, `records` owned by the question's name,
    never the AD bit (a server that does not validate must not claim to). Set TC and drop
    the records when they do not fit the asker's UDP size."""
    flags = QR | (query.flags & RD) | (AA if authoritative else 0) | (rcode & 0xF)
    question = b""
    if query.question is None:
        records = ()
    else:
        question = encode_name(query.question.name) + struct.pack("!HH", query.question.rtype, query.question.rclass)
    owner = b"\xc0\x0c"  # a pointer to the question's name, right after the header
    body = b""
    for data in records:
        rdata = _encode_rdata(data)
        body += owner + struct.pack("!HHIH", RDATA_TYPES[type(data)], CLASS_IN, ttl, len(rdata)) + rdata
    opt = b"\x00" + struct.pack("!HHIH", RType.OPT, PAYLOAD, 0, 0) if query.edns else b""
    wire = struct.pack("!HHHHHH", query.id, flags, 1 if question else 0, len(records), 0, 1 if opt else 0) + question + body + opt
    if len(wire) > query.payload:
        wire = struct.pack("!HHHHHH", query.id, flags | TC, 1 if question else 0, 0, 0, 1 if opt else 0) + question + opt
    return wire
