"""What the steps of one discovery run say about *why* nothing was found.

thunderbird-android's result is sealed: settings, nothing usable found, or a network error.
Each step that ends is one piece of evidence: a DNS answer, a server that answered in any way
(a refused port, an HTTP status, a certificate, a document), a resolver that never answered,
or a connection with no route at all. "No network" is said only when no server answered and
either DNS failed without ever answering or the connections found no route; a server that
answers anything means the network works, and timeouts to one domain's hosts say something
about those hosts only.
"""

from __future__ import annotations

import errno
import ssl
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from typing import Iterator

import dns.exception
import dns.resolver
import httpx

from wizard.net import NoAddress

# Failures that mean this machine has no way onto a network (as opposed to a remote host
# refusing or dropping us, which only says something about that host).
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EADDRNOTAVAIL, errno.EHOSTUNREACH})


class Cause(Enum):
    """What one ended step shows about the network."""

    DNS_ANSWER = "dns-answer"  # the resolver answered (records, no data, NXDOMAIN)
    DNS_DOWN = "dns-down"  # the resolver never answered, or could not be reached
    CONTACT = "contact"  # a server answered in some way
    NO_ROUTE = "no-route"  # a connection found no route from this machine
    TIMEOUT = "timeout"  # a host did not answer: says nothing about this machine


def causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and every exception it was raised from or during, each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _resolver_unreachable(exc: dns.resolver.NoNameservers) -> bool:
    """NoNameservers after transport errors only (none of the servers sent any answer)."""
    errors = (exc.kwargs.get("errors") or []) if hasattr(exc, "kwargs") else []
    return bool(errors) and all(len(e) > 3 and isinstance(e[3], (OSError, dns.exception.Timeout, EOFError)) for e in errors)


def cause_of(exc: BaseException) -> Cause:
    """What a failure says: the first telling exception in its chain decides."""
    for item in causes(exc):
        if isinstance(item, NoAddress):
            return Cause.DNS_ANSWER
        if isinstance(item, dns.exception.Timeout):
            return Cause.DNS_DOWN
        if isinstance(item, dns.resolver.NoNameservers):
            return Cause.DNS_DOWN if _resolver_unreachable(item) else Cause.DNS_ANSWER
        if isinstance(item, (TimeoutError, httpx.TimeoutException)):
            return Cause.TIMEOUT
        if isinstance(item, ssl.SSLError):
            return Cause.CONTACT  # a TLS handshake means somebody answered
        if getattr(item, "errno", None) in _NO_ROUTE:  # an OSError, or a wrapper keeping its errno
            return Cause.NO_ROUTE
    return Cause.CONTACT


def is_network_failure(exc: BaseException) -> bool:
    """Whether `exc` says this machine's network failed (DNS down or no route)."""
    return cause_of(exc) in (Cause.DNS_DOWN, Cause.NO_ROUTE)


@dataclass
class Evidence:
    dns_answers: int = 0
    dns_down: int = 0
    contacts: int = 0
    no_route: int = 0

    def add(self, cause: Cause) -> None:
        if cause is Cause.DNS_ANSWER:
            self.dns_answers += 1
        elif cause is Cause.DNS_DOWN:
            self.dns_down += 1
        elif cause is Cause.CONTACT:
            self.contacts += 1
        elif cause is Cause.NO_ROUTE:
            self.no_route += 1

    @property
    def no_network(self) -> bool:
        if self.contacts:
            return False
        return (self.dns_down > 0 and self.dns_answers == 0) or self.no_route > 0


# Set by the engine for one run; tasks it starts inherit it (contextvars are copied when a task
# is created, and the Evidence object itself is shared), so `attempt` records without being
# handed it through every source.
current: ContextVar[Evidence | None] = ContextVar("discovery_evidence", default=None)


def record(cause: Cause | None) -> None:
    """One step ended showing `cause` (None: it shows nothing about the network)."""
    evidence = current.get()
    if evidence is not None and cause is not None:
        evidence.add(cause)
