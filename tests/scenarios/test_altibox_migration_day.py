"""Seed 000 (Altibox, in Danish): the move to a new e-mail service on 15 November 2022.

On migration day in the test world: the provider's address domain (a test domain standing in for
Altibox's) publishes its new servers, the mail host presents a new certificate that the pack
announces, and a Thunderbird profile already has the account, written by our own writer for the
old servers. The wizard recognises the provider, recognises the certificate as the announced one,
updates the account in place (no twin, a backup first), names the retired SMTP server where
another address still uses it, and shows the checklist in English, Danish and Norwegian."""

from __future__ import annotations

import json
import plistlib
import ssl
from pathlib import Path

import pytest

from tests.scenarios.packs import altibox_copy, cli_net
from tests.world.world import MAIL_HOST, autoconfig_xml
from wizard.cli.main import main
from wizard.model import EmailAddress, Protocol, Security, ServerSettings
from wizard.parsers.tls_certificate import certificate_info
from wizard.profiles import apple
from wizard.profiles.account import Account
from wizard.profiles.thunderbird import write_account
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.providers import load_presets

pytestmark = pytest.mark.world

DOMAIN = "altibox-kunde.test"
ADDRESS = f"jo@{DOMAIN}"
OLD_IMAP = ServerSettings(Protocol.IMAP, f"imap.old.{DOMAIN}", 143, Security.STARTTLS, username=ADDRESS)
OLD_SMTP = ServerSettings(Protocol.SMTP, f"smtp.old.{DOMAIN}", 587, Security.STARTTLS, username=ADDRESS)
# someone with an address elsewhere who sends through Altibox's old SMTP server (the seed's last section)
OTHER = Account(EmailAddress.parse("ole@andenudbyder.test"), ServerSettings(Protocol.IMAP, "imap.andenudbyder.test", 993, Security.TLS),
                ServerSettings(Protocol.SMTP, "smtp.altiboxmail.dk", 465, Security.TLS))


def _migration_day(world, tmp_path: Path) -> tuple[Path, Path, str]:
    """The new servers published, the new certificate served and announced, the old account there."""
    for host in (DOMAIN, f"autoconfig.{DOMAIN}", f"autodiscover.{DOMAIN}", "ispdb.test"):
        world.certs.for_host(host)
    world.web.add(f"autoconfig.{DOMAIN}", "/mail/config-v1.1.xml", autoconfig_xml(DOMAIN, MAIL_HOST), schemes=("https",))
    new_cert = world.certs.changed(MAIL_HOST, *world.mail.aliases)
    world.use_mail_certificate(new_cert)
    packs = tmp_path / "packs"
    altibox_copy(packs, DOMAIN, announce_sha256=new_cert.sha256)
    profile = tmp_path / "profile"
    profile.mkdir()
    write_account(profile, Account(EmailAddress.parse(ADDRESS), OLD_IMAP, OLD_SMTP, "Jo"))
    write_account(profile, OTHER)
    return packs, profile, new_cert.sha256


def _prefs(profile: Path) -> PrefsFile:
    return PrefsFile.parse((profile / "prefs.js").read_bytes())


def test_the_existing_thunderbird_account_is_moved_in_place_with_the_announced_certificate(world, tmp_path, capsys):
    packs, profile, new_sha = _migration_day(world, tmp_path)
    accounts_before = _prefs(profile).get_str("mail.accountmanager.accounts")

    code = main(["migrate", ADDRESS, "--profile", str(profile), "--providers", str(packs), "--json", *cli_net(world)])
    report = json.loads(capsys.readouterr().out)

    assert code == 0
    assert report["provider"]["id"] == "altibox" and report["provider"]["migration_date"] == "2022-11-15"
    assert len(report["provider"]["checklist"]) == 5
    [change] = report["changes"]
    assert change["client"] == "thunderbird" and change["moves"] is True
    rows = {r["what"]: r for r in change["rows"]}
    assert rows["incoming"]["old"] == f"IMAP imap.old.{DOMAIN}:143 starttls" and rows["incoming"]["new"] == f"IMAP {MAIL_HOST}:993 tls"
    assert rows["outgoing"]["old"] == f"SMTP smtp.old.{DOMAIN}:587 starttls" and rows["outgoing"]["new"] == f"SMTP {MAIL_HOST}:465 tls"
    # the new certificate is recognised as the one Altibox announced, and pinned for Thunderbird
    assert [c["announced"] for c in report["certificates"]] == [True, True]
    assert {c["sha256"].replace(":", "").lower() for c in report["certificates"]} == {new_sha}
    assert new_sha.upper() in (profile / "cert_override.txt").read_text().replace(":", "")
    # updated in place: same account key, no twin, the old prefs.js kept as a backup
    [updated] = report["updated"]
    assert updated["in_place"] is True and updated["account"] == change["key"]
    prefs = _prefs(profile)
    assert prefs.get_str("mail.accountmanager.accounts") == accounts_before
    server = prefs.get_str(f"mail.account.{change['key']}.server")
    assert (prefs.get_str(f"mail.server.{server}.hostname"), prefs.get(f"mail.server.{server}.port"), prefs.get(f"mail.server.{server}.socketType")) == (MAIL_HOST, 993, 3)
    assert f"imap.old.{DOMAIN}" in Path(updated["backup"]).read_text()
    # the other address still sends through the server Altibox switches off: named
    assert [(r["address"], r["host"]) for r in report["retired_in_use"]] == [("ole@andenudbyder.test", "smtp.altiboxmail.dk")]


