"""Which of the keyring library's backends mailsetup may hand a secret to: one that keeps it
encrypted. A backend that writes it into a file as it is (keyrings.alt's PlaintextKeyring and
its like) or stores nothing (the 'fail' and 'null' ones) is no keyring here.

A chain (keyring's ChainerBackend, chosen when several backends are installed, or named in
PYTHON_KEYRING_BACKEND or keyringrc.cfg) is judged by its members: mailsetup asks only the
encrypted ones, in the chain's order, so a secret never falls through to a plaintext member
after an encrypted one declined it, and nothing is read from a plaintext file.

When there is nothing to use, `open_keyring` says why in plain words, naming what chose the
backend when that was a setting (the PYTHON_KEYRING_BACKEND environment variable, or the
keyringrc.cfg file at its actual path); `trouble` words a backend's failure at use."""

from __future__ import annotations

import configparser
import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null
from keyring.util import platform_

from wizard.i18n import T, Text

VARIABLE = "PYTHON_KEYRING_BACKEND"


class Store(Protocol):
    """What mailsetup asks of a keyring: the three calls, nothing else."""

    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


_NO_ENCRYPTION = re.compile(r"\bno\s+encr?y?p?tion\b", re.IGNORECASE)  # keyrings.alt spelled it "encyption" once


def stores_nothing(kr: keyring.backend.KeyringBackend) -> bool:
    """The backend keyring falls back to when none is found ('fail'), or the one that turns
    the keyring off ('null', what `keyring --disable` writes into keyringrc.cfg)."""
    return isinstance(kr, (fail.Keyring, null.Keyring))


def unencrypted(kr: keyring.backend.KeyringBackend) -> bool:
    """A backend known to keep secrets as they are: a Plaintext* class (or one made from it),
    or a file backend whose scheme says 'no encryption'."""
    if any(cls.__name__.startswith("Plaintext") for cls in type(kr).__mro__):
        return True
    scheme = getattr(kr, "scheme", None)
    return isinstance(scheme, str) and _NO_ENCRYPTION.search(scheme) is not None


def _fit(kr: keyring.backend.KeyringBackend) -> bool:
    return not stores_nothing(kr) and not unencrypted(kr)


@dataclass(frozen=True)
class EncryptedMembers:
    """The encrypted members of a chain, asked as the chain asks its members: a secret is
    read from the first that has it and written to the first that takes writes; removed from
    every one that holds it. When none takes the write it is refused, never passed on."""

    members: tuple[keyring.backend.KeyringBackend, ...]

    def get_password(self, service: str, username: str) -> str | None:
        for member in self.members:
            found = member.get_password(service, username)
            if found is not None:
                return found
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        for member in self.members:
            try:
                member.set_password(service, username, password)
                return
            except NotImplementedError:
                continue
        raise keyring.errors.PasswordSetError("no encrypted keyring takes it")

    def delete_password(self, service: str, username: str) -> None:
        removed = False
        for member in self.members:
            if member.get_password(service, username) is None:
                continue
            try:
                member.delete_password(service, username)
                removed = True
            except NotImplementedError:
                continue
        if not removed:
            raise keyring.errors.PasswordDeleteError("not found")


def chain_members(kr: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend] | None:
    """The members when `kr` is a chain, else None."""
    members = getattr(kr, "backends", None)
    if not isinstance(members, (list, tuple)):
        return None
    return [m for m in members if isinstance(m, keyring.backend.KeyringBackend)]


def usable(kr: keyring.backend.KeyringBackend) -> Store | None:
    """What mailsetup may use of the backend `kr`: itself, a chain's encrypted members, or
    None (it stores nothing, or keeps secrets unencrypted, or is a chain with no encrypted
    member)."""
    members = chain_members(kr)
    if members is None:
        return kr if _fit(kr) else None
    fit = tuple(m for m in members if _fit(m))
    return EncryptedMembers(fit) if fit else None


# -- opening the keyring, and saying why not ------------------------------------------------------
class Chooser(Enum):
    FOUND = "found"  # keyring's own detection
    VARIABLE = "variable"  # PYTHON_KEYRING_BACKEND
    FILE = "file"  # keyringrc.cfg


@dataclass(frozen=True)
class Choice:
    """What chose the backend: the name it gives and, for the file, where it is."""

    chooser: Chooser
    name: str = ""
    path: str = ""
    unreadable: str = ""  # the file's problem when it could not be read


def settings_file() -> Path:
    """Where keyring reads its keyringrc.cfg on this system."""
    return Path(platform_.config_root()) / "keyringrc.cfg"


