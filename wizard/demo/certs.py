"""Certificates the demo provider makes for itself at start-up (nothing ships, nothing expires in use).

Two kinds on purpose: a small demo certificate authority signs the web endpoint, and the
wizard is told to trust that authority (as `--ca-file` would), so the provider's own settings
arrive over a trusted https connection. The mail servers present a self-signed certificate
instead, the "new certificate" of a provider's planned change, so the certificate page appears."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wizard.model.fingerprint import fingerprint_sha256


@dataclass(frozen=True)
class KeyPair:
    cert_pem: bytes
    key_pem: bytes
    sha256: str  # colon-separated, as the wizard shows it

    @property
    def pem(self) -> bytes:
        return self.cert_pem + self.key_pem


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, org), x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _san(hosts: tuple[str, ...]) -> x509.SubjectAlternativeName:
    entries: list[x509.GeneralName] = [x509.DNSName(h) for h in hosts]
    entries.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    return x509.SubjectAlternativeName(entries)


def _pair(cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> KeyPair:
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return KeyPair(cert.public_bytes(serialization.Encoding.PEM), key_pem, fingerprint_sha256(cert.public_bytes(serialization.Encoding.DER)))


def _validity(builder: x509.CertificateBuilder, days: int) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.timezone.utc)
    return builder.not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=days))


@dataclass(frozen=True)
class DemoCertificates:
    ca: KeyPair  # trusted by the demo's NetContext
    web: KeyPair  # signed by the CA: https settings endpoint
    mail: KeyPair  # self-signed "new" certificate of the mail servers
    old: KeyPair | None = None  # the certificate they showed last week (certificate-changed scene)

    @classmethod
    def create(cls, web_hosts: tuple[str, ...], mail_hosts: tuple[str, ...], *, with_old: bool = False) -> "DemoCertificates":
        ca_key = _key()
        ca_name = _name("Demo Mail Certificate Authority", "Demo Mail (mailsetup demo)")
        ca_cert = (
            _validity(x509.CertificateBuilder(), 30)
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        web_key = _key()
        web_cert = (
            _validity(x509.CertificateBuilder(), 7)
            .subject_name(_name(web_hosts[0], "Demo Mail"))
            .issuer_name(ca_name)
            .public_key(web_key.public_key())
            .serial_number(x509.random_serial_number())
            .add_extension(_san(web_hosts), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(web_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        ca_pair = _pair(ca_cert, ca_key)
        old = _self_signed(mail_hosts, "Demo Mail") if with_old else None
        return cls(ca=KeyPair(ca_pair.cert_pem, b"", ca_pair.sha256), web=_pair(web_cert, web_key), mail=_self_signed(mail_hosts, "Demo Mail (new certificate)"), old=old)


def _self_signed(hosts: tuple[str, ...], org: str) -> KeyPair:
    key = _key()
    name = _name(hosts[0], org)
    cert = (
        _validity(x509.CertificateBuilder(), 365)
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(_san(hosts), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return _pair(cert, key)
