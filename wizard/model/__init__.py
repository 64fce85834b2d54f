"""Plain data that flows between the layers: no I/O, no Qt, a stable JSON form."""

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.model.account import AccountConfig, ConsentReason, HelpPage, Source
    from wizard.model.address import AddressError, EmailAddress
    from wizard.model.certificate import CertificateInfo
    from wizard.model.credential import NO_CREDENTIAL, Credential, CredentialKind, SignIn, credential_for, offers_oauth2
    from wizard.model.events import Step, StepStatus
    from wizard.model.findings import Finding, Severity
    from wizard.model.fingerprint import Pin, fingerprint_sha256, normalize_fingerprint, parse_fingerprint, same_fingerprint
    from wizard.model.server import (
        AuthMethod,
        Direction,
        Protocol,
        Security,
        ServerSettings,
        SettingsError,
        default_port,
        normalize_host,
    )
    from wizard.model.usernames import expand_template, username_variants

# Each name loads its own module when first used: the window's start path needs only the
# scrubber (wizard.model.scrub) and the error type, and would otherwise pay for every model
# module (idna, hashlib, the server and account types) before its first frame.
_HOME = {
    "AccountConfig": "account", "ConsentReason": "account", "HelpPage": "account", "Source": "account",
    "AddressError": "address", "EmailAddress": "address",
    "CertificateInfo": "certificate",
    "NO_CREDENTIAL": "credential", "Credential": "credential", "CredentialKind": "credential", "SignIn": "credential",
    "credential_for": "credential", "offers_oauth2": "credential",
    "Step": "events", "StepStatus": "events",
    "Finding": "findings", "Severity": "findings",
    "Pin": "fingerprint", "fingerprint_sha256": "fingerprint", "normalize_fingerprint": "fingerprint",
    "parse_fingerprint": "fingerprint", "same_fingerprint": "fingerprint",
    "AuthMethod": "server", "Direction": "server", "Protocol": "server", "Security": "server",
    "ServerSettings": "server", "SettingsError": "server", "default_port": "server", "normalize_host": "server",
    "expand_template": "usernames", "username_variants": "usernames",
}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = [
    "AccountConfig",
    "AddressError",
    "AuthMethod",
    "CertificateInfo",
    "ConsentReason",
    "Credential",
    "CredentialKind",
    "Direction",
    "EmailAddress",
    "Finding",
    "HelpPage",
    "NO_CREDENTIAL",
    "Pin",
    "Protocol",
    "Security",
    "ServerSettings",
    "SettingsError",
    "Severity",
    "SignIn",
    "Source",
    "Step",
    "StepStatus",
    "credential_for",
    "default_port",
    "expand_template",
    "fingerprint_sha256",
    "normalize_fingerprint",
    "normalize_host",
    "offers_oauth2",
    "parse_fingerprint",
    "same_fingerprint",
    "username_variants",
]
