"""The pages' order, on its own so that the pages can name their successor without
importing the window that holds them."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    ACCOUNT = 1
    FINDING = 2
    SETTINGS = 3
    CERTIFICATE = 4
    TESTING = 5
    PROGRAMS = 6
    DONE = 7
