"""`mailsetup diagnose --sign-in` against the test world (issue 15 item 2): the provider's
pack registers the wizard; the sign-in runs in the "browser" (the test follows the address
the wizard opens), the doctor proves IMAP, POP3 and SMTP with the token, the refresh token
goes to the keyring only when asked. Then every output of the run (text, JSON, the HTML
report, the browser's page, every file written) is scanned for the access and refresh
tokens, the authorization code, the PKCE verifier and the password: none is there."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from tests.scenarios.packs import cli_net
from tests.world.oauth import Browser, pack
from wizard.cli.main import main
from wizard.profiles.password import SIGN_IN_SERVICE

pytestmark = pytest.mark.world

ADDRESS = "alice@oauth.test"
PASSWORD = "typed anyway 4711"


@pytest.fixture
def run(world, oauth_world, tmp_path, monkeypatch, capsys):
    oauth_world.user = ADDRESS  # who the test is signed in as at the provider
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "oauth-test.toml").write_text(pack("oauth.test"), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    for name, sub in (("HOME", ""), ("MAILSETUP_DATA_DIR", "data"), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(name, str(home / sub))
    browser = Browser(world.ca_file)
    monkeypatch.setattr("webbrowser.open", lambda url: browser.open(url) or True)

    def cli(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["diagnose", ADDRESS, "--password-stdin", "--providers", str(packs), *cli_net(world), *args])
        browser.wait()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    cli.browser = browser
    cli.tmp = tmp_path
    return cli


def _secrets(world, oauth_world) -> dict[str, str]:
    found = {"password": PASSWORD}
    for i, token in enumerate(oauth_world.issued):
        found[f"access token {i}"] = token["access_token"]
        found[f"refresh token {i}"] = token["refresh_token"]
    for i, code in enumerate(oauth_world.codes_issued):
        found[f"code {i}"] = code
    for i, request in enumerate(world.web.requests_for("login.oauth.test", "/token")):
        form = parse_qs(request.body.decode())
        if "code_verifier" in form:  # a refresh carries only the refresh token, already listed
            found[f"verifier {i}"] = form["code_verifier"][0]
    return found


def _scan(secrets: dict[str, str], texts: dict[str, str], folder: Path) -> None:
    files = {str(p): p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()}
    assert files, "the run wrote no file at all: the scan would prove nothing"
    for where, text in {**texts, **files}.items():
        for what, secret in secrets.items():
            assert secret not in text, f"the {what} is in {where}"


def test_sign_in_proves_the_logins_keeps_the_refresh_token_only_in_the_keyring_and_leaks_nothing(run, world, oauth_world, real_keyring):
    html = run.tmp / "home" / "report.html"
    code, out, err = run("--sign-in", "--keep-sign-in", "--html", str(html))
    assert code == 0, out + err
    assert "Sign in at https://login.oauth.test in your browser" in out and "Signed in at https://login.oauth.test." in out
    assert out.split("Findings for")[1].count("with the token from the sign-in (OAUTHBEARER).") == 3, out  # IMAP, POP3 and SMTP
    assert html.read_text(encoding="utf-8").count("(alice@oauth.test, OAUTHBEARER)") == 3  # each server's Login row
    assert "kept in the system keyring" in out
    kept = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert kept == oauth_world.issued[0]["refresh_token"]

    code, json_out, json_err = run("--sign-in", "--json")  # a later check: the kept sign-in, renewed
    assert code == 0, json_out + json_err
    report = json.loads(json_out)
    assert [f["code"] for f in report["findings"] if f["code"].startswith("login")] == ["login-ok"] * 3
    assert [(s["login"], s["login_mechanism"]) for s in report["services"]] == [("ok", "OAUTHBEARER")] * 3
    assert len(oauth_world.issued) == 2 and len(oauth_world.codes_issued) == 1 and len(run.browser.opened) == 1  # no browser
    renewed = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert renewed == oauth_world.issued[1]["refresh_token"] != kept  # the provider rotated it: replaced in place
    assert oauth_world.refresh_tokens[kept].revoked

    secrets = _secrets(world, oauth_world)
    assert len(secrets) == 1 + 2 * 2 + 1 + 1
    pages = {f"browser page {i}": page for i, (_, page) in enumerate(run.browser.pages)}
    texts = {"stdout": out, "stderr": err, "json stdout": json_out, "json stderr": json_err, **pages}
    del secrets["refresh token 1"]  # the one kept now: in the keyring, and only there
    _scan(secrets, texts, run.tmp / "home")
    _scan({"refresh token 1": renewed}, texts, run.tmp / "home")


def _messages(oauth_world, address: str) -> dict[str, str]:
    """Every message in the mailbox, by file name, as the provider's Postfix delivered it."""
    maildir = oauth_world.mailbox(address).maildir
    return {p.name: p.read_text(errors="replace") for sub in ("new", "cur") for p in (maildir / sub).iterdir()}


