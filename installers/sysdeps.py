"""What the frozen bundle takes from the system: every soname one of its ELF files links that
the bundle does not ship (with the symbol versions needed of it), and the data files of
libraries it does ship but that live in the system (fontconfig's configuration, the keyboard
layouts). The .deb's Depends and the .rpm's Requires are both written from this one reading
of the bundle, so the two cannot drift apart, nor either from the bundle."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from installers import elf
from installers.tools import BuildError

# soname -> the Debian/Ubuntu package that ships it. A soname the bundle needs and this does
# not name fails the build: a new system library is a decision, not an accident.
DEBIAN = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "librt.so.1": "libc6", "ld-linux-x86-64.so.2": "libc6", "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libxcb.so.1": "libxcb1",
    "libdbus-1.so.3": "libdbus-1-3",  # left to the system on purpose (trim.FROM_THE_SYSTEM)
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
}
# Debian package -> the symbol-version prefix whose highest need is its minimum version
# (GLIBC_2.36 needed: libc6 (>= 2.36)), as dpkg-shlibdeps would write it.
VERSION_FLOORS = {"libc6": "GLIBC_"}
# A shipped library -> (Debian package, rpm package) of the data it reads from the system.
SHIPPED_DATA = {
    "libfontconfig.so.1": ("fontconfig-config", "fontconfig"),  # /etc/fonts, and through it a font
    "libxkbcommon.so.0": ("xkb-data", "xkeyboard-config"),      # the keyboard layouts
}


@dataclass(frozen=True)
class SystemNeeds:
    """libraries: soname -> the symbol versions needed of it (sorted); first: soname -> one
    file of the bundle that links it (for messages); data: (deb, rpm) package pairs."""

    libraries: dict[str, tuple[str, ...]]
    first: dict[str, str]
    data: tuple[tuple[str, str], ...]
    is_64bit: bool = True


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """GLIBC_2.9 before GLIBC_2.10; words and numbers never compared with each other."""
    return tuple((0, int(n)) if n.isdigit() else (1, n) for n in re.split(r"[._]", version))


def read(onedir: Path) -> SystemNeeds:
    """Every ELF file under onedir; a soname counts as shipped when any file or link in the
    bundle has that name (the loader finds it there through the bundle's rpath)."""
    files = sorted(p for p in onedir.rglob("*") if not p.is_dir())
    shipped = {p.name for p in files}
    libraries: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    wide = True
    for path in files:
        if path.is_symlink() or not elf.is_elf(path):
            continue
        try:
            found = elf.links(path)
        except ValueError as exc:
            raise BuildError(f"cannot read what {path.relative_to(onedir)} links: {exc}") from None
        wide = wide and found.is_64bit
        versions = dict(found.versions)
        for soname in found.needed:
            if soname in shipped:
                continue
            libraries.setdefault(soname, set()).update(versions.get(soname, ()))
            first.setdefault(soname, path.relative_to(onedir).as_posix())
    data = tuple(pair for name, pair in sorted(SHIPPED_DATA.items()) if name in shipped)
    return SystemNeeds({s: tuple(sorted(v, key=_version_key)) for s, v in sorted(libraries.items())}, first, data, wide)


def deb_depends(needs: SystemNeeds) -> list[str]:
    """The Depends entries, one per package, with a minimum version where symbol versions give one."""
    unnamed = [s for s in needs.libraries if s not in DEBIAN]
    if unnamed:
        raise BuildError(f"the bundle links {unnamed[0]} ({needs.first[unnamed[0]]}) but neither ships it nor names "
                         "the Debian package that does (installers/sysdeps.py DEBIAN)")
    floors: dict[str, tuple[int, ...]] = {}
    for soname, versions in needs.libraries.items():
        package = DEBIAN[soname]
        prefix = VERSION_FLOORS.get(package)
        for version in versions:
            number = version[len(prefix):] if prefix and version.startswith(prefix) else ""
            if re.fullmatch(r"\d+(\.\d+)*", number):
                key = tuple(int(n) for n in number.split("."))
                floors[package] = max(floors.get(package, key), key)
    packages = sorted({DEBIAN[s] for s in needs.libraries} | {deb for deb, _ in needs.data})
    return [f"{p} (>= {'.'.join(map(str, floors[p]))})" if p in floors else p for p in packages]


def rpm_requires(needs: SystemNeeds) -> list[str]:
    """rpm's own soname-style requirements (as its ELF dependency generator writes them:
    `libEGL.so.1()(64bit)`, `libc.so.6(GLIBC_2.34)(64bit)`), which Fedora's and openSUSE's
    packages provide alike, then the data packages by name."""
    deb_depends(needs)  # the same names must be known to both: one fails, both fail
    bits = "(64bit)" if needs.is_64bit else ""
    found = []
    for soname, versions in needs.libraries.items():
        found.append(f"{soname}(){bits}")
        found += [f"{soname}({v}){bits}" for v in versions]
    return found + sorted({rpm for _, rpm in needs.data})

