"""App-password advice against the world's real Dovecot and Postfix (issue 15 item 3).

The servers refuse the password plainly ("Authentication failed": no word of app passwords).
When the provider is known to offer two-factor sign-in (its pack, or its ISPDB entry's
documentation page), the advice says that an app password may be needed and names the
provider's page; a provider that says nothing of it gets the plain advice."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tests.discovery.helpers import MAIL, run as discover_in
from tests.scenarios.packs import ISPDB, altibox_copy, cli_net
from wizard.cli.main import main
from wizard.doctor import DATA_DIR_ENV, diagnose
from wizard.i18n import load_catalog
from wizard.model import Protocol, Security, ServerSettings
from wizard.providers import load_presets

pytestmark = pytest.mark.world

WRONG = "not the password at all"
PAGE = "https://example.test/hjaelp/app-adgangskoder"
SERVERS = (ServerSettings(Protocol.IMAP, MAIL, 993, Security.TLS), ServerSettings(Protocol.SMTP, MAIL, 465, Security.TLS))


def _refusals(report) -> list:
    failed = [f for f in report.findings if f.code == "auth-failed"]
    assert {f.service for f in failed} == {"imap", "smtp"}, report.codes
    assert all("Authentication failed" in f.message.render() or "authentication failed" in f.message.render().lower() for f in failed)
    return failed


def _pack_with_page(tmp_path, url: str | None):
    folder = tmp_path / "packs"
    path = altibox_copy(folder, "example.test")
    if url is not None:
        text = path.read_text(encoding="utf-8")
        assert "[two_factor]\navailable = true\n" in text
        path.write_text(text.replace("[two_factor]\navailable = true\n", f'[two_factor]\navailable = true\nurl = "{url}"\n', 1), encoding="utf-8")
    return load_presets([folder]).by_id("altibox")


def test_a_plain_refusal_from_a_two_factor_provider_links_its_app_password_page(world, make_ctx, store, tmp_path):
    alice = world.user("alice")
    pack = _pack_with_page(tmp_path, PAGE)
    report = diagnose(alice.address, SERVERS, make_ctx(deadline=30, read=4), password=WRONG, store=store, provider=pack)
    for finding in _refusals(report):
        fix = finding.fix.render()
        assert fix.startswith("Type the password again")  # a mistyped password is still the first thought
        assert "Altibox offers two-factor sign-in" in fix and "may need an app password" in fix and PAGE in fix
        assert PAGE in finding.fix.render(load_catalog("da")) and "app-adgangskode" in finding.fix.render(load_catalog("da"))
        assert PAGE in finding.fix.render(load_catalog("nb")) and "app-passord" in finding.fix.render(load_catalog("nb"))
    assert "app-password-required" not in report.codes  # the server did not say so: the code stays auth-failed


def test_altibox_as_bundled_names_no_invented_page_but_its_support(world, make_ctx, store):
    """Seed 000 says two-factor sign-in exists but names no page for app passwords: the
    advice says so and sends the person to the support page the seed does name."""
    alice = world.user("alice")
    pack = load_presets().by_id("altibox")
    assert pack.two_factor.available and pack.two_factor.url is None
    report = diagnose(alice.address, SERVERS, make_ctx(deadline=30, read=4), password=WRONG, store=store, provider=pack)
    for finding in _refusals(report):
        fix = finding.fix.render()
        assert "Altibox offers two-factor sign-in" in fix and "may need an app password" in fix
        assert "does not know Altibox's page for making one" in fix and "Altibox customer service (My pages): https://www.altibox.dk/mit-altibox" in fix
        assert "Altibox Kundeservice (Mine sider): https://www.altibox.dk/mit-altibox" in finding.fix.render(load_catalog("da"))


def _ispdb_entry(domain: str, docs: str) -> str:
    """An ISPDB entry for `domain` on the world's mail host, signing in as alice (whose real
    password is not the one given), with `docs` as its documentation links."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="{domain}"><domain>{domain}</domain>
