"""The doctor for Exchange against the test world's HTTPS server: the EWS address and where it
came from, TLS with a trusted, untrusted or accepted certificate, the 401 challenge read, a
Basic login proven (and refused), Bearer named modern sign-in, NTLM named Windows sign-in, a
redirect to another host shown and not followed. Every test also proves where the password
went: only to the endpoint that asked for Basic, over TLS, after asking without it."""

from __future__ import annotations

import base64

import pytest

from tests.world.ews import EWS_PATH, serve_ews
from wizard.doctor import diagnose
from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source, StepStatus

pytestmark = pytest.mark.world

AD_ORIGIN = "https://autodiscover.example.test/autodiscover/autodiscover.xml"


def exchange(url: str, source: Source = Source.AUTODISCOVER, origin: str | None = AD_ORIGIN, **kw) -> AccountConfig:
    host = url.split("/")[2]
    return AccountConfig(source, True, (ServerSettings(Protocol.EWS, host, 443, Security.TLS, url=url, **kw),), origin=origin)


def sent_password(requests, password: str) -> list:
    """The requests that carried the password (Basic header, body or query, raw or base64)."""
    out = []
    for r in requests:
        auth = r.header("Authorization") or ""
        decoded = base64.b64decode(auth[6:] + "==").decode("utf-8", "replace") if auth.lower().startswith("basic ") else ""
        raw = " ".join(v for _, v in r.headers) + r.query + r.body.decode("utf-8", "replace")
        if password in raw or password in decoded:
            out.append(r)
    return out


def finding(report, code):
    return next(f for f in report.findings if f.code == code)


