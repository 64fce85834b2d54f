"""Deciding about a server certificate: trusted by the system, accepted earlier (pinned),
accepted now, or not usable, and which findings say so. Pure: no network, no files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wizard.doctor import advice
from wizard.i18n import T, Text
from wizard.model import ServerSettings
from wizard.model.certificate import CertificateInfo
from wizard.model.findings import Finding
from wizard.model.fingerprint import Pin
from wizard.parsers.tls_certificate import name_matches, validity_problem

# OpenSSL X509_V_ERR_* codes we word differently
_SIGNATURE_FAILURES = {7, 8, 32}  # certificate/CRL signature failure, key usage unfit to sign
_SELF_SIGNED = {18, 19}
_UNKNOWN_ISSUER = {2, 20, 21}


@dataclass(frozen=True)
class ChainError:
    code: int | None
    message: str


@dataclass(frozen=True)
class Verdict:
    status: str  # trusted, pinned, accepted, untrusted, expired, hostname-mismatch, changed
    usable: bool  # whether a login may follow over a connection presenting this certificate
    findings: tuple[Finding, ...] = ()
    pin_now: bool = False  # the person accepted it in this run: store the pin

    @property
    def needs_pin_check(self) -> bool:
        """Logins over a certificate no authority vouches for must compare the fingerprint."""
        return self.status in ("pinned", "accepted")


def chain_reason(error: ChainError, info: CertificateInfo) -> Text:
    if error.code in _SELF_SIGNED or info.self_signed:
        return T("it is self-signed")
    if error.code in _UNKNOWN_ISSUER:
        return T("it was issued by an unknown authority")
    if error.code in _SIGNATURE_FAILURES:
        return T("its signature does not match its content")
    return T("the check said: {detail}", detail=error.message)


def judge(
    server: ServerSettings,
    info: CertificateInfo,
    names: tuple[str, ...],
    chain_error: ChainError | None,
    pin: Pin | None,
    accepted: frozenset[str],
    now: datetime | None = None,
    announced_by: "Text | str | None" = None,
) -> Verdict:
    """Expired and wrong-name certificates are never usable, pinned or not (SECURITY.md
    rule 8); a forged signature can't be accepted; a pin accepts exactly one fingerprint.
    `announced_by` (the provider's name, when its pack announced this certificate) only
    changes the words: the certificate still waits for the person's acceptance."""
    problem = validity_problem(info, now)
    if problem is not None:
        return Verdict("expired", False, (advice.cert_expired(server, info, problem),))
    if not name_matches(names, server.host):
        return Verdict("hostname-mismatch", False, (advice.cert_hostname_mismatch(server, info, names),))
    forged = chain_error is not None and chain_error.code in _SIGNATURE_FAILURES
    if forged:
        return Verdict("untrusted", False, (advice.cert_untrusted(server, info, chain_reason(chain_error, info), acceptable=False),))
    if pin is not None:
        if pin.sha256 == info.sha256:
            return Verdict("pinned", True)
        if info.sha256 in accepted:
            return Verdict("accepted", True, (advice.cert_accepted(server, info),), pin_now=True)
        if announced_by is not None:
            return Verdict("changed", False, (advice.cert_announced(server, info, announced_by, changed=True),))
        return Verdict("changed", False, (advice.cert_changed(server, info, pin.sha256),))
    if chain_error is None:
        return Verdict("trusted", True)
    if info.sha256 in accepted:
        return Verdict("accepted", True, (advice.cert_accepted(server, info),), pin_now=True)
    if announced_by is not None:
        return Verdict("untrusted", False, (advice.cert_announced(server, info, announced_by, changed=False),))
    return Verdict("untrusted", False, (advice.cert_untrusted(server, info, chain_reason(chain_error, info), acceptable=True),))
