"""The stub resolver: every lookup, connections included, asks the nameservers of `--dns` or
of /etc/resolv.conf over UDP (TCP when the reply is truncated), with the codec of
wizard.protocols.dns. A reply counts only from the address asked, with our random ID and our
question echoed; the kernel picks a random source port for each query's own socket."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from wizard.i18n import T
from wizard.model.errors import UserError
from wizard.protocols.dns import BadName, MalformedMessage, NotOurReply, Question, Rcode, Rdata, Reply, RType, encode_query, make_question, parse_reply


class DnsError(Exception):
    """A lookup failed. (A name that does not exist, or has no such record, is an answer.)"""


class DnsTimeout(DnsError):
    """No nameserver answered in time."""


class DnsBadName(DnsError):
    """The name cannot be asked at all (an empty or over-long label)."""


class NoNameservers(DnsError):
    """Every nameserver was asked and none gave a usable answer: `failures` says what each
    did (an error rcode, a broken reply, a timeout, an OSError from the socket)."""

    def __init__(self, what: str, failures: tuple[tuple[str, BaseException], ...]) -> None:
        self.failures = failures
        said = "; ".join(f"{server} {exc}" for server, exc in failures)
        super().__init__(f"no nameserver answered {what}: {said}")

    @property
    def unreachable(self) -> bool:
        """None of them answered anything: the resolver could not be reached."""
        return bool(self.failures) and all(isinstance(e, (OSError, DnsTimeout, EOFError)) for _, e in self.failures)


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
    records: tuple[Rdata, ...] = ()  # of the asked type (wizard.protocols.dns), CNAMEs followed
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



@dataclass(frozen=True)
class Resolver:
    """Where one run's lookups go and how long each may take in all."""

    servers: tuple[DnsServer, ...]
    timeout: float


def make_resolver(server: DnsServer | None, timeout: float) -> Resolver:
    """`--dns`'s server, else the system's nameservers (read now, once per run)."""
    return Resolver((server,) if server is not None else system_nameservers(), timeout)


RESEND = 1.0  # a UDP query unanswered this long is sent again to the same server (a lost packet)
MAX_REPLY = 65535


