"""A real Thunderbird (153 ESR) takes up an Exchange-only account the product wrote as an
Exchange (EWS) account: it instantiates the ews server, makes its mail folder, and, trusting
exactly the certificate the person accepted for the EWS host, sends its EWS request to the
test world's HTTPS server (the web request log is the witness)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from wizard.model import EmailAddress, Protocol, Security, ServerSettings
from wizard.model.fingerprint import Pin, normalize_fingerprint
from wizard.profiles.account import Account
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.profiles.thunderbird.remember import credentials_for, remember
from wizard.profiles.thunderbird.writer import write_account

pytestmark = [pytest.mark.world, pytest.mark.timeout(120)]

THUNDERBIRD = shutil.which("thunderbird")
RUN_LIMIT = 30.0
HOST = "ews.exch.test"
PATH = "/EWS/Exchange.asmx"
URL = f"https://{HOST}{PATH}"


def _run(profile: Path, home: Path, done) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISPLAY", "WAYLAND", "XAUTHORITY"))}
    env.update({"HOME": str(home), "MOZ_HEADLESS": "1", "TMPDIR": str(home), "XDG_RUNTIME_DIR": str(home)})
    proc = subprocess.Popen([THUNDERBIRD, "--headless", "--profile", str(profile)], env=env, cwd=home,
                            stdout=subprocess.DEVNULL, stderr=(home / "thunderbird.log").open("wb"), start_new_session=True)
    started = time.monotonic()
    try:
        while time.monotonic() - started < RUN_LIMIT and not done() and proc.poll() is None:
            time.sleep(0.2)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # our own process group only
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


@pytest.fixture
def ews_world(world):
    pair = world.certs.self_signed(HOST)
    world.web.add(HOST, PATH, b"", status=401, headers={"WWW-Authenticate": 'Basic realm="ews"'}, method="POST", schemes=("https",))
    world.web.set_cert(HOST, pair)
    return pair


def _account(pin: Pin | None) -> Account:
    ews = ServerSettings(Protocol.EWS, HOST, 443, Security.TLS, username="alice@exch.test", url=URL)
    return Account(EmailAddress.parse("alice@exch.test"), ews, certificates=(pin,) if pin else ())


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_thunderbird_takes_up_the_written_exchange_account_and_makes_its_mail_folder(world, ews_world, tmp_path: Path) -> None:
    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    account = _account(Pin(HOST, 443, normalize_fingerprint(ews_world.sha256)))
    result = write_account(profile, account)
    remember(profile, credentials_for(account, "ews-secret-1"))  # as --remember-password does
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    server, outgoing = result.keys.server, result.keys.smtp
    assert prefs.get_str(f"mail.server.{server}.type") == "ews"
    assert prefs.get_str(f"mail.server.{server}.ews_url") == URL
    assert prefs.get_str(f"mail.smtpserver.{outgoing}.type") == "ews"
    assert prefs.get_str(f"mail.outgoingserver.{outgoing}.ews_url") == URL
    assert f"{HOST}:443:" in (profile / "cert_override.txt").read_text()
    world.web.clear_log()
    folder = profile / "Mail" / HOST  # where Thunderbird keeps an incoming server's local store
    assert not folder.exists()
    _run(profile, home, folder.is_dir)
    folders = sorted(str(p.relative_to(profile)) for p in profile.rglob("*") if HOST in p.name)
    print(f"folders for {HOST}: {folders}; EWS requests: {len(world.web.requests_for(HOST))}; "
          f"TLS failures: {world.web.tls_failures}")
    assert folder.is_dir(), f"Thunderbird made no mail folder for the Exchange account: {folders}"
    assert not (profile / "prefs.js").read_bytes().count(b"ews-secret-1")

