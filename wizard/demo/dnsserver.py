"""The demo's own DNS server on 127.0.0.1:<port>, so the wizard is redirected the way
`--dns` redirects it: every lookup (MX, SRV, A, the ISPDB's host) goes through it.

dnspython does the wire format; this module only decides which records exist. Names
outside the demo zones get NXDOMAIN at once, so nothing ever waits on the internet."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import dns.exception
import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

# name -> type -> record texts in zone-file form
Zone = dict[str, dict[str, list[str]]]


@dataclass
class DnsZones:
    records: Zone = field(default_factory=dict)
    suffixes: tuple[str, ...] = ()  # names under these exist (no-data rather than NXDOMAIN)

    def add(self, name: str, rdtype: str, text: str) -> None:
        self.records.setdefault(name.lower().rstrip(".") + ".", {}).setdefault(rdtype, []).append(text)

    def answer(self, query: dns.message.Message) -> dns.message.Message:
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        response.flags &= ~dns.flags.AD  # the demo does not pretend to be DNSSEC-validated
        if not query.question:
            response.set_rcode(dns.rcode.FORMERR)
            return response
        question = query.question[0]
        name = question.name.to_text().lower()
        rdtype = dns.rdatatype.to_text(question.rdtype)
        types = self.records.get(name)
        if types is None:
            if not any(name == s or name.endswith("." + s) for s in self.suffixes):
                response.set_rcode(dns.rcode.NXDOMAIN)
            return response
        texts = types.get(rdtype, [])
        if texts:
            response.answer.append(dns.rrset.from_text_list(question.name, 300, dns.rdataclass.IN, question.rdtype, texts))
        return response


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, zones: DnsZones) -> None:
        self.zones = zones
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return  # not DNS: drop it, as a real server would
        response = self.zones.answer(query)
        assert self.transport is not None
        self.transport.sendto(response.to_wire(max_size=65535 if query.edns >= 0 else 512), addr)


async def serve_dns(zones: DnsZones, host: str = "127.0.0.1", port: int = 0) -> asyncio.DatagramTransport:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(lambda: _Protocol(zones), local_addr=(host, port))
    return transport
