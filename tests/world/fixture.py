"""pytest plumbing for the test world.

* ``world`` (session): the running :class:`~tests.world.world.World`. Any test that uses it
  gets its changes (firewall rules, DNS records, web routes, mail certificate) undone
  afterwards by an autouse fixture, so tests can't leak state into each other.
* ``clean_world`` (function): the same world, for tests that want to say so explicitly.
* marker ``world``: tests that need the real servers.
* ``real_keyring`` (function): the system keyring the product talks to, for real: on Linux a
  gnome-keyring Secret Service on a private D-Bus (started once, emptied after each test),
  read back with ``secret-tool``; on Windows and macOS the native store. Needs no namespace.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

import pytest

from .isolation import isolation_problem
from .proc import WorldError
from .secrets import SecretService, missing_programs

if TYPE_CHECKING:
    from .oauth import OAuthWorld
    from .world import World


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "world: needs the test world (real servers in a private netns)")


@pytest.fixture(scope="session")
def world() -> Iterator["World"]:
    from .world import World  # here, not at import: the world is Linux-only, the keyring fixture is not

    problem = isolation_problem()
    if problem:
        if os.environ.get("CI") or os.environ.get("MAILSETUP_REQUIRE_WORLD"):
            pytest.fail(problem, pytrace=False)  # CI must never pass by skipping the real servers
        pytest.skip(problem)
    w = World(keep=bool(os.environ.get("MAILSETUP_WORLD_KEEP")))
    try:
        w.start()
    except WorldError as exc:
        pytest.fail(f"the test world did not start:\n{exc}", pytrace=False)
    try:
        yield w
    finally:
        w.stop()


@pytest.fixture(autouse=True)
def _world_cleanup(request: pytest.FixtureRequest) -> Iterator[None]:
    """Restore the world after each test that used it."""
    if "world" not in request.fixturenames:
        yield
        return
    w = request.getfixturevalue("world")
    point = w.checkpoint()
    yield
    w.restore(point)


@pytest.fixture
def clean_world(world: "World") -> "World":
    return world


# -- the real system keyring ------------------------------------------------------------

NATIVE_KEYRING = sys.platform in ("win32", "darwin")
TEST_SERVICE = "mailsetup"
TEST_SERVICES = (TEST_SERVICE, "mailsetup-sign-in")  # the password, the wizard's own kept sign-in
TEST_USERS = ("alice@example.test", "bob@example.test", "carol@business.test", "anna@example.test", "alice@oauth.test")


@dataclass(frozen=True)
class RealKeyring:
    backend: object
    lookup: Callable[[str, str], "str | None"]  # read back by another reader than the code under test


@pytest.fixture(scope="session")
def _secret_service() -> Iterator[SecretService | None]:
    if NATIVE_KEYRING:
        yield None  # Credential Manager / Keychain: the native backend, nothing to start
        return
    missing = missing_programs()
    if missing:
        message = f"a real Secret Service needs {', '.join(missing)} (Debian packages: gnome-keyring, libsecret-tools, dbus-daemon)"
        if os.environ.get("CI") or os.environ.get("MAILSETUP_REQUIRE_WORLD"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    service = SecretService()
    try:
        service.start()
    except WorldError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def real_keyring(_secret_service: SecretService | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[RealKeyring]:
    import keyring

    before = keyring.get_keyring()
    if _secret_service is None:
        if sys.platform == "win32":
            from keyring.backends import Windows

            backend = Windows.WinVaultKeyring()  # Credential Manager
        else:
            from keyring.backends import macOS

            backend = macOS.Keyring()  # the login Keychain
        lookup = backend.get_password
    else:
        from keyring.backends import SecretService as secret_service_backend

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", _secret_service.env["DBUS_SESSION_BUS_ADDRESS"])
        backend = secret_service_backend.Keyring()
        lookup = _secret_service.lookup
    keyring.set_keyring(backend)
    try:
        yield RealKeyring(backend, lookup)
    finally:
        keyring.set_keyring(before)
        if _secret_service is not None:
            for service in TEST_SERVICES:
                _secret_service.clear(service)
        else:
            for service in TEST_SERVICES:
                for user in TEST_USERS:
                    try:
                        backend.delete_password(service, user)
                    except Exception:  # noqa: BLE001 - nothing stored for that user
                        pass


# -- OAuth 2: an authorization server and a mail host that takes its tokens ----------------

@pytest.fixture(scope="session")
def _oauth_servers(world: "World") -> Iterator["OAuthWorld"]:
    from .oauth import OAuthWorld

    servers = OAuthWorld(world)
    try:
        servers.start()
    except WorldError as exc:
        servers.stop()
        pytest.fail(f"the test world's OAuth servers did not start:\n{exc}", pytrace=False)
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def oauth_world(world: "World", _oauth_servers: "OAuthWorld") -> "OAuthWorld":
    """login.oauth.test (authorization server) and mail.oauth.test (Dovecot + Postfix taking
    its tokens), knobs reset; the world undoes the DNS and web routes after the test."""
    _oauth_servers.reset()
    _oauth_servers.install()
    return _oauth_servers
