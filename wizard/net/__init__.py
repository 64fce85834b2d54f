"""The one door to the network. Everything that touches a socket takes a NetContext,
so tests, the demo and support staff can redirect the whole program by handing over another."""

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.net.context import Endpoints, NetContext, Timeouts
    from wizard.net.control import CancelToken, Cancelled, Deadline, DeadlineExceeded
    from wizard.net.dns import DnsAnswer, DnsServer
    from wizard.net.transport import NoAddress
    from wizard.net.trust import Trust

# Each name loads its own module when first used: `from wizard.net import Trust` (the window
# checking --ca-file before it opens) does not load the resolver and the HTTP client with it.
_HOME = {
    "CancelToken": "control", "Cancelled": "control", "Deadline": "control", "DeadlineExceeded": "control",
    "DnsAnswer": "dns", "DnsServer": "dns", "Endpoints": "context", "NetContext": "context", "NoAddress": "transport",
    "Timeouts": "context", "Trust": "trust",
}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = [
    "CancelToken",
    "Cancelled",
    "Deadline",
    "DeadlineExceeded",
    "DnsAnswer",
    "DnsServer",
    "Endpoints",
    "NetContext",
    "NoAddress",
    "Timeouts",
    "Trust",
]
