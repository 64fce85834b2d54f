"""Where the bundled packs are, and the installer's default brand: read before the window
opens, so this module loads nothing of the packs' parsing (loader.py does that)."""

from __future__ import annotations

from importlib import resources

DEFAULT_BRAND_FILE = "default-brand"  # resources/providers/default-brand: one pack id, put there by an installer


def bundled_folder():
    return resources.files("wizard.resources").joinpath("providers")


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
