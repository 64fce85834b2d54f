"""Where the bundled packs are, and the installer's default brand: read before the window
opens, so this module loads nothing of the packs' parsing (loader.py does that)."""

from __future__ import annotations

import sys
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DEFAULT_BRAND_FILE = "default-brand"  # resources/providers/default-brand: one pack id, put there by an installer
PACKAGE = "wizard.resources"


def bundled_folder() -> Traversable:
    """resources/providers, as importlib.resources finds it. A package on disk (a checkout, an
    installed wheel) gets the folder beside its __init__ directly, the very Path that
    importlib.resources would give for it, without importing that (it brings tempfile,
    shutil, zipfile and the compressors: 3.5 ms of every start); any other loader (a zipped
    wheel, a frozen app) is asked through importlib.resources as before."""
    __import__(PACKAGE)
    spec = sys.modules[PACKAGE].__spec__
    if spec is not None and isinstance(spec.loader, (SourceFileLoader, SourcelessFileLoader)) and spec.origin:
        return Path(spec.origin).parent.joinpath("providers")
    from importlib import resources

    return resources.files(PACKAGE).joinpath("providers")


def default_brand_id() -> str | None:
    """The build-time default brand: resources/providers/default-brand, when an installer
    put one there (one pack id on the first line)."""
    item = bundled_folder().joinpath(DEFAULT_BRAND_FILE)
    try:
        if not item.is_file():
            return None
        line = item.read_text(encoding="utf-8").strip().splitlines()
    except OSError:
        return None
    return line[0].strip() if line and line[0].strip() else None
