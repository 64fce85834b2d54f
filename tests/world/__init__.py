"""The test world: a local internet of real mail servers inside a private network namespace.

Start it with the session fixture ``world`` (see :mod:`tests.world.fixture`) or from a shell
with ``python -m tests.world run -- CMD``.
"""
