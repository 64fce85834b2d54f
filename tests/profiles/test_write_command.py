"""`mailsetup write` and `mailsetup forget` from the command line, end to end on files."""

from __future__ import annotations

import io
import json
import plistlib
from pathlib import Path

import pytest

from wizard.cli.main import main
from wizard.profiles.thunderbird.prefs import PrefsFile

from tests.profiles.apple_validator import validate
from tests.world.fixture import RealKeyring

SERVERS = ["--imap", "mail.example.test:993:tls", "--smtp", "mail.example.test:465:tls"]
FP = ":".join(["AB"] * 32)


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The doctor's certificate store is read for earlier pins: keep it in the test's folder."""
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))


def test_write_keeps_the_password_in_the_system_keyring_only_when_asked(tmp_path: Path, real_keyring: RealKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setattr("wizard.cli.commands.write._present", lambda args, server: None)  # no network here
    args = ["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), "--password-stdin", "--accept-fingerprint", FP, "--json", *SERVERS]
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main(args) == 0
    assert "keyring" not in json.loads(capsys.readouterr().out)
    assert real_keyring.lookup("mailsetup", "alice@example.test") is None
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main(args + ["--keep-in-keyring"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["keyring"]["status"] == "stored"
    assert real_keyring.lookup("mailsetup", "alice@example.test") == "s3cret pass"
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get(f"mail.server.{report['keys']['server']}.hostname") == "mail.example.test"
    overrides = (profile / "cert_override.txt").read_text()
    assert f"mail.example.test:993:\tOID.2.16.840.1.101.3.4.2.1\t{FP}\t" in overrides
    for path in profile.iterdir():
        assert b"s3cret pass" not in path.read_bytes()


def test_write_each_file_client(tmp_path: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    for client in ("outlook", "apple", "sheet"):
        assert main(["write", "alice@example.test", "--client", client, "--out", str(out), *SERVERS]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["alice_at_example.test-settings.html", "alice_at_example.test.mobileconfig", "alice_at_example.test.prf", "autodiscover-example.test.reg", "autodiscover-example.test.xml"]
    assert validate(plistlib.loads((out / "alice_at_example.test.mobileconfig").read_bytes())) == []
    said = capsys.readouterr().out
    assert "C:\\mailsetup\\autodiscover-example.test.xml" in said
    assert "Outlook asks for the password once" in said
    assert "The profile holds no password" in said  # Apple: only --include-password puts it in


@pytest.mark.world
def test_when_discovery_finds_nothing_write_asks_for_the_servers(world, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["write", "alice@nothing-here.test", "--client", "sheet", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "--imap" in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_thunderbird_running_is_refused_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    profile = tmp_path / "profile"
    profile.mkdir()
    os.symlink(f"127.0.0.1:+{os.getpid()}", profile / "lock")
    assert main(["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), *SERVERS]) == 2
    assert "Close Thunderbird" in capsys.readouterr().err
    assert not (profile / "prefs.js").exists()


def test_forget_removes_the_password(real_keyring: RealKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    real_keyring.backend.set_password("mailsetup", "alice@example.test", "x")
    assert real_keyring.lookup("mailsetup", "alice@example.test") == "x"
    assert main(["forget", "alice@example.test"]) == 0
    assert real_keyring.lookup("mailsetup", "alice@example.test") is None
    assert main(["forget", "alice@example.test"]) == 0
    assert "No password" in capsys.readouterr().out


def test_forget_removes_the_kept_sign_in_too_and_json_says_what_became_of_each(real_keyring: RealKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    real_keyring.backend.set_password("mailsetup-sign-in", "alice@example.test", "rt-kept")
    assert main(["forget", "alice@example.test", "--lang", "da"]) == 0
    out = capsys.readouterr().out
    assert "Det gemte login for alice@example.test blev fjernet fra systemets nøglering." in out and "rt-kept" not in out
    assert real_keyring.lookup("mailsetup-sign-in", "alice@example.test") is None
    real_keyring.backend.set_password("mailsetup", "alice@example.test", "x")
    assert main(["forget", "alice@example.test", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "removed" and data["sign_in"]["status"] == "not-found"  # the password's fields stay where they were
    assert set(data) == {"address", "status", "backend", "message", "sign_in"}


def test_forget_without_keyring_says_so(no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forget", "alice@example.test"]) == 1
    err = capsys.readouterr().err
    assert err == "mailsetup: No system keyring was found on this computer. No password was removed.\n"  # once, not again for the sign-in


# -- a keyring that cannot be used: why on stderr, nothing written, no traceback; forget exits 1
# (as it always has), write and diagnose 2 (they went on before) ----------------------------------
@pytest.fixture
def keyring_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """keyring as a new process meets it, with PYTHON_KEYRING_BACKEND naming `name`."""
    import keyring.core

    def name(backend: str) -> None:
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)

    return name


NOT_INSTALLED = "The PYTHON_KEYRING_BACKEND environment variable names the keyring keyrings.nowhere.VaultKeyring, which is not installed."


@pytest.mark.parametrize("json_mode", [False, True], ids=["text", "json"])
def test_forget_with_a_keyring_that_cannot_be_loaded_exits_1_and_says_why(keyring_named, json_mode: bool, capsys: pytest.CaptureFixture[str]) -> None:
    keyring_named("keyrings.nowhere.VaultKeyring")
    assert main(["forget", "alice@example.test", *(["--json"] if json_mode else [])]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"mailsetup: {NOT_INSTALLED} No password was removed.\n"
    if json_mode:  # the JSON object as before: the statuses say no-backend
        data = json.loads(captured.out)
        assert data["status"] == "no-backend" and data["sign_in"]["status"] == "no-backend" and data["message"].startswith(NOT_INSTALLED)
    else:
        assert captured.out == ""


def test_forget_with_a_locked_keyring_exits_1_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    import keyring.errors

    from tests.profiles.test_keyring_backend import LockedVault

    before = keyring.get_keyring()
    keyring.set_keyring(LockedVault())
    try:
        assert main(["forget", "alice@example.test", "--lang", "nb"]) == 1
    finally:
        keyring.set_keyring(before)
    err = capsys.readouterr().err
    assert "mailsetup: Systemets nøkkelring er låst, og den ble ikke låst opp. Passordet ble ikke fjernet." in err
    assert "Traceback" not in err


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("lang", ["en", "da", "nb"])
def test_write_keep_in_keyring_without_a_usable_keyring_exits_2_and_leaves_the_profile_as_it_was(lang: str, keyring_named, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from wizard.i18n import load_catalog
    from wizard.profiles.keyring_backend import VARIABLE

    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setattr("wizard.cli.commands.write._present", lambda args, server: None)  # no network here
    args = ["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), "--password-stdin", *SERVERS, "--lang", lang]
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main(args) == 0  # an account there already
    capsys.readouterr()
    before = _tree(profile)
    keyring_named("keyrings.nowhere.VaultKeyring")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main([*args, "--keep-in-keyring", "--name", "Alice New"]) == 2
    captured = capsys.readouterr()
    catalog = load_catalog(lang)
    from wizard.i18n import T

    why = T("The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which is not installed.", name="keyrings.nowhere.VaultKeyring").render(catalog)
    assert captured.err.startswith(f"mailsetup: {why} --keep-in-keyring ") and VARIABLE in captured.err
    assert captured.out == "" and "Traceback" not in captured.err
    assert _tree(profile) == before  # the account as it was: not half-written
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and b"s3cret pass" in p.read_bytes()]


def test_write_keep_in_keyring_stops_before_the_profile_when_the_keyring_fails_at_the_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import keyring

    from tests.profiles.test_keyring_backend import LockedVault

    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setattr("wizard.cli.commands.write._present", lambda args, server: None)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    before = keyring.get_keyring()
    keyring.set_keyring(LockedVault())  # it opens; it is locked when the password goes in
    try:
        code = main(["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), "--password-stdin", "--keep-in-keyring", "--json", *SERVERS])
    finally:
        keyring.set_keyring(before)
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == "mailsetup: The system keyring is locked, and it was not unlocked. The password was not stored. Nothing was written.\n"
    assert list(profile.iterdir()) == []


def test_diagnose_keep_sign_in_without_a_usable_keyring_exits_2_before_any_network(keyring_named, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr("wizard.cli.commands.common.start_discovery", no_network)
    monkeypatch.setattr("wizard.cli.commands.diagnose.build_context", no_network)
    keyring_named("keyring.backends.null.Keyring")
    assert main(["diagnose", "alice@example.test", "--sign-in", "--keep-sign-in", "--lang", "da"]) == 2
    captured = capsys.readouterr()
    assert captured.err == ("mailsetup: Miljøvariablen PYTHON_KEYRING_BACKEND slår systemets nøglering fra (den angiver keyring.backends.null.Keyring). "
                            "--keep-sign-in kræver en nøglering i systemet, der gemmer dit login krypteret; intet blev kontrolleret.\n")
    assert captured.out == ""


def test_the_certificate_look_up_connects_through_the_contexts_route(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from wizard.cli.commands import write
    from wizard.model import Protocol, Security, ServerSettings
    from wizard.net import NetContext

    asked = []

    class Bent(NetContext):
        def route(self, host: str, address: str, port: int) -> tuple[str, int]:
            asked.append((host, address, port))
            return "127.0.0.1", 9  # nothing listens there: the look-up ends without a certificate

    monkeypatch.setattr(write, "build_context", lambda args, **kw: Bent())
    server = ServerSettings(Protocol.IMAP, "127.0.0.1", 993, Security.TLS)
    assert write._present(argparse.Namespace(), server) is None
    assert asked == [("127.0.0.1", "127.0.0.1", 993)]


EWS = "https://ews.business.test/EWS/Exchange.asmx"


def test_write_with_ews_url_sets_up_a_thunderbird_exchange_account(tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--ews-url is a given server, as --imap is: no discovery; the accepted certificate is
    pinned for the EWS host, and the password goes to Thunderbird's store under ews://HOST."""
    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    args = ["write", "carol@business.test", "--client", "thunderbird", "--profile", str(profile), "--ews-url", EWS,
            "--accept-fingerprint", FP, "--password-stdin", "--remember-password", "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["account"] == "exchange" and report["ews_url"] == EWS
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    server = f"mail.server.{report['keys']['server']}."
    assert (prefs.get(server + "type"), prefs.get(server + "ews_url"), prefs.get(server + "hostname")) == ("ews", EWS, "ews.business.test")
    assert f"ews.business.test:443:\tOID.2.16.840.1.101.3.4.2.1\t{FP}\t" in (profile / "cert_override.txt").read_text()
    assert report["thunderbird_login"]["origins"] == ["ews://ews.business.test"]


def test_write_names_the_ews_address_thunderbird_uses_for_a_web_address(tmp_path: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    assert main(["write", "carol@business.test", "--client", "thunderbird", "--profile", str(profile), "--ews-url", "https://mail.business.test"]) == 0
    said = capsys.readouterr().out
    assert "https://mail.business.test/EWS/Exchange.asmx, Exchange's usual address on mail.business.test" in said
    assert "not calendar and contacts" in said and "choose Get Messages" in said


@pytest.mark.parametrize("url", ["http://mail.business.test/EWS/Exchange.asmx", "mail.business.test", "https://:443/x"])
def test_write_refuses_an_ews_url_that_is_not_https(tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["write", "carol@business.test", "--client", "sheet", "--out", str(tmp_path), "--ews-url", url]) == 2
    err = capsys.readouterr().err
    assert "--ews-url needs an https address" in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_an_exchange_account_without_an_ews_address_tells_how_to_give_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source

    mapi = ServerSettings(Protocol.EXCHANGE, "mapi.business.test", 443, Security.TLS)
    monkeypatch.setattr("wizard.cli.commands.write.discovered", lambda args, address: (AccountConfig(Source.AUTODISCOVER, True, (mapi,), ()), None))
    profile = tmp_path / "profile"
    profile.mkdir()
    assert main(["write", "carol@business.test", "--client", "thunderbird", "--profile", str(profile)]) == 2
    err = capsys.readouterr().err
    assert "--ews-url" in err and "EWS" in err
    assert not (profile / "prefs.js").exists()


def test_migrate_moves_a_thunderbird_exchange_account_to_a_new_ews_address_in_place(tmp_path: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    assert main(["write", "carol@business.test", "--client", "thunderbird", "--profile", str(profile), "--ews-url", EWS, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    new = "https://mail.business.test/EWS/Exchange.asmx"
    assert main(["migrate", "carol@business.test", "--profile", str(profile), "--ews-url", new, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["account"] == "exchange"
    [change] = report["changes"]
    assert change["moves"] and {"what": "incoming", "old": f"EXCHANGE {EWS}", "new": f"EXCHANGE {new}"} in change["rows"]
    [updated] = report["updated"]
    assert updated["in_place"] and updated["account"] == first["keys"]["account"]
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get(f"mail.server.{first['keys']['server']}.ews_url") == new
    assert prefs.get(f"mail.outgoingserver.{first['keys']['smtp']}.ews_url") == new
