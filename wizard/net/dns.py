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

from wizard.net.nameservers import (  # where callers have always found them
    DEFAULT_NAMESERVER as DEFAULT_NAMESERVER,
    MAX_NAMESERVERS as MAX_NAMESERVERS,
    RESOLV_CONF as RESOLV_CONF,
    DnsServer as DnsServer,
    resolv_conf_nameservers as resolv_conf_nameservers,
    resolv_conf_trusts_ad as resolv_conf_trusts_ad,
    system_nameservers as system_nameservers,
    system_trusts_ad as system_trusts_ad,
)
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
