"""Each source on its own domain of the test world, against real DNS, HTTPS and mail servers."""

from __future__ import annotations

import pytest

from wizard.discovery import manual_defaults
from wizard.model import AuthMethod, Protocol, Security, Source, StepStatus
from wizard.providers import load_presets

from .helpers import AC_PATH, AD_PATH, MAIL, autoconfig_xml, pox_protocol, pox_settings, run, sources, steps_for

pytestmark = pytest.mark.world


def test_provider_autoconfig_over_https_is_found_and_trusted(world):
    world.web.add("autoconfig.ac.test", AC_PATH, autoconfig_xml("ac.test"), schemes=("https",))
    result = run(world, "jo@ac.test")
    best = result.best
    assert (best.source, best.trusted, best.consent) == (Source.AUTOCONFIG, True, ())
    assert (best.incoming[0].host, best.incoming[0].port, best.incoming[0].security) == (MAIL, 993, Security.TLS)
    assert best.incoming[0].username == "jo@ac.test"
    asked = world.web.requests_for("autoconfig.ac.test", AC_PATH, scheme="https")
    assert "emailaddress=jo@ac.test" in asked[0].query


def test_well_known_autoconfig_on_the_domain_itself(world):
    world.web.add("wk.test", "/.well-known/autoconfig/mail/config-v1.1.xml", autoconfig_xml("wk.test"), schemes=("https",))
    assert (result := run(world, "jo@wk.test")).best.source is Source.AUTOCONFIG and result.best.trusted


def test_ispdb_is_asked_at_the_configured_url(world):
    world.web.add("ispdb.test", "/autoconfig/v1.1/isp.test", autoconfig_xml("isp.test"), schemes=("https",))
    result = run(world, "jo@isp.test")
    assert (result.best.source, result.best.trusted) == (Source.ISPDB, True)
    assert result.best.origin == "https://ispdb.test/autoconfig/v1.1/isp.test"


def test_mx_based_lookup_uses_the_providers_domain_and_is_untrusted_without_dnssec(world):
    world.dns.add_mx("customer.test", "mx1.mail.provider.test", 10)
    world.web.add("ispdb.test", "/autoconfig/v1.1/provider.test", autoconfig_xml("provider.test"), schemes=("https",))
    result = run(world, "jo@customer.test")
    best = result.best
    assert best.source is Source.MX and best.trusted is False
    assert [c.code for c in best.consent] == ["unsigned-dns"]
    assert world.web.requests_for("ispdb.test", "/autoconfig/v1.1/mail.provider.test")  # one label more, too


def test_autodiscover_pox_answer_is_found(world):
    world.web.add("autodiscover.ad.test", AD_PATH, pox_settings(pox_protocol("IMAP"), pox_protocol("SMTP", port=587)), method="POST", schemes=("https",))
    result = run(world, "jo@ad.test")
    best = result.best
    assert (best.source, best.trusted) == (Source.AUTODISCOVER, True)
    assert (best.outgoing[0].port, best.outgoing[0].security) == (587, Security.STARTTLS)
    request = world.web.requests_for("autodiscover.ad.test", AD_PATH, scheme="https")[0]
    assert b"<EMailAddress>jo@ad.test</EMailAddress>" in request.body and request.header("Authorization") is None


def test_srv_records_give_settings_that_need_consent(world):
    with world.dns.batch():
        world.dns.add_srv("_imaps._tcp.srv.test", MAIL, 993)
        world.dns.add_srv("_submission._tcp.srv.test", MAIL, 587)
        world.dns.add_srv("_pop3._tcp.srv.test", None)
    result = run(world, "jo@srv.test")
    best = result.best
    assert best.source is Source.SRV and best.trusted is False
    assert [(s.protocol, s.security) for s in best.incoming] == [(Protocol.IMAP, Security.TLS)]
    assert best.outgoing[0].security is Security.STARTTLS
    assert {c.code for c in best.consent} == {"unsigned-dns", "foreign-srv-target"}
    assert any("not offered" in s.detail.render() for s in steps_for(result, "srv") if s.detail)