class _Exchange(asyncio.DatagramProtocol):
    """One query's own connected UDP socket: the first reply that is ours ends it; strays
    and forgeries (another source, ID or question) are dropped while we keep listening."""

    def __init__(self, server: DnsServer, id: int, question: Question) -> None:
        self.server, self.id, self.question = server, id, question
        self.done: asyncio.Future[Reply] = asyncio.get_running_loop().create_future()
        # A query cancelled while its socket opens closes it before anyone awaits the end:
        # the ending is seen here, so it is never logged as an exception nobody retrieved.
        self.done.add_done_callback(_seen)
        self._peer = ipaddress.ip_address(server.host.partition("%")[0])  # a link-local scope aside

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        if self.done.done():
            return
        try:
            if ipaddress.ip_address(str(addr[0]).partition("%")[0]) != self._peer or addr[1] != self.server.port:
                return
        except ValueError:
            return
        try:
            self.done.set_result(parse_reply(data, self.id, self.question))
        except NotOurReply:
            return
        except MalformedMessage as exc:
            self.done.set_exception(exc)

    def error_received(self, exc: Exception) -> None:
        if not self.done.done():  # an ICMP error: nothing listens there, or no route
            self.done.set_exception(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(exc or ConnectionResetError("the socket closed"))


def _seen(done: asyncio.Future[Reply]) -> None:
    if not done.cancelled():
        done.exception()


async def _udp(server: DnsServer, id: int, question: Question, wire: bytes, wait: float) -> Reply:
    loop = asyncio.get_running_loop()
    transport, exchange = await loop.create_datagram_endpoint(lambda: _Exchange(server, id, question), remote_addr=(server.host, server.port))
    try:
        until = loop.time() + wait
        while True:
            transport.sendto(wire)
            left = until - loop.time()
            try:
                return await asyncio.wait_for(asyncio.shield(exchange.done), min(RESEND, left))
            except TimeoutError:
                if loop.time() >= until:
                    raise DnsTimeout(f"{server.host} did not answer in time") from None
    finally:
        if not exchange.done.done():
            exchange.done.cancel()  # nobody waits for it any more: no late exception to report
        transport.close()


async def _tcp(server: DnsServer, id: int, question: Question, wire: bytes) -> Reply:
    """The same query over TCP (RFC 7766), for a reply too large for UDP."""
    reader, writer = await asyncio.open_connection(server.host, server.port)
    try:
        writer.write(struct.pack("!H", len(wire)) + wire)
        await writer.drain()
        size = struct.unpack("!H", await reader.readexactly(2))[0]
        reply = parse_reply(await reader.readexactly(size), id, question)
    finally:
        writer.close()
    if reply.truncated:
        raise MalformedMessage("a truncated reply over TCP")
    return reply


async def _ask(server: DnsServer, question: Question, wait: float) -> Reply:
    id = int.from_bytes(os.urandom(2), "big")
    wire = encode_query(id, question.name, question.rtype)
    loop = asyncio.get_running_loop()
    until = loop.time() + wait
    reply = await _udp(server, id, question, wire, wait)
    if reply.truncated:
        try:
            async with asyncio.timeout(max(0.0, until - loop.time())):
                reply = await _tcp(server, id, question, wire)
        except TimeoutError:
            raise DnsTimeout(f"{server.host} did not answer over TCP in time") from None
        except asyncio.IncompleteReadError as exc:
            raise EOFError("the server closed the TCP connection mid-reply") from exc
    return reply


_USABLE = (Rcode.NOERROR, Rcode.NXDOMAIN)


async def query(resolver: Resolver, name: str, rdtype: str, timeout: float | None, *, trust_ad: bool = False) -> DnsAnswer:
    """NXDOMAIN and no-data are answers, not errors; timeouts and server failures raise.
    The nameservers are asked in turn, each given an equal share of the time still left
    (so the last gets all that the others did not use); one that fails (SERVFAIL, REFUSED,
    a broken reply, nobody listening) hands over at once. The AD bit counts only with
    `trust_ad` (the resolver is known to validate)."""
    try:
        question = make_question(name, RType[rdtype])
    except BadName as exc:
        raise DnsBadName(str(exc)) from None
    loop = asyncio.get_running_loop()
    budget = resolver.timeout if timeout is None else timeout
    until = loop.time() + budget
    failures: list[tuple[DnsServer, BaseException]] = []
    for index, server in enumerate(resolver.servers):
        left = until - loop.time()
        if left <= 0:
            break
        try:
            reply = await _ask(server, question, left / (len(resolver.servers) - index))
        except (OSError, EOFError, DnsTimeout, MalformedMessage) as exc:
            failures.append((server, exc))
            continue
        if reply.rcode not in _USABLE:
            failures.append((server, _Refused(reply.rcode)))
            continue
        if reply.rcode == Rcode.NXDOMAIN:
            return DnsAnswer(name, rdtype, nxdomain=True)
        return DnsAnswer(name, rdtype, reply.records, trust_ad and reply.authenticated)
    what = f"{question.name} {rdtype}"
    if not failures or all(isinstance(e, DnsTimeout) for _, e in failures):
        raise DnsTimeout(f"no nameserver answered {what} in time")
    raise NoNameservers(what, tuple((f"{s.host}:{s.port}", e) for s, e in failures))


class _Refused(Exception):
    """A nameserver answered with an error rcode (SERVFAIL, REFUSED, ...)."""

    def __init__(self, rcode: int) -> None:
        try:
            text = Rcode(rcode).name
        except ValueError:
            text = f"rcode {rcode}"
        super().__init__(f"answered {text}")
