"""OAuth2 providers staged in the test world, shaped like the ISPDB's Gmail and Microsoft 365
entries but on test-world hosts: the ISPDB entries, and recording servers (tests/doctor's
fakes) offering XOAUTH2/OAUTHBEARER inside TLS, as the real ones do."""

from __future__ import annotations

from tests.doctor.servers import FakeServer, Loop, server_context
from tests.world.ews import serve_ews

PASSWORD = "typed anyway 4711"  # typed by the person all the same: it must reach no server and no file
GMAIL_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="gmail-like.test">
<domain>gmail-like.test</domain><displayName>Gmailish Mail</displayName><displayShortName>Gmailish</displayShortName>
<incomingServer type="imap"><hostname>imap.gmail-like.test</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>pop.gmail-like.test</hostname><port>995</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.gmail-like.test</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"""
M365_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="m365-like.test">
<domain>m365-like.test</domain>
<displayName>Microsoft 365 (test world)</displayName><displayShortName>M365ish</displayShortName>
<incomingServer type="exchange"><hostname>outlook.m365-like.test</hostname><port>443</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
<ewsURL>https://outlook.m365-like.test/EWS/Exchange.asmx</ewsURL></incomingServer>
<incomingServer type="imap"><hostname>outlook.m365-like.test</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.m365-like.test</hostname><port>587</port><socketType>STARTTLS</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"""
GMAIL_USER, M365_USER = "kim@gmail-like.test", "kim@m365-like.test"


def stage(world, loop: Loop, mode: str = "oauth2") -> dict[str, FakeServer]:
    """Both ISPDB entries and their servers (recording every byte), by host name; the caller
    stops them. mode="normal": servers offering only PLAIN/LOGIN, against their provider's word."""
    world.web.add("ispdb.test", "/autoconfig/v1.1/gmail-like.test", GMAIL_LIKE, schemes=("https",))
    world.web.add("ispdb.test", "/autoconfig/v1.1/m365-like.test", M365_LIKE, schemes=("https",))
    for host in ("gmail-like.test", "ispdb.test", "autoconfig.gmail-like.test", "autoconfig.m365-like.test", "m365-like.test"):
        world.certs.for_host(host)
    plan = [("imap", "imap.gmail-like.test", 993, True), ("pop3", "pop.gmail-like.test", 995, True), ("smtp", "smtp.gmail-like.test", 465, True),
            ("imap", "outlook.m365-like.test", 993, True), ("smtp", "smtp.m365-like.test", 587, False)]
    servers = {}
    for protocol, host, port, implicit in plan:
        ip = world.ip_of(host) if host in world.dns.records.a else world.add_host(host)
        pair = world.certs.for_host(host)
        servers[host] = FakeServer(loop, protocol, ip, port, implicit=implicit, mode=mode, context=server_context(pair.cert_file, pair.key_file), name=host).start()
    # the EWS address the entry names answers as Microsoft 365's does: a 401 naming Bearer
    # (mode="normal": Basic only, against the provider's word, like the mail servers)
    serve_ews(world, "outlook.m365-like.test", "bearer" if mode == "oauth2" else "basic")
    return servers
