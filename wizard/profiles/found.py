"""The mail programs on this computer, with versions where they are readable, and the rest of
a report's identity (time, mailsetup version, operating system, brand): what support needs
to know which attempt and which release a forwarded report belongs to.

Thunderbird writes the version that last opened a profile into its compatibility.ini
(`LastVersion=128.5.0_20241118141245/20241118141245`); that is read, nothing is started."""

from __future__ import annotations

import configparser
import platform
from datetime import datetime
from pathlib import Path

from wizard import __version__
from wizard.model.identity import MailProgramFound, ReportIdentity


def thunderbird_version(profile: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(profile / "compatibility.ini", encoding="utf-8")
        raw = parser.get("Compatibility", "LastVersion", fallback="")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    version = raw.split("_", 1)[0].strip()
    return version or None


# Where Thunderbird's own application.ini says which version is installed.
INSTALL_DIRS = (
    Path("/usr/lib/thunderbird"), Path("/usr/lib64/thunderbird"), Path("/opt/thunderbird"),
    Path("/snap/thunderbird/current/thunderbird"),
    Path("/Applications/Thunderbird.app/Contents/Resources"),
    Path("C:/Program Files/Mozilla Thunderbird"), Path("C:/Program Files (x86)/Mozilla Thunderbird"),
)


def installed_thunderbird(dirs: tuple[Path, ...] = INSTALL_DIRS) -> MailProgramFound | None:
    """The Thunderbird program itself, from its application.ini ([App] Version=153.8.0)."""
    for folder in dirs:
        parser = configparser.ConfigParser(interpolation=None)
        try:
            if not parser.read(folder / "application.ini", encoding="utf-8"):
                continue
            version = parser.get("App", "Version", fallback="").strip() or None
        except (OSError, configparser.Error, UnicodeDecodeError):
            continue
        return MailProgramFound("Thunderbird", version, str(folder))
    return None


def mail_programs_found(home: Path | None = None, install_dirs: tuple[Path, ...] = INSTALL_DIRS) -> tuple[MailProgramFound, ...]:
    """The installed Thunderbird (its version), then one entry per profile (the version that
    last opened it), each where readable."""
    found: list[MailProgramFound] = []
    program = installed_thunderbird(install_dirs)
    if program is not None:
        found.append(program)
    try:
        from wizard.profiles.thunderbird.locate import base_dirs, find_profiles

        profiles = find_profiles(base_dirs(home) if home is not None else None)
    except Exception:  # noqa: BLE001 - no Thunderbird is an answer, not an error
        profiles = []
    found += [MailProgramFound("Thunderbird", thunderbird_version(p.path), p.name) for p in profiles]
    return tuple(found)



def this_system() -> str:
    """e.g. "Debian GNU/Linux 13 (trixie), Linux 6.12 x86_64" or "Windows 11 (10.0.22631) AMD64"."""
    system = platform.system() or "?"
    name = ""
    if system == "Linux":
        try:
            name = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            name = ""
    elif system == "Darwin":
        name = f"macOS {platform.mac_ver()[0]}".strip()
    elif system == "Windows":
        name = f"Windows {platform.release()} ({platform.version()})"
    kernel = f"{system} {platform.release()} {platform.machine()}".strip()
    return f"{name}, {kernel}" if name else kernel


def identity_now(address: str, brand: str | None = None, home: Path | None = None, now: datetime | None = None) -> ReportIdentity:
    when = now if now is not None and now.tzinfo is not None else (now or datetime.now()).astimezone()  # local time, its zone named
    return ReportIdentity.make(address, when, __version__, this_system(), mail_programs_found(home), brand)
