"""A real Thunderbird (153 ESR) takes up an Exchange-only account the product wrote as an
Exchange (EWS) account: it instantiates the ews server and makes its mail folder. Beside an
account it already had (the default one), it checks the Exchange account at start-up: its EWS
request, with the password the product remembered (logins.json through the profile's NSS key
store), reaches the test world's HTTPS server over TLS, trusting exactly the certificate the
person accepted for the EWS host (the web request log is the witness).

Alone, the new account is not contacted at start-up: Thunderbird opens the default account's
Inbox at start and skips the checks when there is none, and a new Exchange account has no
folders until its first check for new mail (Get Messages, or the check every 10 minutes; with
a 1-minute check a run here saw the same request after about a minute). The product says so
on Done; the 10-minute wait is not part of this test."""

from __future__ import annotations

import base64
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

from tests.profiles.conftest import imap_account

pytestmark = [pytest.mark.world, pytest.mark.timeout(120)]

THUNDERBIRD = shutil.which("thunderbird")
RUN_LIMIT = 45.0  # a bound for a loaded machine: each run stops as soon as its witness is there
HOST = "ews.exch.test"
PATH = "/EWS/Exchange.asmx"
URL = f"https://{HOST}{PATH}"
SECRET = "ews-secret-1"

# As in test_thunderbird_real: the loopback-only namespace can read as offline at start, and
# then Thunderbird never connects. The harness says it is online in user.js; prefs.js is the
# product's.
_ONLINE = (
    'user_pref("offline.autoDetect", false);\n'
    'user_pref("network.manage-offline-status", false);\n'
    'user_pref("offline.startup_state", 2);\n'
)


def _run(profile: Path, home: Path, done) -> None:
    (profile / "user.js").write_text(_ONLINE, encoding="utf-8")
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


def _profile(tmp_path: Path, ews_world, *, beside: Account | None = None) -> tuple[Path, Path, object]:
    profile, home = tmp_path / "profile", tmp_path / "home"
    profile.mkdir()
    home.mkdir()
    if beside is not None:
        write_account(profile, beside)
    account = _account(Pin(HOST, 443, normalize_fingerprint(ews_world.sha256)))
    result = write_account(profile, account)
    remember(profile, credentials_for(account, SECRET))  # as --remember-password does
    return profile, home, result


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_thunderbird_takes_up_the_written_exchange_account_and_makes_its_mail_folder(world, ews_world, tmp_path: Path) -> None:
    profile, home, result = _profile(tmp_path, ews_world)
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
    assert not (profile / "prefs.js").read_bytes().count(SECRET.encode())


@pytest.mark.skipif(THUNDERBIRD is None, reason="the thunderbird program is not installed (Debian package: thunderbird)")
def test_beside_an_existing_account_thunderbirds_ews_request_reaches_the_server_with_the_remembered_password(world, ews_world, tmp_path: Path) -> None:
    existing = imap_account("alice@home.test", host="imap.nowhere.test")  # the person's own, the default
    profile, home, result = _profile(tmp_path, ews_world, beside=existing)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get_str("mail.accountmanager.defaultaccount") != result.keys.account  # the person's default stays
    world.web.clear_log()
    _run(profile, home, lambda: bool(world.web.requests_for(HOST, PATH)))
    requests = world.web.requests_for(HOST, PATH)
    print(f"EWS requests: {[(r.method, r.path, r.sni) for r in requests]}; TLS failures: {world.web.tls_failures}")
    assert requests, f"no EWS request reached {URL}; TLS failures: {world.web.tls_failures}"
    first = requests[0]
    assert (first.scheme, first.method, first.sni) == ("https", "POST", HOST)  # TLS, trusting the accepted certificate
    assert b"schemas.microsoft.com/exchange/services" in first.body and b"soap:Envelope" in first.body
    authorization = dict(first.headers).get("Authorization", "")
    assert authorization.startswith("Basic ")
    assert base64.b64decode(authorization[6:]) == f"alice@exch.test:{SECRET}".encode()  # from logins.json, not asked
