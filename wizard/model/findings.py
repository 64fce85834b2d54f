"""What the connection doctor found: a stable code for programs and support staff, a
severity, where it was found, and a message and fix in the person's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.i18n import Catalog, T, Text


class Severity(StrEnum):
    """`error`: this setting does not work (or must not be used); `warning`: it works, but
    something needs attention; `info`: a fact worth showing (what worked, what was accepted)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[self]

    @property
    def words(self) -> Text:
        """What people read for it ("Problem", "Advarsel", ...)."""
        return {Severity.ERROR: T("Problem"), Severity.WARNING: T("Warning"), Severity.INFO: T("Information")}[self]


# The codes are a contract with support staff and scripts: never rename one, only add.
CODES = (
    "login-ok",
    "login-skipped",
    "auth-failed",
    "app-password-required",
    "login-disabled",
    "port25-blocked",
    "port25-intercepted",
    "port25-submission",
    "cert-untrusted",
    "cert-accepted",
    "cert-announced",
    "cert-changed",
    "cert-expired",
    "cert-hostname-mismatch",
    "starttls-missing",
    "starttls-refused",
    "starttls-injection",
    "tls-failed",
    "plaintext-only",
    "dns-failed",
    "host-unreachable",
    "port-closed",
    "server-timeout",
    "protocol-error",
    "consent-needed",
    "send-test-ok",
    "send-test-failed",
    "send-test-skipped",
    "send-test-unchecked",  # sent, but the POP3 server lets nothing read the headers alone (no TOP)
    "oauth2-sign-in",
    "oauth2-not-offered",
    # the wizard's own OAuth 2 sign-in (wizard.protocols.oauth.Problem names the same codes)
    "oauth-metadata-invalid",
    "oauth-issuer-mismatch",
    "oauth-state-mismatch",
    "oauth-redirect-mismatch",
    "oauth-denied",
    "oauth-token-refused",
    "oauth-token-expired",
    "oauth-timeout",
    "oauth-login-refused",
    "oauth-no-browser",
    "oauth-sign-in-stale",
    # Exchange (EWS): where its address came from, and the sign-in its endpoint asks for
    "ews-found",
    "ews-redirect",
    "ews-no-challenge",
    "ews-unknown-sign-in",
    "ews-windows-sign-in",
)


@dataclass(frozen=True)
class Finding:
    """One fact about one server (`service` is imap, pop3, smtp, ews or exchange; empty for
    the account)."""

    code: str
    severity: Severity
    service: str
    host: str
    port: int | None
    message: Text
    fix: Text | None = None
    # The same fix in command-line words (a flag to pass). Only the command line shows it: a
    # window never asks a person to type options.
    command: Text | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        object.__setattr__(self, "severity", Severity(self.severity))

    @property
    def problem(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "service": self.service,
            "host": self.host,
            "port": self.port,
            "message": self.message.render(catalog),
            "fix": " ".join(t.render(catalog) for t in (self.fix, self.command) if t is not None),
        }
