"""Which nameservers a run asks, and whether their AD bit counts: `--dns`, or what
/etc/resolv.conf says as glibc reads it. Apart from the resolver (wizard.net.dns) so that a
command's opening (wizard.net.opening) can ask the same servers before asyncio is imported."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from wizard.i18n import T
from wizard.model.errors import UserError


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


def _read_resolv_conf(path: Path) -> str | None:
    """The file's text; None when it is missing, unreadable, not a plain file or huge."""
    try:
        if not path.is_file() or path.stat().st_size > 65536:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def system_trusts_ad(path: Path = RESOLV_CONF, environ: Mapping[str, str] = os.environ) -> bool:
    """`resolv_conf_trusts_ad` for this machine; no readable resolv.conf means no."""
    text = _read_resolv_conf(path)
    return text is not None and resolv_conf_trusts_ad(text, environ.get("RES_OPTIONS", ""))


MAX_NAMESERVERS = 3  # glibc's MAXNS: later nameserver lines are ignored
DEFAULT_NAMESERVER = DnsServer("127.0.0.1")  # glibc's choice when the file names none


def resolv_conf_nameservers(text: str) -> tuple[DnsServer, ...]:
    """The `nameserver` lines glibc would use: the first three that are IP addresses, in
    order; the local machine when there are none."""
    found: list[DnsServer] = []
    for line in text.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] == "nameserver" and len(found) < MAX_NAMESERVERS:
            try:
                found.append(DnsServer(str(ipaddress.ip_address(words[1]))))
            except ValueError:
                continue
    return tuple(found) or (DEFAULT_NAMESERVER,)


def system_nameservers(path: Path = RESOLV_CONF) -> tuple[DnsServer, ...]:
    """`resolv_conf_nameservers` for this machine (no readable file: the local machine)."""
    return resolv_conf_nameservers(_read_resolv_conf(path) or "")
