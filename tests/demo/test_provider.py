"""The demo provider: real IMAP, POP3 and SMTP servers, DNS, an https settings endpoint, and a
mail exchanger on port 25 (in the port25-blocked scene a port 25 that never answers), all on
loopback. Checked with the standard library's clients."""

from __future__ import annotations

import asyncio
import imaplib
import poplib
import smtplib
import socket
import ssl
import time

import pytest

from wizard.demo import DemoProvider, autoconfig_xml, demo_context
from wizard.demo.scenes import scene_named


@pytest.fixture(scope="module")
def demo():
    provider = DemoProvider()
    info = provider.start()
    yield info
    provider.stop()


@pytest.fixture(scope="module")
def high_ports_demo():
    provider = DemoProvider(well_known=False, scene=scene_named("port25-blocked"))
    info = provider.start()
    yield info
    provider.stop()


def mail_context(info) -> ssl.SSLContext:
    """Trusts exactly the demo's self-signed mail certificate (as a person who accepted it)."""
    ctx = ssl.create_default_context(cadata=info.mail_cert_pem.decode())
    ctx.check_hostname = True
    return ctx


def test_imap_login_and_the_welcome_message(demo):
    with imaplib.IMAP4_SSL("127.0.0.1", demo.ports["imaps"], ssl_context=_no_name_check(demo)) as imap:
        imap.login(demo.user, demo.password)
        status, data = imap.select("INBOX")
        assert status == "OK" and int(data[0]) >= 1
        _, fetched = imap.fetch(b"1", "(BODY[HEADER.FIELDS (SUBJECT)])")
        assert b"Welcome to Demo Mail" in fetched[0][1]


def test_imap_rejects_a_wrong_password(demo):
    with imaplib.IMAP4_SSL("127.0.0.1", demo.ports["imaps"], ssl_context=_no_name_check(demo)) as imap:
        with pytest.raises(imaplib.IMAP4.error):
            imap.login(demo.user, "wrong")


def test_pop3_login_and_listing(demo):
    pop = poplib.POP3_SSL("127.0.0.1", demo.ports["pop3s"], context=_no_name_check(demo))
    pop.user(demo.user)
    assert pop.pass_(demo.password).startswith(b"+OK")
    assert pop.stat()[0] >= 1
    pop.quit()


def test_smtp_submission_needs_starttls_before_auth_and_delivers_to_the_inbox(demo):
    with smtplib.SMTP("127.0.0.1", demo.ports["submission"], timeout=5) as smtp:
        smtp.ehlo()
        assert not smtp.has_extn("auth")  # no AUTH before TLS
        smtp.starttls(context=_no_name_check(demo))
        smtp.ehlo()
        smtp.login(demo.user, demo.password)
        smtp.sendmail(demo.user, [demo.user], b"Subject: rehearsal\r\n\r\nhello\r\n")
    with smtplib.SMTP_SSL("127.0.0.1", demo.ports["smtps"], context=_no_name_check(demo), timeout=5) as smtp:
        smtp.login(demo.user, demo.password)
    with imaplib.IMAP4_SSL("127.0.0.1", demo.ports["imaps"], ssl_context=_no_name_check(demo)) as imap:
        imap.login(demo.user, demo.password)
        _, data = imap.select("INBOX")
        last = data[0]
        _, fetched = imap.fetch(last, "(BODY[HEADER.FIELDS (SUBJECT)])")
        assert b"rehearsal" in fetched[0][1]


def test_mail_servers_present_the_announced_self_signed_certificate(demo):
    with socket.create_connection(("127.0.0.1", demo.ports["imaps"]), timeout=5) as raw:
        with mail_context(demo).wrap_socket(raw, server_hostname=f"imap.{demo.domain}") as tls:
            from wizard.model.fingerprint import fingerprint_sha256

            assert fingerprint_sha256(tls.getpeercert(binary_form=True)) == demo.mail_sha256


def test_by_default_port_25_is_the_providers_mail_exchanger_not_a_blocked_port(demo):
    with smtplib.SMTP("127.0.0.1", demo.ports["filtered25"], timeout=5) as smtp:
        code, name = smtp.ehlo()
        assert code == 250 and name.startswith(f"mail.{demo.domain}".encode())
        assert not smtp.has_extn("auth")  # servers pass mail here; people do not log in
    assert demo.port25 == "open"


