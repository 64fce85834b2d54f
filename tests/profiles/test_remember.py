"""Thunderbird remembers the password: logins.json entries sealed by the profile's own NSS key
store (the real libnss3, as Thunderbird uses it), only on request, never through a primary
password, and a write stopped at any step leaves the old logins.json or the new one."""

from __future__ import annotations

import base64
import ctypes
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.cli.main import main
from wizard.profiles.atomic import STEPS
from wizard.profiles.thunderbird import nss
from wizard.profiles.thunderbird.locate import ProfileError
from wizard.profiles.thunderbird.logins import Credential
from wizard.profiles.thunderbird.remember import RememberStatus, credentials_for, remember

from tests.profiles.conftest import exchange_account, imap_account, pop_account

try:
    nss.load()
    HAVE_NSS = True
except nss.NssUnavailable:
    HAVE_NSS = False
needs_nss = pytest.mark.skipif(not HAVE_NSS, reason="libnss3 is not installed (Debian package: libnss3)")

ALICE = (Credential("imap://mail.example.test", "alice@example.test", "correct horse"), Credential("smtp://mail.example.test", "alice@example.test", "correct horse"))


def _profile(tmp_path: Path) -> Path:
    profile = tmp_path / "profile"
    profile.mkdir(parents=True)
    (profile / "prefs.js").write_text('user_pref("mail.accountmanager.accounts", "");\n')
    return profile


def _files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir()) if p.is_file()}


def _saved(profile: Path) -> dict[tuple[str, str], str]:
    """What Thunderbird would find: (origin, user) -> password, opened with the profile's key store."""
    entries = json.loads((profile / "logins.json").read_bytes())["logins"]
    out = {}
    with nss.open_key_store(profile) as keys:
        for e in entries:
            user = keys.decrypt(base64.b64decode(e["encryptedUsername"]))
            password = keys.decrypt(base64.b64decode(e["encryptedPassword"]))
            assert user is not None and password is not None and e["hostname"] == e["httpRealm"]
            out[(e["hostname"], user.decode())] = password.decode()
    return out


def _set_primary_password(profile: Path, password: bytes) -> None:
    """What Thunderbird's "Use a primary password" does to key4.db."""
    lib = nss.load()
    lib.PK11_ChangePW.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    ctx = lib.NSS_InitContext(b"sql:" + os.fsencode(profile), b"", b"", b"", None, 0)
    slot = lib.PK11_GetInternalKeySlot()
    try:
        assert lib.PK11_InitPin(slot, b"", password) == 0 if lib.PK11_NeedUserInit(slot) else lib.PK11_ChangePW(slot, b"", password) == 0
    finally:
        lib.PK11_FreeSlot(slot)
        lib.NSS_ShutdownContext(ctx)


