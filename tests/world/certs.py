"""Certificates for the world: one test CA the clients trust, plus deliberately bad ones.

Every certificate is written to disk as PEM because the daemons (Dovecot, Postfix) read files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class CertPair:
    """A certificate (leaf first, PEM) and its private key on disk."""

    label: str
    names: tuple[str, ...]
    cert_file: Path
    key_file: Path
    sha256: str  # hex SHA-256 of the leaf certificate's DER, lower case, no colons

    @property
    def cert_pem(self) -> bytes:
        return self.cert_file.read_bytes()


def _fingerprint(pem: bytes) -> str:
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


class Certs:
    """The world's CA and a cache of certificates issued for host names."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._ca = trustme.CA(organization_name="mailsetup test world CA")
        self.ca_file = directory / "ca.pem"
        self._ca.cert_pem.write_to_path(str(self.ca_file))
        self._cache: dict[str, CertPair] = {}
        # The web server's threads ask for certificates concurrently (SNI); two threads
        # issuing the same label would otherwise interleave a certificate and another key.
        self._lock = threading.RLock()

    # -- writing -------------------------------------------------------------------------------
    def _store(self, label: str, names: tuple[str, ...], cert_pem: bytes, key_pem: bytes) -> CertPair:
        cert_file = self.directory / f"{label}.crt"
        key_file = self.directory / f"{label}.key"
        cert_file.write_bytes(cert_pem)
        key_file.write_bytes(key_pem)
        key_file.chmod(0o600)
        pair = CertPair(label, names, cert_file, key_file, _fingerprint(cert_pem))
        self._cache[label] = pair
        return pair

    def _issue(self, label: str, names: tuple[str, ...], **kwargs: object) -> CertPair:
        with self._lock:
            if label in self._cache:
                return self._cache[label]
            leaf = self._ca.issue_cert(*names, **kwargs)  # type: ignore[arg-type]
            chain = b"".join(blob.bytes() for blob in leaf.cert_chain_pems)
            return self._store(label, names, chain, leaf.private_key_pem.bytes())

    # -- public --------------------------------------------------------------------------------
    def for_host(self, *names: str) -> CertPair:
        """A valid certificate from the world CA for these names (cached per name set)."""
        return self._issue("valid-" + "+".join(names), tuple(names))

    def changed(self, *names: str) -> CertPair:
        """A second, different but equally valid certificate ("the server certificate changed")."""
        return self._issue("changed-" + "+".join(names), tuple(names))

    def expired(self, *names: str) -> CertPair:
        """Issued by the world CA for the right names, but its validity ended yesterday (C2)."""
        now = dt.datetime.now(dt.timezone.utc)
        return self._issue(
            "expired-" + "+".join(names), tuple(names),
            not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1),
        )

    def wrong_name(self, name: str = "wrong-name.test") -> CertPair:
        """A valid world-CA certificate for some other host name (C4 when served elsewhere)."""
        return self._issue("wrongname-" + name, (name,))

    def self_signed(self, *names: str) -> CertPair:
        """A self-signed certificate for these names that no client trusts (C1)."""
        label = "selfsigned-" + "+".join(names)
        if label in self._cache:
            return self._cache[label]
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
        now = dt.datetime.now(dt.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
            .sign(key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return self._store(label, tuple(names), cert.public_bytes(serialization.Encoding.PEM), key_pem)
