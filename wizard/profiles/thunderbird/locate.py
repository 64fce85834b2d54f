"""Where Thunderbird keeps its profiles, which one is the default, and whether it is running.

Base folders (PROTOCOLS.md section 3): Linux ~/.thunderbird plus the Flatpak and Snap
sandboxes, macOS ~/Library/Thunderbird, Windows %APPDATA%\\Thunderbird. Each holds
profiles.ini (and, since Thunderbird 68, installs.ini, whose per-install default wins)."""

from __future__ import annotations

import configparser
import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from wizard.i18n import T
from wizard.localfile import MIB, read_small_text
from wizard.model.errors import UserError


class ProfileError(UserError):
    pass


@dataclass(frozen=True)
class Profile:
    name: str
    path: Path
    default: bool
    base: Path  # the folder holding profiles.ini


def base_dirs(home: Path | None = None, env: Mapping[str, str] | None = None, platform: str | None = None) -> tuple[Path, ...]:
    """Candidate Thunderbird folders for this system, most usual first (injectable for tests)."""
    home = Path(home) if home is not None else Path.home()
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if platform == "win32":
        appdata = Path(env["APPDATA"]) if env.get("APPDATA") else home / "AppData" / "Roaming"
        found = [appdata / "Thunderbird"]
        local = env.get("LOCALAPPDATA")
        if local:  # the Microsoft Store package keeps its roaming data in a sandbox
            packages = Path(local) / "Packages"
            if packages.is_dir():
                found += sorted(p / "LocalCache" / "Roaming" / "Thunderbird" for p in packages.glob("*Thunderbird*"))
        return tuple(found)
    if platform == "darwin":
        return (home / "Library" / "Thunderbird",)
    xdg = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    return (
        home / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",  # Flatpak (Flathub)
        home / ".var" / "app" / "org.mozilla.thunderbird" / ".thunderbird",  # older Flatpak id
        home / "snap" / "thunderbird" / "common" / ".thunderbird",  # Snap
        xdg / "thunderbird",
    )


MAX_INI_BYTES = 1 * MIB


def _read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keep key case (Path, IsRelative, Default)
    try:
        parser.read_string(read_small_text(path, MAX_INI_BYTES))
    except (OSError, configparser.Error):
        pass  # absent or not an ini file: no profiles there (a FIFO or huge one: LocalFileError)
    return parser


def _resolve(base: Path, raw: str, relative: bool) -> Path:
    raw = raw.replace("\\", "/") if relative else raw
    return (base / raw) if relative else Path(raw)


def profiles_in(base: Path) -> list[Profile]:
    """The profiles one profiles.ini lists; the install default (installs.ini/[Install...]) wins."""
    ini = base / "profiles.ini"
    if not ini.is_file():
        return []
    parser = _read_ini(ini)
    install_defaults: set[str] = set()
    for section in parser.sections():
        if section.startswith("Install") and parser.get(section, "Default", fallback=""):
            install_defaults.add(parser.get(section, "Default"))
    installs = _read_ini(base / "installs.ini")
    for section in installs.sections():
        if installs.get(section, "Default", fallback=""):
            install_defaults.add(installs.get(section, "Default"))
    found: list[tuple[Profile, bool]] = []
    for section in parser.sections():
        if not section.startswith("Profile") or not parser.has_option(section, "Path"):
            continue
        raw = parser.get(section, "Path")
        relative = parser.get(section, "IsRelative", fallback="1").strip() != "0"
        path = _resolve(base, raw, relative)
        flagged = parser.get(section, "Default", fallback="0").strip() == "1"
        name = parser.get(section, "Name", fallback=path.name)
        found.append((Profile(name, path, raw in install_defaults, base), flagged))
    if found and not any(p.default for p, _ in found):
        # no install default: the [ProfileN] Default=1 one, else the only profile
        flagged = [p for p, f in found if f] or ([found[0][0]] if len(found) == 1 else [])
        found = [(Profile(p.name, p.path, p in flagged[:1], p.base), f) for p, f in found]
    return [p for p, _ in found]


def find_profiles(bases: tuple[Path, ...] | None = None) -> list[Profile]:
    out: list[Profile] = []
    for base in base_dirs() if bases is None else bases:
        out.extend(profiles_in(base))
    return out


def default_profile(bases: tuple[Path, ...] | None = None) -> Profile:
    """The profile Thunderbird opens by default; a clear error when there is none or several."""
    profiles = find_profiles(bases)
    if not profiles:
        raise ProfileError("thunderbird-no-profile", T("No Thunderbird profile was found. Start Thunderbird once, close it, and try again, or name the profile folder with --profile."))
    defaults = [p for p in profiles if p.default and p.path.is_dir()]
    if not defaults:
        defaults = [p for p in profiles if p.path.is_dir()][:1] if len(profiles) == 1 else []
    if not defaults:
        names = ", ".join(str(p.path) for p in profiles)
        raise ProfileError("thunderbird-which-profile", T("Thunderbird has several profiles and none is marked as the default; choose one with --profile: {profiles}", profiles=names))
    return defaults[0]


# -- is it running? -------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return True
    return True


def _symlink_lock_held(lock: Path) -> bool:
    """Linux `lock` is a symlink to "IP:+PID"; it is stale when that process is gone."""
    try:
        target = os.readlink(lock)
    except OSError:
        return False
    pid_text = target.rpartition(":")[2].lstrip("+")
    if not pid_text.isdigit():
        return True  # unknown form: assume it is in use rather than risk the profile
    return _pid_alive(int(pid_text))


def _fcntl_lock_held(parentlock: Path) -> bool:
    """.parentlock exists after any run; Thunderbird holds an fcntl lock on it while running."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(parentlock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EAGAIN)
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _windows_lock_held(parent_lock: Path) -> bool:
    """Windows keeps parent.lock open without sharing while running; removing it fails then."""
    if not parent_lock.exists():
        return False
    try:
        fd = os.open(parent_lock, os.O_RDWR)
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    return False


def running_reason(profile_dir: Path) -> str | None:
    """Which lock shows Thunderbird using this profile, or None when it is free."""
    lock = profile_dir / "lock"
    if lock.is_symlink() and _symlink_lock_held(lock):
        return "lock"
    parentlock = profile_dir / ".parentlock"
    if parentlock.exists() and _fcntl_lock_held(parentlock):
        return ".parentlock"
    if sys.platform == "win32" and _windows_lock_held(profile_dir / "parent.lock"):
        return "parent.lock"
    return None


def ensure_not_running(profile_dir: Path) -> None:
    reason = running_reason(profile_dir)
    if reason:
        raise ProfileError("thunderbird-running", T("Thunderbird is using the profile “{profile}” right now (its “{lock}” file says so). Close Thunderbird and try again: it rewrites its settings when it quits.", profile=profile_dir, lock=reason))