@needs_nss
def test_a_profile_without_a_key_store_gets_one_and_the_logins_thunderbird_looks_up(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    result = remember(profile, ALICE)
    assert result.status is RememberStatus.STORED and result.ok
    assert (profile / "key4.db").is_file() and nss.state_of(profile) is nss.KeyStoreState.OPEN  # no primary password, as Thunderbird makes it
    assert _saved(profile) == {("imap://mail.example.test", "alice@example.test"): "correct horse", ("smtp://mail.example.test", "alice@example.test"): "correct horse"}
    assert result.logins is not None and result.logins.backup is None  # there was no old file
    assert oct((profile / "logins.json").stat().st_mode & 0o777) == "0o600"
    assert "mail.example.test" in result.message.render() and "encrypted" in result.message.render()


@needs_nss
def test_saving_again_changes_the_password_in_place_and_keeps_a_backup(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    remember(profile, ALICE)
    first = (profile / "logins.json").read_bytes()
    again = remember(profile, (Credential(ALICE[0].origin, ALICE[0].username, "new pass"),))
    assert again.ok and again.logins is not None and again.logins.backup is not None
    assert again.logins.backup.read_bytes() == first
    assert _saved(profile)[("imap://mail.example.test", "alice@example.test")] == "new pass"
    assert len(json.loads((profile / "logins.json").read_bytes())["logins"]) == 2


def test_the_user_names_are_the_ones_written_into_prefs() -> None:
    pop = credentials_for(pop_account(), "pw")
    assert [(c.origin, c.username) for c in pop] == [("mailbox://pop.example.test", "bob"), ("smtp://smtp.example.test", "bob@smtp")]
    assert [c.origin for c in credentials_for(imap_account(), "pw")] == ["imap://mail.example.test", "smtp://mail.example.test"]
    ews = credentials_for(exchange_account(), "pw")  # for the Exchange writer: one login, no SMTP
    assert [(c.origin, c.username) for c in ews] == [("ews://outlook.business.test", "carol@business.test")]


@needs_nss
def test_a_primary_password_is_not_unlocked_and_no_file_changes(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    remember(profile, ALICE[:1])
    _set_primary_password(profile, b"only the person knows")
    before = _files(profile)
    result = remember(profile, ALICE)
    assert result.status is RememberStatus.PRIMARY_PASSWORD and not result.ok and result.logins is None
    assert "primary password" in result.message.render() and "asks for the password once" in result.message.render()
    assert _files(profile) == before


def test_without_nss_it_says_thunderbird_asks_once_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSETUP_NSS_LIBRARY", str(tmp_path / "no-such-libnss3.so"))
    profile = _profile(tmp_path)
    before = _files(profile)
    result = remember(profile, ALICE)
    assert result.status is RememberStatus.NO_NSS
    assert "NSS" in result.message.render() and "asks for the password once" in result.message.render()
    assert _files(profile) == before


def test_a_running_thunderbird_is_refused_like_for_prefs(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    os.symlink(f"127.0.0.1:+{os.getpid()}", profile / "lock")
    with pytest.raises(ProfileError) as err:
        remember(profile, ALICE)
    assert err.value.code == "thunderbird-running"
    assert not (profile / "logins.json").exists() and not (profile / "key4.db").exists()


@needs_nss
def test_a_logins_file_thunderbird_did_not_write_is_left_alone(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "logins.json").write_bytes(b"{broken")
    before = _files(profile)
    result = remember(profile, ALICE)
    assert result.status is RememberStatus.FAILED and "left as it was" in result.message.render()
    assert _files(profile) == before


_CHILD = r"""
import os, signal, sys
from pathlib import Path
from wizard.profiles.thunderbird.logins import Credential
from wizard.profiles.thunderbird.remember import remember
step = sys.argv[2]
def hook(at):
    if at == step:
        os.kill(os.getpid(), signal.SIGKILL)
remember(Path(sys.argv[1]), [Credential("imap://mail.example.test", "alice@example.test", "new pass")], hook=hook)
"""


@needs_nss
@pytest.mark.parametrize("step", STEPS)
def test_a_process_killed_at_any_step_leaves_the_old_logins_or_the_new(tmp_path: Path, step: str) -> None:
    profile = _profile(tmp_path)
    remember(profile, ALICE)
    old = (profile / "logins.json").read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(profile), step], cwd=Path(__file__).resolve().parents[2])
    assert proc.wait(timeout=60) == -signal.SIGKILL
    now = (profile / "logins.json").read_bytes()
    saved = _saved(profile)  # parses and opens either way
    if now == old:
        assert step != "dir-fsync"
        assert saved[("imap://mail.example.test", "alice@example.test")] == "correct horse"
    else:
        assert step == "dir-fsync"
        assert saved[("imap://mail.example.test", "alice@example.test")] == "new pass"
    assert len(saved) == 2


@needs_nss
def test_write_remembers_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["write", "alice@example.test", "--client", "thunderbird", "--imap", "mail.example.test:993:tls", "--smtp", "mail.example.test:465:tls", "--password-stdin", "--json"]
    declined, asked = _profile(tmp_path / "a"), _profile(tmp_path / "b")
    reports = []
    for profile, extra in ((declined, []), (asked, ["--remember-password"])):
        monkeypatch.setattr("sys.stdin", io.StringIO("correct horse\n"))
        assert main(base + ["--profile", str(profile)] + extra) == 0
        reports.append(json.loads(capsys.readouterr().out))
    assert not (declined / "logins.json").exists() and not (declined / "key4.db").exists()
    assert _saved(asked) == {("imap://mail.example.test", "alice@example.test"): "correct horse", ("smtp://mail.example.test", "alice@example.test"): "correct horse"}
    assert "thunderbird_login" not in reports[0] and reports[1]["thunderbird_login"]["status"] == "stored"
    assert "keyring" not in reports[0] and "keyring" not in reports[1]  # the system keyring only on request


@pytest.mark.parametrize(("extra", "code"), [(["--client", "outlook"], "--client thunderbird"), (["--client", "thunderbird"], "--password-stdin")])
def test_remember_password_needs_thunderbird_and_the_password(tmp_path: Path, extra: list[str], code: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["write", "alice@example.test", "--imap", "mail.example.test:993:tls", "--smtp", "mail.example.test:465:tls", "--profile", str(_profile(tmp_path)), "--out", str(tmp_path), "--remember-password"]
    assert main(args + extra) != 0
    err = capsys.readouterr().err
    assert code in err and "Traceback" not in err
    assert not (tmp_path / "profile" / "logins.json").exists()


def test_nss_is_looked_for_where_each_system_keeps_it() -> None:
    linux = nss.library_candidates("linux", {})
    assert "/usr/lib/thunderbird/libnss3.so" in linux and linux.index("/usr/lib/thunderbird/libnss3.so") > 0  # the system library first
    windows = nss.library_candidates("win32", {"ProgramFiles": r"C:\PF"})
    assert any(p.endswith("nss3.dll") and "Mozilla Thunderbird" in p for p in windows)
    mac = nss.library_candidates("darwin", {"HOME": "/Users/anna"})
    assert "/Applications/Thunderbird.app/Contents/MacOS/libnss3.dylib" in mac
    assert nss.library_candidates("linux", {"MAILSETUP_NSS_LIBRARY": "/opt/x/libnss3.so"}) == ("/opt/x/libnss3.so",)


BUNDLED = Path("/usr/lib/thunderbird/libnss3.so")


@needs_nss
@pytest.mark.skipif(not BUNDLED.exists(), reason="Thunderbird's own NSS is not installed (Debian package: thunderbird)")
def test_thunderbirds_own_nss_from_its_install_folder_seals_logins_the_system_nss_opens(tmp_path: Path) -> None:
    """The way Windows and macOS are served (NSS out of Thunderbird's folder, its neighbours
    first), run here on Linux in a child process so the two NSS builds never share one."""
    profile = _profile(tmp_path)
    child = "import sys; from pathlib import Path; from wizard.profiles.thunderbird.logins import Credential; from wizard.profiles.thunderbird.remember import remember; " \
            "print(remember(Path(sys.argv[1]), [Credential('imap://mail.example.test', 'alice@example.test', 'correct horse')]).status)"
    env = dict(os.environ, MAILSETUP_NSS_LIBRARY=str(BUNDLED))
    out = subprocess.run([sys.executable, "-c", child, str(profile)], env=env, capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "stored", out.stderr
    assert _saved(profile) == {("imap://mail.example.test", "alice@example.test"): "correct horse"}


@needs_nss
def test_a_damaged_key_store_is_named_and_nothing_changes(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "key4.db").write_bytes(b"not a database, only junk " * 40)
    before = _files(profile)
    result = remember(profile, ALICE)
    assert result.status is RememberStatus.FAILED and "key4.db" in result.message.render()
    assert _files(profile) == before
