"""The one door to the network. Everything that touches a socket takes a NetContext,
so tests, the demo and support staff can redirect the whole program by handing over another."""

import sys

# httpx loads its own command line (click, rich's progress bars: a tenth of a second or more)
# whenever those happen to be installed; mailsetup never runs it. A None entry makes that
# optional import fail, as httpx expects where they are missing.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

from wizard.net.context import NetContext, Endpoints, Timeouts  # noqa: E402 (after the httpx entry above)
from wizard.net.control import CancelToken, Cancelled, Deadline, DeadlineExceeded  # noqa: E402
from wizard.net.trust import Trust  # noqa: E402
from wizard.net.dns import DnsAnswer, DnsServer  # noqa: E402
from wizard.net.transport import NoAddress  # noqa: E402

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
