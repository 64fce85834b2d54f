"""Seed 004 (Mamut): Business Mail is Hosted Exchange with web access https://mamutmail.com and
the domain "hosting01"; on an iPhone (and Android, Symbian) the "@" in the username becomes "_".

The profiles are written through the CLI (`write --client apple --account-type exchange --brand
mamut`) and checked against Apple's own schema with the validator of tests/profiles."""

from __future__ import annotations

import plistlib

import pytest

from tests.profiles.apple_validator import validate
from tests.scenarios.packs import cli_net, mamut_world
from wizard.cli.main import main

pytestmark = pytest.mark.world


def _payload(path, kind):
    profile = plistlib.loads(path.read_bytes())
    return profile, next(p for p in profile["PayloadContent"] if p["PayloadType"] == kind)


def test_the_iphone_profile_has_the_underscore_username_and_the_mac_profile_the_full_address(world, tmp_path, capsys):
    mamut_world(world)
    alice = world.user("alice").address
    out = tmp_path / "out"
    code = main(["write", alice, "--client", "apple", "--account-type", "exchange", "--brand", "mamut", "--out", str(out), *cli_net(world)])
    capsys.readouterr()
    assert code == 0
    safe = alice.replace("@", "_at_")
    iphone, eas = _payload(out / f"{safe}-iphone.mobileconfig", "com.apple.eas.account")
    mac, ews = _payload(out / f"{safe}-mac.mobileconfig", "com.apple.ews.account")
    assert eas["UserName"] == "alice_example.test"  # mail_domæne.com
    assert (eas["Host"], eas["SSL"], eas["EmailAddress"]) == ("mamutmail.com", True, alice)
    assert ews["UserName"] == alice and ews["Host"] == "mamutmail.com"
    assert iphone["PayloadOrganization"] == "Mamut"
    assert validate(iphone) == [] and validate(mac) == []


def test_outlook_gets_business_mail_through_autodiscover_not_a_prf(world, tmp_path, capsys):
    mamut_world(world)
    alice = world.user("alice").address
    out = tmp_path / "out"
    code = main(["write", alice, "--client", "outlook", "--account-type", "exchange", "--brand", "mamut", "--out", str(out), *cli_net(world)])
    capsys.readouterr()
    assert code == 0
    xml = (out / "autodiscover-example.test.xml").read_text(encoding="utf-8")
    assert "mamutmail.com" in xml and "<Domain>hosting01</Domain>" in xml  # "indtaste hosting01"
    assert not list(out.glob("*.prf"))
