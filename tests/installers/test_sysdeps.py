"""What the packages depend on is read from the bundle: a soname it links and does not ship,
with its symbol versions, named for Debian and for rpm from that one reading; a soname with
no Debian name fails the build; a .deb and an .rpm built from one bundle declare the same
needs (dpkg-deb and rpm read back from the packages themselves)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import PySide6
from installers import elf, linux, sysdeps
from installers.product import product
from installers.tools import BuildError

TRUE = Path(shutil.which("true") or "/bin/true").resolve()  # a program that links libc.so.6 alone
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"


def bundle(root: Path, *files: Path, names: tuple[str, ...] = ()) -> Path:
    onedir = root / "mailsetup"
    (onedir / "_internal").mkdir(parents=True)
    shutil.copyfile(TRUE, onedir / "mailsetup")
    (onedir / "mailsetup").chmod(0o755)
    for path in files:
        shutil.copyfile(path, onedir / "_internal" / path.name)
    for name in names:
        (onedir / "_internal" / name).write_bytes(b"")
    return onedir


def glibc_floor(path: Path) -> str:
    versions = dict(elf.links(path).versions)["libc.so.6"]
    return max((v.removeprefix("GLIBC_") for v in versions), key=lambda v: tuple(map(int, v.split("."))))


def test_a_linked_library_the_bundle_lacks_is_needed_with_its_versions(tmp_path):
    needs = sysdeps.read(bundle(tmp_path))
    assert list(needs.libraries) == ["libc.so.6"] and needs.first == {"libc.so.6": "mailsetup"}
    floor = glibc_floor(TRUE)
    assert sysdeps.deb_depends(needs) == [f"libc6 (>= {floor})"]
    requires = sysdeps.rpm_requires(needs)
    assert requires[0] == "libc.so.6()(64bit)" and f"libc.so.6(GLIBC_{floor})(64bit)" in requires
    assert all(r.startswith("libc.so.6(") and r.endswith(")(64bit)") for r in requires)


def test_a_library_the_bundle_ships_is_not_needed_but_the_data_it_reads_is(tmp_path):
    needs = sysdeps.read(bundle(tmp_path, names=("libc.so.6", "libfontconfig.so.1", "libxkbcommon.so.0")))
    assert needs.libraries == {}
    assert sysdeps.deb_depends(needs) == ["fontconfig-config", "xkb-data"]
    assert sysdeps.rpm_requires(needs) == ["fontconfig", "xkeyboard-config"]


def test_a_linked_library_with_no_debian_name_fails_for_both_packages(tmp_path):
    # Qt's D-Bus module without the Qt core it links: a soname nobody named.
    needs = sysdeps.read(bundle(tmp_path, QT_LIB / "libQt6DBus.so.6"))
    assert "libQt6Core.so.6" in needs.libraries
    for derive in (sysdeps.deb_depends, sysdeps.rpm_requires):
        with pytest.raises(BuildError, match=r"libQt6Core\.so\.6 \(_internal/libQt6DBus\.so\.6\)"):
            derive(needs)


def test_the_deb_and_the_rpm_declare_the_same_needs(tmp_path):
    prod = product("0.1.0")
    onedir = bundle(tmp_path, names=("libfontconfig.so.1",))
    needs = sysdeps.read(onedir)
    icons = {f"{size}.png": b"\x89PNG" for size in linux.ICON_SIZES}
    root = linux.stage(prod, onedir, icons, tmp_path / "root")
    out = tmp_path / "out"
    out.mkdir()
    deb = linux.deb(prod, root, out, needs)
    nfpm = shutil.which("nfpm") or str(Path(sys.executable).parent / "nfpm")
    rpm = linux.rpm(prod, root, out, needs, nfpm)
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True).stdout.strip()
    requires = subprocess.run(["rpm", "-qp", "--requires", str(rpm)], capture_output=True, text=True, check=True).stdout.split("\n")
    floor = glibc_floor(TRUE)
    assert depends == f"fontconfig-config, libc6 (>= {floor})"
    declared = [r for r in requires if r and not r.startswith("rpmlib(")]
    assert sorted(declared) == sorted(sysdeps.rpm_requires(needs))
    assert "fontconfig" in declared and f"libc.so.6(GLIBC_{floor})(64bit)" in declared


def test_a_bundle_that_links_nothing_declares_nothing(tmp_path):
    onedir = tmp_path / "mailsetup"
    onedir.mkdir()
    (onedir / "mailsetup").write_text("#!/bin/sh\n")
    needs = sysdeps.read(onedir)
    assert sysdeps.deb_depends(needs) == [] and sysdeps.rpm_requires(needs) == []


def _owner(path: str) -> str | None:
    """The Debian package that installed this file (merged /usr: dpkg knows one spelling)."""
    real = os.path.realpath(path)
    for candidate in (path, real, real.removeprefix("/usr"), "/usr" + path):
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0]
    return None


@pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldconfig") is None, reason="a Debian system answers")
def test_the_debian_names_are_the_packages_that_ship_those_libraries_here():
    """Each soname's Debian package is the one dpkg says installed it on this machine (those
    installed here; the bundle's own, every one)."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in listing.splitlines():
        name, _, path = line.strip().partition(" => ")
        soname = name.split(" ")[0]
        if soname in sysdeps.DEBIAN and ("x86-64" in name or "AArch64" in name):
            found.setdefault(soname, path)
    checked = {soname: _owner(path) for soname, path in found.items()}
    assert {s: p for s, p in checked.items() if p != sysdeps.DEBIAN[s]} == {}
    assert {"libc.so.6", "libEGL.so.1", "libdbus-1.so.3", "libxcb.so.1"} <= set(checked)
    assert _owner("/etc/fonts/fonts.conf") == sysdeps.SHIPPED_DATA["libfontconfig.so.1"][0]
    assert _owner("/usr/share/X11/xkb/rules/evdev") == sysdeps.SHIPPED_DATA["libxkbcommon.so.0"][0]
