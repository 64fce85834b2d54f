"""Report forms: JSON contract, HTML escaping and redaction, terminal lines, the scrubber."""

import json

from wizard.doctor import advice
from wizard.doctor.login import scrubber
from wizard.doctor.report import Report, ServiceReport
from wizard.doctor.terminal import render_report
from wizard.i18n import load_catalog
from wizard.model import Protocol, Security, ServerSettings

SERVER = ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS)


def report(answer="<b>no</b> & bad"):
    finding = advice.auth_failed(SERVER, ("alice@example.test",), answer)
    service = ServiceReport("imap", SERVER.host, 993, "tls", ("127.0.1.10",), "127.0.1.10", "open", 1.5, login="failed")
    return Report("alice@example.test", (service,), (finding,))


def test_json_has_the_issue_contract():
    data = json.loads(json.dumps(report().to_json(load_catalog("da"))))
    assert set(data) >= {"address", "services", "findings"}
    assert data["findings"][0]["code"] == "auth-failed" and data["findings"][0]["severity"] == "error"
    assert data["services"][0]["tcp"] == "open"


def test_html_escapes_server_text_and_redacts_secrets():
    page = report("<script>alert(1)</script> hunter2").to_html(load_catalog("nb"), redact=("hunter2",))
    assert "<script>" not in page and "&lt;script&gt;" in page and "hunter2" not in page
    assert '<html lang="nb">' in page


def test_html_names_states_in_the_persons_language():
    page = report().to_html(load_catalog("da"))
    assert "krypteret (SSL/TLS)" in page and "afvist af serveren" in page  # tls, login failed
    assert "<td class=\"mono\">tls</td>" not in page


def test_terminal_lines_show_code_message_and_fix():
    lines = [line.render() if hasattr(line, "render") else line for line in render_report(report())]
    assert any("[auth-failed]" in line for line in lines) and any(line.strip().startswith("→") for line in lines)


def test_scrubber_removes_password_and_its_base64():
    scrub = scrubber("s3cret!")
    assert scrub("said s3cret! and czNjcmV0IQ==") == "said •••••• and ••••••"
    assert scrubber(None)("s3cret!") == "s3cret!"
