"""`mailsetup diagnose` end to end in the test world: exit codes, live lines, the JSON
contract, the HTML page, and the password absent from every output and file."""

import io
import json
import sys

import pytest

from wizard.cli.main import main
from wizard.doctor import CertStore, DATA_DIR_ENV

pytestmark = pytest.mark.world

HOST = "mail.example.test"


@pytest.fixture
def run_cli(world, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))

    def run(*argv: str, password: str | None = None, ca: bool = True):
        monkeypatch.setattr(sys, "stdin", io.StringIO((password + "\n") if password is not None else ""))
        extra = ["--ca-file", str(world.ca_file)] if ca else []
        code = main(["diagnose", *argv, *extra, "--deadline", "20"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _files_under(path):
    return [p for p in path.rglob("*") if p.is_file()]


def test_working_account_exits_0_and_no_output_or_file_holds_the_password(world, run_cli, tmp_path):
    alice = world.user("alice")
    html = tmp_path / "report.html"
    code, out, err = run_cli(alice.address, "--password-stdin", "--imap", f"{HOST}:993:tls", "--pop3", f"{HOST}:110:starttls", "--smtp", f"{HOST}:587:starttls", "--html", str(html), "--send-test", password=alice.password)
    assert code == 0, out + err
    assert "✓ tcp" in out and "login-ok" in out and "send-test-ok" in out
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http://" not in page and "https://" not in page
    assert "login-ok" in page
    for text in (out, err, page, *(p.read_text(errors="replace") for p in _files_under(tmp_path))):
        assert alice.password not in text


def test_json_output_follows_the_contract(world, run_cli):
    alice = world.user("alice")
    code, out, err = run_cli(alice.address, "--json", "--password-stdin", "--imap", f"{HOST}:993:tls", "--smtp", f"{HOST}:465:tls", password=alice.password)
    assert code == 0, err
    data = json.loads(out)  # stdout is exactly one JSON object
    assert data["address"] == alice.address
    assert [s["protocol"] for s in data["services"]] == ["imap", "smtp"]
    assert data["services"][0]["certificate"]["sha256"]
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "service", "host", "port", "message", "fix"}
    assert alice.password not in out + err


def test_wrong_password_exits_1_and_the_tried_password_is_nowhere(world, run_cli, tmp_path):
    alice = world.user("alice")
    secret = "Wr0ng-but-secret pass"
    html = tmp_path / "r.html"
    code, out, err = run_cli(alice.address, "--password-stdin", "--imap", f"{HOST}:993:tls", "--html", str(html), "--lang", "da", password=secret)
    assert code == 1
    assert "auth-failed" in out
    code_json, out_json, err_json = run_cli(alice.address, "--json", "--password-stdin", "--imap", f"{HOST}:993:tls", password=secret)
    assert code_json == 1 and json.loads(out_json)["findings"][0]["code"] == "auth-failed"
    for text in (out, err, out_json, err_json, html.read_text(encoding="utf-8")):
        assert secret not in text


def test_accept_fingerprint_pins_into_the_data_dir(world, run_cli, tmp_path):
    """Without the world's CA the certificate is unknown (exit 1); accepting its fingerprint
    (typed without colons) pins it in $MAILSETUP_DATA_DIR and the check passes."""
    code, out, _ = run_cli("alice@example.test", "--imap", f"{HOST}:993:tls", ca=False)
    assert code == 1 and "cert-untrusted" in out and "--accept-fingerprint" in out
    code, out, _ = run_cli("alice@example.test", "--imap", f"{HOST}:993:tls", "--accept-fingerprint", world.mail_cert.sha256, ca=False)
    assert code == 0 and "cert-accepted" in out
    pins = CertStore(tmp_path / "data" / "certificates.json").pins()
    assert [(p.host, p.port, p.sha256.replace(":", "").lower()) for p in pins] == [(HOST, 993, world.mail_cert.sha256)]
    code, out, _ = run_cli("alice@example.test", "--imap", f"{HOST}:993:tls", ca=False)
    assert code == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["not-an-address", "--imap", f"{HOST}:993:tls"],
        ["alice@example.test", "--imap", f"{HOST}:99999:tls"],
        ["alice@example.test", "--imap", f"{HOST}:993:maybe"],
        ["alice@example.test", "--imap", f"{HOST}:993:tls", "--accept-fingerprint", "12:34"],
    ],
)
def test_bad_input_exits_2_before_touching_the_network(argv, run_cli):
    code, out, err = run_cli(*argv)
    assert code == 2 and err.startswith("mailsetup: ") and "Traceback" not in err


def test_a_branded_run_names_the_certificate_its_provider_announced(world, run_cli, tmp_path):
    import ssl

    from tests.scenarios.packs import altibox_copy
    from wizard.parsers.tls_certificate import certificate_info

    new = world.certs.changed(HOST, *world.mail.aliases)
    world.use_mail_certificate(new)
    sha256 = certificate_info(ssl.PEM_cert_to_DER_cert(new.cert_file.read_text()), HOST, 993).sha256
    altibox_copy(tmp_path / "packs", "altibox-kunde.test", announce_sha256=sha256)
    code, out, _ = run_cli("alice@example.test", "--imap", f"{HOST}:993:tls", "--json", "--brand", "altibox", "--providers", str(tmp_path / "packs"), ca=False)
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert "cert-announced" in codes and code == 1  # reassured, but not accepted by itself


def test_with_the_servers_given_nothing_of_discovery_is_contacted(world, run_cli):
    # the head start (wizard.net.head) belongs to a discovery: with --imap/--smtp there is none
    alice = world.user("alice")
    world.web.clear_log()
    code, out, err = run_cli(alice.address, "--password-stdin", "--imap", f"{HOST}:993:tls", "--smtp", f"{HOST}:465:tls", password=alice.password)
    assert code == 0, out + err
    assert world.web.requests_for("autoconfig.example.test") == [] and world.web.requests_for("autodiscover.example.test") == []


def test_a_discovering_diagnose_sends_the_autoconfig_request_once_and_no_password_ahead(world, run_cli):
    alice = world.user("alice")
    world.web.clear_log()
    code, out, err = run_cli(alice.address, "--password-stdin", password=alice.password)
    assert code == 0, out + err
    asked = world.web.requests_for("autoconfig.example.test", "/mail/config-v1.1.xml", scheme="https")
    assert len(asked) == 1 and not asked[0].has_credentials
    assert not any(r.has_credentials or alice.password.encode() in r.body for r in world.web.requests)
