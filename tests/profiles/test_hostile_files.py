"""Hostile prefs.js, earlier profiles and signing files (SECURITY notes, class 8): refused
with one line naming the file, left alone, and no password written or shown."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.hostile_files import finishes, hostile
from wizard.cli.main import main

SERVERS = ["--imap", "mail.example.test:993:tls", "--smtp", "mail.example.test:465:tls"]
PASSWORD = "Local-file-s3cret"


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge"])
def test_a_hostile_prefs_js_is_refused_and_left_alone(tmp_path, no_keyring, monkeypatch, capsys, kind):
    profile = tmp_path / "profile"
    prefs = hostile(profile, kind, "prefs.js")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = finishes(lambda: main(["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), "--password-stdin", *SERVERS]))
    out = capsys.readouterr()
    assert code == 2 and str(prefs) in out.err and len(out.err.strip().splitlines()) == 1
    assert sorted(p.name for p in profile.iterdir()) == ["prefs.js"]  # nothing else written, no backup of a device
    assert PASSWORD not in out.out + out.err


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_migrate_refuses_a_hostile_prefs_js_naming_it(tmp_path, capsys, kind):
    profile = tmp_path / "profile"
    prefs = hostile(profile, kind, "prefs.js")
    code = finishes(lambda: main(["migrate", "alice@example.test", "--profile", str(profile), *SERVERS]))
    err = capsys.readouterr().err
    assert code == 2 and str(prefs) in err


def test_migrate_skips_a_fifo_among_earlier_profiles_in_the_out_folder(tmp_path, capsys):
    out = tmp_path / "out"
    hostile(out, "fifo", "alice_at_example.test.mobileconfig")
    hostile(out, "fifo", "alice_at_example.test.prf")
    code = finishes(lambda: main(["migrate", "alice@example.test", "--out", str(out), "--profile", str(tmp_path / "none"), "--dry-run", *SERVERS]))
    assert code == 0


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_hostile_signing_key_is_one_line_naming_it(tmp_path, no_keyring, capsys, kind):
    key = hostile(tmp_path, kind, "key.pem")
    cert = tmp_path / "cert.pem"
    cert.write_text("not used")
    code = finishes(lambda: main(["write", "alice@example.test", "--client", "apple", "--out", str(tmp_path / "out"), "--signing-cert", str(cert), "--signing-key", str(key), *SERVERS]))
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
