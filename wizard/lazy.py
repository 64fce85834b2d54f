"""A package's names, each loaded from its own module only when first used (PEP 562): the
window and the commands import a package for one name without paying for all its modules.

The lowest layer, so that every package may use it; it knows nothing of the program."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, Callable, Mapping


def load(module: str) -> ModuleType:
    """The module named `module` (absolute), imported if it is not yet. Through the import
    statement's machinery, not importlib.import_module: `-X importtime` reports a module
    imported that way under its own name, where one from importlib.import_module goes
    unlisted and its cost is added to whichever module asked for it."""
    __import__(module)
    return sys.modules[module]


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module-level `__getattr__` for `package`: `homes` maps each exported name to the
    submodule that defines it; any other name is an AttributeError, as for a plain module."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(load(f"{package}.{home}"), name)

    return __getattr__
