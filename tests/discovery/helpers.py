"""Running discovery against the test world, and documents to serve in it."""

from __future__ import annotations

from pathlib import Path

from wizard.discovery import DiscoveryResult, discover
from wizard.model import Source, StepStatus
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts, Trust
from wizard.providers import Presets

ISPDB = "https://ispdb.test/autoconfig/v1.1/"
AC_PATH = "/mail/config-v1.1.xml"
AD_PATH = "/autodiscover/autodiscover.xml"
MAIL = "mail.example.test"


def context(world, deadline: float = 4.0, sink=None) -> NetContext:
    ctx = NetContext(
        trust=Trust(use_system=False, ca_files=(Path(world.ca_file),)),
        dns_server=DnsServer("127.0.0.53"),
        timeouts=Timeouts(dns=1.0, connect=2.0, read=2.0, http=2.0, ispdb=2.0),
        deadline=Deadline(seconds=deadline),
        endpoints=Endpoints(ispdb_url=ISPDB),
    )
    if sink is not None:
        ctx.sink = sink
    return ctx


def warm(world, *hosts: str) -> None:
    """Issue the web certificates up front: the world's web issues them on first use and two
    simultaneous first handshakes for one name can race (reported to the world's owner)."""
    for host in hosts:
        world.certs.for_host(host)


def run(world, address: str, *, deadline: float = 4.0, presets: Presets | None = None, **kwargs) -> DiscoveryResult:
    domain = address.rsplit("@", 1)[1]
    warm(world, domain, f"autoconfig.{domain}", f"autodiscover.{domain}", "ispdb.test")
    return discover(address, context(world, deadline), presets=presets if presets is not None else Presets(), **kwargs)


def autoconfig_xml(domain: str, host: str = MAIL, *, imap_socket: str = "SSL", imap_port: int = 993, name: str | None = None) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="{domain}"><domain>{domain}</domain>
<displayName>{name or domain}</displayName>
<incomingServer type="imap"><hostname>{host}</hostname><port>{imap_port}</port><socketType>{imap_socket}</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"""


def pox_settings(*protocols: str) -> str:
    return ('<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">'
            '<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
            "<Account><AccountType>email</AccountType><Action>settings</Action>" + "".join(protocols) + "</Account></Response></Autodiscover>")


def pox_protocol(kind: str, server: str = MAIL, port: int = 993, **fields: str) -> str:
    extra = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
    return f"<Protocol><Type>{kind}</Type><Server>{server}</Server><Port>{port}</Port>{extra}</Protocol>"


def pox_redirect(kind: str, target: str) -> str:
    element = "RedirectAddr" if kind == "address" else "RedirectUrl"
    action = "redirectAddr" if kind == "address" else "redirectUrl"
    return ('<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">'
            '<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
            f"<Account><Action>{action}</Action><{element}>{target}</{element}></Account></Response></Autodiscover>")


def sources(result: DiscoveryResult) -> list[Source]:
    return [c.source for c in result.configs]


def steps_for(result: DiscoveryResult, source: str, status: StepStatus | None = None):
    return [s for s in result.steps if s.source == source and (status is None or s.status is status)]
