"""DNS through dnspython, so `--dns` redirects every lookup, connections included."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

import dns.asyncresolver
import dns.exception
import dns.flags
import dns.resolver

from wizard.i18n import T
from wizard.model.errors import UserError

Resolver = dns.asyncresolver.Resolver


@dataclass(frozen=True)
class DnsServer:
    host: str
    port: int = 53

    @classmethod
    def parse(cls, text: str) -> "DnsServer":
        """HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address."""
        value = text.strip()
        host, port = value, "53"
        if value.startswith("["):
            host, _, rest = value[1:].partition("]")
            if rest.startswith(":"):
                port = rest[1:]
        elif value.count(":") == 1:
            host, port = value.split(":")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise UserError("dns-invalid", T("“{value}” is not a DNS server address; give an IP address, optionally with :PORT.", value=text)) from None
        if not port.isdigit() or not 1 <= int(port) <= 65535:
            raise UserError("dns-invalid", T("“{value}” is not a DNS server address; give an IP address, optionally with :PORT.", value=text))
        return cls(host, int(port))


@dataclass(frozen=True)
class DnsAnswer:
    """What one query returned. `authenticated` is the AD bit from a validating resolver:
    the only way a DNS-derived config can be trusted without asking the person."""

    name: str
    rdtype: str
    records: tuple[Any, ...] = ()
    authenticated: bool = False
    nxdomain: bool = False

    @property
    def empty(self) -> bool:
        return not self.records


def make_resolver(server: DnsServer | None, timeout: float) -> dns.asyncresolver.Resolver:
    if server is None:
        resolver = dns.asyncresolver.Resolver()
    else:
        resolver = dns.asyncresolver.Resolver(configure=False)
        resolver.nameservers = [server.host]
        resolver.port = server.port
    resolver.lifetime = timeout
    resolver.timeout = timeout
    # Ask for the AD bit: a validating resolver tells us whether DNSSEC checked out.
    resolver.use_edns(0, dns.flags.DO, 1232)
    resolver.flags = dns.flags.RD | dns.flags.AD
    return resolver


async def query(resolver: dns.asyncresolver.Resolver, name: str, rdtype: str, timeout: float | None) -> DnsAnswer:
    """NXDOMAIN and no-data are answers, not errors; timeouts and server failures raise."""
    try:
        answer = await resolver.resolve(name, rdtype, lifetime=timeout, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return DnsAnswer(name, rdtype, nxdomain=True)
    authenticated = bool(answer.response.flags & dns.flags.AD)
    records = tuple(answer.rrset) if answer.rrset is not None else ()
    return DnsAnswer(name, rdtype, records, authenticated)
