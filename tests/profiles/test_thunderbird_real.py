"""A real Thunderbird (Debian's package) opens a profile written by `mailsetup write` and,
trusting exactly the certificate the person accepted, opens a TLS session to the test
world's Dovecot. Dovecot's log is the witness. Without the cert_override line, the same
Thunderbird refuses the self-signed certificate (the control).

With --remember-password the same Thunderbird logs in by itself (Dovecot logs the user's
login) from the password saved in logins.json through the profile's NSS key store, and no
file of the profile holds the password in any readable encoding; without it, Thunderbird
has no password to log in with (it would have to ask)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from wizard.cli.main import main
from wizard.model.fingerprint import normalize_fingerprint
from wizard.profiles.thunderbird.locate import running_reason

pytestmark = [pytest.mark.world, pytest.mark.timeout(240)]

THUNDERBIRD = shutil.which("thunderbird")
RUN_LIMIT = 60.0  # a bound for a loaded machine, not a timing: each run stops as soon as its condition holds


def _write_profile(world, profile: Path, accept: str | None, *extra: str) -> None:
    args = ["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile),
            "--imap", f"{world.mail.name}:{world.mail.imaps}:tls", "--smtp", f"{world.mail.name}:{world.mail.submissions}:tls", *extra]
    if accept:
        args += ["--accept-fingerprint", accept]
    assert main(args) == 0


def _log_since(path: Path, offset: int) -> str:
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read().decode("utf-8", errors="replace")


def _run_thunderbird(world, profile: Path, home: Path, done, limit: float = RUN_LIMIT) -> tuple[str, float, str | None]:
    """Start Thunderbird headless; stop it when `done(log)` holds or after RUN_LIMIT seconds.
    Returns (Dovecot log lines since the start, seconds until done or the limit, lock seen).
    A run whose witness is only written when Thunderbird hangs up waits out its whole limit."""
    _always_online(profile)
    offset = world.dovecot_log.stat().st_size
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISPLAY", "WAYLAND", "XAUTHORITY"))}
    env.update({"HOME": str(home), "MOZ_HEADLESS": "1", "TMPDIR": str(home), "XDG_RUNTIME_DIR": str(home)})
    started = time.monotonic()
    proc = subprocess.Popen([THUNDERBIRD, "--headless", "--profile", str(profile)], env=env, cwd=home,
                            stdout=subprocess.DEVNULL, stderr=(home / "thunderbird.log").open("wb"), start_new_session=True)
    lock_seen: str | None = None
    elapsed = limit
    try:
        while time.monotonic() - started < limit:
            lock_seen = lock_seen or running_reason(profile)
            if done(_log_since(world.dovecot_log, offset)):
                elapsed = time.monotonic() - started
                break
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    finally:
        _stop(proc)
    time.sleep(1.0)  # Dovecot logs the disconnect of the session Thunderbird held open
    return _log_since(world.dovecot_log, offset), elapsed, lock_seen


# The test world's namespace has only loopback, which Thunderbird's link detection may read
# as "offline" at start, and then it never connects. A person's machine has a network; the
# harness says so in user.js (Thunderbird's file for prefs it must not rewrite), leaving the
# prefs.js that mailsetup wrote untouched.
_ONLINE = (
    'user_pref("offline.autoDetect", false);\n'
    'user_pref("network.manage-offline-status", false);\n'
    'user_pref("offline.startup_state", 2);\n'
)


def _always_online(profile: Path) -> None:
    (profile / "user.js").write_text(_ONLINE, encoding="utf-8")


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # our own process group only
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def _tls_session(log: str) -> bool:
    """An imap-login line from a client that finished the TLS handshake (Dovecot marks it TLS)."""
    return any("imap-login" in line and re.search(r"\bTLS\b", line) and "SSL_accept" not in line and "handshak" not in line.lower()
               for line in log.splitlines())


@pytest.fixture
def self_signed(world):
    pair = world.certs.self_signed(world.mail.name, *world.mail.aliases)
    world.use_mail_certificate(pair)  # undone by the world after the test
    return pair


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_thunderbird_opens_tls_to_dovecot_with_the_accepted_certificate(world, self_signed, tmp_path: Path) -> None:
    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    _write_profile(world, profile, normalize_fingerprint(self_signed.sha256))
    # Dovecot writes the TLS line only when the session ends, so this run always lasts its
    # limit (Thunderbird, with no password to send, holds the connection open for ~25 s).
    log, seconds, lock = _run_thunderbird(world, profile, home, _tls_session, limit=30.0)
    print(f"Thunderbird: witness after {seconds:.1f} s; lock seen: {lock}\n--- Dovecot log ---\n{log}")
    assert _tls_session(log), log
    assert not _logged_in("alice@example.test")(log), log  # no password saved: it cannot log in by itself
    assert lock is not None  # while it ran, mailsetup would have refused to write


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_without_the_override_thunderbird_refuses_the_self_signed_certificate(world, self_signed, tmp_path: Path) -> None:
    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    _write_profile(world, profile, None)
    refused = lambda log: "imap-login" in log  # noqa: E731 - any connection attempt at all
    log, seconds, _ = _run_thunderbird(world, profile, home, refused)
    print(f"Thunderbird (no override): first imap-login after {seconds:.1f} s\n--- Dovecot log ---\n{log}")
    assert "imap-login" in log
    assert not _tls_session(log), log


def _logged_in(user: str, service: str = "imap"):
    """Dovecot's line for a finished login of `user` (not merely a connection)."""
    return lambda log: any(f"{service}-login" in line and f"Login: user=<{user}>" in line for line in log.splitlines())


