"""Signing keys: the release's (a GnuPG home and an Authenticode certificate handed in from
the CI runner's secrets) or throwaway ones made on the spot for tests and local builds.
Nothing secret is ever written into the repository."""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from installers.tools import BuildError, run

GPG_CONF = "personal-digest-preferences SHA512\ndigest-algo SHA512\ncert-digest-algo SHA512\n"


@dataclass(frozen=True)
class Keys:
    gnupghome: Path
    gpg_key: str  # long key id (16 hex digits), the one debsig-verify files its policy under
    gpg_public: Path  # binary keyring: debsig-verify and gpgv read this
    gpg_public_armored: Path  # for rpm --import
    gpg_secret_armored: Path | None  # for nfpm's rpm signature
    code_cert: Path  # Authenticode certificate chain (PEM)
    code_key: Path  # its private key (PEM)
    code_ca: Path  # the root to verify against


def _gpg(home: Path, *args: str, input: bytes | None = None):
    return run("gpg", "--homedir", home, "--batch", "--pinentry-mode", "loopback", "--passphrase", "", *args, input=input)


def _export(home: Path, out: Path, key: str, secret: bool) -> tuple[Path, Path, Path | None]:
    public = out / "release-key.gpg"
    public.write_bytes(_gpg(home, "--export", key).stdout)
    armored = out / "release-key.asc"
    armored.write_bytes(_gpg(home, "--armor", "--export", key).stdout)
    secret_path = None
    if secret:
        secret_path = out / "release-key.secret.asc"
        secret_path.write_bytes(_gpg(home, "--armor", "--export-secret-keys", key).stdout)
        secret_path.chmod(0o600)
    return public, armored, secret_path


def long_id(home: Path, key: str | None = None) -> str:
    listing = _gpg(home, "--with-colons", "--list-secret-keys", *([key] if key else [])).stdout.decode()
    ids = [line.split(":")[4] for line in listing.splitlines() if line.startswith("sec:")]
    if not ids:
        raise BuildError(f"no secret signing key in {home}")
    return ids[0].upper()


def release_keys(out: Path, gnupghome: Path, gpg_key: str | None, code_cert: Path, code_key: Path, code_ca: Path) -> Keys:
    """The release's keys, from files the CI job wrote from its secrets."""
    out.mkdir(parents=True, exist_ok=True)
    (gnupghome / "gpg.conf").write_text(GPG_CONF, encoding="utf-8")
    key = long_id(gnupghome, gpg_key)
    public, armored, secret = _export(gnupghome, out, key, secret=True)
    return Keys(gnupghome, key, public, armored, secret, code_cert, code_key, code_ca)


def throwaway(out: Path) -> Keys:
    """A fresh GnuPG key (RSA 3072, SHA-512 digests) and a fresh Authenticode chain."""
    import shutil

    shutil.rmtree(out, ignore_errors=True)
    home = out / "gnupg"
    home.mkdir(parents=True)
    home.chmod(0o700)
    (home / "gpg.conf").write_text(GPG_CONF, encoding="utf-8")
    # Made "at" SOURCE_DATE_EPOCH, so signatures dated then (reproducible ones) are valid.
    from installers.tools import epoch

    _gpg(home, "--faked-system-time", f"{epoch()}!", "--quick-gen-key", "mailsetup throwaway release key <release@mailsetup.invalid>", "rsa3072", "sign", "never")
    key = long_id(home)
    public, armored, secret = _export(home, out, key, secret=True)
    cert, private, ca = _code_signing_chain(out)
    return Keys(home, key, public, armored, secret, cert, private, ca)


def _code_signing_chain(out: Path) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    start = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(2099, 12, 31, tzinfo=datetime.timezone.utc)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "mailsetup throwaway")])

    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (x509.CertificateBuilder().subject_name(name("mailsetup throwaway root")).issuer_name(name("mailsetup throwaway root"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(start).not_valid_after(end)
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(name("mailsetup throwaway code signing")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(2).not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (out / "code-ca.pem").write_bytes(ca.public_bytes(pem))
    (out / "code-cert.pem").write_bytes(cert.public_bytes(pem) + ca.public_bytes(pem))
    private = out / "code-key.pem"
    private.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    os.chmod(private, 0o600)
    return out / "code-cert.pem", private, out / "code-ca.pem"