def test_guessing_reads_greetings_and_capabilities_of_the_real_servers(world):
    world.web.remove("autoconfig.example.test")
    result = run(world, "alice@example.test")
    best = result.best
    assert best.source is Source.GUESS and best.trusted is False
    assert [c.code for c in best.consent] == ["guessed"]
    assert (best.incoming[0].protocol, best.incoming[0].port, best.incoming[0].security) == (Protocol.IMAP, 993, Security.TLS)
    assert (best.outgoing[0].port, best.outgoing[0].security) == (465, Security.TLS)
    assert AuthMethod.PASSWORD_CLEARTEXT in best.incoming[0].auth


def test_guessed_host_with_a_certificate_for_another_name_is_flagged(world):
    with world.dns.batch():
        for host in ("imap.mism.test", "smtp.mism.test"):
            world.dns.set_a(host, world.mail.ip)  # the mail host's certificate does not name these
    result = run(world, "jo@mism.test")
    best = result.best
    assert best.source is Source.GUESS
    assert {c.code for c in best.consent} >= {"guessed", "cert-name-mismatch"}
    assert any(c.detail == "imap.mism.test:993" for c in best.consent)


def test_port_25_is_only_a_last_resort(world):
    world.web.remove("autoconfig.example.test")
    result = run(world, "alice@example.test")
    assert all(s.port != 25 for c in result.configs for s in c.outgoing)


def test_preset_by_domain_wins_and_cancels_the_rest(world, tmp_path):
    (tmp_path / "pre.toml").write_text('name = "Preset Mail"\ndomains = ["pre.test"]\n[[incoming]]\nprotocol = "imap"\nhost = "mail.example.test"\nport = 993\nsecurity = "tls"\n')
    world.web.add("autoconfig.pre.test", AC_PATH, autoconfig_xml("pre.test", name="from autoconfig"), schemes=("https",))
    result = run(world, "jo@pre.test", presets=load_presets([tmp_path], bundled=False))
    assert (result.best.source, result.best.provider, result.best.trusted) == (Source.PRESET, "Preset Mail", True)
    assert sources(result) == [Source.PRESET]
    assert steps_for(result, "guess", StepStatus.CANCELLED) or not steps_for(result, "guess", StepStatus.OK)


def test_preset_matched_by_mx_host_needs_consent_without_dnssec(world, tmp_path):
    (tmp_path / "big.toml").write_text('name = "Big Provider"\ndomains = ["big.test"]\nmx = ["*.mx.big.test"]\n[[incoming]]\nprotocol = "imap"\nhost = "mail.example.test"\nport = 993\nsecurity = "tls"\n')
    world.dns.add_mx("small.test", "eu1.mx.big.test")
    result = run(world, "jo@small.test", presets=load_presets([tmp_path], bundled=False))
    assert (result.best.source, result.best.provider, result.best.trusted) == (Source.PRESET, "Big Provider", False)


def test_nothing_found_means_no_configs_and_manual_defaults_start_at_implicit_tls(world):
    result = run(world, "jo@nothing.test")
    assert result.configs == () and not result.found
    manual = manual_defaults("jo@nothing.test")
    assert (manual.source, manual.trusted) == (Source.MANUAL, False)
    assert [(s.port, s.security) for s in manual.incoming + manual.outgoing] == [(993, Security.TLS), (465, Security.TLS)]


DOCS = '<documentation url="https://help.tf.test/kb/app-passwords"><descr lang="en">Create an app password</descr></documentation>'


def test_a_trusted_documents_app_password_page_is_kept_on_the_config(world):
    world.web.add("ispdb.test", "/autoconfig/v1.1/tf.test", autoconfig_xml("tf.test").replace("</emailProvider>", DOCS + "</emailProvider>"), schemes=("https",))
    best = run(world, "jo@tf.test").best
    assert best.source is Source.ISPDB and best.two_factor_page.url == "https://help.tf.test/kb/app-passwords"


def test_an_untrusted_documents_page_is_not_one_to_send_people_to(world):
    world.web.add("autoconfig.tfh.test", AC_PATH, autoconfig_xml("tfh.test").replace("</emailProvider>", DOCS + "</emailProvider>"), schemes=("http",))
    best = run(world, "jo@tfh.test").best
    assert best.source is Source.AUTOCONFIG and not best.trusted and best.two_factor_page is None