def test_basic_login_is_proven_over_tls_and_the_password_goes_only_there_after_a_challenge(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews1.exchange.test")
    steps = []
    report = diagnose(alice.address, exchange(ews.url), make_ctx(steps=steps), password=alice.password, store=store)
    assert report.ok and not report.unproven, [f.message.render() for f in report.findings]
    service = report.service("ews")
    assert (service.login, service.username, service.certificate_status) == ("ok", alice.address, "trusted")
    assert service.tls_version in ("TLSv1.2", "TLSv1.3") and service.greeting.startswith("HTTP 401")
    assert set(service.capabilities) == {"Basic", "NTLM", "Negotiate"}
    assert "login-ok" in report.codes
    found = finding(report, "ews-found").message.render()
    assert ews.url in found and "Autodiscover" in found and AD_ORIGIN in found
    asked = world.web.requests_for(ews.host, EWS_PATH)
    assert [r.scheme for r in asked] == ["https", "https"]
    assert asked[0].header("Authorization") is None  # asked first without credentials
    assert sent_password(world.web.requests, alice.password) == [asked[1]]
    assert b"DistinguishedFolderId" in asked[1].body and asked[1].sni == ews.host
    sources = [s.source for s in steps if s.status is not StepStatus.STARTED]
    assert sources[:2] == ["exchange", "dns"] and {"tcp", "ews", "certificate", "ews-auth", "login"} <= set(sources)


def test_a_wrong_password_is_auth_failed_with_the_usual_advice(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews2.exchange.test")
    report = diagnose(alice.address, exchange(ews.url, login_domain="hosting01"), make_ctx(), password="not the password", store=store)
    failed = finding(report, "auth-failed")
    assert failed.service == "ews" and f"“{alice.address}”" in failed.message.render() and "hosting01\\" in failed.message.render()
    assert failed.fix is not None and "Caps Lock" in failed.fix.render()
    assert report.service("ews").login == "failed" and not report.ok
    # one try without, then the address and the DOMAIN\address form: never more (lockouts)
    assert len(world.web.requests_for(ews.host, EWS_PATH)) == 3


def test_bearer_only_is_modern_sign_in_and_gets_no_password(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews3.exchange.test", sign_in="bearer")
    report = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    modern = finding(report, "oauth2-sign-in").message.render()
    assert report.findings_for("ews")[0].code == "oauth2-sign-in" or "oauth2-sign-in" in [f.code for f in report.findings_for("ews")]
    assert "signs you in on its own page" in modern and "(Bearer)" in modern and "Your password was not sent" in modern
    assert report.service("ews").login == "oauth2" and report.service("ews").capabilities == ("Bearer",)
    assert "login-ok" not in report.codes and report.unproven and report.awaits_sign_in and report.ok
    assert len(world.web.requests_for(ews.host, EWS_PATH)) == 1
    assert not any(r.header("Authorization") for r in world.web.requests) and not sent_password(world.web.requests, alice.password)


def test_ntlm_only_is_windows_sign_in_named_and_not_called_proven(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews4.exchange.test", sign_in="ntlm")
    report = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    windows = finding(report, "ews-windows-sign-in").message.render()
    assert "Windows sign-in (Negotiate, NTLM)" in windows and "Outlook and Thunderbird" in windows and "not proven" in windows
    assert report.service("ews").login == "not-tried" and "login-ok" not in report.codes and report.unproven and report.ok
    assert not sent_password(world.web.requests, alice.password)


def test_settings_that_say_oauth2_get_no_password_even_where_basic_is_offered(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews11.exchange.test")  # Negotiate, NTLM, Basic: no Bearer
    report = diagnose(alice.address, exchange(ews.url, auth=("oauth2",)), make_ctx(), password=alice.password, store=store)
    assert "oauth2-not-offered" in report.codes and report.service("ews").login == "blocked"
    assert not sent_password(world.web.requests, alice.password)


def test_an_untrusted_certificate_stops_before_any_request_and_accepting_it_pins_it(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews5.exchange.test")
    pair = world.certs.self_signed(ews.host)
    world.web.set_cert(ews.host, pair)
    report = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    untrusted = finding(report, "cert-untrusted")
    assert untrusted.service == "ews" and pair.sha256 in untrusted.message.render().replace(":", "").lower()
    assert report.service("ews").certificate_status == "untrusted" and not report.ok
    assert world.web.requests_for(ews.host, EWS_PATH) == []  # nothing was asked over it
    accepted = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store, accept=(pair.sha256,))
    assert {"cert-accepted", "login-ok"} <= set(accepted.codes) and accepted.service("ews").certificate_status == "accepted"
    again = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    assert again.service("ews").certificate_status == "pinned" and again.ok
    assert len(sent_password(world.web.requests, alice.password)) == 2  # over the accepted certificate only


def test_a_changed_certificate_after_acceptance_gets_no_password(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews6.exchange.test")
    first = world.certs.self_signed(ews.host)
    world.web.set_cert(ews.host, first)
    diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store, accept=(first.sha256,))
    world.web.clear_log()
    world.web.set_cert(ews.host, world.certs.self_signed(ews.host, "second"))
    report = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    assert "cert-changed" in report.codes and report.service("ews").login == "not-tried"
    assert world.web.requests_for(ews.host, EWS_PATH) == []


def test_a_redirect_to_another_host_is_shown_and_not_followed(world, make_ctx, store):
    alice = world.user("alice")
    collector = serve_ews(world, "ews.collector.test")
    world.web.redirect("ews7.exchange.test", EWS_PATH, collector.url, status=302, method="POST", schemes=("https",))
    world.certs.for_host("ews7.exchange.test")
    report = diagnose(alice.address, exchange("https://ews7.exchange.test" + EWS_PATH), make_ctx(), password=alice.password, store=store)
    redirect = finding(report, "ews-redirect")
    assert collector.url in redirect.message.render() and "did not follow" in redirect.message.render()
    assert not report.ok and report.service("ews").login == "not-tried"
    assert world.web.requests_for(collector.host) == []
    assert not any(r.header("Authorization") for r in world.web.requests)


def test_without_a_password_the_challenge_is_still_read_and_the_login_skipped(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews8.exchange.test")
    report = diagnose(alice.address, exchange(ews.url, source=Source.PRESET, origin=None), make_ctx(), store=store)
    assert report.service("ews").login == "skipped" and "login-skipped" in report.codes
    assert "provider list" in finding(report, "ews-found").message.render()
    assert len(world.web.requests_for(ews.host, EWS_PATH)) == 1


def test_an_address_that_never_asks_for_a_sign_in_is_not_ews(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "ews9.exchange.test", sign_in="none")
    report = diagnose(alice.address, exchange(ews.url), make_ctx(), password=alice.password, store=store)
    assert "HTTP 200" in finding(report, "ews-no-challenge").message.render() and not report.ok
    assert not sent_password(world.web.requests, alice.password)


def test_a_closed_https_port_is_port_closed(world, make_ctx, store):
    alice = world.user("alice")
    world.add_host("ews10.exchange.test", "127.0.8.44")  # no web listener there: nothing on 443
    report = diagnose(alice.address, exchange("https://ews10.exchange.test" + EWS_PATH), make_ctx(), password=alice.password, store=store)
    assert "port-closed" in report.codes and report.service("ews").tcp == "refused"


def test_a_bare_web_address_is_checked_at_exchanges_usual_ews_path_and_says_so(world, make_ctx, store):
    alice = world.user("alice")
    ews = serve_ews(world, "webmail.exchange.test")
    config = AccountConfig(Source.PRESET, True, (ServerSettings(Protocol.EXCHANGE, ews.host, 443, Security.TLS, url=f"https://{ews.host}"),), provider="Shop")
    report = diagnose(alice.address, config, make_ctx(), password=alice.password, store=store)
    assert report.ok and report.service("exchange").login == "ok"
    found = finding(report, "ews-found").message.render()
    assert f"{ews.url} is Exchange's usual address on {ews.host}" in found and f"names https://{ews.host}." in found
    assert world.web.requests_for(ews.host, EWS_PATH)
