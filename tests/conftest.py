"""Shared fixtures: the test world (real servers in a private network namespace)."""

from tests.world.isolation import is_isolated, loopback_up

pytest_plugins = ["tests.world.fixture"]


def pytest_sessionstart(session) -> None:
    """Inside `make test`'s private namespace loopback starts down; tests that run their
    own servers on 127.0.0.1 (the demo provider) need it before the world is started."""
    if is_isolated():
        loopback_up()
