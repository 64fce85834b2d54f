"""The discovery-side hostile cases of SECURITY.md, each by its name, in the test world."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest

from tests.net.endings import Ending, end

from tests.doctor.servers import server_context
from tests.world.web import Request, Response
from wizard.discovery import discover_async
from wizard.model import ConsentReason, Security, Source, StepStatus
from wizard.providers import Presets

from .helpers import AC_PATH, AD_PATH, MAIL, autoconfig_xml, context, pox_protocol, pox_settings, run, sources, steps_for, warm

pytestmark = pytest.mark.world
ROGUE = "rogue.attacker.test"


def test_A1_rogue_config_on_http_autoconfig_while_https_fails(world):
    world.web.add("autoconfig.a1.test", AC_PATH, "broken", status=500, schemes=("https",))
    world.web.add("autoconfig.a1.test", AC_PATH, autoconfig_xml("a1.test", host=ROGUE), schemes=("http",))
    result = run(world, "jo@a1.test")
    best = result.best
    assert best.source is Source.AUTOCONFIG and best.trusted is False and best.needs_consent
    assert best.consent[0] == ConsentReason("http-source", "http://autoconfig.a1.test/mail/config-v1.1.xml")
    http = world.web.requests_for("autoconfig.a1.test", AC_PATH, scheme="http")
    assert http and all("jo" not in r.query for r in http)  # the address is not sent in the clear


def test_A1_http_only_autoconfig_is_untrusted_and_ranked_below_everything(world):
    # SRV's encrypted answer ends the lanes below it once those above it (the ISPDB among them)
    # are done, so the ISPDB answers only after the http config went out: both are then found,
    # and the ranking is what is shown, not which of them a busy machine finished first.
    served = threading.Event()

    def http_config(request: Request) -> Response:
        served.set()
        return Response(200, autoconfig_xml("h.test", host=ROGUE).encode(), (("Content-Type", "text/xml"),))

    def ispdb_after(request: Request) -> Response:
        served.wait(3)
        time.sleep(0.3)  # the http answer's bytes reach the client and are read
        return Response(404)

    world.web.add("autoconfig.h.test", AC_PATH, http_config, schemes=("http",))
    world.web.add("ispdb.test", "/autoconfig/v1.1/h.test", ispdb_after, schemes=("https",))
    world.dns.add_srv("_imaps._tcp.h.test", MAIL, 993)
    result = run(world, "jo@h.test")
    assert sources(result) == [Source.SRV, Source.AUTOCONFIG]
    assert result.configs[1].trusted is False and result.configs[1].incoming[0].host == ROGUE


def test_A1_https_autoconfig_redirecting_to_http_is_untrusted(world):
    world.web.redirect("autoconfig.down.test", AC_PATH, "http://cfg.down.test/config.xml", schemes=("https",))
    world.web.add("cfg.down.test", "/config.xml", autoconfig_xml("down.test"), schemes=("http",))
    result = run(world, "jo@down.test")
    best = result.best
    assert best.trusted is False and [c.code for c in best.consent] == ["http-source"]
    assert best.consent[0].detail == "http://cfg.down.test/config.xml"


def test_https_config_endpoint_with_a_bad_certificate_is_not_used(world):
    world.web.add("autoconfig.badcert.test", AC_PATH, autoconfig_xml("badcert.test", host=ROGUE), schemes=("https",))
    world.web.set_cert("autoconfig.badcert.test", world.certs.self_signed("autoconfig.badcert.test"))
    result = run(world, "jo@badcert.test")
    assert all(s.host != ROGUE for c in result.configs for s in c.incoming)
    errors = steps_for(result, "autoconfig", StepStatus.ERROR)
    assert any("certificate" in s.detail.render() for s in errors)


def test_A2_mx_under_a_public_suffix_never_asks_the_suffix(world):
    with world.dns.batch():
        world.dns.add_mx("victim.test", "x.co.uk")
        world.dns.set_a("x.co.uk", world.blackhole_ip)
    world.web.add("autoconfig.co.uk", AC_PATH, autoconfig_xml("co.uk", host=ROGUE))
    world.web.add("ispdb.test", "/autoconfig/v1.1/co.uk", autoconfig_xml("co.uk", host=ROGUE))
    result = run(world, "jo@victim.test", deadline=2.5)
    assert world.web.requests_for("autoconfig.co.uk") == []
    assert world.web.requests_for("ispdb.test", "/autoconfig/v1.1/co.uk") == []
    assert world.web.requests_for("ispdb.test", "/autoconfig/v1.1/x.co.uk")  # the registrable domain is fine
    assert all(s.host != ROGUE for c in result.configs for s in c.incoming)


def test_A4_socket_type_garbage_never_becomes_plain(world):
    world.web.add("autoconfig.a4.test", AC_PATH, autoconfig_xml("a4.test", imap_socket="SSL-ish", imap_port=143), schemes=("https",))
    result = run(world, "jo@a4.test")
    assert result.best.incoming[0].security is Security.STARTTLS
    assert any("never plaintext" in s.detail.render() for s in steps_for(result, "autoconfig", StepStatus.OK))


def test_A6_encryption_overrides_ssl(world):
    world.web.add("autodiscover.a6.test", AD_PATH, pox_settings(pox_protocol("IMAP", port=993, SSL="off", Encryption="SSL"), pox_protocol("SMTP", port=587, SSL="off", Encryption="TLS")), method="POST", schemes=("https",))
    best = run(world, "jo@a6.test").best
    assert (best.incoming[0].security, best.outgoing[0].security) == (Security.TLS, Security.STARTTLS)


def test_A6_ssl_on_with_encryption_none_is_plaintext_and_flagged(world):
    world.web.add("autodiscover.a6n.test", AD_PATH, pox_settings(pox_protocol("IMAP", port=143, SSL="on", Encryption="none")), method="POST", schemes=("https",))
    best = run(world, "jo@a6n.test").best
    assert best.incoming[0].security is Security.PLAIN
    assert best.needs_consent and [c.code for c in best.consent] == ["plaintext"]


def test_A7_srv_lowest_priority_first(world):
    with world.dns.batch():
        world.dns.add_srv("_imaps._tcp.a7.test", "backup.a7.test", 993, priority=20, weight=100)
        world.dns.add_srv("_imaps._tcp.a7.test", "primary.a7.test", 993, priority=10, weight=0)
    result = run(world, "jo@a7.test")
    assert [s.host for s in result.best.incoming] == ["primary.a7.test", "backup.a7.test"]


def test_A9_srv_preferring_plain_and_pointing_outside_the_domain(world):
    with world.dns.batch():
        world.dns.add_srv("_imap._tcp.a9.test", "mail.elsewhere.test", 143, priority=0)
        world.dns.add_srv("_imaps._tcp.a9.test", "imap.a9.test", 993, priority=10)
        world.dns.add_srv("_submission._tcp.a9.test", "mail.elsewhere.test", 587, priority=0)
    best = run(world, "jo@a9.test").best
    assert [(s.host, s.security) for s in best.incoming] == [("imap.a9.test", Security.TLS), ("mail.elsewhere.test", Security.STARTTLS)]
    assert all(s.security is not Security.PLAIN for s in best.incoming + best.outgoing)
    assert ConsentReason("foreign-srv-target", "mail.elsewhere.test") in best.consent


def test_A10_secure_source_black_holed_while_a_plaintext_source_answers(world):
    world.dns.set_a("autoconfig.a10.test", world.blackhole_ip)  # the https autoconfig never answers
    world.web.add("autodiscover.a10.test", AD_PATH, pox_settings(pox_protocol("IMAP", port=143, Encryption="none")), method="POST", schemes=("https",))
    world.dns.add_srv("_imaps._tcp.a10.test", MAIL, 993)
    result = run(world, "jo@a10.test", deadline=2.5)
    assert sources(result) == [Source.SRV, Source.AUTODISCOVER]
    assert result.best.incoming[0].security is Security.TLS
    assert result.configs[1].incoming[0].security is Security.PLAIN and result.configs[1].needs_consent
    assert result.elapsed_ms < 3000


def test_autodiscover_http_redirect_to_a_foreign_domain_is_not_followed_without_consent(world):
    world.web.redirect("autodiscover.ms.test", AD_PATH, "https://ad.foreign.test/autodiscover/autodiscover.xml", schemes=("http",))
    world.web.add("ad.foreign.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    warm(world, "ad.foreign.test")
    result = run(world, "jo@ms.test", password="s3cret")
    assert result.configs == ()
    assert world.web.requests_for("ad.foreign.test") == []
    assert steps_for(result, "autodiscover", StepStatus.SKIPPED)


def test_autodiscover_http_redirect_to_a_foreign_domain_with_consent_is_untrusted_and_gets_no_password(world):
    world.web.redirect("autodiscover.ms2.test", AD_PATH, "https://ad.foreign2.test/autodiscover/autodiscover.xml", schemes=("http",))
    world.web.add("ad.foreign2.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    warm(world, "ad.foreign2.test", "ms2.test", "autoconfig.ms2.test", "autodiscover.ms2.test")
    asked: list[ConsentReason] = []

    async def confirm(reason: ConsentReason) -> bool:
        asked.append(reason)
        return True

    result = asyncio.run(discover_async("jo@ms2.test", context(world), password="s3cret", presets=Presets(), confirm=confirm))
    assert asked == [ConsentReason("foreign-redirect", "ad.foreign2.test")]
    best = result.best
    assert best.source is Source.AUTODISCOVER and best.trusted is False
    assert {c.code for c in best.consent} == {"http-source", "foreign-redirect"}
    assert all(r.header("Authorization") is None for r in world.web.requests_for("ad.foreign2.test"))


def test_autodiscover_http_redirect_to_http_is_refused(world):
    world.web.redirect("autodiscover.plainredir.test", AD_PATH, "http://ad.plainredir.test/autodiscover/autodiscover.xml", schemes=("http",))
    result = run(world, "jo@plainredir.test")
    assert world.web.requests_for("ad.plainredir.test") == []
    assert any("unencrypted" in s.detail.render() for s in steps_for(result, "autodiscover", StepStatus.ERROR))


XXE = b"""<?xml version="1.0"?><!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><clientConfig>&xxe;</clientConfig>"""
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><clientConfig>&c;</clientConfig>"""


