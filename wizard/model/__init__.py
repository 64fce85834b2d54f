"""Plain data that flows between the layers: no I/O, no Qt, a stable JSON form."""

from wizard.model.address import AddressError, EmailAddress
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
from wizard.model.account import AccountConfig, ConsentReason, HelpPage, Source
from wizard.model.usernames import expand_template, username_variants
from wizard.model.events import Step, StepStatus
from wizard.model.certificate import CertificateInfo
from wizard.model.fingerprint import Pin, fingerprint_sha256, normalize_fingerprint, parse_fingerprint, same_fingerprint
from wizard.model.findings import Finding, Severity
from wizard.model.credential import NO_CREDENTIAL, Credential, CredentialKind, SignIn, credential_for, offers_oauth2

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
