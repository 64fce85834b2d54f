"""Turning what a source found into a ranked AccountConfig, the same way for every source."""

from __future__ import annotations

from typing import Collection, Iterable

from wizard.model import AccountConfig, ConsentReason, Security, ServerSettings, Source

# Consent codes (ConsentReason.code) discovery uses:
HTTP_SOURCE = "http-source"  # came over plain http, or via an http hop (A1)
UNSIGNED_DNS = "unsigned-dns"  # relies on an MX/SRV answer without DNSSEC validation
FOREIGN_SRV_TARGET = "foreign-srv-target"  # SRV target outside the address's domain (rule 6)
FOREIGN_REDIRECT = "foreign-redirect"  # Autodiscover sent us to another domain
GUESSED = "guessed"  # nobody published these settings; they were found by trying
CERT_NAME_MISMATCH = "cert-name-mismatch"  # a guessed host's certificate names another host
CERT_UNTRUSTED = "cert-untrusted"  # a guessed host's certificate is not valid otherwise
PLAINTEXT = "plaintext"  # the proposal includes a server without encryption
SECURITY_GUESSED = "security-guessed"  # the document left a proposed server's security open
UNCONFIRMED = "unconfirmed"  # a pack's server could not be reached to confirm port and security


def arrange(servers: Iterable[ServerSettings], guessed: Collection[ServerSettings] = ()) -> tuple[ServerSettings, ...]:
    """Implicit TLS, then STARTTLS (stable within each); plain only when nothing else. A
    server whose security the source left open (`guessed`) ranks after all stated ones."""
    unique = tuple(dict.fromkeys(servers))
    ordered = sorted(unique, key=lambda s: (s in guessed, s.security.rank))
    encrypted = [s for s in ordered if s.security is not Security.PLAIN]
    return tuple(encrypted) if encrypted else tuple(ordered)


def build(
    source: Source,
    trusted: bool,
    incoming: Iterable[ServerSettings],
    outgoing: Iterable[ServerSettings] = (),
    *,
    provider: str | None = None,
    origin: str | None = None,
    consent: Iterable[ConsentReason] = (),
    guessed: Collection[ServerSettings] = (),
) -> AccountConfig | None:
    """None when nothing to receive mail with was found. A proposed server whose security
    was guessed (`guessed`) is said out loud: it needs the person's confirmation."""
    inc, out = arrange(incoming, guessed), arrange(outgoing, guessed)
    if not inc:
        return None
    reasons = list(consent)
    for server in inc[:1] + out[:1]:
        if server.security is Security.PLAIN:
            reasons.append(ConsentReason(PLAINTEXT, f"{server.protocol.value} {server.endpoint}"))
        if server in guessed:
            reasons.append(ConsentReason(SECURITY_GUESSED, server.endpoint))
    return AccountConfig(source, trusted, inc, out, provider, origin, tuple(dict.fromkeys(reasons)))


def plaintext_proposal(config: AccountConfig) -> bool:
    return any(s.security is Security.PLAIN for s in config.incoming[:1] + config.outgoing[:1])
