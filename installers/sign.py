"""Signing and verifying: debsigs for the .deb (SHA-512, forced through gpg.conf: debsigs asks
for SHA-1, which current GnuPG refuses), rpm's header signature, Authenticode (osslsigncode,
SHA-256) for Windows files, and the signed SHA256SUMS that covers everything else.

Every signature carries SOURCE_DATE_EPOCH as its time, so a signed build is as reproducible
as an unsigned one, and a signature moved onto an unsigned rebuild gives the signed file back
byte for byte."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from installers.keys import Keys
from installers.tools import epoch, run


@dataclass(frozen=True)
class Verdict:
    file: str
    ok: bool
    how: str  # which tool said so


def _gpg_env(keys: Keys) -> dict[str, str]:
    return {"GNUPGHOME": str(keys.gnupghome)}


# -- .deb ---------------------------------------------------------------------------------

def sign_deb(path: Path, keys: Keys) -> None:
    run("debsigs", "--sign=origin", "-k", keys.gpg_key, path, env=_gpg_env(keys))


def debsig_policy(keys: Keys, out: Path) -> Path:
    """What debsig-verify needs to trust our key: a policy and a keyring, filed under the key's
    id. Published with the release (a person or an admin installs them under /etc/debsig and
    /usr/share/debsig/keyrings)."""
    policies, keyrings = out / "policies" / keys.gpg_key, out / "keyrings" / keys.gpg_key
    policies.mkdir(parents=True, exist_ok=True)
    keyrings.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(keys.gpg_public, keyrings / "debsig.gpg")
    (policies / "mailsetup.pol").write_text(f"""<?xml version="1.0"?>
<!DOCTYPE Policy SYSTEM "https://www.debian.org/debsig/1.0/policy.dtd">
<Policy xmlns="https://www.debian.org/debsig/1.0/">
  <Origin Name="mailsetup" id="{keys.gpg_key}" Description="mailsetup releases"/>
  <Selection>
    <Required Type="origin" File="debsig.gpg" id="{keys.gpg_key}"/>
  </Selection>
  <Verification MinOptional="0">
    <Required Type="origin" File="debsig.gpg" id="{keys.gpg_key}"/>
  </Verification>
</Policy>
""", encoding="utf-8")
    return out


def verify_deb(path: Path, policy: Path) -> Verdict:
    result = run("debsig-verify", "--policies-dir", policy / "policies", "--keyrings-dir", policy / "keyrings", path, check=False)
    return Verdict(path.name, result.returncode == 0, "debsig-verify")


# -- .rpm ---------------------------------------------------------------------------------

def verify_rpm(path: Path, keys: Keys, dbpath: Path) -> Verdict:
    dbpath.mkdir(parents=True, exist_ok=True)
    run("rpmkeys", "--dbpath", dbpath, "--import", keys.gpg_public_armored)
    result = run("rpmkeys", "--dbpath", dbpath, "--checksig", path, check=False)
    text = result.stdout.decode()
    ok = result.returncode == 0 and "signatures OK" in text and "NOT OK" not in text
    return Verdict(path.name, ok, "rpm -K")


# -- Authenticode -------------------------------------------------------------------------

def authenticode_sign(path: Path, keys: Keys, description: str, timestamp_url: str | None = None) -> None:
    """Sign a PE or MSI file in place (SHA-256). A timestamp only where a timestamp server is
    given: without one the signature is valid until the certificate expires."""
    out = path.with_name(path.name + ".signing")
    args = ["osslsigncode", "sign", "-certs", keys.code_cert, "-key", keys.code_key, "-h", "sha256", "-n", description,
            "-i", "https://mailsetup.org/", "-time", str(epoch())]
    if timestamp_url:
        args += ["-ts", timestamp_url]
    run(*args, "-in", path, "-out", out)
    out.replace(path)


def authenticode_verify(path: Path, keys: Keys) -> Verdict:
    result = run("osslsigncode", "verify", "-CAfile", keys.code_ca, "-time", str(epoch()), "-in", path, check=False)
    return Verdict(path.name, result.returncode == 0 and b"Signature verification: ok" in result.stdout, "osslsigncode verify")


def reattach(signed: Path, unsigned: Path, out: Path, ca: Path | None = None) -> Path:
    """The signed release's signature put onto an unsigned rebuild (identical bytes prove the
    release was built from this source)."""
    signature = out.with_suffix(".sig")
    run("osslsigncode", "extract-signature", "-in", signed, "-out", signature)
    run("osslsigncode", "attach-signature", "-sigin", signature, *(["-CAfile", ca] if ca else []), "-in", unsigned, "-out", out)
    signature.unlink()
    return out


# -- the manifest -------------------------------------------------------------------------

def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(files: list[Path], out: Path) -> Path:
    manifest = out / "SHA256SUMS"
    manifest.write_text("".join(f"{sha256(f)}  {f.name}\n" for f in sorted(files, key=lambda p: p.name)), encoding="utf-8")
    return manifest


def sign_manifest(manifest: Path, keys: Keys) -> Path:
    signature = manifest.with_name(manifest.name + ".asc")
    signature.unlink(missing_ok=True)
    run("gpg", "--homedir", keys.gnupghome, "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
        "--faked-system-time", f"{epoch()}!", "--local-user", keys.gpg_key, "--armor", "--detach-sign",
        "--output", signature, manifest)
    return signature


def verify_manifest(manifest: Path, keys_public: Path) -> list[Verdict]:
    """gpgv on SHA256SUMS, then every listed file's digest."""
    signature = manifest.with_name(manifest.name + ".asc")
    result = run("gpgv", "--keyring", keys_public.resolve(), signature, manifest, check=False)
    verdicts = [Verdict(manifest.name, result.returncode == 0, "gpgv")]
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        path = manifest.parent / name
        verdicts.append(Verdict(name, path.is_file() and sha256(path) == digest, "sha256"))
    return verdicts


def tampered(path: Path, out: Path) -> Path:
    """A copy with one byte flipped in the middle: every verifier must reject it."""
    copy = out / path.name
    shutil.copyfile(path, copy)
    with copy.open("r+b") as f:
        f.seek(copy.stat().st_size // 2)
        byte = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([byte[0] ^ 0xFF]))
    return copy


