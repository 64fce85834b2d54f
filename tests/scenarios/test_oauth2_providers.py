"""Providers that sign people in on their own page (OAuth2), as the ISPDB publishes Gmail and
Microsoft 365, staged on test-world hosts: a Gmail-like entry and a Microsoft-365-like one
(Exchange with an EWS URL, IMAP and SMTP submission), each for its own domain. Their servers (the doctor's
recording fakes, offering XOAUTH2/OAUTHBEARER inside TLS as the real ones do) never receive
the password the person typed; the doctor says what it proved; Thunderbird, Outlook and
Apple get what signs in that way, and no file holds the password."""

from __future__ import annotations

import io
import json
import plistlib
from pathlib import Path

import pytest

from tests.doctor.servers import Loop
from tests.profiles.apple_validator import validate
from tests.scenarios.oauth2 import GMAIL_USER, M365_USER, PASSWORD, stage
from tests.scenarios.packs import cli_net
from wizard.cli.main import main
from wizard.profiles.thunderbird.prefs import PrefsFile

pytestmark = pytest.mark.world


@pytest.fixture(scope="module")
def loop():
    loop = Loop()
    yield loop
    loop.close()


@pytest.fixture
def providers(world, loop, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    servers = stage(world, loop)
    yield servers
    for server in servers.values():
        server.stop()


def _cli(capsys, monkeypatch, *args: str) -> tuple[int, dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    assert PASSWORD not in captured.out and PASSWORD not in captured.err
    return code, json.loads(captured.out)


def _no_password_anywhere(servers, *folders: Path) -> None:
    for server in servers.values():
        assert not server.recording.contains_secret(PASSWORD, (GMAIL_USER, M365_USER)), server.name
        said = bytes(server.recording.received).upper()
        assert not any(verb in said for verb in (b"AUTHENTICATE", b"AUTH ", b" LOGIN ", b"USER ", b"PASS ")), (server.name, said)
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                assert PASSWORD.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("address, provider, services", [(GMAIL_USER, "Gmailish Mail", ("imap", "pop3", "smtp")), (M365_USER, "Microsoft 365 (test world)", ("imap", "smtp"))])
def test_the_doctor_proves_up_to_the_sign_in_and_sends_no_password(address, provider, services, world, providers, capsys, monkeypatch):
    code, report = _cli(capsys, monkeypatch, "diagnose", address, "--password-stdin", *cli_net(world))
    assert code == 0, report["findings"]
    assert report["ok"] and report["awaits_sign_in"]
    tested = [s for s in report["services"] if s["protocol"] in services]
    assert tested and all(s["login"] == "oauth2" and s["sign_in"] == "oauth2" and s["certificate_status"] == "trusted" for s in tested)
    signs = [f for f in report["findings"] if f["code"] == "oauth2-sign-in"]
    assert {f["service"] for f in signs} >= set(services)
    assert all(f["message"].startswith(f"{provider} signs you in on its own page; your mail program will open it.") for f in signs)
    assert not [f for f in report["findings"] if f["code"] in ("login-ok", "auth-failed", "login-skipped")]
    _no_password_anywhere(providers)


SKIPPED_WORDS = {
    "en": ("No test message to kim@gmail-like.test was sent: Gmailish Mail signs you in on its own page (OAuth2)", "Send yourself a message"),
    "da": ("Der blev ikke sendt nogen testbesked til kim@gmail-like.test: Gmailish Mail logger dig ind på sin egen side (OAuth2)", "Send dig selv en besked"),
    "nb": ("Ingen testmelding til kim@gmail-like.test ble sendt: Gmailish Mail logger deg inn på sin egen side (OAuth2)", "Send deg selv en melding"),
}


@pytest.mark.parametrize("lang", ["en", "da", "nb"])
def test_send_test_for_an_oauth2_account_says_it_was_skipped_and_why(lang, world, providers, capsys, monkeypatch):
    code, report = _cli(capsys, monkeypatch, "diagnose", GMAIL_USER, "--password-stdin", "--send-test", "--lang", lang, *cli_net(world))
    assert code == 0, report["findings"]
    skipped = [f for f in report["findings"] if f["code"] == "send-test-skipped"]
    assert len(skipped) == 1 and skipped[0]["severity"] == "info" and skipped[0]["service"] == ""
    start, fix = SKIPPED_WORDS[lang]
    assert skipped[0]["message"].startswith(start) and skipped[0]["fix"].startswith(fix)
    assert "--sign-in" not in skipped[0]["fix"]  # no pack registers the wizard with Gmailish: no sign-in to offer
    assert not [f for f in report["findings"] if f["code"] in ("send-test-ok", "send-test-failed")]
    _no_password_anywhere(providers)


def test_thunderbird_gets_oauth2_sign_in_and_no_saved_password(world, providers, tmp_path, capsys, monkeypatch):
    profile = tmp_path / "profile"
    profile.mkdir()
    code, report = _cli(capsys, monkeypatch, "write", GMAIL_USER, "--client", "thunderbird", "--profile", str(profile), "--password-stdin", "--remember-password", *cli_net(world))
    assert code == 0
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get(f"mail.server.{report['keys']['server']}.authMethod") == 10
    assert prefs.get(f"mail.smtpserver.{report['keys']['smtp']}.authMethod") == 10
    assert report["sign_in"] == "oauth2" and report["thunderbird_login"]["status"] == "not-needed"
    assert not (profile / "logins.json").exists()
    _no_password_anywhere(providers, profile)


def test_thunderbird_for_microsoft_365_is_an_ews_account_that_signs_in_with_oauth2(world, providers, tmp_path, capsys, monkeypatch):
    profile = tmp_path / "profile"
    profile.mkdir()
    code, report = _cli(capsys, monkeypatch, "write", M365_USER, "--client", "thunderbird", "--profile", str(profile), *cli_net(world))
    assert code == 0 and report["account"] == "exchange"
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    server = report["keys"]["server"]
    assert prefs.get(f"mail.server.{server}.type") == "ews" and prefs.get(f"mail.server.{server}.authMethod") == 10
    assert prefs.get(f"mail.outgoingserver.{report['keys']['smtp']}.auth_method") == 10


@pytest.mark.parametrize("address", [GMAIL_USER, M365_USER])
def test_outlook_gets_its_own_add_account_steps_and_no_file(address, world, providers, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["write", address, "--client", "outlook", "--out", str(out), "--password-stdin", *cli_net(world)])
    said = capsys.readouterr().out
    assert code == 0
    assert not out.exists() or not list(out.iterdir())
    assert "wrote no file for Outlook" in said and f"type {address} and choose Connect" in said and "sign-in page" in said
    assert PASSWORD not in said
    code, report = _cli(capsys, monkeypatch, "write", address, "--client", "outlook", "--out", str(out), *cli_net(world))
    assert report["files"]["sign_in"] == "oauth2" and report["files"]["prf"] is None and report["files"]["autodiscover"] is None


def test_apple_exchange_profiles_say_oauth_and_carry_no_password(world, providers, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    code, report = _cli(capsys, monkeypatch, "write", M365_USER, "--client", "apple", "--out", str(out), "--password-stdin", "--include-password", *cli_net(world))
    assert code == 0 and report["files"]["sign_in"] == "oauth2" and report["files"]["with_password"] is False
    profiles = {p.name: plistlib.loads(p.read_bytes()) for p in out.glob("*.mobileconfig")}
    assert set(profiles) == {"kim_at_m365-like.test-mac.mobileconfig", "kim_at_m365-like.test-iphone.mobileconfig"}
    for name, profile in profiles.items():
        assert validate(profile) == [], name
        payload = profile["PayloadContent"][-1]
        assert payload["OAuth"] is True and "Password" not in payload
        assert payload["PayloadType"] == ("com.apple.ews.account" if "-mac" in name else "com.apple.eas.account")
    _no_password_anywhere(providers, out)


def test_apple_imap_gets_the_devices_own_account_steps_instead_of_a_profile(world, providers, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["write", GMAIL_USER, "--client", "apple", "--out", str(out), "--password-stdin", *cli_net(world)])
    said = capsys.readouterr().out
    assert code == 0 and (not out.exists() or not list(out.glob("*.mobileconfig")))
    assert "mailsetup wrote no profile" in said and "Add Account; choose Gmailish Mail if the list has it" in said
    assert "Internet Accounts" in said
