"""What the network libraries raise, named once here so that the engines can tell a timeout
from a bad certificate without importing ssl, httpx or dnspython themselves (the layer rule:
those libraries are known only inside wizard.net)."""

from __future__ import annotations

import ssl

import dns.exception
import httpx

# Types the engines hold or pass on without knowing where they come from.
HttpClient = httpx.AsyncClient
HttpAuth = httpx.Auth
TlsContext = ssl.SSLContext

TlsError = ssl.SSLError
DnsError = dns.exception.DNSException
DnsTimeout = dns.exception.Timeout

# Anything a request can fail with on the way: HTTP, DNS, sockets, TLS.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (httpx.HTTPError, dns.exception.DNSException, OSError, ssl.SSLError)
# Waiting too long, whichever layer noticed.
TIMEOUTS: tuple[type[BaseException], ...] = (httpx.TimeoutException, dns.exception.Timeout, TimeoutError)
# A URL the HTTP client cannot even try.
BAD_URL: tuple[type[BaseException], ...] = (httpx.InvalidURL, httpx.UnsupportedProtocol)


def basic_auth(username: str, password: str) -> HttpAuth:
    """HTTP Basic credentials; `fetch` decides where they may go (https, the same host)."""
    return httpx.BasicAuth(username, password)


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
