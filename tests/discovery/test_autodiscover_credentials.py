"""Credentials only where they should go (SECURITY notes, class 5), against hostile web
servers in the test world: never in advance, only after a 401 Basic challenge, never to a host
learned through plain http, never across a redirect to another registrable domain without
asking; and an answer reached through such a redirect is untrusted, for Autodiscover and for
autoconfig (`.well-known` included) alike."""

from __future__ import annotations

import asyncio
import base64
import io

import pytest

from tests.world.web import Request, Response
from wizard.cli.main import main
from wizard.discovery import discover_async
from wizard.model import ConsentReason, Source
from wizard.providers import Presets

from .helpers import AC_PATH, AD_PATH, ISPDB, autoconfig_xml, context, pox_protocol, pox_redirect, pox_settings, run, warm

pytestmark = pytest.mark.world
PASSWORD = "Autodiscover-s3cret"
SETTINGS = pox_settings(pox_protocol("IMAP"), pox_protocol("SMTP", port=465))


def challenging(body: str, seen: list[Request]):
    """An endpoint that asks for Basic credentials and answers once it has any."""

    def handle(request: Request) -> Response:
        seen.append(request)
        if request.header("Authorization") is None:
            return Response(401, b"", (("WWW-Authenticate", 'Basic realm="autodiscover"'),))
        return Response(200, body.encode(), (("Content-Type", "text/xml"),))

    return handle


def leaked(requests: list[Request], user: str = "jo") -> bool:
    """The password in any request: a header, the body, the query (raw or base64)."""
    for r in requests:
        raw = " ".join(v for _, v in r.headers) + r.query + r.body.decode("utf-8", "replace")
        decoded = ""
        auth = r.header("Authorization") or ""
        if auth.lower().startswith("basic "):
            decoded = base64.b64decode(auth[6:] + "==").decode("utf-8", "replace")
        if PASSWORD in raw or PASSWORD in decoded:
            return True
    return False


def test_nothing_is_sent_in_advance_to_an_endpoint_that_does_not_ask(world):
    world.web.add("autodiscover.quiet.test", AD_PATH, SETTINGS, method="POST", schemes=("https",))
    # the domain's own web site, often someone else's: it answers, it never asks
    world.web.add("quiet.test", AD_PATH, SETTINGS, method="POST", schemes=("https",))
    result = run(world, "jo@quiet.test", password=PASSWORD)
    assert result.best.source is Source.AUTODISCOVER and result.best.trusted
    asked = world.web.requests_for("autodiscover.quiet.test") + world.web.requests_for("quiet.test")
    assert asked and all(r.header("Authorization") is None for r in asked)
    assert not leaked(world.web.requests)


def test_credentials_go_only_in_answer_to_a_basic_challenge(world):
    seen: list[Request] = []
    world.web.add("autodiscover.asks.test", AD_PATH, challenging(SETTINGS, seen), method="POST", schemes=("https",))
    result = run(world, "jo@asks.test", password=PASSWORD)
    assert result.best.source is Source.AUTODISCOVER and result.best.trusted
    assert seen[0].header("Authorization") is None  # asked first without
    assert any(r.header("Authorization") for r in seen[1:])  # then answered the challenge


def test_a_401_without_a_basic_challenge_gets_nothing(world):
    seen: list[Request] = []

    def negotiate(request: Request) -> Response:
        seen.append(request)
        return Response(401, b"", (("WWW-Authenticate", "Negotiate"),))

    world.web.add("autodiscover.nego.test", AD_PATH, negotiate, method="POST", schemes=("https",))
    run(world, "jo@nego.test", password=PASSWORD)
    assert seen and all(r.header("Authorization") is None for r in seen)


def test_no_credentials_to_a_host_learned_through_plain_http(world):
    seen: list[Request] = []
    world.web.redirect("autodiscover.viahttp.test", AD_PATH, "https://ad.viahttp.test/autodiscover/autodiscover.xml", schemes=("http",))
    world.web.add("ad.viahttp.test", AD_PATH, challenging(SETTINGS, seen), method="POST", schemes=("https",))
    warm(world, "ad.viahttp.test")
    run(world, "jo@viahttp.test", password=PASSWORD)
    assert seen  # it was asked, and it challenged...
    assert not leaked(world.web.requests) and all(r.header("Authorization") is None for r in seen)  # ...in vain


