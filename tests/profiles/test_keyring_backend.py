"""Which keyring mailsetup hands a secret to: a chain of backends (keyring's ChainerBackend) is
judged by its members, so a password or a sign-in never reaches a member that keeps it
unencrypted, whatever the chain's order and whichever member declines to write."""

from __future__ import annotations

from typing import Callable, Iterator

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, null
from keyring.compat import properties

from wizard.profiles.password import SERVICE, SIGN_IN_SERVICE, KeyringStatus, forget_password, keyring_available, read_password, store_password, store_refresh_token

from tests.world.fixture import RealKeyring


class _Fake(keyring.backend.KeyringBackend):
    """A backend in memory. Its priority cannot be read, so keyring's own detection never
    picks it up for other tests; a test puts it into a chain itself."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test's own backend")

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.written[(service, username)]


class PlaintextFileKeyring(_Fake):
    """Named as keyrings.alt names its file backend that keeps secrets as they are."""


class ClearFile(_Fake):
    """Another name, but its scheme says what it is (as keyrings.alt's file backends do)."""

    scheme = "no encryption"


class ReadOnlyVault(_Fake):
    """An encrypted store that only reads: a chain passes a write on to its next member."""

    scheme = "[PBKDF2] AES256.CFB"

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """keyring's own ChainerBackend as the active backend, with the given members in order."""
    before = keyring.get_keyring()

    def make(*members: keyring.backend.KeyringBackend) -> None:
        monkeypatch.setattr(chainer.ChainerBackend, "backends", list(members))
        keyring.set_keyring(chainer.ChainerBackend())

    yield make
    keyring.set_keyring(before)


def test_a_chain_that_passes_the_write_on_to_a_plaintext_member_stores_nothing(chain) -> None:
    vault, plain = ReadOnlyVault(), PlaintextFileKeyring()
    chain(vault, plain)
    assert store_password("alice@example.test", "a very secret password").status is KeyringStatus.FAILED
    assert store_refresh_token("alice@example.test", "rt-secret").status is KeyringStatus.FAILED
    assert plain.written == {} and vault.written == {}


def test_a_chain_stores_in_its_encrypted_member_and_never_in_the_plaintext_one_before_it(chain, real_keyring: RealKeyring) -> None:
    plain = PlaintextFileKeyring()
    plain.written[(SERVICE, "bob@example.test")] = "planted in a plain file"
    chain(plain, null.Keyring(), real_keyring.backend)
    assert keyring_available()
    result = store_password("alice@example.test", "a very secret password")
    assert result.status is KeyringStatus.STORED
    assert real_keyring.lookup(SERVICE, "alice@example.test") == "a very secret password"
    assert store_refresh_token("alice@example.test", "rt-secret").ok
    assert real_keyring.lookup(SIGN_IN_SERVICE, "alice@example.test") == "rt-secret"
    assert plain.written == {(SERVICE, "bob@example.test"): "planted in a plain file"}
    assert read_password("bob@example.test") is None  # nothing is read from the plain file either
    assert forget_password("alice@example.test").status is KeyringStatus.REMOVED
    assert real_keyring.lookup(SERVICE, "alice@example.test") is None


@pytest.mark.parametrize("member", [PlaintextFileKeyring, ClearFile], ids=["plaintext-class", "no-encryption-scheme"])
def test_a_chain_of_only_unencrypted_or_empty_members_is_no_keyring(chain, member) -> None:
    plain = member()
    chain(plain, null.Keyring())
    assert not keyring_available()
    assert store_password("alice@example.test", "pw").status is KeyringStatus.NO_BACKEND
    assert plain.written == {}


def test_a_backend_whose_scheme_says_no_encryption_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = ClearFile()
    before = keyring.get_keyring()
    keyring.set_keyring(plain)
    try:
        assert store_password("alice@example.test", "pw").status is KeyringStatus.NO_BACKEND
        assert plain.written == {}
    finally:
        keyring.set_keyring(before)