def _submissions(oauth_world) -> list[str]:
    """The provider's Postfix's lines for messages taken over submission after a login
    (one per message: a login that sends nothing is not logged so)."""
    log = oauth_world.postfix_paths.log
    return [line for line in log.read_text(errors="replace").splitlines() if "sasl_method=" in line] if log.exists() else []


def test_sign_in_with_send_test_sends_the_message_with_the_token_and_it_arrives(run, world, oauth_world):
    before, logged = _messages(oauth_world, ADDRESS), len(_submissions(oauth_world))
    code, out, err = run("--sign-in", "--send-test", "--json", "--html", str(run.tmp / "home" / "report.html"))
    assert code == 0, out + err
    report = json.loads(out)
    codes = [f["code"] for f in report["findings"]]
    assert "send-test-ok" in codes and "send-test-skipped" not in codes and "send-test-failed" not in codes, report["findings"]
    arrived = {name: text for name, text in _messages(oauth_world, ADDRESS).items() if name not in before}
    assert len(arrived) == 1, arrived  # in the mailbox itself, not only as the doctor says
    message = next(iter(arrived.values()))
    assert f"From: {ADDRESS}" in message and f"To: {ADDRESS}" in message and "Subject: mailsetup test " in message
    smtp = next(s for s in report["services"] if s["protocol"] == "smtp")
    for _ in range(50):  # Postfix writes its log on its own time
        sent = _submissions(oauth_world)[logged:]
        if sent:
            break
        time.sleep(0.1)
    assert smtp["login_mechanism"] == "OAUTHBEARER"
    assert len(sent) == 1 and f"sasl_method=OAUTHBEARER, sasl_username={ADDRESS}" in sent[0]  # the mechanism of the proof's login
    secrets = _secrets(world, oauth_world)
    _scan(secrets, {"stdout": out, "stderr": err, "message": message}, run.tmp / "home")


def test_a_pop3_only_account_signed_in_finds_the_test_message_over_pop3_with_the_token_and_keeps_every_message(run, world, oauth_world):
    """The provider's settings name POP3 and no IMAP: the test message is sent with the token
    and looked for over POP3 with it, in the mechanism of the POP3 proof; headers alone are
    read, and every message stays where it was."""
    (run.tmp / "packs" / "oauth-test.toml").write_text(pack("oauth.test", incoming=("pop3",)), encoding="utf-8")
    before = _messages(oauth_world, ADDRESS)
    log_from = oauth_world.dovecot_log.stat().st_size if oauth_world.dovecot_log.exists() else 0
    code, out, err = run("--sign-in", "--send-test", "--json", "--html", str(run.tmp / "home" / "report.html"))
    assert code == 0, out + err
    report = json.loads(out)
    assert [(s["protocol"], s["login"], s["login_mechanism"]) for s in report["services"]] == [("pop3", "ok", "OAUTHBEARER"), ("smtp", "ok", "OAUTHBEARER")]
    ok = [f for f in report["findings"] if f["code"] == "send-test-ok"]
    assert len(ok) == 1 and "found in the inbox over POP3" in ok[0]["message"], report["findings"]
    after = _messages(oauth_world, ADDRESS)
    assert len(after) == len(before) + 1  # the test message arrived; nothing was deleted
    for _ in range(50):  # Dovecot writes its log on its own time
        log = oauth_world.dovecot_log.read_bytes()[log_from:].decode(errors="replace")
        logins = [line for line in log.splitlines() if "pop3-login:" in line and "Login: user=" in line]
        sessions = [line for line in log.splitlines() if "pop3(" in line and "Disconnected" in line]
        if len(logins) >= 2 and len(sessions) >= 2:
            break
        time.sleep(0.1)
    assert len(logins) >= 2 and all("method=OAUTHBEARER" in line for line in logins), logins  # the proof, then the look
    assert sessions and all(re.search(r"retr=0/0, del=0/\d+", line) for line in sessions), sessions
    assert re.search(r"top=[1-9]", sessions[-1]), sessions  # the look read headers
    _scan(_secrets(world, oauth_world), {"stdout": out, "stderr": err}, run.tmp / "home")


def test_send_test_without_the_sign_in_is_skipped_and_says_how_to_send_one(run, world, oauth_world):
    before = _messages(oauth_world, ADDRESS)
    code, out, err = run("--send-test", "--json")
    assert code == 0, out + err
    skipped = [f for f in json.loads(out)["findings"] if f["code"] == "send-test-skipped"]
    assert len(skipped) == 1 and skipped[0]["message"].startswith(f"No test message to {ADDRESS} was sent: OAuth Test Mail signs you in on its own page (OAuth2)")
    assert "run the check again with --sign-in --send-test" in skipped[0]["fix"]  # the pack registers the wizard
    assert _messages(oauth_world, ADDRESS) == before and oauth_world.issued == []


