"""The built-in demo provider on loopback: for `make run` and rehearsing support calls.

`DemoProvider().start()` runs DNS, an https settings endpoint, IMAP and POP3 (Twisted) and
SMTP (aiosmtpd) on 127.0.0.1 and returns a DemoInfo; `demo_context(info)` gives the
NetContext that points the unchanged wizard at it. No Qt here."""

from wizard.demo.provider import DOMAIN, PASSWORD, USER, DemoInfo, DemoProvider, autoconfig_xml
from wizard.demo.context import DemoNetContext, demo_context

__all__ = ["DOMAIN", "PASSWORD", "USER", "DemoInfo", "DemoNetContext", "DemoProvider", "autoconfig_xml", "demo_context"]
