"""Accounts go into prefs.js with fresh keys, or update the one already there; certificates
go into cert_override.txt; nothing is written while Thunderbird runs; no password anywhere."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.model import CertificateInfo, Protocol, Security, ServerSettings
from wizard.model.errors import UserError
from wizard.model.fingerprint import Pin
from wizard.profiles.thunderbird import certoverride
from wizard.profiles.thunderbird.locate import ProfileError, running_reason
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.profiles.thunderbird.remember import credentials_for
from wizard.profiles.thunderbird.writer import ews_endpoint, write_account

from tests.profiles.conftest import exchange_account, imap_account, pop_account

EXISTING = """// Mozilla User Preferences
// a comment a person wrote
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.lastKey", 2);
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.accountmanager.localfoldersserver", "server2");
user_pref("mail.identity.id1.fullName", "Dave");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "dave@other.test");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.server.server1.hostname", "imap.other.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.userName", "dave");
user_pref("mail.server.server2.hostname", "Local Folders");
user_pref("mail.server.server2.type", "none");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.other.test");
user_pref("mail.smtpservers", "smtp1");
user_pref("mailnews.start_page.enabled", false);
"""


def _profile(tmp_path: Path, text: str = EXISTING) -> Path:
    profile = tmp_path / "abcd.default-release"
    profile.mkdir()
    (profile / "prefs.js").write_text(text, encoding="utf-8")
    return profile


def _prefs(profile: Path) -> PrefsFile:
    return PrefsFile.parse((profile / "prefs.js").read_bytes())


def test_new_account_gets_the_next_free_keys_and_keeps_the_others(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    result = write_account(profile, imap_account())
    prefs = _prefs(profile)
    assert (result.keys.account, result.keys.server, result.keys.identity, result.keys.smtp) == ("account3", "server3", "id2", "smtp2")
    assert prefs.get("mail.accountmanager.accounts") == "account1,account2,account3"
    assert prefs.get("mail.accountmanager.defaultaccount") == "account1"  # the person's default stays
    assert prefs.get("mail.account.lastKey") == 3
    assert prefs.get("mail.server.server3.hostname") == "mail.example.test"
    assert prefs.get("mail.server.server3.port") == 993
    assert prefs.get("mail.server.server3.socketType") == 3
    assert prefs.get("mail.server.server3.type") == "imap"
    assert prefs.get("mail.identity.id2.useremail") == "alice@example.test"
    assert prefs.get("mail.identity.id2.smtpServer") == "smtp2"
    assert prefs.get("mail.smtpserver.smtp2.try_ssl") == 2  # STARTTLS; SMTP uses try_ssl
    assert prefs.get("mail.smtpserver.smtp2.port") == 587
    assert prefs.get("mail.smtpservers") == "smtp1,smtp2"
    assert prefs.get("mail.smtp.defaultserver") == "smtp1"
    new_lines = (profile / "prefs.js").read_text().splitlines()
    for line in EXISTING.splitlines():
        if "accountmanager.accounts" in line or "smtpservers" in line or "lastKey" in line:
            continue
        assert line in new_lines
    assert result.prefs.backup is not None and result.prefs.backup.read_text() == EXISTING


def test_same_address_is_updated_in_place_not_twinned(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    write_account(profile, imap_account())
    moved = imap_account(host="new-mail.example.test", outgoing=ServerSettings(Protocol.SMTP, "new-smtp.example.test", 465, Security.TLS))
    result = write_account(profile, moved)
    prefs = _prefs(profile)
    assert result.keys.updated and result.keys.account == "account3"
    assert prefs.get("mail.accountmanager.accounts") == "account1,account2,account3"
    assert prefs.get("mail.server.server3.hostname") == "new-mail.example.test"
    assert prefs.get("mail.smtpserver.smtp2.hostname") == "new-smtp.example.test"
    assert prefs.get("mail.smtpserver.smtp2.try_ssl") == 3
    assert prefs.numbers("mail.server.", "server") == {1, 2, 3}
    assert prefs.get("mail.server.server1.hostname") == "imap.other.test"


def test_update_also_moves_the_real_hostname_thunderbird_prefers(tmp_path: Path) -> None:
    text = EXISTING + 'user_pref("mail.server.server1.realhostname", "old.other.test");\n'
    profile = _profile(tmp_path, text)
    account = imap_account(address="dave@other.test", host="imap2.other.test")
    result = write_account(profile, account)
    prefs = _prefs(profile)
    assert result.keys.updated and result.keys.server == "server1"
    assert prefs.get("mail.server.server1.hostname") == "imap2.other.test"
    assert prefs.get("mail.server.server1.realhostname") == "imap2.other.test"
    assert prefs.get("mail.identity.id1.fullName") == "Dave"


def test_pop3_account_leaves_mail_on_the_server(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    profile.mkdir()
    result = write_account(profile, pop_account())  # an empty profile: no prefs.js yet
    prefs = _prefs(profile)
    assert result.prefs.backup is None
    assert prefs.get(f"mail.server.{result.keys.server}.type") == "pop3"
    assert prefs.get(f"mail.server.{result.keys.server}.leave_on_server") is True
    assert prefs.get(f"mail.server.{result.keys.server}.userName") == "bob"
    assert prefs.get(f"mail.smtpserver.{result.keys.smtp}.username") == "bob@smtp"
    assert prefs.get("mail.accountmanager.defaultaccount") == result.keys.account


def test_an_exchange_account_with_an_ews_url_becomes_a_thunderbird_exchange_account(tmp_path: Path) -> None:
    """As Thunderbird's own wizard makes it: an ews incoming server naming the endpoint, and an
    ews outgoing server (key ewsN) whose settings live under mail.outgoingserver."""
    profile = _profile(tmp_path)
    result = write_account(profile, exchange_account())
    prefs = _prefs(profile)
    server, out = f"mail.server.{result.keys.server}.", result.keys.smtp
    assert prefs.get(server + "type") == "ews"
    assert prefs.get(server + "ews_url") == "https://outlook.business.test/EWS/Exchange.asmx"
    assert (prefs.get(server + "hostname"), prefs.get(server + "port"), prefs.get(server + "socketType")) == ("outlook.business.test", 443, 3)
    assert prefs.get(server + "authMethod") == 6  # NTLM, as Autodiscover said
    assert prefs.get(server + "userName") == "carol@business.test"
    assert prefs.get(server + "check_new_mail") is True  # a new Exchange account's folders come with the first check
    assert out == "ews1" and out in prefs.get_str("mail.smtpservers").split(",")
    assert prefs.get(f"mail.smtpserver.{out}.type") == "ews"
    assert prefs.get(f"mail.outgoingserver.{out}.ews_url") == "https://outlook.business.test/EWS/Exchange.asmx"
    assert prefs.get(f"mail.outgoingserver.{out}.username") == "carol@business.test"
    assert prefs.get(f"mail.identity.{result.keys.identity}.smtpServer") == out
    assert prefs.get(f"mail.identity.{result.keys.identity}.useremail") == "carol@business.test"
    assert prefs.get("mail.accountmanager.accounts") == f"account1,account2,{result.keys.account}"
    assert prefs.get("mail.accountmanager.defaultaccount") == "account1"  # the person's choice stays
    assert prefs.get("mail.server.server1.hostname") == "imap.other.test"


def test_writing_the_exchange_account_again_updates_it_in_place(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    first = write_account(profile, exchange_account())
    again = write_account(profile, exchange_account())
    prefs = _prefs(profile)
    assert again.keys.updated and (again.keys.account, again.keys.server, again.keys.smtp) == (first.keys.account, first.keys.server, first.keys.smtp)
    assert prefs.get_str("mail.smtpservers").split(",").count("ews1") == 1


def test_exchange_only_accounts_without_an_ews_url_are_refused_clearly(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    bare = ServerSettings(Protocol.EXCHANGE, "mapi.business.test", 443, Security.TLS)
    with pytest.raises(ProfileError) as err:
        write_account(profile, exchange_account().__class__(exchange_account().address, bare, None))
    assert err.value.code == "thunderbird-exchange"
    assert (profile / "prefs.js").read_text() == EXISTING


def _web_address_account(url: str):
    """A pack's Business Mail: only the provider's web address (Mamut: https://mamutmail.com)."""
    exchange = ServerSettings(Protocol.EXCHANGE, "mamutmail.com", 443, Security.TLS, username="alice@example.test", url=url)
    return exchange_account("alice@example.test").__class__(exchange_account("alice@example.test").address, exchange, None)


@pytest.mark.parametrize("url", ["https://mamutmail.com", "https://mamutmail.com/", "https://mamutmail.com/owa/"])
def test_a_web_address_alone_becomes_exchanges_usual_ews_address_on_that_host(tmp_path: Path, url: str) -> None:
    profile = _profile(tmp_path)
    endpoint = ews_endpoint(_web_address_account(url))
    assert endpoint is not None and endpoint.standard and endpoint.given == url
    assert endpoint.url == "https://mamutmail.com/EWS/Exchange.asmx"
    result = write_account(profile, _web_address_account(url))
    prefs = _prefs(profile)
    assert prefs.get(f"mail.server.{result.keys.server}.type") == "ews"
    assert prefs.get(f"mail.server.{result.keys.server}.ews_url") == "https://mamutmail.com/EWS/Exchange.asmx"
    assert prefs.get(f"mail.outgoingserver.{result.keys.smtp}.ews_url") == "https://mamutmail.com/EWS/Exchange.asmx"


def test_an_ews_address_is_used_as_given_and_its_host_and_port_are_the_urls() -> None:
    exchange = ServerSettings(Protocol.EWS, "autodiscover.business.test", 443, Security.TLS, url="https://ews.business.test:8443/ews/exchange.asmx")
    endpoint = ews_endpoint(exchange_account().__class__(exchange_account().address, exchange, None))
    assert endpoint is not None and not endpoint.standard
    assert (endpoint.url, endpoint.server.host, endpoint.server.port) == ("https://ews.business.test:8443/ews/exchange.asmx", "ews.business.test", 8443)


@pytest.mark.parametrize("url", ["https://business.test/autodiscover/autodiscover.xml", "http://business.test/EWS/Exchange.asmx", "https://user@business.test/EWS/Exchange.asmx"])
def test_what_is_not_an_ews_address_is_not_taken_for_one(tmp_path: Path, url: str) -> None:
    account = _web_address_account(url)
    assert ews_endpoint(account) is None
    with pytest.raises(ProfileError) as err:
        write_account(_profile(tmp_path), account)
    assert err.value.code == "thunderbird-exchange" and "--" not in err.value.text.render()  # words a window can show


def test_an_accepted_certificate_for_the_ews_host_is_written_for_that_host(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    fp = ":".join(["CD"] * 32)
    result = write_account(profile, dataclasses.replace(exchange_account(), certificates=(Pin("outlook.business.test", 443, fp),)))
    assert result.cert_override is not None
    lines = [line.split("\t") for line in (profile / "cert_override.txt").read_text().splitlines() if not line.startswith("#")]
    assert [(host, value) for host, _, value, *_ in lines] == [("outlook.business.test:443:", fp)]


def test_the_password_of_a_packs_exchange_account_is_remembered_for_the_ews_host() -> None:
    (credential,) = credentials_for(_web_address_account("https://mamutmail.com"), "s3cret")
    assert (credential.origin, credential.username) == ("ews://mamutmail.com", "alice@example.test")


def test_accepted_certificates_are_written_in_thunderbirds_format(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "cert_override.txt").write_text(
        "# PSM Certificate Override Settings file\n# This is a generated file!  Do not edit.\n"
        "other.test:443:\tOID.2.16.840.1.101.3.4.2.1\t" + ":".join(["11"] * 32) + "\t\n"
        "mail.example.test:993:\tOID.2.16.840.1.101.3.4.2.1\t" + ":".join(["22"] * 32) + "\t\n"
    )
    fp = ":".join(["AB"] * 32)
    cert = CertificateInfo("mail.example.test", 993, fp, b"\x30\x00")
    write_account(profile, imap_account(certificates=(cert, Pin("mail.example.test", 587, "cd" * 32))))
    lines = (profile / "cert_override.txt").read_text().splitlines()
    assert lines[:2] == ["# PSM Certificate Override Settings file", "# This is a generated file!  Do not edit."]
    assert f"mail.example.test:993:\tOID.2.16.840.1.101.3.4.2.1\t{fp}\t" in lines
    assert "mail.example.test:587:\tOID.2.16.840.1.101.3.4.2.1\t" + ":".join(["CD"] * 32) + "\t" in lines
    assert any(line.startswith("other.test:443:") for line in lines)
    assert not any("22:22" in line for line in lines)  # the old pin for 993 is replaced
    assert {(o.host, o.port) for o in certoverride.parse((profile / "cert_override.txt").read_bytes())} == {("other.test", 443), ("mail.example.test", 993), ("mail.example.test", 587)}


def test_no_password_reaches_the_profile(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    write_account(profile, imap_account())
    text = (profile / "prefs.js").read_text()
    assert "password" not in text.lower().replace("authmethod", "")


def test_a_live_lock_symlink_refuses_and_a_stale_one_does_not(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    os.symlink(f"127.0.0.1:+{os.getpid()}", profile / "lock")
    with pytest.raises(ProfileError) as err:
        write_account(profile, imap_account())
    assert err.value.code == "thunderbird-running"
    assert (profile / "prefs.js").read_text() == EXISTING
    (profile / "lock").unlink()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    os.symlink(f"127.0.0.1:+{dead}", profile / "lock")
    assert running_reason(profile) is None
    write_account(profile, imap_account())


def test_a_held_parentlock_refuses(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / ".parentlock").touch()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl,os,sys,time; fd=os.open(sys.argv[1], os.O_RDWR); fcntl.lockf(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(30)", str(profile / ".parentlock")],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert running_reason(profile) == ".parentlock"
        with pytest.raises(ProfileError):
            write_account(profile, imap_account())
    finally:
        holder.kill()
        holder.wait()
    assert running_reason(profile) is None  # the file stays after Thunderbird quits; unlocked it is free


OLD_OVERRIDES = "# PSM Certificate Override Settings file\nother.test:443:\tOID.2.16.840.1.101.3.4.2.1\t" + ":".join(["11"] * 32) + "\t\n"


def _with_certificate():
    return imap_account(certificates=(CertificateInfo("mail.example.test", 993, ":".join(["AB"] * 32), b"\x30\x00"),))


def test_thunderbird_starting_before_the_write_leaves_both_files_as_they_were(tmp_path: Path, monkeypatch) -> None:
    from wizard.profiles.thunderbird import writer

    profile = _profile(tmp_path)
    (profile / "cert_override.txt").write_text(OLD_OVERRIDES)
    asked = []

    def starts_meanwhile(folder: Path) -> None:
        asked.append(folder)
        if len(asked) == 2:
            raise ProfileError("thunderbird-running", writer.T("running"))

    monkeypatch.setattr(writer, "ensure_not_running", starts_meanwhile)
    with pytest.raises(ProfileError):
        write_account(profile, _with_certificate())
    assert len(asked) == 2
    assert (profile / "cert_override.txt").read_text() == OLD_OVERRIDES
    assert (profile / "prefs.js").read_text() == EXISTING


@pytest.mark.parametrize("had_overrides", [True, False])
def test_prefs_failing_to_be_replaced_puts_the_certificate_overrides_back(tmp_path: Path, had_overrides: bool) -> None:
    from wizard.profiles.atomic import WriteError

    profile = _profile(tmp_path)
    if had_overrides:
        (profile / "cert_override.txt").write_text(OLD_OVERRIDES)
    replaces = []

    def disk_full_on_the_second_file(step: str) -> None:
        if step == "replace":
            replaces.append(step)
            if len(replaces) == 2:  # the first is cert_override.txt, the second prefs.js
                raise OSError(28, "No space left on device")

    with pytest.raises(WriteError):
        write_account(profile, _with_certificate(), hook=disk_full_on_the_second_file)
    assert (profile / "prefs.js").read_text() == EXISTING
    if had_overrides:
        assert (profile / "cert_override.txt").read_text() == OLD_OVERRIDES
    else:
        assert not (profile / "cert_override.txt").exists()


def test_an_unreadable_certificate_override_file_is_a_one_line_error(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "cert_override.txt").mkdir()  # not a file that can be read
    with pytest.raises(UserError) as err:
        write_account(profile, _with_certificate())
    text = err.value.text.render()
    assert "cert_override.txt" in text and "\n" not in text
    assert (profile / "prefs.js").read_text() == EXISTING


SHARED_SMTP = EXISTING.replace(
    'user_pref("mail.account.account2.server", "server2");',
    'user_pref("mail.account.account2.server", "server2");\nuser_pref("mail.account.account1.identities", "id1,id2");',
).replace(
    'user_pref("mail.identity.id1.valid", true);',
    'user_pref("mail.identity.id1.valid", true);\nuser_pref("mail.identity.id2.smtpServer", "smtp1");\nuser_pref("mail.identity.id2.useremail", "dave-alias@other.test");',
)


def test_updating_an_account_never_rewrites_an_smtp_server_other_identities_share(tmp_path: Path) -> None:
    profile = _profile(tmp_path, SHARED_SMTP)
    moved = imap_account("dave@other.test", host="imap.other.test", outgoing=ServerSettings(Protocol.SMTP, "new-smtp.other.test", 465, Security.TLS))
    result = write_account(profile, moved)
    prefs = _prefs(profile)
    assert result.keys.updated and result.keys.identity == "id1"
    assert prefs.get("mail.smtpserver.smtp1.hostname") == "smtp.other.test"  # id2 still sends there
    assert result.keys.smtp != "smtp1" and prefs.get(f"mail.smtpserver.{result.keys.smtp}.hostname") == "new-smtp.other.test"
    assert prefs.get("mail.identity.id1.smtpServer") == result.keys.smtp
    assert prefs.get("mail.identity.id2.smtpServer") == "smtp1"


def test_updating_an_account_with_its_own_smtp_server_changes_it_in_place(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    moved = imap_account("dave@other.test", host="imap.other.test", outgoing=ServerSettings(Protocol.SMTP, "new-smtp.other.test", 465, Security.TLS))
    result = write_account(profile, moved)
    assert result.keys.smtp == "smtp1" and _prefs(profile).get("mail.smtpserver.smtp1.hostname") == "new-smtp.other.test"
