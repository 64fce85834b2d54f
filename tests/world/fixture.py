"""pytest plumbing for the test world.

* ``world`` (session): the running :class:`~tests.world.world.World`. Any test that uses it
  gets its changes (firewall rules, DNS records, web routes, mail certificate) undone
  afterwards by an autouse fixture, so tests can't leak state into each other.
* ``clean_world`` (function): the same world, for tests that want to say so explicitly.
* marker ``world``: tests that need the real servers.
"""

from __future__ import annotations

import os
from typing import Iterator

import pytest

from .isolation import isolation_problem
from .proc import WorldError
from .world import World


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "world: needs the test world (real servers in a private netns)")


@pytest.fixture(scope="session")
def world() -> Iterator[World]:
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
    w: World = request.getfixturevalue("world")
    point = w.checkpoint()
    yield
    w.restore(point)


@pytest.fixture
def clean_world(world: World) -> World:
    return world
