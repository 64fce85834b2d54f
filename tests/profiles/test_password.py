"""The password goes into the system keyring and only there; without a keyring nothing is
stored. Against the real thing: a gnome-keyring Secret Service on Linux (read back with
secret-tool), Credential Manager on Windows, the Keychain on macOS."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import pytest

from wizard.profiles.password import SERVICE, KeyringStatus, forget_password, read_password, store_password

from tests.memory_keyring import MemoryKeyring
from tests.world.fixture import RealKeyring


def test_store_read_back_and_forget(real_keyring: RealKeyring) -> None:
    result = store_password("alice@example.test", "correct horse ✓")
    assert result.status is KeyringStatus.STORED and result.ok
    assert "later checks" in result.message.render()  # the page and the CLI say what it is for
    assert real_keyring.lookup(SERVICE, "alice@example.test") == "correct horse ✓"
    assert read_password("alice@example.test") == "correct horse ✓"
    assert forget_password("alice@example.test").status is KeyringStatus.REMOVED
    assert real_keyring.lookup(SERVICE, "alice@example.test") is None
    assert forget_password("alice@example.test").status is KeyringStatus.NOT_FOUND


def test_storing_again_replaces_the_password_and_other_addresses_stay(real_keyring: RealKeyring) -> None:
    store_password("alice@example.test", "old")
    store_password("bob@example.test", "bobs")
    assert store_password("alice@example.test", "new").ok
    assert real_keyring.lookup(SERVICE, "alice@example.test") == "new"
    assert real_keyring.lookup(SERVICE, "bob@example.test") == "bobs"


def test_a_keyring_that_loses_the_password_is_reported(real_keyring: RealKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(real_keyring.backend, "get_password", lambda service, user: None)
    result = store_password("alice@example.test", "pw")
    assert result.status is KeyringStatus.FAILED


def _files(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_without_a_backend_it_says_so_and_writes_no_file(no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.chdir(tmp_path)
    before = _files(tmp_path)
    result = store_password("alice@example.test", "a very secret password")
    assert result.status is KeyringStatus.NO_BACKEND and not result.ok
    assert "did not keep the password" in result.message.render()
    assert read_password("alice@example.test") is None
    assert forget_password("alice@example.test").status is KeyringStatus.NO_BACKEND
    assert _files(tmp_path) == before


# -- the wizard's own kept sign-in (the refresh token) --------------------------------------------
from wizard.profiles.password import SIGN_IN_SERVICE, KeyringSignIns, drop_refresh_token, read_refresh_token, replace_refresh_token, store_refresh_token  # noqa: E402


def test_a_rotated_sign_in_replaces_the_kept_one_in_place(real_keyring: RealKeyring) -> None:
    assert store_refresh_token("alice@example.test", "rt-old").ok
    store_password("alice@example.test", "pw")  # the password beside it is another entry, untouched
    result = replace_refresh_token("alice@example.test", "rt-old", "rt-new")
    assert result.status is KeyringStatus.STORED and "renewed" in result.message.render()
    assert real_keyring.lookup(SIGN_IN_SERVICE, "alice@example.test") == "rt-new" == read_refresh_token("alice@example.test")
    assert real_keyring.lookup(SERVICE, "alice@example.test") == "pw"
    assert "rt-" not in result.message.render()


def test_a_rotation_is_written_only_over_the_one_it_renewed(real_keyring: RealKeyring) -> None:
    """Another run kept a newer sign-in meanwhile, or the person removed it: left alone."""
    store_refresh_token("alice@example.test", "rt-newer")
    assert replace_refresh_token("alice@example.test", "rt-old", "rt-mine").status is KeyringStatus.NOT_FOUND
    assert real_keyring.lookup(SIGN_IN_SERVICE, "alice@example.test") == "rt-newer"
    assert replace_refresh_token("bob@example.test", "rt-old", "rt-mine").status is KeyringStatus.NOT_FOUND
    assert real_keyring.lookup(SIGN_IN_SERVICE, "bob@example.test") is None  # a removed one is not put back


def test_a_stale_sign_in_is_removed_but_only_if_it_is_still_the_one_refused(real_keyring: RealKeyring) -> None:
    store_refresh_token("alice@example.test", "rt-newer")
    assert drop_refresh_token("alice@example.test", "rt-stale").status is KeyringStatus.NOT_FOUND
    assert real_keyring.lookup(SIGN_IN_SERVICE, "alice@example.test") == "rt-newer"
    result = KeyringSignIns().drop("alice@example.test", "rt-newer")
    assert "no longer works and was removed" in result.render()
    assert real_keyring.lookup(SIGN_IN_SERVICE, "alice@example.test") is None and read_refresh_token("alice@example.test") is None


def test_a_keyring_that_loses_the_renewed_sign_in_is_reported(real_keyring: RealKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    store_refresh_token("alice@example.test", "rt-old")
    real_get = real_keyring.backend.get_password
    monkeypatch.setattr(real_keyring.backend, "get_password", lambda service, user: real_get(service, user) if real_get(service, user) == "rt-old" else None)
    result = replace_refresh_token("alice@example.test", "rt-old", "rt-new")
    assert result.status is KeyringStatus.FAILED and "sign in again" in result.message.render()


def test_without_a_backend_no_sign_in_is_read_or_kept_and_no_file_is_written(no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.chdir(tmp_path)
    assert read_refresh_token("alice@example.test") is None
    assert replace_refresh_token("alice@example.test", "rt-old", "rt-new").status is KeyringStatus.NO_BACKEND
    assert drop_refresh_token("alice@example.test", "rt-old").status is KeyringStatus.NO_BACKEND
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


class PlaintextKeyring(MemoryKeyring):
    """Named as keyrings.alt's that would write the secret into a file as it is."""


def test_a_backend_that_keeps_secrets_unencrypted_is_no_keyring_for_a_password_or_a_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = PlaintextKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(plain)
    try:
        assert store_password("alice@example.test", "pw").status is KeyringStatus.NO_BACKEND
        assert store_refresh_token("alice@example.test", "rt").status is KeyringStatus.NO_BACKEND
        assert replace_refresh_token("alice@example.test", "rt", "rt2").status is KeyringStatus.NO_BACKEND
        assert plain.written == {}
    finally:
        keyring.set_keyring(before)
