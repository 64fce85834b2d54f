"""How model values read to people, shared by both shells so the CLI and the window say
the same thing in the same words (and translators see each phrase once)."""

from __future__ import annotations

from wizard.i18n import T, Text
from wizard.model.events import StepStatus
from wizard.model.server import Security

STEP_STATUS: dict[StepStatus, Text] = {
    StepStatus.STARTED: T("asking…"),
    StepStatus.OK: T("answered"),
    StepStatus.EMPTY: T("nothing there"),
    StepStatus.ERROR: T("failed"),
    StepStatus.TIMEOUT: T("no answer in time"),
    StepStatus.CANCELLED: T("stopped"),
    StepStatus.SKIPPED: T("not needed"),
}

SOURCE: dict[str, Text] = {
    "preset": T("provider list"),
    "autoconfig": T("provider's settings file"),
    "ispdb": T("Thunderbird's provider database"),
    "mx": T("mail server (MX) lookup"),
    "autodiscover": T("Microsoft Autodiscover"),
    "srv": T("DNS service records"),
    "guess": T("trying usual server names"),
    "manual": T("entered by you"),
}

SECURITY: dict[Security, Text] = {
    Security.TLS: T("encrypted (SSL/TLS)"),
    Security.STARTTLS: T("encrypted (STARTTLS)"),
    Security.PLAIN: T("NOT encrypted"),
}

# Codes come from wizard.discovery (arrange, sources); the detail names what it is about.
CONSENT: dict[str, Text] = {
    "http-source": T("The settings came over an unencrypted web connection, where anyone on the way could change them: {detail}"),
    "unsigned-dns": T("The settings came from DNS answers that are not signed (no DNSSEC): {detail}"),
    "foreign-srv-target": T("A DNS service record points to a server outside your provider's domain: {detail}"),
    "foreign-redirect": T("The provider's answer redirected to another domain: {detail}"),
    "guessed": T("The settings were guessed by trying common server names for {detail}."),
    "cert-name-mismatch": T("The server's certificate is made out to another name: {detail}"),
    "cert-untrusted": T("The server's certificate is not valid: {detail}"),
    "plaintext": T("A server would be used without encryption: {detail}"),
    "lookalike-domain": T("The name is written with look-alike letters and may imitate another: {detail}"),
    "security-guessed": T("The settings file does not say how {detail} protects the connection; encryption is assumed, never plaintext."),
    "unconfirmed": T("Not confirmed: could not reach {detail}, so the usual encrypted ports are assumed."),
}


def step_status(status: StepStatus) -> Text:
    return STEP_STATUS[status]


def source(name: str) -> Text:
    return SOURCE.get(name) or T("{source}", source=name)


def consent(code: str, detail: str) -> Text:
    """A reason the person must confirm; an unknown code is still shown, never dropped."""
    text = CONSENT.get(code)
    if text is None:
        return T("{code}: {detail}", code=code, detail=detail)
    return Text(text.source, (("detail", detail),))
