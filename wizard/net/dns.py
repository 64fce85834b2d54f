"""DNS through dnspython, so `--dns` redirects every lookup, connections included."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

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
    """What one query returned. `authenticated` is the AD bit from a resolver known to
    validate (see `resolv_conf_trusts_ad`): the only way a DNS-derived config can be trusted
    without asking the person."""

    name: str
    rdtype: str
    records: tuple[Any, ...] = ()
    authenticated: bool = False
    nxdomain: bool = False

    @property
    def empty(self) -> bool:
        return not self.records


RESOLV_CONF = Path("/etc/resolv.conf")


def resolv_conf_trusts_ad(text: str, res_options: str = "") -> bool:
    """Whether resolv.conf (and the RES_OPTIONS variable, read after it) says the resolver
    validates DNSSEC and is reached over a path that cannot be tampered with: glibc's
    `options trust-ad`, which systemd-resolved's stub writes. Without it glibc clears the AD
    bit, and so do we: any resolver can set it on a forged answer."""
    trusted = False
    lines = [line.split() for line in text.splitlines()] + [["options", *res_options.split()]]
    for words in lines:
        if words and words[0] == "options":
            for option in words[1:]:
                if option == "trust-ad":
                    trusted = True
                elif option == "no-trust-ad":
                    trusted = False
    return trusted


def system_trusts_ad(path: Path = RESOLV_CONF, environ: Mapping[str, str] = os.environ) -> bool:
    """`resolv_conf_trusts_ad` for this machine; no readable resolv.conf means no."""
    try:
        if not path.is_file() or path.stat().st_size > 65536:
            return False
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return resolv_conf_trusts_ad(text, environ.get("RES_OPTIONS", ""))


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


async def query(resolver: dns.asyncresolver.Resolver, name: str, rdtype: str, timeout: float | None, *, trust_ad: bool = False) -> DnsAnswer:
    """NXDOMAIN and no-data are answers, not errors; timeouts and server failures raise.
    The AD bit counts only with `trust_ad` (the resolver is known to validate)."""
    try:
        answer = await resolver.resolve(name, rdtype, lifetime=timeout, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return DnsAnswer(name, rdtype, nxdomain=True)
    authenticated = trust_ad and bool(answer.response.flags & dns.flags.AD)
    records = tuple(answer.rrset) if answer.rrset is not None else ()
    return DnsAnswer(name, rdtype, records, authenticated)