def test_an_https_post_redirected_307_to_another_domain_is_untrusted_and_gets_no_password(world):
    seen: list[Request] = []
    world.web.redirect("autodiscover.hop.test", AD_PATH, "https://ad.collector.test/autodiscover/autodiscover.xml", status=307, method="POST", schemes=("https",))
    world.web.add("ad.collector.test", AD_PATH, challenging(SETTINGS, seen), method="POST", schemes=("https",))
    warm(world, "ad.collector.test")
    result = run(world, "jo@hop.test", password=PASSWORD)
    assert seen and not leaked(seen)
    autodiscover = [c for c in result.configs if c.source is Source.AUTODISCOVER]
    assert autodiscover == []  # the challenge went unanswered: nothing from there


def test_a_config_behind_a_307_to_another_domain_needs_consent_naming_it(world):
    world.web.redirect("autodiscover.hop2.test", AD_PATH, "https://ad.elsewhere2.test/autodiscover/autodiscover.xml", status=307, method="POST", schemes=("https",))
    world.web.add("ad.elsewhere2.test", AD_PATH, SETTINGS, method="POST", schemes=("https",))
    warm(world, "ad.elsewhere2.test")
    result = run(world, "jo@hop2.test", password=PASSWORD)
    [config] = [c for c in result.configs if c.source is Source.AUTODISCOVER]
    assert config.trusted is False and ConsentReason("foreign-redirect", "ad.elsewhere2.test") in config.consent
    assert not leaked(world.web.requests)


def test_a_redirect_url_to_another_domain_gets_the_password_only_after_asking(world):
    seen: list[Request] = []
    world.web.add("autodiscover.ru.test", AD_PATH, pox_redirect("url", "https://ad.hoster.test/autodiscover/autodiscover.xml"), method="POST", schemes=("https",))
    world.web.add("ad.hoster.test", AD_PATH, challenging(SETTINGS, seen), method="POST", schemes=("https",))
    warm(world, "ad.hoster.test", "ru.test", "autoconfig.ru.test", "autodiscover.ru.test")
    run(world, "jo@ru.test", password=PASSWORD)  # nobody to ask: never
    assert seen and not leaked(seen)
    seen.clear()
    asked: list[ConsentReason] = []

    async def confirm(reason: ConsentReason) -> bool:
        asked.append(reason)
        return True

    result = asyncio.run(discover_async("jo@ru.test", context(world), password=PASSWORD, presets=Presets(), confirm=confirm))
    assert ConsentReason("foreign-redirect", "ad.hoster.test") in asked  # shown the domain, and asked
    assert any(r.header("Authorization") for r in seen)
    [config] = [c for c in result.configs if c.source is Source.AUTODISCOVER]
    assert config.trusted is False


@pytest.mark.parametrize("path", [AC_PATH, "/.well-known/autoconfig/mail/config-v1.1.xml"])
def test_an_autoconfig_behind_a_redirect_to_another_domain_is_untrusted(world, path):
    host = "autoconfig.acr.test" if path == AC_PATH else "acr.test"
    world.web.redirect(host, path, "https://cfg.otherhost.test/config.xml", schemes=("https",))
    world.web.add("cfg.otherhost.test", "/config.xml", autoconfig_xml("acr.test", host="mail.otherhost.test"), schemes=("https",))
    warm(world, "cfg.otherhost.test")
    result = run(world, "jo@acr.test")
    [config] = [c for c in result.configs if c.source is Source.AUTOCONFIG]
    assert config.trusted is False and ConsentReason("foreign-redirect", "cfg.otherhost.test") in config.consent


def test_an_autoconfig_redirect_within_the_domain_stays_trusted(world):
    world.web.redirect("autoconfig.inside.test", AC_PATH, "https://cfg.inside.test/config.xml", schemes=("https",))
    world.web.add("cfg.inside.test", "/config.xml", autoconfig_xml("inside.test"), schemes=("https",))
    warm(world, "cfg.inside.test")
    result = run(world, "jo@inside.test")
    assert result.best.source is Source.AUTOCONFIG and result.best.trusted and result.best.consent == ()


def test_diagnose_never_hands_the_password_to_a_redirected_collector(world, tmp_path, monkeypatch, capsys):
    seen: list[Request] = []
    world.web.redirect("autodiscover.cli-hop.test", AD_PATH, "https://ad.harvest.test/autodiscover/autodiscover.xml", status=307, method="POST", schemes=("https",))
    world.web.add("ad.harvest.test", AD_PATH, challenging(SETTINGS, seen), method="POST", schemes=("https",))
    warm(world, "ad.harvest.test", "cli-hop.test", "autoconfig.cli-hop.test", "autodiscover.cli-hop.test")
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["diagnose", "jo@cli-hop.test", "--password-stdin", "--json", "--deadline", "6", "--dns", "127.0.0.53",
          "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB])
    out = capsys.readouterr()
    assert seen and not leaked(world.web.requests)
    assert code in (1, 2) and PASSWORD not in out.out + out.err