def choice() -> Choice:
    """The setting keyring follows, in its own order: the environment variable, then the file
    (when it names a backend), else its own detection."""
    named = os.environ.get(VARIABLE)
    if named is not None:
        return Choice(Chooser.VARIABLE, named.strip())
    path = settings_file()
    if not path.is_file():
        return Choice(Chooser.FOUND)
    config = configparser.RawConfigParser()
    try:
        config.read(path, encoding="utf-8")
        name = config.get("backend", "default-keyring").strip() if config.has_section("backend") else ""
    except (configparser.NoOptionError, configparser.NoSectionError):
        return Choice(Chooser.FOUND)  # keyring ignores such a file too
    except (configparser.Error, OSError, UnicodeDecodeError) as exc:
        return Choice(Chooser.FILE, "", str(path), _detail(exc))
    return Choice(Chooser.FILE, name, str(path)) if name else Choice(Chooser.FOUND)


def _qualified(kr: keyring.backend.KeyringBackend) -> str:
    return f"{type(kr).__module__}.{type(kr).__name__}"


def _chosen_by(kr: keyring.backend.KeyringBackend, setting: Choice) -> Choice:
    """The setting, when it is what named this backend (keyring may also have been handed
    one directly); else keyring's detection."""
    if setting.chooser is Chooser.FOUND or not setting.name:
        return Choice(Chooser.FOUND)
    if setting.name == _qualified(kr):
        return setting
    return Choice(Chooser.FOUND)


def _detail(exc: BaseException, *secrets: str) -> str:
    """An exception's own words (never a secret), else its name."""
    said = " ".join(str(exc).split())
    for secret in secrets:
        if secret:
            said = said.replace(secret, "*****")
    return said[:300] or type(exc).__name__


def not_found() -> Text:
    return T("No system keyring was found on this computer.")


def _not_loaded(setting: Choice, exc: Exception) -> Text:
    missing = isinstance(exc, (ImportError, AttributeError, ValueError))  # no such module, or no such class in it
    detail = _detail(exc)
    if setting.chooser is Chooser.VARIABLE:
        if missing:
            return T("The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which is not installed.", name=setting.name)
        return T("The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which cannot be used here ({problem}).", name=setting.name, problem=detail)
    if setting.chooser is Chooser.FILE and setting.unreadable:
        return T("The keyring settings file {path} cannot be read ({problem}).", path=setting.path, problem=setting.unreadable)
    if setting.chooser is Chooser.FILE:
        if missing:
            return T("The keyring settings file {path} names the keyring {name}, which is not installed.", path=setting.path, name=setting.name)
        return T("The keyring settings file {path} names the keyring {name}, which cannot be used here ({problem}).", path=setting.path, name=setting.name, problem=detail)
    return T("The system keyring cannot be opened ({problem}).", problem=detail)


def _turned_off(setting: Choice, name: str) -> Text:
    if setting.chooser is Chooser.VARIABLE:
        return T("The PYTHON_KEYRING_BACKEND environment variable turns the system keyring off (it names {name}).", name=name)
    if setting.chooser is Chooser.FILE:
        return T("The keyring settings file {path} turns the system keyring off (it names {name}).", path=setting.path, name=name)
    return not_found()


def _unencrypted(setting: Choice, name: str) -> Text:
    if setting.chooser is Chooser.VARIABLE:
        return T("The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.", name=name)
    if setting.chooser is Chooser.FILE:
        return T("The keyring settings file {path} names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.", path=setting.path, name=name)
    return T("The only keyring found on this computer ({name}) keeps passwords unencrypted, so mailsetup does not use it.", name=name)


@dataclass(frozen=True)
class Opened:
    """The keyring as mailsetup may use it, or why there is none (`problem`)."""

    store: Store | None
    backend: str  # the backend's full name, "none" when there is none to use
    problem: Text | None = None


def open_keyring() -> Opened:
    """The active backend judged (`usable`), with plain words when there is nothing to use.
    No secret is read or written here, so no keyring asks to be unlocked."""
    try:
        kr = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - keyring raises whatever loading the named backend raised
        return Opened(None, "none", _not_loaded(choice(), exc))
    store = usable(kr)
    if store is not None:
        return Opened(store, _qualified(kr))
    setting = _chosen_by(kr, choice())
    members = chain_members(kr)
    if members is not None:  # a chain's members are found by keyring's detection, not named
        plain = next((m for m in members if unencrypted(m)), None)
        return Opened(None, "none", _unencrypted(Choice(Chooser.FOUND), _qualified(plain)) if plain is not None else not_found())
    if unencrypted(kr):
        return Opened(None, "none", _unencrypted(setting, _qualified(kr)))
    return Opened(None, "none", _turned_off(setting, _qualified(kr)))


def trouble(exc: BaseException, *secrets: str) -> Text:
    """A backend's failure while reading, writing or removing, in plain words."""
    if isinstance(exc, keyring.errors.KeyringLocked):
        return T("The system keyring is locked, and it was not unlocked.")
    if isinstance(exc, keyring.errors.NoKeyringError):
        return not_found()
    if isinstance(exc, (keyring.errors.PasswordSetError, keyring.errors.PasswordDeleteError)):
        return T("The system keyring refused the request ({problem}).", problem=_detail(exc, *secrets))
    return T("The system keyring cannot be reached ({problem}).", problem=_detail(exc, *secrets))
