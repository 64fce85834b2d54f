"""DNS answers a validating resolver vouched for (AD bit) make SRV and MX results trusted.

dnsmasq here cannot sign zones, so a tiny resolver stand-in on loopback sets the AD bit the
way a validating resolver does; everything else it answers NXDOMAIN."""

from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rrset
import pytest

from wizard.discovery import discover
from wizard.model import Source
from wizard.net import Deadline, DnsServer, NetContext, Timeouts
from wizard.providers import Presets

pytestmark = pytest.mark.world
ADDRESS = "127.0.0.54"


class SigningResolver:
    def __init__(self, records: dict[tuple[str, str], list[str]]) -> None:
        self.records = records
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((ADDRESS, 53))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                data, peer = self.sock.recvfrom(4096)
            except OSError:
                return
            query = dns.message.from_wire(data)
            reply = dns.message.make_response(query)
            question = query.question[0]
            key = (question.name.to_text(omit_final_dot=True).lower(), dns.rdatatype.to_text(question.rdtype))
            if key in self.records:
                reply.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", key[1], self.records[key]))
                reply.flags |= dns.flags.AD
            else:
                reply.set_rcode(dns.rcode.NXDOMAIN)
            self.sock.sendto(reply.to_wire(), peer)

    def __enter__(self) -> "SigningResolver":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def test_srv_answers_with_the_ad_bit_are_trusted(world):
    records = {("_imaps._tcp.signed.test", "SRV"): ["0 0 993 mail.signed.test."],
               ("_submissions._tcp.signed.test", "SRV"): ["0 0 465 mail.signed.test."]}
    with SigningResolver(records):
        ctx = NetContext(dns_server=DnsServer(ADDRESS), timeouts=Timeouts(dns=1, connect=1, http=1, ispdb=1), deadline=Deadline(seconds=3))
        result = discover("jo@signed.test", ctx, presets=Presets())
    best = result.best
    assert (best.source, best.trusted, best.consent) == (Source.SRV, True, ())
