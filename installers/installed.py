"""The .deb installed as dpkg installs it on this machine, into a throwaway root: the root's
dpkg database is a copy of this system's (dpkg --root then writes nothing outside it), so dpkg
checks the package's Depends against what is installed here, with no --force-depends, as a
person's `dpkg -i` would. Before that, every package the Depends names must be one apt can
install here: a misspelt or foreign name fails with that name. Then the package is started the
way a desktop starts it (the Exec line of its desktop entry) and removed: nothing of it may be
left behind."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
from pathlib import Path

from installers.product import Product
from installers.tools import BuildError, run

DPKG_ADMIN = ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers")
SYSTEM_DPKG = Path("/var/lib/dpkg")  # this system's dpkg database (dpkg's default admindir)


def make_root(root: Path, system: Path = SYSTEM_DPKG) -> Path:
    """root with a copy of this system's dpkg database: every installed package's record
    (status, and arch for foreign architectures) and file list (info/*.list, in the layout
    info/format names). Not its triggers: nothing of this system is to be triggered by the
    throwaway install."""
    if not (system / "status").is_file():
        raise BuildError(f"this system has no dpkg database ({system / 'status'}): the installed-.deb check needs Debian or Ubuntu")
    admin = root / "var/lib/dpkg"
    for folder in DPKG_ADMIN:
        (root / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(system / "status", admin / "status")
    (admin / "available").touch()
    if (system / "arch").is_file():
        shutil.copyfile(system / "arch", admin / "arch")
    # info/format first: without it dpkg takes the lists for its oldest layout and rewrites them all
    for listing in sorted((system / "info").glob("format")) + sorted((system / "info").glob("*.list")):
        shutil.copyfile(listing, admin / "info" / listing.name)
    return root


def _dpkg(root: Path, *args: str | Path, check: bool = True):
    # --log: dpkg's log is this system's /var/log/dpkg.log even under --root; the throwaway
    # install is not this system's history.
    return run("dpkg", f"--root={root}", "--log=/dev/null", "--force-script-chrootless", "--no-triggers", *args, check=check,
               env={"LC_ALL": "C"})


def depends(deb: Path) -> list[str]:
    """Every package the .deb's Depends names (each alternative too), without versions or
    architecture qualifiers."""
    field = run("dpkg-deb", "--field", deb, "Depends").stdout.decode()
    found = (re.match(r"\s*([a-z0-9][a-z0-9+.-]*)", alternative) for alternative in re.split(r"[,|]", field))
    return sorted({m.group(1) for m in found if m})


def not_installable(names: list[str]) -> list[str]:
    """The names neither installed here (dpkg-query) nor installable (apt has no candidate
    for them): no such package in this system's archive, or only a virtual one nothing provides."""
    if not names:
        return []
    listed = run("dpkg-query", "--show", "--showformat=${Package} ${db:Status-Abbrev}\\n", *names, check=False).stdout.decode()
    installed = {line.split()[0] for line in listed.splitlines() if line.split()[1:2] == ["ii"]}
    names = [n for n in names if n not in installed]
    if not names:  # all installed: apt need not be asked
        return []
    said = run("apt-cache", "policy", *names, env={"LC_ALL": "C"}).stdout.decode()
    candidates: dict[str, str] = {}
    name = ""
    for line in said.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            name = line[:-1].split(":")[0]
        elif line.strip().startswith("Candidate:") and name:
            candidates[name] = line.split(":", 1)[1].strip()
    return [n for n in names if candidates.get(n, "(none)") == "(none)"]


def install(deb: Path, root: Path) -> None:
    unknown = not_installable(depends(deb))
    if unknown:
        raise BuildError(f"{deb.name} depends on {', '.join(unknown)}, which apt cannot install on this system (no such "
                         "package here): installers/sysdeps.py names the Debian packages")
    result = _dpkg(make_root(root), "--install", deb, check=False)
    if result.returncode != 0:
        said = (result.stderr + result.stdout).decode(errors="replace").splitlines()
        why = [line.strip() for line in said if " depends on " in line or line.startswith(("  Package ", "  Version of "))]
        hint = " (make system-packages installs every package a Depends can name: the Makefile's DEB_DEPENDS)" if why else ""
        raise BuildError(f"dpkg would not install {deb.name} on this system: {' '.join(why or said[-3:])}{hint}")


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
