"""What the network libraries raise, named once here so that the engines can tell a timeout
from a bad certificate without importing ssl or the HTTP client themselves (the layer rule:
those are known only inside wizard.net). The DNS failures are our own resolver's
(wizard.net.dns), named here with the rest."""

from __future__ import annotations

import errno
import ssl
from enum import Enum
from typing import Iterator

from wizard.net.dns import DnsBadName as DnsBadName, DnsError as DnsError, DnsTimeout as DnsTimeout, NoNameservers as NoNameservers
from wizard.net.http import BadResponse, BadUrl, BasicAuth, HttpFailure, HttpTimeout
from wizard.net.http import BodyTooLarge as BodyTooLarge  # an answer above the caller's cap
from wizard.net.http import HttpClient as HttpClient
from wizard.net.transport import NoAddress
from wizard.protocols.http import Problem as HttpProblem

# Types the engines hold or pass on without knowing where they come from.
HttpAuth = BasicAuth
TlsContext = ssl.SSLContext

TlsError = ssl.SSLError

# Anything a request can fail with on the way: HTTP, DNS, sockets, TLS.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (HttpFailure, DnsError, OSError, ssl.SSLError)
# Waiting too long, whichever layer noticed.
TIMEOUTS: tuple[type[BaseException], ...] = (HttpTimeout, DnsTimeout, TimeoutError)
# A URL the HTTP client cannot even try.
BAD_URL: tuple[type[BaseException], ...] = (BadUrl,)


def basic_auth(username: str, password: str) -> HttpAuth:
    """HTTP Basic credentials; `fetch` decides where they may go (https, the same host)."""
    return BasicAuth(username, password)


def certificate_problem(exc: BaseException) -> str | None:
    """Why a certificate was refused, when that is what `exc` (or its cause) says; else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current.verify_message or str(current)
        current = current.__cause__ or current.__context__
    return None


class Cause(Enum):
    """What one failure (or success) shows about this machine's network, for discovery's
    verdict "no network" (see wizard.discovery.evidence)."""

    DNS_ANSWER = "dns-answer"  # the resolver answered (records, no data, NXDOMAIN)
    DNS_DOWN = "dns-down"  # the resolver never answered, or could not be reached
    CONTACT = "contact"  # a server answered in some way
    NO_ROUTE = "no-route"  # a connection found no route from this machine
    TIMEOUT = "timeout"  # a host did not answer: says nothing about this machine


# Failures that mean this machine has no way onto a network (as opposed to a remote host
# refusing or dropping us, which only says something about that host).
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EADDRNOTAVAIL, errno.EHOSTUNREACH})


def causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and every exception it was raised from or during, each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def cause_of(exc: BaseException) -> Cause:
    """What a failure shows: the first telling exception in its chain decides."""
    for item in causes(exc):
        if isinstance(item, NoAddress):
            return Cause.DNS_ANSWER
        if isinstance(item, DnsTimeout):
            return Cause.DNS_DOWN
        if isinstance(item, NoNameservers):
            return Cause.DNS_DOWN if item.unreachable else Cause.DNS_ANSWER
        if isinstance(item, (TimeoutError, HttpTimeout)):
            return Cause.TIMEOUT
        if isinstance(item, ssl.SSLError):
            return Cause.CONTACT  # a TLS handshake means somebody answered
        if getattr(item, "errno", None) in _NO_ROUTE:  # an OSError, or a wrapper keeping its errno
            return Cause.NO_ROUTE
    return Cause.CONTACT


def cut_short(exc: BaseException) -> bool:
    """The answer stopped before its end: short of its length or last chunk, or at a close
    of the connection the server may not have meant (a reset; TLS without close_notify)."""
    return any(isinstance(c, BadResponse) and c.problem is HttpProblem.TRUNCATED for c in causes(exc))


def no_address(exc: BaseException) -> bool:
    """DNS said the name has no address (somewhere in `exc`'s chain)."""
    return any(isinstance(c, NoAddress) for c in causes(exc))