@pytest.mark.parametrize("language, words", [
    ("en", ("moves to new servers on 2022-11-15", "Forwarding to another e-mail address", "approve the new certificate", "smtp.altiboxmail.dk", "two-factor")),
    ("da", ("Videresendelse til en anden e-mailadresse", "Signatur, autosvar", "godkend det nye certifikat", "smtp.altiboxmail.dk", "tofaktorgodkendelse")),
    ("nb", ("Videresending til en annen e-postadresse", "Signatur, autosvar", "godkjenn det nye sertifikatet", "smtp.altiboxmail.dk", "tofaktorautentisering")),
])
def test_the_checklist_and_the_old_and_new_servers_are_shown_in_each_language(world, tmp_path, capsys, language, words):
    packs, profile, _ = _migration_day(world, tmp_path)
    before = (profile / "prefs.js").read_bytes()
    code = main(["migrate", ADDRESS, "--profile", str(profile), "--providers", str(packs), "--dry-run", "--lang", language, *cli_net(world)])
    text = capsys.readouterr().out
    assert code == 0
    assert f"imap.old.{DOMAIN}:143 starttls  →  IMAP {MAIL_HOST}:993 tls" in text
    for word in words:
        assert word in text, (word, text)
    assert (profile / "prefs.js").read_bytes() == before  # --dry-run changes nothing


def test_discover_names_the_provider_with_date_and_checklist(world, tmp_path, capsys):
    packs, _, _ = _migration_day(world, tmp_path)
    code = main(["discover", ADDRESS, "--json", "--deadline", "4", "--providers", str(packs), "--lang", "da", *cli_net(world)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    provider = data["provider"]
    assert (provider["id"], provider["name"], provider["migration_date"], provider["webmail"]) == ("altibox", "Altibox", "2022-11-15", None)
    assert provider["checklist"][0].startswith("Videresendelse")
    assert provider["two_factor"]["available"] is True
    # the seed names no new server: the provider's own autoconfig (over https) supplies them
    assert data["configs"][0]["source"] == "autoconfig" and data["configs"][0]["incoming"][0]["host"] == MAIL_HOST
    assert any(s["source"] == "preset" and s["status"] == "empty" for s in data["steps"])


def test_the_new_certificate_is_the_announced_one_and_the_old_is_not(world, tmp_path):
    packs, _, _ = _migration_day(world, tmp_path)
    pack = load_presets([packs]).by_id("altibox")
    ctx = ssl.create_default_context(cafile=str(world.ca_file))
    import socket

    with socket.create_connection((world.mail.ip, world.mail.imaps), timeout=3) as raw, ctx.wrap_socket(raw, server_hostname=MAIL_HOST) as tls:
        served = certificate_info(tls.getpeercert(binary_form=True), MAIL_HOST, world.mail.imaps)
    old = certificate_info(ssl.PEM_cert_to_DER_cert(world.mail_cert_original.cert_file.read_text()), MAIL_HOST, 993)
    assert pack.announces(served) is True
    assert pack.announces(old) is False


def test_the_provider_is_recognised_by_its_mail_server_too(world, tmp_path, capsys):
    """A pack can match by MX host pattern: an address at a domain whose MX is the provider's."""
    packs = tmp_path / "packs"
    altibox_copy(packs, DOMAIN, mx="mail.example.test")
    world.dns.add_mx("partner.test", MAIL_HOST, 10)
    code = main(["discover", "kim@partner.test", "--json", "--deadline", "3", "--providers", str(packs), *cli_net(world)])
    data = json.loads(capsys.readouterr().out)
    assert data["provider"]["id"] == "altibox"
    assert code in (0, 1)


def test_an_apple_profile_written_earlier_is_rewritten_with_the_same_identifier(world, tmp_path, capsys):
    packs, _, _ = _migration_day(world, tmp_path)
    out_dir = tmp_path / "files"
    old = Account(EmailAddress.parse(ADDRESS), OLD_IMAP, OLD_SMTP)
    [old_path] = apple.write_files(old, out_dir).paths
    old_id = plistlib.loads(old_path.read_bytes())["PayloadIdentifier"]
    empty_profile = tmp_path / "empty"
    empty_profile.mkdir()
    code = main(["migrate", ADDRESS, "--profile", str(empty_profile), "--out", str(out_dir), "--providers", str(packs), "--json", *cli_net(world)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [(c["client"], c["moves"]) for c in report["changes"]] == [("apple", True)]
    profile = plistlib.loads(old_path.read_bytes())
    assert profile["PayloadIdentifier"] == old_id  # installing it replaces the old profile: no twin
    mail = next(p for p in profile["PayloadContent"] if p["PayloadType"] == "com.apple.mail.managed")
    assert (mail["IncomingMailServerHostName"], mail["IncomingMailServerPortNumber"]) == (MAIL_HOST, 993)
