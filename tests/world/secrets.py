"""A real Secret Service for the keyring tests: gnome-keyring-daemon on a private D-Bus
session bus, with its own home, so the tests store into and read back from the same
daemon a Linux desktop uses (`secret-tool` is the independent reader), and nothing touches
the keyrings of whoever runs the tests.

On Windows and macOS the keyring tests use the native store (Credential Manager, the
Keychain) instead; see tests/profiles/conftest.py."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .proc import WorldError, tail, wait_until

NEEDED = ("dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool")
UNLOCK = b"test-world-keyring"  # the test keyring's own unlock password (test data)


def missing_programs() -> list[str]:
    return [p for p in NEEDED if shutil.which(p) is None]


class SecretService:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="mailsetup-secrets-"))
        self.log = self.root / "secrets.log"
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        run, home = self.root / "run", self.root / "home"
        run.mkdir(mode=0o700)
        home.mkdir(mode=0o700)
        bus = run / "bus"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
        env.update({"HOME": str(home), "XDG_RUNTIME_DIR": str(run), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CONFIG_HOME": str(home / "config"), "DBUS_SESSION_BUS_ADDRESS": f"unix:path={bus}"})
        self.env = env
        log = open(self.log, "ab")
        self._procs.append(subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address=unix:path={bus}"],
                                            env=env, stdout=log, stderr=log, start_new_session=True))
        if not wait_until(bus.exists, 10.0):
            self.stop()
            raise WorldError(f"dbus-daemon did not start:\n{tail(self.log)}")
        keyring = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                                   env=env, stdin=subprocess.PIPE, stdout=log, stderr=log, start_new_session=True)
        self._procs.append(keyring)
        assert keyring.stdin is not None
        keyring.stdin.write(UNLOCK)
        keyring.stdin.close()
        if not wait_until(self._owned, 10.0, step=0.1):
            self.stop()
            raise WorldError(f"gnome-keyring-daemon did not take the Secret Service name:\n{tail(self.log)}")

    def _owned(self) -> bool:
        reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"],
                               env=self.env, capture_output=True, text=True, timeout=5)
        return "boolean true" in reply.stdout

    def lookup(self, service: str, username: str) -> str | None:
        """Read an item back with secret-tool (libsecret), not with the code under test.
        Python's keyring library stores the attributes service and username."""
        out = subprocess.run(["secret-tool", "lookup", "service", service, "username", username],
                             env=self.env, capture_output=True, timeout=10)
        return out.stdout.decode("utf-8") if out.returncode == 0 and out.stdout else None

    def clear(self, service: str) -> None:
        subprocess.run(["secret-tool", "clear", "service", service], env=self.env, capture_output=True, timeout=10)

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self._procs.clear()
        shutil.rmtree(self.root, ignore_errors=True)
