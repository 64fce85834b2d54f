"""Advice speaks to a person: server replies decoded and trimmed, no command-line words in
what a window shows (those go to `command`, which only the command line prints)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from wizard.doctor import advice
from wizard.doctor.advice import server_said
from wizard.i18n import load_catalog
from wizard.model import CertificateInfo, Protocol, Security, ServerSettings

IMAP = ServerSettings(Protocol.IMAP, "imap.example.test", 993, Security.TLS)


@pytest.mark.parametrize("raw, shown", [
    ("b'LOGIN failed'", "LOGIN failed"),
    (b"NO [AUTHENTICATIONFAILED] Authentication failed.\r\n", "NO [AUTHENTICATIONFAILED] Authentication failed."),
    ("[b'Authentication failed.']", "Authentication failed."),
    ("  535 5.7.8   Error:\n authentication failed  ", "535 5.7.8 Error: authentication failed"),
    (None, ""),
])
def test_a_server_reply_is_shown_decoded_on_one_line(raw, shown):
    assert server_said(raw) == shown


def test_a_long_reply_is_cut_with_an_ellipsis():
    said = server_said("x" * 500)
    assert len(said) == 200 and said.endswith("…")


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_a_wrong_password_quotes_the_server_in_plain_words(language):
    finding = advice.auth_failed(IMAP, ("alice",), "b'LOGIN failed'")
    text = finding.message.render(load_catalog(language))
    assert "LOGIN failed" in text and "b'" not in text


def test_certificate_fixes_keep_command_line_words_apart():
    info = CertificateInfo(host="imap.example.test", port=993, sha256=":".join(["AB"] * 32), der=b"", subject="CN=x", issuer="CN=x",
                           not_before=datetime(2026, 1, 1, tzinfo=timezone.utc), not_after=datetime(2027, 1, 1, tzinfo=timezone.utc), self_signed=True)
    findings = [advice.cert_untrusted(IMAP, info, "self-signed", True), advice.cert_changed(IMAP, info, "CD:EF"),
                advice.cert_announced(IMAP, info, "Demo", False), advice.consent_needed("guessed")]
    for finding in findings:
        for language in ("en", "da", "nb"):
            assert "--" not in finding.fix.render(load_catalog(language)), finding.code
        assert "--" in finding.command.render()
        assert finding.command.render() in finding.to_json()["fix"]  # the CLI's JSON keeps saying how
