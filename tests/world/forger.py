"""A hostile resolver for the test world: it answers with forged records and sets the DNSSEC
AD ("validated") bit on every answer, the way a hotel's or a DHCP-assigned resolver can, and
forwards everything else to the world's dnsmasq (also with AD set).

    with ForgingResolver(world, {("_imaps._tcp.shop.test", "SRV"): ["0 0 993 evil.test."]}) as dns:
        ctx = NetContext(dns_server=DnsServer(dns.ip))          # as with --dns
        with dns.as_system_resolver(trust_ad=False): ...        # as /etc/resolv.conf's nameserver
"""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from typing import Iterator

import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype
import dns.rrset

from .dnsserver import DNS_IP


class ForgingResolver:
    def __init__(self, world, forged: dict[tuple[str, str], list[str]] | None = None) -> None:
        self.world = world
        self.forged = {(name.lower().rstrip("."), rdtype.upper()): values for (name, rdtype), values in (forged or {}).items()}
        self.ip = world.allocate_ip()
        self.queries: list[tuple[str, str]] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((self.ip, 53))
        self.sock.settimeout(0.1)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _answer(self, data: bytes) -> bytes:
        query = dns.message.from_wire(data)
        question = query.question[0]
        key = (question.name.to_text(omit_final_dot=True).lower(), dns.rdatatype.to_text(question.rdtype))
        self.queries.append(key)
        if key in self.forged:
            reply = dns.message.make_response(query)
            reply.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", key[1], self.forged[key]))
        else:
            try:
                reply = dns.query.udp(query, DNS_IP, timeout=1.0)
            except Exception:  # noqa: BLE001 - the world's DNS did not answer: SERVFAIL
                reply = dns.message.make_response(query)
                reply.set_rcode(dns.rcode.SERVFAIL)
        reply.flags |= dns.flags.AD  # the lie: "I validated this"
        return reply.to_wire()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                self.sock.sendto(self._answer(data), peer)
            except OSError:
                return

    @contextmanager
    def as_system_resolver(self, *, trust_ad: bool = False) -> Iterator[None]:
        """Make this resolver the machine's (the world's /etc/resolv.conf), with or without
        glibc's `options trust-ad`; the file is rewritten in place (it is bind-mounted)."""
        path = self.world.resolv_conf
        before = path.read_text()
        options = "options timeout:1 attempts:1" + (" trust-ad" if trust_ad else "")
        path.write_text(f"nameserver {self.ip}\n{options}\n")
        try:
            yield
        finally:
            path.write_text(before)

    def __enter__(self) -> "ForgingResolver":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(2)
        self.sock.close()
