"""The guard that keeps control characters out of every command and header line we write:
no value learned from the network can smuggle a second command onto the line. Its own
module because the HTTP client needs it without the mail conversations' types."""

from __future__ import annotations

import unicodedata


class UnsafeValue(ValueError):
    """A value for a command holds a control character (CR, LF, NUL, ...): refused, so no
    network-supplied value can smuggle a second command onto the line."""

    def __init__(self, field_name: str) -> None:
        super().__init__(f"the {field_name} holds a control character")
        self.field_name = field_name


def safe(value: str, field_name: str) -> str:
    """`value` unchanged, or UnsafeValue when any character is a control character."""
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise UnsafeValue(field_name)
    return value
