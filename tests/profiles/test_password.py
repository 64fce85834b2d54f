"""The password goes into the system keyring and only there; without a keyring nothing is
stored. Against the real thing: a gnome-keyring Secret Service on Linux (read back with
secret-tool), Credential Manager on Windows, the Keychain on macOS."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.profiles.password import SERVICE, KeyringStatus, forget_password, read_password, store_password

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
