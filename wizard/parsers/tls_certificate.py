"""A server certificate's DER bytes turned into what a person is shown (CertificateInfo),
and the host-name and validity checks done on it (RFC 6125: SANs, left-most wildcard)."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timezone

from cryptography import x509
from cryptography.x509.oid import NameOID

from wizard.model.certificate import CertificateInfo
from wizard.model.fingerprint import fingerprint_sha256
from wizard.parsers.document import DetailParseError



class CertificateParseError(DetailParseError):
    """The bytes are not a certificate."""

    CODE = "certificate-malformed"


def _load(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except (ValueError, TypeError) as exc:
        raise CertificateParseError(str(exc)) from None


def _sans(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    except ValueError:
        return ()
    names = [str(n) for n in ext.get_values_for_type(x509.DNSName)]
    names += [str(ip) for ip in ext.get_values_for_type(x509.IPAddress)]
    return tuple(names)


def _common_names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        return tuple(str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME))
    except ValueError:
        return ()


def _self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:  # bad signature or unsupported key: not a proper self-signed cert
        return False
    return True


def certificate_info(der: bytes, host: str, port: int) -> CertificateInfo:
    cert = _load(der)
    return CertificateInfo(
        host=host,
        port=port,
        sha256=fingerprint_sha256(der),
        der=der,
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        sans=_sans(cert),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=_self_signed(cert),
    )


def identity_names(der: bytes) -> tuple[str, ...]:
    """The names a certificate vouches for: its SANs, or (only without any) its CN."""
    cert = _load(der)
    return _sans(cert) or _common_names(cert)


def _label_match(pattern: str, host: str) -> bool:
    p_labels, h_labels = pattern.split("."), host.split(".")
    if len(p_labels) != len(h_labels) or not p_labels[0]:
        return False
    first, rest = p_labels[0], p_labels[1:]
    if rest != h_labels[1:]:
        return False
    if first == "*":
        # wildcard stands for exactly one whole label, never under a bare suffix like *.com
        return len(p_labels) >= 3 and bool(h_labels[0]) and not h_labels[0].startswith("xn--")
    return "*" not in first and first == h_labels[0]


def name_matches(names: tuple[str, ...] | list[str], host: str) -> bool:
    """Whether `host` (a DNS name or an IP address) is one of `names`."""
    host = host.strip().rstrip(".").lower()
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        ip = None
    for name in names:
        name = name.strip().rstrip(".").lower()
        if ip is not None:
            try:
                if ipaddress.ip_address(name) == ip:
                    return True
            except ValueError:
                continue
        elif _label_match(name, host):
            return True
    return False


def hostname_matches(der: bytes, host: str) -> bool:
    return name_matches(identity_names(der), host)


def validity_problem(info: CertificateInfo, now: datetime | None = None) -> str | None:
    """"expired", "not-yet-valid" or None."""
    now = now or datetime.now(timezone.utc)
    if info.not_after is not None and now > info.not_after:
        return "expired"
    if info.not_before is not None and now < info.not_before:
        return "not-yet-valid"
    return None
