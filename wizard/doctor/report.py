"""The doctor's result: what each server said, and the findings, as plain data with a JSON
form (the issue's contract) and a self-contained HTML page for support."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.i18n import Catalog, T, Text
from wizard.model import Step
from wizard.model.certificate import CertificateInfo
from wizard.model.findings import Finding, Severity
from wizard.model.identity import ReportIdentity


# How the codes of ServiceReport's tcp, certificate_status and login read to people (the
# JSON keeps the codes; the web page and the live steps show these words).
STATE_WORDS: dict[str, Text] = {
    "open": T("open"),
    "refused": T("refused"),
    "filtered": T("no answer (filtered)"),
    "reset": T("cut off by the network"),
    "unreachable": T("unreachable"),
    "trusted": T("trusted"),
    "pinned": T("accepted earlier"),
    "accepted": T("accepted now"),
    "untrusted": T("not trusted"),
    "expired": T("expired"),
    "hostname-mismatch": T("made out to another name"),
    "changed": T("changed since it was accepted"),
    "ok": T("worked"),
    "failed": T("refused by the server"),
    "blocked": T("not allowed here"),
    "skipped": T("not tried (no password)"),
    "oauth2": T("signs in on the provider's own page (not tried here)"),
    "not-tried": T("not tried"),
}


# Sign-ins named but not proven (see wizard.doctor.exchange).
UNPROVEN_CODES = ("ews-windows-sign-in", "oauth2-sign-in")


def state_word(code: str) -> Text | str:
    """The words for a state code; an unknown code is shown as it is, never dropped."""
    return STATE_WORDS.get(code, code)


def _words(code: str, catalog: Catalog | None) -> str:
    word = state_word(code)
    return word.render(catalog) if isinstance(word, Text) else word


@dataclass(frozen=True)
class ServiceReport:
    """One server as the doctor saw it. `tcp`: open/refused/filtered/reset/unreachable (or
    "" when DNS failed); `certificate_status`: trusted, pinned, accepted, untrusted, expired,
    hostname-mismatch, changed; `login`: ok, failed, blocked, skipped, not-tried, oauth2 (the
    provider signs the person in on its own page: proven up to that sign-in, no password sent);
    `sign_in`: password or oauth2; `mechanisms`: the SASL mechanisms offered inside TLS;
    `login_mechanism`: the one that carried the token of a login with the wizard's own
    sign-in (OAUTHBEARER or XOAUTH2), None for a password login or none at all."""

    protocol: str
    host: str
    port: int
    security: str
    addresses: tuple[str, ...] = ()
    address: str | None = None
    tcp: str = ""
    tcp_ms: float | None = None
    greeting: str = ""
    capabilities: tuple[str, ...] = ()
    tls_version: str | None = None
    certificate: CertificateInfo | None = None
    certificate_status: str | None = None
    login: str = "not-tried"
    username: str | None = None
    sign_in: str = "password"
    mechanisms: tuple[str, ...] = ()
    login_mechanism: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "protocol": self.protocol,
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "addresses": list(self.addresses),
            "address": self.address,
            "tcp": self.tcp,
            "tcp_ms": None if self.tcp_ms is None else round(self.tcp_ms, 1),
            "greeting": self.greeting,
            "capabilities": list(self.capabilities),
            "tls_version": self.tls_version,
            "certificate": None if self.certificate is None else self.certificate.to_json(),
            "certificate_status": self.certificate_status,
            "login": self.login,
            "username": self.username,
            "sign_in": self.sign_in,
            "mechanisms": list(self.mechanisms),
            "login_mechanism": self.login_mechanism,
        }


@dataclass(frozen=True)
class Report:
    address: str
    services: tuple[ServiceReport, ...]
    findings: tuple[Finding, ...]
    steps: tuple[Step, ...] = field(default=(), compare=False)
    elapsed_ms: float = 0.0
    identity: ReportIdentity | None = field(default=None, compare=False)  # set by the shell that shows it

    @property
    def ok(self) -> bool:
        """Everything needed works: no finding is an error, and no certificate (even one the
        provider announced) still waits for the person's decision."""
        return not any(f.severity is Severity.ERROR or f.code == "cert-announced" for f in self.findings)

    @property
    def awaits_sign_in(self) -> bool:
        """Some server was proven only up to the provider's own sign-in page (OAuth2): the
        mail program signs in there; no login was tried here."""
        return any(s.login == "oauth2" for s in self.services)

    @property
    def unproven(self) -> bool:
        """Nothing is wrong, but a server asks for a sign-in mailsetup cannot prove (Windows
        sign-in, modern sign-in): the summary must not read as if everything was proven."""
        return any(f.code in UNPROVEN_CODES and f.severity is not Severity.ERROR for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)

    def findings_for(self, protocol: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.service == protocol)

    def service(self, protocol: str) -> ServiceReport | None:
        return next((s for s in self.services if s.protocol == protocol), None)

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        return {
            "address": self.address,
            "ok": self.ok,
            "awaits_sign_in": self.awaits_sign_in,
            "elapsed_ms": round(self.elapsed_ms),
            "services": [s.to_json() for s in self.services],
            "findings": [f.to_json(catalog) for f in self.findings],
            **({"identity": self.identity.to_json()} if self.identity is not None else {}),
            "labels": self.labels(catalog),
        }

    def labels(self, catalog: Catalog | None = None) -> dict[str, dict[str, str]]:
        """The words people read for each code this report uses (the JSON keeps the codes;
        a program showing them to a person looks them up here, in the person's language)."""
        severities = {f.severity.value: f.severity.words.render(catalog) for f in self.findings}
        states = {code: _words(code, catalog) for s in self.services for code in (s.tcp, s.certificate_status, s.login) if code}
        return {"severity": severities, "state": states}
