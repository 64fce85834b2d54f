"""A guard against a reference-counting bug in PySide6 6.12 on CPython 3.11: every call of a
Qt method that returns nothing (setText, setVisible, ...) hands back None without counting the
reference, so None's count falls by one per call. A long session (or the test suite) drives it
to zero and the interpreter aborts ("none_dealloc: deallocating None"). CPython 3.12 made None
immortal; here it is made so by hand, once: its count is raised far beyond any session's calls.
None is never freed anyway, so nothing else changes."""

from __future__ import annotations

import ctypes
import sys

_RAISE = 1 << 40


def immortal_none() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # None is immortal there already
    if sys.getrefcount(None) >= _RAISE:
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t)
    ctypes.c_ssize_t.from_address(id(None)).value += _RAISE