@pytest.mark.parametrize("body, words", [
    (b"<clientConfig><emailProvider", "not well-formed"),
    (XXE, "DTD"),
    (LAUGHS, "DTD"),
    (b"<?xml version='1.0'?><clientConfig>" + b"<x/>" * 300_000 + b"</clientConfig>", "1 MiB"),
], ids=["malformed", "xxe", "billion-laughs", "oversized"])
def test_hostile_documents_are_rejected_as_error_steps(world, body, words):
    world.web.add("autoconfig.bad.test", AC_PATH, body, schemes=("https",), content_type="application/xml")
    result = run(world, "jo@bad.test")
    assert result.configs == ()
    errors = steps_for(result, "autoconfig", StepStatus.ERROR)
    assert errors and any(words in s.detail.render() for s in errors)


def _https_listener(world) -> socket.socket:
    """A socket bound to port 443 of an address of its own (the world's web keeps listening
    on the addresses earlier tests' hosts had, so a fresh one may still be taken)."""
    for _ in range(100):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the world's web sets it: the address is free for it after us
        try:
            sock.bind((world.allocate_ip(), 443))
            return sock
        except OSError:
            sock.close()
    raise AssertionError("no free address for port 443")


def test_an_autoconfig_answer_cut_off_without_tls_close_notify_is_not_used(world):
    """A truncation attack: someone in the path ends the TLS connection with a bare FIN (no
    close_notify) inside a body delimited by the close. Here even the prefix is a whole
    document, so only the missing close_notify shows it may not be the server's."""
    name = "autoconfig.cut.test"
    listener = _https_listener(world)
    world.add_host(name, listener.getsockname()[0])
    pair = world.certs.for_host(name)
    tls = server_context(pair.cert_file, pair.key_file)
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n" + autoconfig_xml("cut.test", host=ROGUE).encode()
    asked: list[bytes] = []

    async def handler(reader, writer):
        asked.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(answer)
        await writer.drain()
        await end(writer, Ending.FIN)

    def serve(ready: threading.Event, stop: threading.Event) -> None:
        async def main():
            server = await asyncio.start_server(handler, sock=listener, ssl=tls)
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.05)
            server.close()
        asyncio.run(main())

    ready, stop = threading.Event(), threading.Event()
    thread = threading.Thread(target=serve, args=(ready, stop), daemon=True)
    thread.start()
    try:
        assert ready.wait(5)
        result = run(world, "jo@cut.test")
    finally:
        stop.set()
        thread.join(5)
    assert asked and all(c.source is not Source.AUTOCONFIG for c in result.configs)
    errors = steps_for(result, "autoconfig", StepStatus.ERROR)
    assert any(s.detail.render() == f"the answer from {name} was cut off before its end; nothing from it was used" for s in errors), [s.detail.render() for s in result.steps]
