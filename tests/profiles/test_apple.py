"""Every generated .mobileconfig matches Apple's schemas; signed ones verify."""

from __future__ import annotations

import datetime as dt
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wizard.model import CertificateInfo
from wizard.model.fingerprint import Pin, fingerprint_sha256
from wizard.profiles import apple

from tests.profiles.apple_validator import validate
from tests.profiles.conftest import exchange_account, imap_account, pop_account


def _self_signed_der(host: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def _all_profiles() -> list[dict]:
    der = _self_signed_der("mail.example.test")
    cert = CertificateInfo("mail.example.test", 993, fingerprint_sha256(der), der, self_signed=True)
    return [
        apple.build(imap_account()),
        apple.build(pop_account()),
        apple.build(imap_account(realname="Alice Æbelø", provider="Example Mail", certificates=(cert,))),
        apple.build(imap_account(), password="secret"),
        apple.build(exchange_account(), apple.MAC),
        apple.build(exchange_account(), apple.IOS),
        apple.build(exchange_account(certificates=(cert,)), apple.IOS, password="secret"),
    ]


@pytest.mark.parametrize("index", range(7))
def test_every_profile_matches_apples_schema(index: int) -> None:
    profile = _all_profiles()[index]
    assert validate(profile) == []
    # and survives the plist round trip unchanged
    assert plistlib.loads(apple.to_bytes(profile)) == profile


def test_the_validator_catches_what_it_should() -> None:
    profile = apple.build(imap_account())
    mail = profile["PayloadContent"][0]
    bad = dict(profile, PayloadContent=[dict(mail, EmailAccountType="EmailTypeExchange", IncomingMailServerPortNumber="993", Bogus=1)])
    del bad["PayloadContent"][0]["IncomingMailServerHostName"]
    errors = validate(bad)
    assert any("EmailAccountType" in e for e in errors)
    assert any("IncomingMailServerPortNumber" in e for e in errors)
    assert any("unknown key Bogus" in e for e in errors)
    assert any("IncomingMailServerHostName missing" in e for e in errors)
    ews_on_iphone = dict(apple.build(exchange_account(), apple.MAC), TargetDeviceType=1)
    assert any("not available on iOS" in e for e in validate(ews_on_iphone))


def test_mail_payload_carries_the_servers_and_no_password() -> None:
    profile = apple.build(pop_account())
    mail = profile["PayloadContent"][0]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert mail["EmailAccountType"] == "EmailTypePOP"
    assert (mail["IncomingMailServerHostName"], mail["IncomingMailServerPortNumber"], mail["IncomingMailServerUseSSL"]) == ("pop.example.test", 995, True)
    assert (mail["OutgoingMailServerHostName"], mail["OutgoingMailServerPortNumber"], mail["OutgoingMailServerUsername"]) == ("smtp.example.test", 465, "bob@smtp")
    assert mail["OutgoingPasswordSameAsIncomingPassword"] is False
    assert not any("Password" in k and k != "OutgoingPasswordSameAsIncomingPassword" for k in mail)
    with_pw = apple.build(pop_account(), password="pw")["PayloadContent"][0]
    assert with_pw["IncomingPassword"] == "pw" == with_pw["OutgoingPassword"]


def test_identifiers_are_stable_and_uuids_fresh() -> None:
    a, b = apple.build(imap_account()), apple.build(imap_account())
    assert a["PayloadIdentifier"] == b["PayloadIdentifier"] == "net.mailsetup.account.test.example.alice"
    assert a["PayloadContent"][0]["PayloadIdentifier"] == b["PayloadContent"][0]["PayloadIdentifier"]
    assert a["PayloadUUID"] != b["PayloadUUID"]
    assert a["PayloadContent"][0]["PayloadUUID"] != b["PayloadContent"][0]["PayloadUUID"]


def test_exchange_uses_ews_on_macs_and_activesync_with_the_phone_username_on_iphones() -> None:
    mac = apple.build(exchange_account(), apple.MAC)
    ios = apple.build(exchange_account(), apple.IOS)
    ews, eas = mac["PayloadContent"][0], ios["PayloadContent"][0]
    assert (ews["PayloadType"], ews["Host"], ews["Path"], ews["UserName"]) == ("com.apple.ews.account", "outlook.business.test", "/EWS/Exchange.asmx", "carol@business.test")
    assert (eas["PayloadType"], eas["Host"], eas["UserName"]) == ("com.apple.eas.account", "eas.business.test", "carol_business.test")
    assert (mac["TargetDeviceType"], ios["TargetDeviceType"]) == (5, 1)
    assert mac["PayloadOrganization"] == "Business Mail"
    with pytest.raises(apple.AppleError):
        apple.build(exchange_account())


def test_accepted_certificate_becomes_a_trust_payload_and_pins_without_bytes_are_reported(tmp_path: Path) -> None:
    der = _self_signed_der("mail.example.test")
    cert = CertificateInfo("mail.example.test", 993, fingerprint_sha256(der), der, self_signed=True)
    files = apple.write_files(imap_account(certificates=(cert, Pin("mail.example.test", 587, "ab" * 32))), tmp_path)
    profile = plistlib.loads(files.paths[0].read_bytes())
    root = [p for p in profile["PayloadContent"] if p["PayloadType"] == "com.apple.security.root"]
    assert len(root) == 1 and root[0]["PayloadContent"] == der
    assert files.skipped_certificates == ("mail.example.test:587",)
    assert validate(profile) == []


def _signer(tmp_path: Path) -> tuple[apple.Signer, Path]:
    ca = trustme.CA()
    leaf = ca.issue_cert("profiles.example.test")
    cert_file, key_file, ca_file = tmp_path / "sign.pem", tmp_path / "sign.key", tmp_path / "ca.pem"
    cert_file.write_bytes(b"".join(b.bytes() for b in leaf.cert_chain_pems))
    key_file.write_bytes(leaf.private_key_pem.bytes())
    ca.cert_pem.write_to_path(str(ca_file))
    return apple.Signer.from_files(cert_file, key_file), ca_file


def test_signed_profiles_verify_and_carry_the_plist(tmp_path: Path) -> None:
    signer, ca_file = _signer(tmp_path)
    files = apple.write_files(imap_account(), tmp_path / "out", signer=signer)
    data = files.paths[0].read_bytes()
    assert files.signed and not data.startswith(b"<?xml")
    inner = apple.unsigned_content(data)
    assert validate(plistlib.loads(inner)) == []
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed; the signature itself was not checked")
    verified = subprocess.run(
        ["openssl", "cms", "-verify", "-inform", "DER", "-binary", "-CAfile", str(ca_file), "-purpose", "any"],
        input=data, capture_output=True, timeout=20,
    )
    assert verified.returncode == 0, verified.stderr.decode()
    assert verified.stdout == inner
    tampered = data.replace(b"mail.example.test", b"evil.example.test")
    bad = subprocess.run(["openssl", "cms", "-verify", "-inform", "DER", "-binary", "-CAfile", str(ca_file), "-purpose", "any"], input=tampered, capture_output=True, timeout=20)
    assert bad.returncode != 0


def test_exchange_writes_one_profile_per_platform(tmp_path: Path) -> None:
    files = apple.write_files(exchange_account(), tmp_path)
    assert sorted(p.name for p in files.paths) == ["carol_at_business.test-iphone.mobileconfig", "carol_at_business.test-mac.mobileconfig"]
    for path in files.paths:
        assert validate(plistlib.loads(path.read_bytes())) == []


def test_the_profile_shows_the_device_its_name_in_the_persons_language() -> None:
    from wizard.i18n import load_catalog

    danish = apple.build(imap_account(), catalog=load_catalog("da"))
    norwegian = apple.build(imap_account(), catalog=load_catalog("nb"))
    assert danish["PayloadDisplayName"].startswith("E-mail") and "adgangskode" in danish["PayloadDescription"]
    assert "passordet" in norwegian["PayloadDescription"]
