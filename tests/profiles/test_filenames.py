"""File names from the address: a safe alphabet, always inside --out (SECURITY notes, class 7);
a profile holding the password is 0600 whatever it replaces."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from wizard.cli.main import main
from wizard.model import EmailAddress
from wizard.model.errors import UserError
from wizard.profiles.filenames import MAX_STEM, address_stem, inside, safe_part

SERVERS = ["--imap", "mail.example.test:993:tls", "--smtp", "mail.example.test:465:tls"]
HOSTILE = ["/etc/passwd@example.test", "sub/dir@example.test", "con|{x}@example.test", "~root@example.test", "jørgen@example.test"]


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize("address, stem", [
    ("alice@example.test", "alice_at_example.test"),  # the names earlier versions wrote stay
    ("/etc/passwd@example.test", "_etc_passwd_at_example.test"),
    ("sub/dir@example.test", "sub_dir_at_example.test"),
    ("con|{x}@example.test", "con__x__at_example.test"),
    ("jørgen@xn--bcher-kva.example", "j_rgen_at_xn--bcher-kva.example"),
])
def test_a_file_name_from_an_address_uses_only_the_safe_alphabet(address, stem):
    assert address_stem(EmailAddress.parse(address)) == stem


def test_a_name_never_starts_with_a_dot_and_a_long_one_stays_short_and_unique():
    assert safe_part("..") == "_."
    assert safe_part("") == "_"
    long_a, long_b = safe_part("a" * 300), safe_part("a" * 299 + "b")
    assert len(long_a) == MAX_STEM and long_a != long_b


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/b", "..", "", "a\\b"])
def test_inside_refuses_anything_that_is_not_a_plain_name_in_the_folder(tmp_path, name):
    with pytest.raises(UserError):
        inside(tmp_path, name)
    assert inside(tmp_path, "ok.prf") == tmp_path / "ok.prf"


@pytest.mark.parametrize("address", HOSTILE)
def test_every_client_writes_only_inside_the_out_folder(tmp_path, no_keyring, capsys, address):
    out = tmp_path / "work" / "out"
    for client in ("outlook", "apple", "sheet"):
        assert main(["write", address, "--client", client, "--out", str(out), *SERVERS]) == 0
    written = sorted(p for p in (tmp_path / "work").rglob("*") if p.is_file())
    assert written and all(p.parent == out for p in written)
    assert len(written) == 5
    assert not Path("/etc/passwd_at_example.test.mobileconfig").exists()


def test_a_profile_with_the_password_is_0600_even_over_a_world_readable_file(tmp_path, no_keyring, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    old = out / "alice_at_example.test.mobileconfig"
    old.write_bytes(b"old")
    os.chmod(old, 0o644)
    monkeypatch.setattr("sys.stdin", io.StringIO("Pr1vate-pass\n"))
    assert main(["write", "alice@example.test", "--client", "apple", "--out", str(out), "--include-password", "--password-stdin", *SERVERS]) == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert b"Pr1vate-pass" in old.read_bytes()
    assert "Pr1vate-pass" not in capsys.readouterr().out


def test_a_profile_without_the_password_keeps_the_permissions_it_replaces(tmp_path, no_keyring, capsys):
    out = tmp_path / "out"
    out.mkdir()
    old = out / "alice_at_example.test.mobileconfig"
    old.write_bytes(b"old")
    os.chmod(old, 0o644)
    assert main(["write", "alice@example.test", "--client", "apple", "--out", str(out), *SERVERS]) == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o644
