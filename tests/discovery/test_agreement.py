"""Discovery agrees with the autoconfig draft and with Thunderbird in the test world: a
Microsoft 365 customer finds Office 365, Autodiscover always gets its say, and a pack's
servers survive a host that cannot be reached from here."""

from __future__ import annotations

import time

import pytest

from wizard.discovery import Outcome
from wizard.model import Protocol, Security, Source, StepStatus
from wizard.providers import load_presets
from tests.world.web import Response

from .helpers import AC_PATH, AD_PATH, autoconfig_xml, pox_settings, run, steps_for

pytestmark = pytest.mark.world

# Our own Office 365 entry, shaped like the ISPDB's: the Exchange section in the draft's URL
# form, IMAP and SMTP beside it, OAuth2 sign-in; and the consumer entry it must not be confused with.
OFFICE_365 = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="office365.com">
<domain>office365.com</domain><domain>mail.protection.outlook.com</domain>
<displayName>Microsoft 365</displayName><displayShortName>Microsoft 365</displayShortName>
<incomingServer type="exchange"><hostname>outlook.office365.com</hostname><port>443</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
<owaURL>https://outlook.office365.com/owa/</owaURL><ewsURL>https://outlook.office365.com/EWS/Exchange.asmx</ewsURL></incomingServer>
<incomingServer type="ews"><url>https://outlook.office365.com/EWS/Exchange.asmx</url><username>%EMAILADDRESS%</username><authentication>OAuth2</authentication></incomingServer>
<incomingServer type="imap"><hostname>outlook.office365.com</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.office365.com</hostname><port>587</port><socketType>STARTTLS</socketType>
<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication></outgoingServer>
</emailProvider></clientConfig>"""

OUTLOOK_COM = OFFICE_365.replace("office365.com</domain><domain>mail.protection.outlook.com", "outlook.com</domain><domain>hotmail.com").replace(
    "Microsoft 365", "Outlook.com (consumer)")


def test_a_microsoft_365_customer_domain_finds_the_office_365_entry(world):
    world.dns.add_mx("contoso.test", "contoso-test.mail.protection.outlook.com", 0)
    world.web.add("ispdb.test", "/autoconfig/v1.1/mail.protection.outlook.com", OFFICE_365, schemes=("https",))
    world.web.add("ispdb.test", "/autoconfig/v1.1/outlook.com", OUTLOOK_COM, schemes=("https",))
    result = run(world, "kim@contoso.test")
    mx = [c for c in result.configs if c.source is Source.MX]
    assert mx and mx[0].provider == "Microsoft 365"
    assert not any(c.provider == "Outlook.com (consumer)" for c in result.configs)
    protocols = [s.protocol for s in mx[0].incoming]
    assert Protocol.EWS in protocols and Protocol.IMAP in protocols
    ews = next(s for s in mx[0].incoming if s.protocol is Protocol.EWS)
    assert (ews.host, ews.port, ews.security, ews.username) == ("outlook.office365.com", 443, Security.TLS, "kim@contoso.test")
    asked = [r.path for r in world.web.requests if r.host == "ispdb.test"]
    assert "/autoconfig/v1.1/mail.protection.outlook.com" in asked
    assert "/autoconfig/v1.1/contoso-test.mail.protection.outlook.com" not in asked  # never the MX host itself


def test_an_mx_inside_the_addresss_own_domain_asks_nothing_more(world):
    world.dns.add_mx("selfhosted.test", "mx.selfhosted.test", 10)
    result = run(world, "kim@selfhosted.test", deadline=3.0)
    assert steps_for(result, "mx", StepStatus.SKIPPED)
    assert not [r for r in world.web.requests if r.host == "ispdb.test" and r.path.endswith("/mx.selfhosted.test")]


def test_autodiscover_always_finishes_beside_a_decisive_autoconfig(world):
    world.web.add("autoconfig.both.test", AC_PATH, autoconfig_xml("both.test"), schemes=("https",))

    def slow_exchange(request):
        time.sleep(0.8)  # well after autoconfig has answered
        body = pox_settings("<Protocol><Type>EXCH</Type><Server>ex.both.test</Server>"
                            "<EwsUrl>https://ex.both.test/EWS/Exchange.asmx</EwsUrl></Protocol>")
        return Response(200, body.encode(), (("Content-Type", "text/xml"),))

    world.web.add("autodiscover.both.test", AD_PATH, slow_exchange, method="POST", schemes=("https",))
    result = run(world, "kim@both.test", deadline=6.0)
    assert result.best.source is Source.AUTOCONFIG
    exchange = [c for c in result.configs if c.source is Source.AUTODISCOVER]
    assert exchange and exchange[0].incoming[0].protocol is Protocol.EWS
    assert not steps_for(result, "autodiscover", StepStatus.CANCELLED)


def test_a_pack_server_that_cannot_be_reached_is_kept_unconfirmed_with_implicit_tls(world):
    world.black_hole(world.add_host("mamutmail.com"))
    result = run(world, "alice@example.test", deadline=4.0, presets=load_presets(), brand=load_presets().by_id("mamut"))
    preset = next(c for c in result.configs if c.source is Source.PRESET)
    endpoints = {(s.protocol, s.host, s.port, s.security) for s in preset.incoming + preset.outgoing}
    assert {(Protocol.IMAP, "mamutmail.com", 993, Security.TLS), (Protocol.POP3, "mamutmail.com", 995, Security.TLS),
            (Protocol.SMTP, "mamutmail.com", 465, Security.TLS)} <= endpoints
    assert ("unconfirmed", "mamutmail.com") in {(c.code, c.detail) for c in preset.consent}
    assert preset.needs_consent and result.outcome is Outcome.FOUND


def test_the_mx_hosts_longer_domain_wins_over_its_base_domain(world):
    world.dns.add_mx("shop.test", "mx.many.sub.prov.test", 0)
    world.web.add("ispdb.test", "/autoconfig/v1.1/many.sub.prov.test", autoconfig_xml("many.sub.prov.test", name="full domain"), schemes=("https",))
    world.web.add("ispdb.test", "/autoconfig/v1.1/prov.test", autoconfig_xml("prov.test", name="base domain"), schemes=("https",))
    result = run(world, "yamato@shop.test")
    mx = next(c for c in result.configs if c.source is Source.MX)
    assert mx.provider == "full domain" and mx.incoming[0].username == "yamato@shop.test"


def test_the_providers_own_autoconfig_is_asked_through_the_mx_host(world):
    world.dns.add_mx("customer-site.test", "mx.hosting.test", 0)
    world.web.add("autoconfig.hosting.test", AC_PATH, autoconfig_xml("hosting.test", name="Hosting"), schemes=("https",))
    result = run(world, "user@customer-site.test")
    mx = next(c for c in result.configs if c.source is Source.MX)
    assert mx.provider == "Hosting"
    asked = world.web.requests_for("autoconfig.hosting.test", AC_PATH, scheme="https")
    assert asked and "emailaddress=user@customer-site.test" in asked[0].query
