"""Qt's X11 plugin needs a few xcb libraries that a minimal Linux desktop may lack; without
them Qt aborts the whole process with a core dump. Checked before Qt starts, so a person
gets one line naming what to install instead.

A frozen app carries some of them itself (PyInstaller bundles libxcb-cursor, for one), and the
dynamic linker finds those beside Qt before any system copy: a library in the bundle counts as
present, or the installed app would refuse to start on the very desktops it was built for.

The system's copy is looked for as Qt's plugin will load it: the dynamic linker opening the
library by its soname (a few milliseconds for all of them, and Qt then finds them loaded).
ctypes.util.find_library ran `ldconfig -p` once per library instead, about 0.1-0.2 s before
every window on X11."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

# library name -> Debian/Ubuntu package
NEEDED = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
# library name -> the soname Qt's xcb plugin is linked against
SONAMES = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-image": "libxcb-image.so.0",
    "xcb-render-util": "libxcb-render-util.so.0",
    "xcb-shape": "libxcb-shape.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
}


def uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def bundle_dirs() -> list[Path]:
    """Where a frozen app keeps its shared libraries (nothing when not frozen)."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return []
    return [Path(base), Path(base) / "PySide6" / "Qt" / "lib"]


def find_bundled(library: str, dirs: list[Path] | None = None) -> str | None:
    """The bundle's copy of lib<library>.so (any version), or None."""
    for folder in bundle_dirs() if dirs is None else dirs:
        hits = sorted(folder.glob(f"lib{library}.so*")) if folder.is_dir() else []
        if hits:
            return str(hits[0])
    return None


def find_system(library: str) -> str | None:
    """The soname, when the dynamic linker can open it, else None."""
    soname = SONAMES.get(library, f"lib{library}.so")
    try:
        ctypes.CDLL(soname)
    except OSError:
        return None
    return soname


def find_library(library: str) -> str | None:
    """As the dynamic linker will see it: the bundle first, then the system."""
    return find_bundled(library) or find_system(library)


def missing_packages(find=find_library) -> list[str]:
    """Packages to install before the X11 window can open (empty when none are missing)."""
    if not uses_xcb():
        return []
    return [package for library, package in NEEDED.items() if find(library) is None]
