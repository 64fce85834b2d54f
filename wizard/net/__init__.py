"""The one door to the network. Everything that touches a socket takes a NetContext,
so tests, the demo and support staff can redirect the whole program by handing over another."""

from wizard.net.context import NetContext, Endpoints, Timeouts
from wizard.net.control import CancelToken, Cancelled, Deadline, DeadlineExceeded
from wizard.net.trust import Trust
from wizard.net.dns import DnsAnswer, DnsServer
from wizard.net.transport import NoAddress

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
