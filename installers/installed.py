"""The .deb installed as dpkg installs it, into a throwaway root (dpkg --root: its own
database, nothing on this machine touched), started the way a desktop starts it (the Exec line
of its desktop entry), then removed: nothing of it may be left behind."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from installers.product import Product
from installers.tools import BuildError, run

DPKG_ADMIN = ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers")


def make_root(root: Path) -> Path:
    for folder in DPKG_ADMIN:
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    return root


def _dpkg(root: Path, *args: str | Path):
    return run("dpkg", f"--root={root}", "--force-depends", "--force-script-chrootless", "--no-triggers", *args)


def install(deb: Path, root: Path) -> None:
    _dpkg(make_root(root), "--install", deb)


def remove(product: Product, root: Path) -> list[str]:
    """Purge the package; returns whatever it left outside dpkg's own database."""
    _dpkg(root, "--purge", product.package)
    left = [p.relative_to(root).as_posix() for p in root.rglob("*")
            if not p.relative_to(root).as_posix().startswith("var/lib/dpkg") and not p.is_dir()]
    return sorted(left)


def desktop_command(product: Product, root: Path) -> list[str]:
    """The desktop entry's Exec, resolved inside root the way a launcher resolves it on PATH."""
    entry = root / "usr/share/applications" / f"{product.app_id}.desktop"
    if not entry.is_file():
        raise BuildError(f"the package installed no desktop entry {entry.name}")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    words = [w for w in shlex.split(parser["Desktop Entry"]["Exec"]) if not w.startswith("%")]
    program = root / "usr/bin" / words[0]
    if not program.exists():
        raise BuildError(f"the desktop entry runs {words[0]}, which the package did not install in /usr/bin")
    icon = parser["Desktop Entry"]["Icon"]
    if not list((root / "usr/share/icons/hicolor").glob(f"*/apps/{icon}.*")):
        raise BuildError(f"the desktop entry's icon {icon} is not installed")
    return [str(program), *words[1:]]
