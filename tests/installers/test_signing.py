"""Signed with throwaway keys, every artefact passes its verifier and a copy with one byte
changed fails it: debsig-verify for the .deb, rpm -K for the .rpm, osslsigncode for the NSIS
installer (and the uninstaller inside it) and the MSI, gpgv and SHA-256 for the manifest."""

import json
import subprocess

import pytest

from installers import sign


def report(out):
    return json.loads((out / "report.json").read_text())


def test_every_artefact_is_listed_in_the_signed_manifest(release):
    dist = release / "dist"
    names = {line.split("  ", 1)[1] for line in (dist / "SHA256SUMS").read_text().splitlines()}
    assert names == set(report(release)["artefacts"])
    assert {n.rsplit(".", 1)[-1] for n in names} == {"deb", "rpm", "xz", "exe", "msi"}
    assert (dist / "SHA256SUMS.asc").read_text().startswith("-----BEGIN PGP SIGNATURE-----")


@pytest.mark.parametrize("kind", ["deb", "rpm", "exe", "msi", "SHA256SUMS"])
def test_the_signature_holds_and_a_tampered_copy_is_rejected(release, kind):
    said = report(release)["verified"]
    assert any(line.endswith("signed " + n) or line.endswith("listed " + n) for line in said for n in [line.split()[-1]] if kind in n)
    assert any("rejected tampered" in line and kind in line for line in said)


def test_the_deb_signature_is_sha512(release):
    deb = next((release / "dist").glob("*.deb"))
    signature = dict(sign_members(deb))["_gpgorigin"]
    packets = subprocess.run(["gpg", "--list-packets"], input=signature, capture_output=True).stdout.decode()
    assert "digest algo 10" in packets  # 10 = SHA-512 (debsigs alone would ask for SHA-1)


def sign_members(deb):
    from installers.build import _deb_members

    return _deb_members(deb)


def test_the_uninstaller_inside_the_installer_is_signed_too(release):
    # NSIS signs it as it writes it (!uninstfinalize); the script says so and the build ran it.
    from installers.windows import nsis_script
    from installers.product import product
    from pathlib import Path

    script = nsis_script(product("0.1.0"), Path("payload"), "mailsetup.exe", Path("icon.ico"), "sign")
    assert "!uninstfinalize 'sign \"%1\"'" in script


def test_a_tampered_manifest_fails_gpgv(release, tmp_path):
    dist = release / "dist"
    for name in ("SHA256SUMS", "SHA256SUMS.asc"):
        (tmp_path / name).write_bytes((dist / name).read_bytes())
    (tmp_path / "SHA256SUMS").write_text((dist / "SHA256SUMS").read_text().replace("mailsetup", "mallsetup", 1))
    assert not sign.verify_manifest(tmp_path / "SHA256SUMS", release / "work" / "keys" / "release-key.gpg")[0].ok


def test_the_app_executable_is_signed_before_the_installers_wrap_it(release):
    said = report(release)["verified"]
    assert "osslsigncode verify: ok signed mailsetup.exe" in said
    assert "osslsigncode verify: rejected tampered mailsetup.exe" in said
    program = next((release / "work").glob("*payload/mailsetup.exe"))
    assert program.read_bytes()[:2] == b"MZ"  # a Windows program, even where the bundle is Linux's
    assert (release / "dist" / "program.sig").is_file()  # published: an unsigned rebuild reattaches it
