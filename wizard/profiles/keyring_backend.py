"""Which of the keyring library's backends mailsetup may hand a secret to: one that keeps it
encrypted. A backend that writes it into a file as it is (keyrings.alt's PlaintextKeyring and
its like) or stores nothing (the 'fail' and 'null' ones) is no keyring here.

A chain (keyring's ChainerBackend, chosen when several backends are installed, or named in
PYTHON_KEYRING_BACKEND or keyringrc.cfg) is judged by its members: mailsetup asks only the
encrypted ones, in the chain's order, so a secret never falls through to a plaintext member
after an encrypted one declined it, and nothing is read from a plaintext file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import keyring.backend
import keyring.errors
from keyring.backends import fail, null


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
