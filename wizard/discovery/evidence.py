"""What the failed steps of one discovery run say about *why* nothing was found.

thunderbird-android's result is sealed: settings, nothing usable found, or a network error.
Each step that ends tells us either that the network carried it somewhere (a DNS answer, a
refused port, an HTTP status, a certificate) or that it failed for reasons of this machine's
own network (the resolver never answers, no route to any network). Only when every step says
the latter is the outcome "no network"; one answer from anywhere means the network works.
"""

from __future__ import annotations

import errno
import ssl
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterator

import dns.exception
import dns.resolver
import httpx

# Failures that mean this machine has no way onto a network (as opposed to a remote host
# refusing or a remote network dropping us, which only says something about that host).
_LOCAL_ERRNOS = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EADDRNOTAVAIL, errno.EHOSTUNREACH})


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
    errors = exc.kwargs.get("errors") or [] if hasattr(exc, "kwargs") else []
    if not errors:
        return False
    return all(isinstance(e[3], (OSError, dns.exception.Timeout, EOFError)) for e in errors if len(e) > 3)


def is_network_failure(exc: BaseException) -> bool:
    """Whether `exc` says this machine's network failed: DNS that never answers, or a
    connection that found no route (ENETUNREACH and friends) or timed out."""
    for item in causes(exc):
        if isinstance(item, (dns.exception.Timeout, TimeoutError, httpx.TimeoutException)):
            return True
        if isinstance(item, dns.resolver.NoNameservers):
            return _resolver_unreachable(item)
        if isinstance(item, ssl.SSLError):
            return False  # a TLS handshake means somebody answered
        if isinstance(item, OSError) and item.errno in _LOCAL_ERRNOS:
            return True
    return False


@dataclass
class Evidence:
    reached: int = 0  # steps that got some answer over the network
    network: int = 0  # steps that failed for reasons of this machine's network

    def answered(self) -> None:
        self.reached += 1

    def failed(self, network: bool) -> None:
        if network:
            self.network += 1
        else:
            self.reached += 1

    @property
    def no_network(self) -> bool:
        return self.reached == 0 and self.network > 0


# Set by the engine for one run; tasks it starts inherit it (contextvars copy on task creation
# and the Evidence object itself is shared), so `attempt` records without being handed it.
current: ContextVar[Evidence | None] = ContextVar("discovery_evidence", default=None)


def record(*, network: bool | None) -> None:
    """One step ended: `network` True (this machine's network failed), False (the network
    carried it), None (the step says nothing about the network)."""
    evidence = current.get()
    if evidence is None or network is None:
        return
    evidence.failed(network)
