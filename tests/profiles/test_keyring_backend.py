"""Which keyring mailsetup hands a secret to: a chain of backends (keyring's ChainerBackend) is
judged by its members, so a password or a sign-in never reaches a member that keeps it
unencrypted, whatever the chain's order and whichever member declines to write. A keyring that
cannot be used is said in plain words, naming the setting that chose it."""

from __future__ import annotations

from typing import Callable, Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, null

from wizard.profiles.password import SERVICE, SIGN_IN_SERVICE, KeyringStatus, forget_password, keyring_available, read_password, store_password, store_refresh_token

from tests.memory_keyring import MemoryKeyring
from tests.world.fixture import RealKeyring


class PlaintextFileKeyring(MemoryKeyring):
    """Named as keyrings.alt names its file backend that keeps secrets as they are."""


class ClearFile(MemoryKeyring):
    """Another name, but its scheme says what it is (as keyrings.alt's file backends do)."""

    scheme = "no encryption"


class ReadOnlyVault(MemoryKeyring):
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


# -- a keyring that cannot be used, said in plain words --------------------------------------------
from wizard.i18n import load_catalog  # noqa: E402
from wizard.profiles.password import drop_refresh_token, forget_refresh_token, keyring_problem, replace_refresh_token  # noqa: E402

HERE = __name__  # this module, importable by name as a backend setting names a class


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """keyring as a new process meets it: nothing loaded yet, no setting but what the test
    makes (its keyringrc.cfg under a config home of the test's own)."""
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    settings = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    settings.parent.mkdir(parents=True)
    return settings


def _said_everywhere(text, *words: str) -> dict[str, str]:
    """The message in each language, checked to hold `words` (names, paths) in all three."""
    out = {language: text.render(load_catalog(language)) for language in ("en", "da", "nb")}
    for language, said in out.items():
        assert all(w in said for w in words), (language, said)
    assert out["da"] != out["en"] and out["nb"] != out["en"]  # translated, not English left over
    return out


def test_a_variable_naming_a_keyring_that_is_not_installed_is_said_without_a_traceback(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.nowhere.VaultKeyring")
    result = store_password("alice@example.test", "pw")
    assert result.status is KeyringStatus.NO_BACKEND and result.backend == "none"
    said = _said_everywhere(result.message, "PYTHON_KEYRING_BACKEND", "keyrings.nowhere.VaultKeyring")
    assert said["en"] == ("The PYTHON_KEYRING_BACKEND environment variable names the keyring keyrings.nowhere.VaultKeyring, which is not installed. "
                          "mailsetup did not keep the password for its later checks.")
    assert keyring_problem() is not None and not keyring_available()
    assert forget_password("alice@example.test").status is KeyringStatus.NO_BACKEND
    assert forget_refresh_token("alice@example.test").status is KeyringStatus.NO_BACKEND
    assert read_password("alice@example.test") is None


def test_a_variable_naming_a_plaintext_keyring_says_so(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{HERE}.PlaintextFileKeyring")
    result = store_refresh_token("alice@example.test", "rt-secret")
    assert result.status is KeyringStatus.NO_BACKEND
    said = _said_everywhere(result.message, "PYTHON_KEYRING_BACKEND", f"{HERE}.PlaintextFileKeyring")
    assert "keeps passwords unencrypted" in said["en"] and "The sign-in was not kept." in said["en"]
    assert isinstance(keyring.get_keyring(), PlaintextFileKeyring) and keyring.get_keyring().written == {}


def test_the_settings_file_that_turns_the_keyring_off_is_named_by_its_path(fresh) -> None:
    fresh.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n", encoding="utf-8")  # as `keyring --disable` writes it
    result = store_password("alice@example.test", "pw")
    assert result.status is KeyringStatus.NO_BACKEND
    said = _said_everywhere(result.message, str(fresh), "keyring.backends.null.Keyring")
    assert said["en"].startswith(f"The keyring settings file {fresh} turns the system keyring off")
    assert keyring_problem() == result.message.args[0][1]


def test_the_settings_file_naming_a_missing_keyring_or_unreadable_is_named_by_its_path(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring.core

    fresh.write_text("[backend]\ndefault-keyring=keyrings.nowhere.VaultKeyring\n", encoding="utf-8")
    said = _said_everywhere(store_password("alice@example.test", "pw").message, str(fresh), "keyrings.nowhere.VaultKeyring")
    assert "which is not installed" in said["en"]
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    fresh.write_text("default-keyring = no section here\n", encoding="utf-8")
    said = _said_everywhere(forget_password("alice@example.test").message, str(fresh))
    assert said["en"].startswith(f"The keyring settings file {fresh} cannot be read (") and said["en"].endswith("No password was removed.")


def test_the_variable_wins_over_the_file_as_keyring_has_it(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n", encoding="utf-8")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    said = _said_everywhere(keyring_problem(), "PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert str(fresh) not in said["en"] and "turns the system keyring off" in said["en"]


def test_no_keyring_found_by_keyrings_own_search_says_just_that(no_keyring: None) -> None:
    said = _said_everywhere(store_password("alice@example.test", "pw").message)
    assert said["en"] == "No system keyring was found on this computer. mailsetup did not keep the password for its later checks."


class LockedVault(MemoryKeyring):
    """A Secret Service whose collection stays locked (the unlock prompt was dismissed)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class GoneVault(MemoryKeyring):
    """Its bus went away: not one of keyring's own errors."""

    class BusGone(Exception):
        pass

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.BusGone(f"the message bus closed while writing {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.BusGone("the message bus closed")


@pytest.fixture
def active(monkeypatch: pytest.MonkeyPatch):
    before = keyring.get_keyring()

    def make(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield make
    keyring.set_keyring(before)


def test_a_locked_keyring_is_said_and_nothing_raises(active) -> None:
    active(LockedVault())
    result = store_password("alice@example.test", "pw")
    assert result.status is KeyringStatus.FAILED
    said = _said_everywhere(result.message)
    assert said["en"] == "The system keyring is locked, and it was not unlocked. The password was not stored."
    assert forget_password("alice@example.test").status is KeyringStatus.FAILED
    assert replace_refresh_token("alice@example.test", "rt", "rt2").status is KeyringStatus.FAILED
    assert drop_refresh_token("alice@example.test", "rt").status is KeyringStatus.FAILED
    assert read_password("alice@example.test") is None


def test_any_exception_from_the_backend_is_said_in_words_without_the_secret(active) -> None:
    active(GoneVault())
    result = store_password("alice@example.test", "a very secret password")
    assert result.status is KeyringStatus.FAILED
    said = _said_everywhere(result.message, "the message bus closed while writing *****")
    assert all("a very secret password" not in s for s in said.values())
    assert said["en"].startswith("The system keyring cannot be reached (")
