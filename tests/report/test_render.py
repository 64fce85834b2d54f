"""The report rendered for people: an escaped, redacted web page and terminal lines."""

from tests.doctor.test_report import report
from wizard.i18n import load_catalog
from wizard.report import render_html, render_report


def test_html_escapes_server_text_and_redacts_secrets():
    page = render_html(report("<script>alert(1)</script> hunter2"), load_catalog("nb"), redact=("hunter2",))
    assert "<script>" not in page and "&lt;script&gt;" in page and "hunter2" not in page
    assert '<html lang="nb">' in page


def test_html_names_states_in_the_persons_language():
    page = render_html(report(), load_catalog("da"))
    assert "krypteret (SSL/TLS)" in page and "afvist af serveren" in page  # tls, login failed
    assert "<td class=\"mono\">tls</td>" not in page


def test_terminal_lines_show_code_message_and_fix():
    lines = [line.render() if hasattr(line, "render") else line for line in render_report(report())]
    assert any("[auth-failed]" in line for line in lines) and any(line.strip().startswith("→") for line in lines)