def test_in_the_port25_blocked_scene_port_25_is_filtered_not_refused(high_ports_demo):
    started = time.monotonic()
    with pytest.raises((TimeoutError, socket.timeout)):
        socket.create_connection(("127.0.0.1", high_ports_demo.ports["filtered25"]), timeout=0.5)
    assert time.monotonic() - started >= 0.45  # it hung until the timeout: no RST
    assert high_ports_demo.port25 == "filtered"


def test_dns_answers_the_demo_zone_and_nothing_else(demo):
    async def ask():
        ctx = demo_context(demo)
        mx = await ctx.resolve(demo.domain, "MX")
        srv = await ctx.resolve(f"_imaps._tcp.{demo.domain}", "SRV")
        outside = await ctx.resolve("example.com", "A")
        return mx, srv, outside

    mx, srv, outside = asyncio.run(ask())
    assert mx.records[0].exchange == f"mail.{demo.domain}"  # names come without the final dot
    assert srv.records[0].port == demo.ports["imaps"]
    assert outside.nxdomain and not mx.authenticated  # never pretends DNSSEC


def test_settings_endpoint_is_https_trusted_through_the_demo_ca(demo):
    async def fetch():
        ctx = demo_context(demo, use_system=False)
        async with ctx.http_client() as client:
            ispdb = await client.get(demo.ispdb_url + demo.domain)
            missing = await client.get(demo.ispdb_url + "other.example")
        return ispdb, missing

    ispdb, missing = asyncio.run(fetch())
    assert ispdb.status == 200 and b"<clientConfig" in ispdb.content
    assert missing.status == 404


def test_high_port_demo_maps_well_known_ports_through_its_context(high_ports_demo):
    info = high_ports_demo
    assert info.ports["imaps"] != 993 and info.ports["filtered25"] != 25

    async def probe():
        ctx = demo_context(info, deadline_seconds=5)
        _, stream = await ctx.connect(f"smtp.{info.domain}", 587, timeout=2)
        greeting = await stream.read(2)
        await stream.close()
        filtered, none = await ctx.connect(f"smtp.{info.domain}", 25, timeout=0.4)
        return greeting, filtered.state, none

    greeting, state25, stream25 = asyncio.run(probe())
    assert greeting.startswith(b"220 ") and state25 == "filtered" and stream25 is None


def test_published_settings_name_the_ports_the_demo_listens_on(demo):
    document = autoconfig_xml(demo.domain, demo.ports).decode()
    assert f"<port>{demo.ports['imaps']}</port>" in document and "<socketType>SSL</socketType>" in document
    assert "<port>25</port>" not in document  # the provider sends on 465 and 587
    old_page = autoconfig_xml(demo.domain, demo.ports, port25=True).decode()
    assert old_page.index("<port>25</port>") < old_page.index(f"<port>{demo.ports['smtps']}</port>")  # first, as old pages did


def test_a_stopped_demo_frees_its_ports_and_a_new_one_starts():
    provider = DemoProvider(well_known=False)
    info = provider.start()
    port = info.ports["imaps"]
    provider.stop()
    # Freed means we can listen there ourselves. (A connect test would be fooled by Linux's
    # TCP self-connect when the client happens to pick the same ephemeral port.)
    probe = socket.socket()
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    probe.bind(("127.0.0.1", port))
    probe.listen()
    probe.close()
    again = DemoProvider(well_known=False)
    assert again.start().ports["imaps"]
    again.stop()


def _no_name_check(info) -> ssl.SSLContext:
    ctx = mail_context(info)
    ctx.check_hostname = False  # connecting by IP; the name is checked in the certificate test
    return ctx


def test_business_mail_is_an_exchange_service_the_doctor_proves():
    """The business-mail scene's Exchange address answers as EWS does: a 401 naming Basic, then
    GetFolder for the demo login (over the demo's trusted web certificate, on any ports)."""
    from tests.demo.attempts import attempt

    provider = DemoProvider(well_known=False, scene=scene_named("business-mail"))
    info = provider.start()
    try:
        _, _, config, diagnosis = attempt(info, info.password)
        ews = diagnosis.report.service("exchange")
        assert ews is not None and (ews.login, ews.certificate_status) == ("ok", "trusted"), [f.message.render() for f in diagnosis.findings]
        assert ews.capabilities == ("Basic",)
        _, _, _, wrong = attempt(info, "not the password")
        assert wrong.report.service("exchange").login == "failed"
    finally:
        provider.stop()
