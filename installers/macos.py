"""The macOS .app around a onedir bundle: Contents/MacOS holds the program, Resources the
icon, Info.plist says who it is. Signing with the hardened runtime, the .dmg, notarisation and
stapling need Apple's tools and run on the macOS runner (.github/workflows/release.yml); here
the layout and the Info.plist are made and checked."""

from __future__ import annotations

import plistlib
import shutil
from pathlib import Path

from installers.product import Product
from installers.tools import BuildError, normalise_tree

REQUIRED = ("CFBundleIdentifier", "CFBundleName", "CFBundleDisplayName", "CFBundleExecutable", "CFBundleIconFile",
            "CFBundlePackageType", "CFBundleShortVersionString", "CFBundleVersion", "LSMinimumSystemVersion")


def info_plist(product: Product, executable: str) -> dict:
    return {
        "CFBundleIdentifier": product.app_id,
        "CFBundleName": product.names["en"][:15],
        "CFBundleDisplayName": product.names["en"],
        "CFBundleExecutable": executable,
        "CFBundleIconFile": "icon.icns",
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": product.version,
        "CFBundleVersion": product.version,
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "da", "nb"],
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "The mailsetup authors (MIT)",
    }


def app(product: Product, payload: Path, executable: str, icns: bytes, out: Path) -> Path:
    bundle = out / f"{product.names['en']}.app"
    if bundle.exists():
        shutil.rmtree(bundle)
    contents = bundle / "Contents"
    shutil.copytree(payload, contents / "MacOS", symlinks=True)
    (contents / "Resources").mkdir()
    (contents / "Resources" / "icon.icns").write_bytes(icns)
    with (contents / "Info.plist").open("wb") as f:
        plistlib.dump(info_plist(product, executable), f, sort_keys=True)
    (contents / "PkgInfo").write_bytes(b"APPL????")
    normalise_tree(bundle)
    return bundle


def check(bundle: Path, product: Product) -> None:
    """What Finder and Gatekeeper insist on, so a broken layout fails here, not on the runner."""
    contents = bundle / "Contents"
    try:
        with (contents / "Info.plist").open("rb") as f:
            info = plistlib.load(f)
    except (OSError, plistlib.InvalidFileException) as exc:
        raise BuildError(f"{bundle.name}: Info.plist does not read: {exc}") from None
    missing = [key for key in REQUIRED if key not in info]
    if missing:
        raise BuildError(f"{bundle.name}: Info.plist lacks {', '.join(missing)}")
    if info["CFBundleIdentifier"] != product.app_id or info["CFBundleShortVersionString"] != product.version:
        raise BuildError(f"{bundle.name}: Info.plist names {info['CFBundleIdentifier']} {info['CFBundleShortVersionString']}")
    program = contents / "MacOS" / info["CFBundleExecutable"]
    if not program.is_file() or not program.stat().st_mode & 0o111:
        raise BuildError(f"{bundle.name}: the executable {info['CFBundleExecutable']} is not in Contents/MacOS")
    icon = contents / "Resources" / info["CFBundleIconFile"]
    if not icon.is_file() or icon.read_bytes()[:4] != b"icns":
        raise BuildError(f"{bundle.name}: no .icns icon at Resources/{info['CFBundleIconFile']}")
