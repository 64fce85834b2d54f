"""Accounts whose provider signs people in on its own page (OAuth2): each writer writes what
signs in that way, and nothing that would ask for (or hold) a password the provider refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.profiles.apple_validator import validate
from tests.profiles.conftest import exchange_account, imap_account
from wizard.model import AuthMethod, Protocol, Security, ServerSettings
from wizard.profiles import apple, outlook
from wizard.profiles.thunderbird import RememberStatus, credentials_for, remember
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.profiles.thunderbird.writer import write_account

OAUTH = (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)


def _oauth_imap(**kw):
    return imap_account("kim@gmail-like.test", incoming=ServerSettings(Protocol.IMAP, "imap.gmail-like.test", 993, Security.TLS, OAUTH),
                        outgoing=ServerSettings(Protocol.SMTP, "smtp.gmail-like.test", 465, Security.TLS, OAUTH), provider="Gmailish", **kw)


def _oauth_exchange():
    account = exchange_account()
    ews = ServerSettings(Protocol.EWS, "outlook.business.test", 443, Security.TLS, (AuthMethod.OAUTH2,), url="https://outlook.business.test/EWS/Exchange.asmx")
    eas = ServerSettings(Protocol.ACTIVESYNC, "eas.business.test", 443, Security.TLS, (AuthMethod.OAUTH2,), url="https://eas.business.test/Microsoft-Server-ActiveSync")
    return type(account)(account.address, ews, None, provider="Business 365", others=(eas,))


def test_thunderbird_signs_in_with_oauth2_on_both_servers(tmp_path: Path):
    result = write_account(tmp_path, _oauth_imap())
    prefs = PrefsFile.parse((tmp_path / "prefs.js").read_bytes())
    assert prefs.get(f"mail.server.{result.keys.server}.authMethod") == 10
    assert prefs.get(f"mail.smtpserver.{result.keys.smtp}.authMethod") == 10


def test_no_password_is_remembered_for_oauth2_servers_only(tmp_path: Path):
    assert credentials_for(_oauth_imap(), "secret") == ()
    done = remember(tmp_path, ())
    assert done.status is RememberStatus.NOT_NEEDED and not done.ok and not (tmp_path / "logins.json").exists()
    mixed = imap_account(incoming=ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS, OAUTH))
    assert [c.origin for c in credentials_for(mixed, "secret")] == ["smtp://mail.example.test"]


@pytest.mark.parametrize("platform", [apple.MAC, apple.IOS])
def test_apple_exchange_says_oauth_and_drops_a_password_given(platform):
    profile = apple.build(_oauth_exchange(), platform, password="secret")
    assert validate(profile) == []
    payload = profile["PayloadContent"][-1]
    assert payload["OAuth"] is True and "Password" not in payload and "secret" not in repr(profile)
    assert "sign-in page" in profile["PayloadDescription"]


def test_apple_writes_no_imap_profile_that_would_ask_for_a_password(tmp_path: Path):
    with pytest.raises(apple.AppleError):
        apple.build(_oauth_imap())
    files = apple.write_files(_oauth_imap(), tmp_path / "out", password="secret")
    assert files.paths == () and files.oauth2 and not (tmp_path / "out").exists()
    words = " ".join(step.render() for step in apple.steps(files))
    assert "wrote no profile" in words and "Gmailish" in words and "Internet Accounts" in words


def test_outlook_gets_add_account_steps_and_no_file(tmp_path: Path):
    files = outlook.write_files(_oauth_exchange(), tmp_path / "out")
    assert (files.prf, files.autodiscover, files.reg) == (None, None, None) and not (tmp_path / "out").exists()
    words = [step.render() for step in outlook.steps(files)]
    assert words[0].startswith("In classic Outlook choose File, Add Account, type carol@business.test")
    assert "Business 365's sign-in page" in words[1]
    assert files.to_json()["sign_in"] == "oauth2" and "wrote no file" in files.to_json()["prf_problem"]