<displayName>Tofaktor Mail</displayName>
<incomingServer type="imap"><hostname>{MAIL}</hostname><port>993</port><socketType>SSL</socketType>
<username>alice@example.test</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{MAIL}</hostname><port>465</port><socketType>SSL</socketType>
<username>alice@example.test</username><authentication>password-cleartext</authentication></outgoingServer>
{docs}
</emailProvider></clientConfig>"""


TWO_FACTOR_DOCS = ('<documentation url="https://tofaktor.test/hjaelp/opsaetning"><descr lang="da">Opsætning af mailprogrammer i to trin</descr></documentation>'
                   '<documentation url="https://tofaktor.test/hjaelp/sikkerhed"><descr lang="da">Sådan laver du en app-adgangskode, når tofaktorgodkendelse er slået til</descr></documentation>')
PLAIN_DOCS = '<documentation url="https://tofaktor.test/hjaelp/opsaetning"><descr lang="en">How to set up email applications with IMAP; reset your password</descr></documentation>'


def test_an_ispdb_entry_whose_documentation_is_about_app_passwords_gets_the_advice(world, make_ctx, store):
    world.web.add("ispdb.test", "/autoconfig/v1.1/tofaktor.test", _ispdb_entry("tofaktor.test", TWO_FACTOR_DOCS), schemes=("https",))
    config = discover_in(world, "jo@tofaktor.test").best
    assert config.source.value == "ispdb" and config.trusted
    assert config.two_factor_page.url == "https://tofaktor.test/hjaelp/sikkerhed"  # not the "i to trin" page
    report = diagnose("jo@tofaktor.test", config, make_ctx(deadline=30, read=4), password=WRONG, store=store)
    for finding in _refusals(report):
        fix = finding.fix.render()
        assert "Tofaktor Mail offers two-factor sign-in" in fix and "https://tofaktor.test/hjaelp/sikkerhed" in fix


def test_an_ispdb_entry_without_such_a_page_gets_the_plain_advice(world, make_ctx, store):
    world.web.add("ispdb.test", "/autoconfig/v1.1/plainmail.test", _ispdb_entry("plainmail.test", PLAIN_DOCS), schemes=("https",))
    config = discover_in(world, "jo@plainmail.test").best
    assert config.source.value == "ispdb" and config.two_factor_page is None
    report = diagnose("jo@plainmail.test", config, make_ctx(deadline=30, read=4), password=WRONG, store=store)
    for finding in _refusals(report):
        fix = finding.fix.render()
        assert "two-factor" not in fix and "app password" not in fix
        assert fix.startswith("Type the password again") and "web mail" in fix


def test_the_cli_carries_the_ispdb_page_to_the_advice_and_keeps_the_password_out(world, monkeypatch, tmp_path, capsys):
    world.web.add("ispdb.test", "/autoconfig/v1.1/tofaktor.test", _ispdb_entry("tofaktor.test", TWO_FACTOR_DOCS), schemes=("https",))
    for host in ("tofaktor.test", "autoconfig.tofaktor.test", "autodiscover.tofaktor.test", "ispdb.test"):
        world.certs.for_host(host)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(WRONG + "\n"))
    html = tmp_path / "report.html"
    code = main(["diagnose", "jo@tofaktor.test", "--password-stdin", "--json", "--html", str(html), "--lang", "nb", "--deadline", "20", *cli_net(world)])
    out, err = capsys.readouterr()
    assert code == 1 and ISPDB.startswith("https://ispdb.test/")
    findings = [f for f in json.loads(out)["findings"] if f["code"] == "auth-failed"]
    assert len(findings) == 2 and all("https://tofaktor.test/hjaelp/sikkerhed" in f["fix"] and "app-passord" in f["fix"] for f in findings)
    assert "https://tofaktor.test/hjaelp/sikkerhed" in html.read_text(encoding="utf-8")
    for text in (out, err, html.read_text(encoding="utf-8")):
        assert WRONG not in text
