"""The profile's own NSS key store (key4.db), reached through ctypes on libnss3.

Thunderbird encrypts saved logins with NSS's "secret decoder ring" (PK11SDR_Encrypt) keyed
by the profile's key4.db; a login the wizard saves must be encrypted the same way or
Thunderbird cannot read it. NSS is found where it is: the system library on Linux (then
Thunderbird's own copy), Thunderbird's install folder on Windows and macOS. Where none
loads, `NssUnavailable` says so and the caller falls back to "Thunderbird asks once".

NSS keeps global state, so one key store is open at a time (a module lock), each through
its own NSS_InitContext that is shut down again when done."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Iterator, Mapping, Sequence

NSS_INIT_READONLY = 0x1
NSS_INIT_NOMODDB = 0x4
NSS_INIT_NOROOTINIT = 0x10
NSS_INIT_OPTIMIZESPACE = 0x20

KEY_STORE_FILES = ("key4.db", "cert9.db", "pkcs11.txt")

_lock = threading.Lock()
_loaded: dict[str, ctypes.CDLL] = {}


class NssUnavailable(Exception):
    """No usable libnss3 here, or it would not open the profile's key store."""


class KeyStoreUnusable(NssUnavailable):
    """NSS loaded, but the profile's key store would not open or unlock (damaged, half written)."""


class KeyStoreState(StrEnum):
    OPEN = "open"  # no primary password: usable without asking anyone
    PRIMARY_PASSWORD = "primary-password"  # protected: the wizard does not unlock it
    MISSING = "missing"  # the profile has no key4.db yet


class _SECItem(ctypes.Structure):
    _fields_ = [("type", ctypes.c_uint), ("data", ctypes.POINTER(ctypes.c_ubyte)), ("len", ctypes.c_uint)]