def _encodings(secret: str) -> set[bytes]:
    """The password as bytes in every encoding a careless writer might use."""
    import base64
    import codecs
    from urllib.parse import quote

    raw = secret.encode("utf-8")
    forms = {raw, secret.encode("utf-16-le"), secret.encode("utf-16-be"), base64.b64encode(raw), base64.urlsafe_b64encode(raw),
             base64.b64encode(raw).rstrip(b"="), raw.hex().encode(), quote(secret).encode(), codecs.encode(secret, "rot13").encode(),
             base64.b64encode(f"\0{secret}".encode()), base64.b64encode(f"alice@example.test\0alice@example.test\0{secret}".encode())}
    return {f for f in forms if len(f) >= 6}


def _files_holding(root: Path, secret: str) -> list[str]:
    forms = _encodings(secret)
    return [str(p) for p in root.rglob("*") if p.is_file() and any(f in p.read_bytes() for f in forms)]


def _remembered(world, self_signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *servers: str) -> tuple[Path, Path]:
    import io

    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(world.user("alice").password + "\n"))
    _write_profile(world, profile, normalize_fingerprint(self_signed.sha256), "--password-stdin", "--remember-password", *servers)
    return profile, home


@pytest.fixture
def remembered_profile(world, self_signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    return _remembered(world, self_signed, tmp_path, monkeypatch)


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_thunderbird_logs_in_by_itself_with_the_remembered_password(world, remembered_profile) -> None:
    profile, home = remembered_profile
    secret = world.user("alice").password
    assert (profile / "logins.json").is_file() and (profile / "key4.db").is_file()
    assert _files_holding(profile, secret) == []
    log, seconds, _ = _run_thunderbird(world, profile, home, _logged_in("alice@example.test"))
    print(f"Thunderbird: logged in by itself after {seconds:.1f} s\n--- Dovecot log ---\n{log}")
    assert _logged_in("alice@example.test")(log), log
    assert _files_holding(profile, secret) == []  # nor after Thunderbird ran on it


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_a_pop3_account_logs_in_by_itself_too(world, self_signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """POP3 logins live under Thunderbird's local store type, mailbox://, not pop3://."""
    profile, home = _remembered(world, self_signed, tmp_path, monkeypatch, "--pop3", f"{world.mail.name}:{world.mail.pop3s}:tls", "--account-type", "pop3")
    origins = {e["hostname"] for e in __import__("json").loads((profile / "logins.json").read_bytes())["logins"]}
    assert origins == {f"mailbox://{world.mail.name}", f"smtp://{world.mail.name}"}
    log, seconds, _ = _run_thunderbird(world, profile, home, _logged_in("alice@example.test", "pop3"))
    print(f"Thunderbird (POP3): logged in by itself after {seconds:.1f} s\n--- Dovecot log ---\n{log}")
    assert _logged_in("alice@example.test", "pop3")(log), log
    assert _files_holding(profile, world.user("alice").password) == []


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_on_a_profile_thunderbird_made_itself_the_saved_login_is_read(world, self_signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual case: key4.db made by Thunderbird's own (newer) NSS, the login sealed by
    the system's NSS into that same key store."""
    import io

    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    key4, journal = profile / "key4.db", profile / "key4.db-journal"
    _run_thunderbird(world, profile, home, lambda log: key4.exists() and key4.stat().st_size > 0 and not journal.exists())
    assert key4.exists() and key4.stat().st_size > 0, "Thunderbird made no key store"
    made = (profile / "key4.db").stat().st_size
    monkeypatch.setattr("sys.stdin", io.StringIO(world.user("alice").password + "\n"))
    _write_profile(world, profile, normalize_fingerprint(self_signed.sha256), "--password-stdin", "--remember-password")
    log, seconds, _ = _run_thunderbird(world, profile, home, _logged_in("alice@example.test"))
    print(f"Thunderbird (its own key store, {made} bytes): logged in by itself after {seconds:.1f} s")
    assert _logged_in("alice@example.test")(log), log
