"""The demo's own DNS server on 127.0.0.1:<port>, so the wizard is redirected the way
`--dns` redirects it: every lookup (MX, SRV, A, the ISPDB's host) goes through it.

The wire format is wizard.protocols.dns's (the same codec the resolver reads with); this
module only decides which records exist. Names outside the demo zones get NXDOMAIN at once,
so nothing ever waits on the internet."""

from __future__ import annotations

import asyncio
import shlex
from dataclasses import dataclass, field

from wizard.protocols.dns import (
    AAAA,
    CLASS_IN,
    CNAME,
    MX,
    SRV,
    TXT,
    A,
    MalformedMessage,
    Query,
    Rcode,
    Rdata,
    RType,
    encode_response,
    parse_query,
)

# name -> type -> record texts in zone-file form
Zone = dict[str, dict[str, list[str]]]


def _name(text: str) -> str:
    return text.strip().rstrip(".") or "."


def record_from_text(rdtype: str, text: str) -> Rdata:
    """A record from its zone-file text: "10 mail.demo.test." for MX, "0 1 993 imap.demo.test."
    for SRV, an address for A/AAAA, quoted strings for TXT, a name for CNAME."""
    words = text.split()
    if rdtype == "A":
        return A(text.strip())
    if rdtype == "AAAA":
        return AAAA(text.strip())
    if rdtype == "MX":
        return MX(int(words[0]), _name(words[1]))
    if rdtype == "SRV":
        return SRV(int(words[0]), int(words[1]), int(words[2]), _name(words[3]))
    if rdtype == "TXT":
        return TXT(tuple(s.encode() for s in shlex.split(text)))
    if rdtype == "CNAME":
        return CNAME(_name(text))
    raise ValueError(f"the demo serves no {rdtype} records")


@dataclass
class DnsZones:
    records: Zone = field(default_factory=dict)
    suffixes: tuple[str, ...] = ()  # names under these exist (no-data rather than NXDOMAIN)

    def add(self, name: str, rdtype: str, text: str) -> None:
        record_from_text(rdtype, text)  # a typo in the demo's zone fails here, not at the first query
        self.records.setdefault(name.lower().rstrip(".") + ".", {}).setdefault(rdtype, []).append(text)

    def answer(self, query: Query) -> bytes:
        """The reply's bytes: authoritative, never claiming DNSSEC validation (no AD bit)."""
        question = query.question
        if question is None or question.rclass != CLASS_IN:
            return encode_response(query, Rcode.FORMERR if question is None else Rcode.REFUSED)
        name = question.name.lower().rstrip(".") + "."
        types = self.records.get(name)
        if types is None:
            exists = any(name == s or name.endswith("." + s) for s in self.suffixes)
            return encode_response(query, Rcode.NOERROR if exists else Rcode.NXDOMAIN)
        try:
            rdtype = RType(question.rtype).name
        except ValueError:
            return encode_response(query, Rcode.NOERROR)
        records = tuple(record_from_text(rdtype, text) for text in types.get(rdtype, []))
        return encode_response(query, Rcode.NOERROR, records)


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, zones: DnsZones) -> None:
        self.zones = zones
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
        try:
            query = parse_query(data)
        except MalformedMessage:
            return  # not DNS: drop it, as a real server would
        assert self.transport is not None
        self.transport.sendto(self.zones.answer(query), addr)


async def serve_dns(zones: DnsZones, host: str = "127.0.0.1", port: int = 0) -> asyncio.DatagramTransport:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(lambda: _Protocol(zones), local_addr=(host, port))
    return transport
