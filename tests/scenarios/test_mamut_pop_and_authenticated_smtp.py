"""Seed 004 (Mamut, in Danish): POP (or IMAP) on mamutmail.com, outgoing mamutmail.com with
authentication using the incoming server's details, the full address as username; many access
providers close port 25.

In the test world mamutmail.com resolves to the world's Dovecot/Postfix host, whose certificate
names it, so the bundled pack is used unchanged; the wizard runs branded (`--brand mamut`), as a
hoster ships it, for a world user at their own domain."""

from __future__ import annotations

import io
import json
import poplib
import smtplib
import ssl

import pytest

from tests.scenarios.packs import cli_net, mamut_world
from wizard.cli.main import main
from wizard.discovery import discover
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts, Trust
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.providers import load_presets

pytestmark = pytest.mark.world
ISPDB = "https://ispdb.test/autoconfig/v1.1/"


def _context(world, deadline: float = 6.0) -> NetContext:
    from pathlib import Path

    return NetContext(trust=Trust(use_system=False, ca_files=(Path(world.ca_file),)), dns_server=DnsServer("127.0.0.53"),
                      timeouts=Timeouts(dns=1.0, connect=1.5, read=2.0, http=2.0, ispdb=2.0), deadline=Deadline(seconds=deadline),
                      endpoints=Endpoints(ispdb_url=ISPDB))


def _discover(world, address: str):
    presets = load_presets()
    return discover(address, _context(world), presets=presets, brand=presets.by_id("mamut"))


def test_pop_and_smtp_on_mamutmail_com_log_in_with_the_same_credentials(world):
    mamut_world(world)
    alice = world.user("alice")
    result = _discover(world, alice.address)
    best = result.best
    assert best.source.value == "preset" and best.trusted and not best.needs_consent and best.provider == "Mamut"
    pop = next(s for s in best.incoming if s.protocol.value == "pop3")
    smtp = best.outgoing[0]
    assert (pop.host, pop.port, pop.security.value, pop.username) == ("mamutmail.com", 995, "tls", alice.address)
    assert (smtp.host, smtp.port, smtp.security.value, smtp.username) == ("mamutmail.com", 465, "tls", alice.address)
    tls = ssl.create_default_context(cafile=str(world.ca_file))
    # a real POP3 login to Dovecot with what discovery proposed
    box = poplib.POP3_SSL(pop.host, pop.port, context=tls, timeout=5)
    try:
        box.user(pop.username)
        assert box.pass_(alice.password).startswith(b"+OK")
    finally:
        box.quit()
    # and authenticated SMTP to Postfix with the incoming server's username and password
    with smtplib.SMTP_SSL(smtp.host, smtp.port, context=tls, timeout=5) as client:
        code, _ = client.login(smtp.username, alice.password)
        assert code == 235
        refused = client.sendmail(alice.address, [world.user("bob").address], b"Subject: Mamut\r\n\r\nhello from the Mamut scenario\r\n")
        assert refused == {}


def test_the_pack_offers_pop_imap_and_business_mail_with_the_seeds_explanations(world, capsys):
    mamut_world(world)
    code = main(["--brand", "mamut", "discover", world.user("alice").address, "--json", "--deadline", "6", "--lang", "da", *cli_net(world)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["provider"]["id"] == "mamut" and data["provider"]["webmail"] == "https://mamutmail.com"
    kinds = {a["kind"]: a for a in data["provider"]["account_types"]}
    assert set(kinds) == {"pop3", "imap", "exchange"}
    assert "Hosted Exchange" in kinds["exchange"]["explanation"] and "kopi på serveren" in kinds["pop3"]["explanation"]
    config = data["configs"][0]
    assert config["source"] == "preset"
    protocols = [s["protocol"] for s in config["incoming"]]
    assert protocols[:3] == ["imap", "pop3", "exchange"]
    exchange = config["incoming"][2]
    assert (exchange["host"], exchange["url"], exchange["login_domain"], exchange["username"]) == ("mamutmail.com", "https://mamutmail.com", "hosting01", "alice@example.test")


def test_a_closed_port_25_does_not_matter_outgoing_mail_uses_465_or_587(world):
    mamut_world(world)
    world.block_port(world.mail.ip, 25)
    world.block_port(world.mail.ip, 465)
    result = _discover(world, world.user("alice").address)
    smtp = result.best.outgoing[0]
    assert (smtp.host, smtp.port, smtp.security.value) == ("mamutmail.com", 587, "starttls")
    assert not any(s.target.endswith(":25") for s in result.steps if s.source == "preset")


def test_thunderbird_gets_the_pop_account_with_authenticated_smtp(world, tmp_path, capsys):
    mamut_world(world)
    profile = tmp_path / "profile"
    profile.mkdir()
    alice = world.user("alice")
    code = main(["write", alice.address, "--client", "thunderbird", "--profile", str(profile), "--account-type", "pop3", "--brand", "mamut", *cli_net(world)])
    capsys.readouterr()
    assert code == 0
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get_str("mail.server.server1.type") == "pop3"
    assert (prefs.get_str("mail.server.server1.hostname"), prefs.get("mail.server.server1.port"), prefs.get_str("mail.server.server1.userName")) == ("mamutmail.com", 995, alice.address)
    assert (prefs.get_str("mail.smtpserver.smtp1.hostname"), prefs.get("mail.smtpserver.smtp1.port"), prefs.get("mail.smtpserver.smtp1.authMethod"), prefs.get_str("mail.smtpserver.smtp1.username")) == ("mamutmail.com", 465, 3, alice.address)


def test_the_test_message_of_a_pop_account_is_found_over_pop3_and_nothing_is_taken_from_the_mailbox(world, capsys, monkeypatch):
    """A Mamut POP user's check with --send-test, as they would run it: no IMAP in the settings,
    so the message is looked for over POP3 (headers only); it is found, and stays."""
    mamut_world(world)
    alice = world.user("alice")
    before = [p.name.partition(":2,")[0] for sub in ("new", "cur") for p in (alice.maildir / sub).iterdir()]
    monkeypatch.setattr("sys.stdin", io.StringIO(alice.password + "\n"))
    code = main(["--brand", "mamut", "diagnose", alice.address, "--password-stdin", "--pop3", "mamutmail.com:995:tls", "--smtp", "mamutmail.com:465:tls",
                 "--send-test", "--json", "--lang", "da", *cli_net(world)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["ok"], data["findings"]
    assert [s["protocol"] for s in data["services"]] == ["pop3", "smtp"]
    ok = [f for f in data["findings"] if f["code"] == "send-test-ok"]
    assert len(ok) == 1 and ok[0]["message"].startswith(f"En testbesked til {alice.address} blev sendt og fundet i indbakken via POP3 efter ")
    after = [p.name.partition(":2,")[0] for sub in ("new", "cur") for p in (alice.maildir / sub).iterdir()]
    assert set(before) <= set(after) and len(after) == len(before) + 1