def _refreshes(world) -> int:
    return sum(1 for r in world.web.requests_for("login.oauth.test", "/token") if b"grant_type=refresh_token" in r.body)


STALE_WORDS = {
    "en": ("The sign-in kept in this computer's keyring is no longer accepted by https://login.oauth.test", "no longer works and was removed from the system keyring",
           "Sign in at https://login.oauth.test in your browser"),
    "da": ("Det login, der er gemt i computerens nøglering, accepteres ikke længere af https://login.oauth.test", "virker ikke længere og blev fjernet fra systemets nøglering",
           "Log ind hos https://login.oauth.test i din browser"),
    "nb": ("Innloggingen som er lagret i datamaskinens nøkkelring, godtas ikke lenger av https://login.oauth.test", "virker ikke lenger og ble fjernet fra systemets nøkkelring",
           "Logg inn hos https://login.oauth.test i nettleseren"),
}


@pytest.mark.parametrize("lang", ["en", "da", "nb"])
def test_a_kept_sign_in_the_provider_no_longer_takes_is_removed_and_the_person_signs_in_again(lang, run, world, oauth_world, real_keyring):
    code, out, err = run("--sign-in", "--keep-sign-in")
    assert code == 0, out + err
    stale = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert stale
    oauth_world.revoke_refresh_tokens()  # e.g. the person changed the password at the provider

    code, out, err = run("--sign-in", "--lang", lang)
    assert code == 0, out + err
    said, removed, again = STALE_WORDS[lang]
    assert said in out and removed in out and again in out and "Traceback" not in err
    assert out.index(said) < out.index(again)  # why first, then the sign-in it asks for
    assert "oauth-sign-in-stale" in out.split("Reference")[0]  # in the report as well
    assert _refreshes(world) == 1 and len(run.browser.opened) == 2  # one refresh, then the browser once: no loop
    fresh = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert fresh == oauth_world.issued[-1]["refresh_token"] and fresh != stale  # the new sign-in took the dead one's place
    assert stale not in out + err

    code, out, err = run("--sign-in", "--json")  # and the next check signs in with it, without the browser
    assert code == 0, out + err
    report = json.loads(out)
    assert "oauth-sign-in-stale" not in [f["code"] for f in report["findings"]] and len(run.browser.opened) == 2


def test_a_stale_sign_in_is_a_warning_in_the_json_report(run, world, oauth_world, real_keyring):
    run("--sign-in", "--keep-sign-in")
    oauth_world.revoke_refresh_tokens()
    code, out, err = run("--sign-in", "--json")
    assert code == 0, out + err
    report = json.loads(out)
    stale = [f for f in report["findings"] if f["code"] == "oauth-sign-in-stale"]
    assert len(stale) == 1 and stale[0]["severity"] == "warning" and report["ok"]
    assert stale[0]["fix"].startswith("Sign in again in your browser.")


def test_a_hostile_issuer_ends_the_run_before_any_server_and_says_why(run, world, oauth_world):
    oauth_world.metadata_issuer = "https://evil.test"
    code, out, err = run("--sign-in")
    assert code == 1
    assert "speaks for another server (https://evil.test)" in err + out
    assert run.browser.opened == []


def test_sign_in_without_a_registration_is_a_clear_error(world, oauth_world, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path))
    code = main(["diagnose", "alice@example.test", "--sign-in", *cli_net(world)])
    captured = capsys.readouterr()
    assert code == 2 and "[oauth2]" in captured.err and "Traceback" not in captured.err


def test_a_keyring_locked_when_the_sign_in_goes_in_ends_the_run_with_exit_2_and_writes_nothing(run, world, oauth_world):
    """--keep-sign-in was asked for: a sign-in that could not be kept is no half-done check
    (no report, no servers asked) and goes nowhere else; the person is told why."""
    import keyring

    from tests.profiles.test_keyring_backend import LockedVault

    html = run.tmp / "home" / "report.html"
    before = keyring.get_keyring()
    keyring.set_keyring(LockedVault())  # opens; locked when the sign-in goes in
    try:
        code, out, err = run("--sign-in", "--keep-sign-in", "--html", str(html))
    finally:
        keyring.set_keyring(before)
    assert code == 2, out + err
    assert "Signed in at https://login.oauth.test." in out and "Findings for" not in out
    assert err == "mailsetup: The system keyring is locked, and it was not unlocked. The sign-in was not kept. Nothing was checked.\n"
    assert not html.exists()
    secrets = _secrets(world, oauth_world)
    assert "refresh token 0" in secrets
    _scan(secrets, {"stdout": out, "stderr": err}, run.tmp)
