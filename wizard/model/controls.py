"""Values that travel into protocol commands must be one line of text.

A host, user name or display name from the network or a pack holding CR, LF, NUL or another
control character could end one command and start another (an IMAP server once received a
separate `DELETE INBOX` line this way), so such values are refused where they enter."""

from __future__ import annotations

import unicodedata

_LINE_SEPARATORS = frozenset("\u2028\u2029")


def has_controls(value: str) -> bool:
    """CR, LF, NUL, every other C0/C1 control, and the Unicode line and paragraph separators."""
    return any(unicodedata.category(c) == "Cc" or c in _LINE_SEPARATORS for c in value)
