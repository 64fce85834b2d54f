"""A forged DNSSEC "validated" bit buys nothing (SECURITY notes, class 1).

The world's hostile resolver (tests/world/forger.py) answers with forged SRV and MX records
and sets the AD bit on every answer. The AD bit is believed only where the machine says its
resolver validates (glibc's `options trust-ad`) or the person says so (`--dns-validates`);
otherwise the DNS result is unsigned and needs consent, and no password goes to its servers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.doctor.servers import FakeServer, Loop, server_context
from tests.world.forger import ForgingResolver
from wizard.cli.main import main
from wizard.discovery import discover
from wizard.discovery.arrange import UNSIGNED_DNS
from wizard.model import EmailAddress, Protocol, Security, ServerSettings, Source
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts, Trust
from wizard.profiles.account import Account
from wizard.profiles.thunderbird import write_account
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.providers import Presets

from .helpers import AC_PATH, ISPDB, autoconfig_xml

pytestmark = pytest.mark.world
EVIL = "mail.evil.test"
PASSWORD = "Forged-AD-s3cret"


def forged_srv(world, domain: str) -> dict[tuple[str, str], list[str]]:
    """SRV for `domain` naming a host inside it (so only the signature is in question),
    whose forged address is the attacker's."""
    if f"mail.{domain}" not in world.dns.records.a:
        world.add_host(f"mail.{domain}")
    return {(f"_imaps._tcp.{domain}", "SRV"): [f"0 0 993 mail.{domain}."],
            (f"_submissions._tcp.{domain}", "SRV"): [f"0 0 465 mail.{domain}."]}


def context(world, dns_server: DnsServer | None, **kwargs) -> NetContext:
    return NetContext(trust=Trust(use_system=False, ca_files=(Path(world.ca_file),)), dns_server=dns_server,
                      timeouts=Timeouts(dns=1, connect=1, http=1, ispdb=1), deadline=Deadline(seconds=4),
                      endpoints=Endpoints(ispdb_url=ISPDB), **kwargs)


def test_forged_ad_from_a_server_given_with_dns_is_not_believed(world):
    with ForgingResolver(world, forged_srv(world, "hotel.test")) as forger:
        result = discover("jo@hotel.test", context(world, DnsServer(forger.ip)), presets=Presets())
    best = result.best
    assert forger.queries  # the forger did answer
    assert best.source is Source.SRV and best.incoming[0].host == "mail.hotel.test"
    assert best.trusted is False and [c.code for c in best.consent] == [UNSIGNED_DNS]


def test_forged_ad_from_the_system_resolver_on_loopback_is_not_believed(world):
    with ForgingResolver(world, forged_srv(world, "stub.test")) as forger, forger.as_system_resolver(trust_ad=False):
        result = discover("jo@stub.test", context(world, None), presets=Presets())
    assert forger.queries
    assert result.best.trusted is False and [c.code for c in result.best.consent] == [UNSIGNED_DNS]


def test_ad_is_believed_where_resolv_conf_says_trust_ad(world):
    with ForgingResolver(world, forged_srv(world, "resolved.test")) as forger, forger.as_system_resolver(trust_ad=True):
        result = discover("jo@resolved.test", context(world, None), presets=Presets())
    assert (result.best.source, result.best.trusted, result.best.consent) == (Source.SRV, True, ())


def test_ad_is_believed_when_the_person_says_the_resolver_validates(world):
    with ForgingResolver(world, forged_srv(world, "told.test")) as forger:
        result = discover("jo@told.test", context(world, DnsServer(forger.ip), dns_validates=True), presets=Presets())
    assert (result.best.trusted, result.best.consent) == (True, ())


def test_a_forged_signed_mx_pointing_at_an_attackers_domain_needs_consent(world):
    world.certs.for_host("autoconfig.evil.test")
    world.web.add("autoconfig.evil.test", AC_PATH, autoconfig_xml("evil.test", EVIL), schemes=("https",))
    forged = {("mxvictim.test", "MX"): ["10 mx1.evil.test."]}
    with ForgingResolver(world, forged) as forger:
        result = discover("jo@mxvictim.test", context(world, DnsServer(forger.ip)), presets=Presets())
    mx = [c for c in result.configs if c.source is Source.MX]
    assert mx and all(not c.trusted and c.consent[0].code == UNSIGNED_DNS for c in mx)


@pytest.fixture
def evil_imap(world):
    """A recording IMAPS server on the forged target: it must never see the password."""
    loop = Loop()
    host = "mail.doctor.test"
    pair = world.certs.for_host(host)
    server = FakeServer(loop, "imap", world.add_host(host), 993, implicit=True, context=server_context(pair.cert_file, pair.key_file), name=host)
    server.start()
    yield server
    server.stop()
    loop.close()


def test_diagnose_sends_no_password_to_servers_from_forged_signed_srv(world, evil_imap, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    with ForgingResolver(world, forged_srv(world, "doctor.test")) as forger:
        code = main(["diagnose", "jo@doctor.test", "--password-stdin", "--json", "--deadline", "6",
                     "--dns", forger.ip, "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB])
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert code != 0
    assert "consent-needed" in {f["code"] for f in report["findings"]}
    assert not evil_imap.recording.contains_secret(PASSWORD, ("jo@doctor.test", "jo"))
    assert PASSWORD not in out.out + out.err


def test_migrate_does_not_move_an_account_to_servers_from_forged_signed_dns(world, tmp_path, capsys):
    world.add_host(EVIL)
    profile = tmp_path / "profile"
    profile.mkdir()
    old = Account(EmailAddress.parse("jo@moving.test"), ServerSettings(Protocol.IMAP, "imap.moving.test", 993, Security.TLS, username="jo@moving.test"),
                  ServerSettings(Protocol.SMTP, "smtp.moving.test", 465, Security.TLS, username="jo@moving.test"), "Jo")
    write_account(profile, old)
    before = (profile / "prefs.js").read_bytes()
    with ForgingResolver(world, forged_srv(world, "moving.test")) as forger:
        code = main(["migrate", "jo@moving.test", "--profile", str(profile), "--dns", forger.ip, "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB])
    out = capsys.readouterr()
    assert code == 2
    assert (profile / "prefs.js").read_bytes() == before  # nothing moved
    assert "mail.moving.test:993" in out.err and "unsigned-dns" in out.err  # shown, with the reason, not silently used
    assert PrefsFile.parse(before).get_str("mail.server.server1.hostname") == "imap.moving.test"
