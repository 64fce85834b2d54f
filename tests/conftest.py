"""Shared fixtures: the test world (real servers in a private network namespace)."""

pytest_plugins = ["tests.world.fixture"]
