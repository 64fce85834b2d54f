"""A package's names, each loaded from its own module only when first used (PEP 562): the
window and the commands import a package for one name without paying for all its modules.

The lowest layer, so that every package may use it; it knows nothing of the program."""

from __future__ import annotations

import sys
from typing import Any, Callable, Mapping


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module-level `__getattr__` for `package`: `homes` maps each exported name to the
    submodule that defines it; any other name is an AttributeError, as for a plain module."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = f"{package}.{home}"
        # The import statement's own machinery (not importlib.import_module), so that
        # `-X importtime` reports the submodule under its name instead of adding its cost to
        # whichever module asked first.
        __import__(module)
        return getattr(sys.modules[module], name)

    return __getattr__
