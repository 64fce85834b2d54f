"""`mailsetup diagnose` for an Exchange account found through Autodiscover, end to end in the
test world: the live steps, the findings, --json and --html, exit codes (0 works, 1 problems;
a sign-in named but not proven is no problem, and the summary says it was not proven), and
the password only in the one Basic request to the EWS endpoint."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tests.discovery.helpers import AD_PATH, ISPDB, pox_protocol, pox_settings
from tests.doctor.test_exchange import sent_password
from tests.world.ews import serve_ews
from wizard.cli.main import main
from wizard.doctor import DATA_DIR_ENV

pytestmark = pytest.mark.world
PASSWORD = "Exchange-s3cret"


@pytest.fixture
def exchange_domain(world):
    """jo@<domain>, whose Autodiscover names only an EWS endpoint at ews.<domain>."""
    counter = iter(range(1, 100))

    def make(sign_in: str) -> tuple[str, str]:
        domain = f"exch{next(counter)}-{sign_in}.test"
        ews = serve_ews(world, f"ews.{domain}", sign_in, passwords={f"jo@{domain}": PASSWORD})
        body = pox_settings(pox_protocol("EXPR", server=f"ews.{domain}", port=443, EwsUrl=ews.url))
        world.web.add(f"autodiscover.{domain}", AD_PATH, body, method="POST", schemes=("https",))
        for host in (domain, f"autoconfig.{domain}", f"autodiscover.{domain}", "ispdb.test"):
            world.certs.for_host(host)
        return f"jo@{domain}", ews.url

    return make


@pytest.fixture
def run_cli(world, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))

    def run(*argv: str, password: str | None = None):
        monkeypatch.setattr(sys, "stdin", io.StringIO((password + "\n") if password is not None else ""))
        code = main(["diagnose", *argv, "--ca-file", str(world.ca_file), "--dns", "127.0.0.53", "--ispdb-url", ISPDB, "--deadline", "20"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_basic_exchange_account_text_json_and_html(world, exchange_domain, run_cli, tmp_path):
    address, url = exchange_domain("basic")
    html = tmp_path / "report.html"
    code, out, err = run_cli(address, "--password-stdin", "--html", str(html), password=PASSWORD)
    assert code == 0, out + err
    for line in ("✓ exchange", "✓ ews ", "✓ certificate", "✓ ews-auth", "✓ login", "[ews-found]", "[login-ok] ews ews.", "Everything needed works"):
        assert line in out, line
    assert "HTTP 401, asks for Negotiate, NTLM, Basic" in out and "Microsoft Autodiscover" in out
    page = html.read_text(encoding="utf-8")
    assert "EWS ews." in page and "Negotiate NTLM Basic" in page and 'data-code="login-ok"' in page
    code, out_json, _ = run_cli(address, "--json", "--password-stdin", password=PASSWORD)
    data = json.loads(out_json)
    assert code == 0 and data["ok"] is True
    ews = next(s for s in data["services"] if s["protocol"] == "ews")
    assert (ews["login"], ews["certificate_status"], ews["capabilities"]) == ("ok", "trusted", ["Negotiate", "NTLM", "Basic"])
    assert {"ews-found", "login-ok"} <= {f["code"] for f in data["findings"]}
    for text in (out, err, page, out_json):
        assert PASSWORD not in text
    carriers = sent_password(world.web.requests, PASSWORD)
    assert carriers and all(r.scheme == "https" and r.host == url.split("/")[2] and r.path == "/EWS/Exchange.asmx" for r in carriers)


def test_windows_sign_in_exits_0_but_never_reads_as_proven(world, exchange_domain, run_cli):
    address, _ = exchange_domain("ntlm")
    code, out, err = run_cli(address, "--password-stdin", password=PASSWORD)
    assert code == 0, out + err
    assert "[ews-windows-sign-in]" in out and "could not be proven" in out and "Everything needed works" not in out
    assert not sent_password(world.web.requests, PASSWORD)


def test_modern_sign_in_in_json(world, exchange_domain, run_cli):
    address, _ = exchange_domain("bearer")
    code, out, _ = run_cli(address, "--json", "--password-stdin", password=PASSWORD)
    data = json.loads(out)
    assert code == 0 and "oauth2-sign-in" in {f["code"] for f in data["findings"]} and data["awaits_sign_in"] is True
    assert next(s for s in data["services"] if s["protocol"] == "ews")["login"] == "oauth2"
    assert not sent_password(world.web.requests, PASSWORD)


def test_a_wrong_password_exits_1(world, exchange_domain, run_cli):
    address, _ = exchange_domain("basic")
    code, out, _ = run_cli(address, "--password-stdin", password="wrong")
    assert code == 1 and "[auth-failed] ews" in out and "Problems were found" in out