def library_candidates(platform: str | None = None, env: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Where libnss3 may be, most likely first (injectable for tests)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if env.get("MAILSETUP_NSS_LIBRARY"):
        return (env["MAILSETUP_NSS_LIBRARY"],)
    if platform == "win32":
        folders = _windows_install_dirs()
        roots = [env.get("ProgramFiles", r"C:\Program Files"), env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")]
        if env.get("LOCALAPPDATA"):
            roots.append(os.path.join(env["LOCALAPPDATA"], "Programs"))
        folders += [os.path.join(root, "Mozilla Thunderbird") for root in roots]
        return tuple(dict.fromkeys(os.path.join(folder, "nss3.dll") for folder in folders))
    if platform == "darwin":
        apps = ["/Applications", os.path.join(env.get("HOME", "~"), "Applications")]
        return tuple(os.path.join(a, name, "Contents", "MacOS", "libnss3.dylib") for a in apps for name in ("Thunderbird.app", "Thunderbird ESR.app"))
    system = ctypes.util.find_library("nss3")
    found = [system] if system else []
    found += ["libnss3.so", "/usr/lib/thunderbird/libnss3.so", "/usr/lib64/thunderbird/libnss3.so"]
    return tuple(dict.fromkeys(found))


def _windows_install_dirs() -> list[str]:  # pragma: no cover - Windows only
    """Where the Thunderbird installer says it put Thunderbird (its registry entries)."""
    try:
        import winreg
    except ImportError:
        return []
    found = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for root in (r"SOFTWARE\Mozilla\Mozilla Thunderbird", r"SOFTWARE\WOW6432Node\Mozilla\Mozilla Thunderbird"):
            try:
                with winreg.OpenKey(hive, root) as key:
                    current = winreg.QueryValueEx(key, "CurrentVersion")[0]
                with winreg.OpenKey(hive, rf"{root}\{current}\Main") as main:
                    found.append(str(winreg.QueryValueEx(main, "Install Directory")[0]))
            except OSError:
                continue
    return found


def _open_library(path: str) -> ctypes.CDLL:
    """Thunderbird's own NSS needs its neighbours first: the install folder lists them, in
    load order, in dependentlibs.list (mozglue, nssutil3 ...), so those load from there and
    not from the system, whose older copies would not fit."""
    folder = os.path.dirname(path)
    if folder and os.name == "nt":  # pragma: no cover - Windows only
        os.add_dll_directory(folder)
    listed = os.path.join(folder, "dependentlibs.list") if folder else ""
    if listed and os.path.isfile(listed):
        with open(listed, encoding="utf-8", errors="replace") as handle:
            for name in (line.strip() for line in handle):
                if not name or name == os.path.basename(path):
                    break
                neighbour = os.path.join(folder, name)
                if os.path.exists(neighbour):
                    ctypes.CDLL(neighbour, mode=ctypes.RTLD_GLOBAL)
    return ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)


def _bind(lib: ctypes.CDLL) -> ctypes.CDLL:
    p, c = ctypes.c_void_p, ctypes.c_char_p
    item = ctypes.POINTER(_SECItem)
    lib.NSS_InitContext.restype = p
    lib.NSS_InitContext.argtypes = [c, c, c, c, p, ctypes.c_uint32]
    lib.NSS_ShutdownContext.argtypes = [p]
    lib.PK11_GetInternalKeySlot.restype = p
    for name in ("PK11_NeedUserInit", "PK11_NeedLogin", "PK11_FreeSlot"):
        getattr(lib, name).argtypes = [p]
    lib.PK11_InitPin.argtypes = [p, c, c]
    lib.PK11_CheckUserPassword.argtypes = [p, c]
    lib.PK11_Authenticate.argtypes = [p, ctypes.c_int, p]
    lib.PK11SDR_Encrypt.argtypes = [item, item, item, p]
    lib.PK11SDR_Decrypt.argtypes = [item, item, p]
    lib.SECITEM_ZfreeItem.argtypes = [item, ctypes.c_int]
    lib.NSS_GetVersion.restype = c
    return lib


def load(candidates: Sequence[str] | None = None) -> ctypes.CDLL:
    """The first libnss3 that loads and has what is needed; NssUnavailable otherwise."""
    problems: list[str] = []
    for path in candidates if candidates is not None else library_candidates():
        if path in _loaded:
            return _loaded[path]
        try:
            lib = _bind(_open_library(path))
        except (OSError, AttributeError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        _loaded[path] = lib
        return lib
    raise NssUnavailable("; ".join(problems) or "no candidate")


def version(lib: ctypes.CDLL) -> str:
    return (lib.NSS_GetVersion() or b"").decode("ascii", "replace")


def state_of(profile_dir: Path, lib: ctypes.CDLL | None = None) -> KeyStoreState:
    """Whether the key store can be used without a primary password; opens it read-only,
    so nothing in the profile changes."""
    profile_dir = Path(profile_dir)
    if not (profile_dir / "key4.db").exists():
        return KeyStoreState.MISSING
    lib = lib or load()
    with _lock, _context(lib, profile_dir, NSS_INIT_READONLY) as slot:
        return _state(lib, slot)


def _state(lib: ctypes.CDLL, slot: int) -> KeyStoreState:
    if lib.PK11_NeedUserInit(slot):
        return KeyStoreState.MISSING
    if lib.PK11_CheckUserPassword(slot, b"") != 0:
        return KeyStoreState.PRIMARY_PASSWORD
    return KeyStoreState.OPEN


@contextmanager
def _context(lib: ctypes.CDLL, profile_dir: Path, flags: int) -> Iterator[int]:
    flags |= NSS_INIT_NOMODDB | NSS_INIT_NOROOTINIT | NSS_INIT_OPTIMIZESPACE
    ctx = lib.NSS_InitContext(b"sql:" + os.fsencode(profile_dir), b"", b"", b"", None, flags)
    if not ctx:
        raise KeyStoreUnusable(f"NSS {version(lib)} could not open the key store in {profile_dir}")
    slot = lib.PK11_GetInternalKeySlot()
    try:
        if not slot:
            raise KeyStoreUnusable("NSS has no internal key slot")
        yield slot
    finally:
        if slot:
            lib.PK11_FreeSlot(slot)
        lib.NSS_ShutdownContext(ctx)


class KeyStore:
    """An open, unlocked key store: encrypt and decrypt as Thunderbird's login manager does."""

    def __init__(self, lib: ctypes.CDLL, slot: int) -> None:
        self._lib = lib
        self._slot = slot

    def encrypt(self, plain: bytes) -> bytes:
        buf = ctypes.create_string_buffer(plain, len(plain))
        data = _SECItem(0, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ubyte)), len(plain))
        out, keyid = _SECItem(0, None, 0), _SECItem(0, None, 0)
        try:
            if self._lib.PK11SDR_Encrypt(ctypes.byref(keyid), ctypes.byref(data), ctypes.byref(out), None) != 0:
                raise KeyStoreUnusable("PK11SDR_Encrypt failed")
            return ctypes.string_at(out.data, out.len)
        finally:
            ctypes.memset(buf, 0, len(plain))
            if out.data:
                self._lib.SECITEM_ZfreeItem(ctypes.byref(out), 0)

    def decrypt(self, sealed: bytes) -> bytes | None:
        """The plain bytes, or None when this key store cannot open them (another key)."""
        buf = ctypes.create_string_buffer(sealed, len(sealed))
        data = _SECItem(0, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ubyte)), len(sealed))
        out = _SECItem(0, None, 0)
        try:
            if self._lib.PK11SDR_Decrypt(ctypes.byref(data), ctypes.byref(out), None) != 0:
                return None
            return ctypes.string_at(out.data, out.len)
        finally:
            if out.data:
                self._lib.SECITEM_ZfreeItem(ctypes.byref(out), 0)


class PrimaryPasswordSet(Exception):
    """The profile's key store is protected by a primary password; the wizard leaves it alone."""


@contextmanager
def open_key_store(profile_dir: Path, lib: ctypes.CDLL | None = None) -> Iterator[KeyStore]:
    """Open the profile's key store for writing, creating it with an empty primary password
    when the profile has none (as Thunderbird does on first use). A primary password is
    checked read-only first, so a protected store is never opened for writing."""
    profile_dir = Path(profile_dir)
    lib = lib or load()
    with _lock:
        if (profile_dir / "key4.db").exists():
            with _context(lib, profile_dir, NSS_INIT_READONLY) as slot:
                if _state(lib, slot) is KeyStoreState.PRIMARY_PASSWORD:
                    raise PrimaryPasswordSet(str(profile_dir))
        with _context(lib, profile_dir, 0) as slot:
            if lib.PK11_NeedUserInit(slot) and lib.PK11_InitPin(slot, b"", b"") != 0:
                raise KeyStoreUnusable("NSS could not set up the new key store")
            if _state(lib, slot) is not KeyStoreState.OPEN:
                raise PrimaryPasswordSet(str(profile_dir))
            if lib.PK11_Authenticate(slot, 1, None) != 0:
                raise KeyStoreUnusable("NSS would not unlock the key store")
            yield KeyStore(lib, slot)
