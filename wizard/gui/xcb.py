"""Qt's X11 plugin needs a few xcb libraries that a minimal Linux desktop may lack; without
them Qt aborts the whole process with a core dump. Checked before Qt starts, so a person
gets one line naming what to install instead."""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name (for ctypes) -> Debian/Ubuntu package
NEEDED = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_packages(find=ctypes.util.find_library) -> list[str]:
    """Packages to install before the X11 window can open (empty when none are missing)."""
    if not uses_xcb():
        return []
    return [package for library, package in NEEDED.items() if find(library) is None]
