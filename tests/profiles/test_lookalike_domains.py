"""A look-alike domain never goes unmarked into what is written for a person (class 9): the
Apple profile's organisation, the settings sheet and the command's own lines show the
punycode beside the Unicode form and warn; no password is written anywhere."""

from __future__ import annotations

import io
import plistlib
from pathlib import Path

import pytest

from wizard.cli.main import main

ADDRESS = "jo@pаypal.test"  # Cyrillic а
ASCII = "xn--pypal-4ve.test"
SERVERS = ["--imap", f"mail.{ASCII}:993:tls", "--smtp", f"mail.{ASCII}:465:tls"]
PASSWORD = "Look-alike-s3cret"


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("wizard.cli.commands.write._present", lambda args, server: None)  # no network here


def test_the_apple_profile_names_the_organisation_with_its_punycode(tmp_path, no_keyring, capsys):
    assert main(["write", ADDRESS, "--client", "apple", "--out", str(tmp_path), *SERVERS]) == 0
    said = capsys.readouterr().out
    profile = plistlib.loads(next(tmp_path.glob("*.mobileconfig")).read_bytes())
    organisations = {p["PayloadOrganization"] for p in [profile, *profile["PayloadContent"]]}
    assert organisations == {f"pаypal.test ({ASCII})"}
    assert "Look-alike warning" in said and ASCII in said


def test_the_settings_sheet_shows_both_forms_and_warns(tmp_path, no_keyring, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["write", ADDRESS, "--client", "sheet", "--out", str(tmp_path), "--password-stdin", *SERVERS]) == 0
    sheet = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    assert f"pаypal.test ({ASCII})" in sheet and "Look-alike warning" in sheet
    assert f"mail.pаypal.test (mail.{ASCII})" in sheet  # the server names too
    assert PASSWORD not in sheet and PASSWORD not in capsys.readouterr().out


def test_an_ordinary_international_domain_gets_no_warning(tmp_path, no_keyring, capsys):
    assert main(["write", "jo@blåbær.test", "--client", "sheet", "--out", str(tmp_path), "--imap", "mail.xn--blbr-roae.test:993:tls", "--smtp", "mail.xn--blbr-roae.test:465:tls"]) == 0
    sheet = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    assert "Look-alike" not in sheet and "blåbær.test" in sheet
