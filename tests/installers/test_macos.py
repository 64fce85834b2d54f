"""macOS: the .app's layout and Info.plist, made and checked here (signing, the .dmg and
notarisation run on the macOS runner)."""

import plistlib

import pytest

from installers import macos
from installers.product import product
from installers.tools import BuildError


def test_the_app_has_a_readable_info_plist_and_its_parts(tmp_path, onedir):
    prod = product("0.1.0", "mamut")
    bundle = macos.app(prod, onedir, "mailsetup", b"icns\0\0\0\x08", tmp_path)
    macos.check(bundle, prod)
    info = plistlib.loads((bundle / "Contents/Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "org.mailsetup.mailsetup.mamut"
    assert info["CFBundleDisplayName"] == "Mamut e-mail setup"
    assert info["CFBundleLocalizations"] == ["en", "da", "nb"]


def test_a_bundle_without_its_program_is_refused(tmp_path, onedir):
    prod = product("0.1.0")
    bundle = macos.app(prod, onedir, "mailsetup", b"icns\0\0\0\x08", tmp_path)
    (bundle / "Contents/MacOS/mailsetup").unlink()
    with pytest.raises(BuildError, match="not in Contents/MacOS"):
        macos.check(bundle, prod)
