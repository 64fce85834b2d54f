"""Servers that echo the AUTH exchange into their error replies (SECURITY notes, class 3).

Each hostile server below (tests/doctor/echo_servers.py) answers the login with the literal
password, the AUTH PLAIN blob, the AUTH LOGIN lines or the IMAP LOGIN line, and the decoded
password too. Whatever the doctor does inside, no form of the password reaches the terminal,
the JSON, the HTML report or the GUI's support report."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest

from tests.doctor.echo_servers import EchoServer, start_echo
from tests.doctor.servers import Loop
from wizard.cli.main import main

pytestmark = pytest.mark.world
PASSWORD = 'Echo"Pa\\ss-42'
ADDRESS = "jo@echo.test"


def forms(password: str, users: tuple[str, ...]) -> set[str]:
    """What a leak looks like, computed here independently of the product's scrubber."""
    b64 = lambda text: base64.b64encode(text.encode()).decode()  # noqa: E731
    found = {password, password.upper(), b64(password), password.replace("\\", "\\\\").replace('"', '\\"'), "Pa\\\\ss-42", "ss-42"}
    for user in users:
        found |= {b64(f"\0{user}\0{password}"), b64(f"{user}\0{user}\0{password}"), b64(f"{user}:{password}")}
        found |= {b64(f"\0{user}\0{password}").rstrip("="), b64(f"{user}\0{user}\0{password}")[:-4]}
    return found


def leaks(text: str) -> set[str]:
    return {f for f in forms(PASSWORD, (ADDRESS, "jo")) if f in text}


def received(server: EchoServer) -> bool:
    return bool(leaks(server.recording.received.decode("utf-8", "replace")))


@pytest.fixture
def echo(world):
    loop = Loop()
    started: list[EchoServer] = []

    def make(protocol: str) -> tuple[EchoServer, str]:
        host = f"{protocol}.echo.test"
        server = start_echo(world, loop, protocol, host)
        started.append(server)
        return server, host

    yield make
    for server in started:
        server.stop()
    loop.close()


def diagnose(world, tmp_path: Path, monkeypatch, capsys, *servers: str, json_mode: bool) -> tuple[int, str, str]:
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    html = tmp_path / "report.html"
    code = main(["diagnose", ADDRESS, "--password-stdin", *servers, "--html", str(html), "--deadline", "20",
                 "--dns", "127.0.0.53", "--ca-file", str(world.ca_file), *(["--json"] if json_mode else [])])
    out = capsys.readouterr()
    return code, out.out + out.err, html.read_text(encoding="utf-8")


@pytest.mark.parametrize("json_mode", [False, True])
def test_imap_and_smtp_echoes_reach_no_output_and_no_report(world, echo, tmp_path, monkeypatch, capsys, json_mode):
    imap, imap_host = echo("imap")
    smtp, smtp_host = echo("smtp")
    code, said, html = diagnose(world, tmp_path, monkeypatch, capsys, "--imap", f"{imap_host}:993:tls", "--smtp", f"{smtp_host}:465:tls", json_mode=json_mode)
    assert code == 1
    # the servers did get the login (they asked for it) and did echo it...
    assert received(imap) and received(smtp)
    # ...and the person sees the servers' answers, minus the password in every form
    assert "rejected" in said or "Authentication failed" in said or "••••••" in said
    assert leaks(said) == set(), said
    assert leaks(html) == set()
    if json_mode:
        assert leaks(json.dumps(json.loads(said[: said.rindex("}") + 1]))) == set()


def test_pop3_echo_of_pass_reaches_no_output_and_no_report(world, echo, tmp_path, monkeypatch, capsys):
    pop3, pop3_host = echo("pop3")
    smtp, smtp_host = echo("smtp")
    code, said, html = diagnose(world, tmp_path, monkeypatch, capsys, "--pop3", f"{pop3_host}:995:tls", "--smtp", f"{smtp_host}:465:tls", json_mode=False)
    assert code == 1
    assert received(pop3)
    assert leaks(said) == set() and leaks(html) == set()


def test_the_doctors_own_report_holds_no_form_of_the_password(world, echo, tmp_path):
    """The Report itself, before any output edge scrubs it (a GUI whose password field was
    edited since, a script calling the engine): the doctor removes every form it sent."""
    from wizard.doctor import CertStore
    from wizard.doctor import diagnose as engine_diagnose
    from wizard.model import Protocol, Security, ServerSettings
    from wizard.net import DnsServer, NetContext, Timeouts, Trust

    imap, imap_host = echo("imap")
    smtp, smtp_host = echo("smtp")
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(Path(world.ca_file),)), dns_server=DnsServer("127.0.0.53"), timeouts=Timeouts(connect=2.0, read=3.0))
    servers = (ServerSettings(Protocol.IMAP, imap_host, 993, Security.TLS), ServerSettings(Protocol.SMTP, smtp_host, 465, Security.TLS))
    report = engine_diagnose(ADDRESS, servers, ctx, password=PASSWORD, store=CertStore(tmp_path / "certs.json"))
    assert received(imap) and received(smtp)
    b64 = lambda text: base64.b64encode(text.encode()).decode()  # noqa: E731
    assert not {b64(f"\0jo_echo.test\0{PASSWORD}")} & set(" ".join(f.message.render() for f in report.findings).split())
    texts = [f.message.render() for f in report.findings] + [f.fix.render() for f in report.findings if f.fix is not None]
    texts += [s.detail.render() for s in report.steps if s.detail is not None]
    texts += [s.greeting for s in report.services]
    assert leaks("\n".join(texts)) == set(), "\n".join(texts)
