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

from contextvars import ContextVar
from dataclasses import dataclass

from wizard.net.errors import Cause, cause_of

__all__ = ["Cause", "Evidence", "cause_of", "current", "is_network_failure", "record"]


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
