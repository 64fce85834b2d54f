"""Removing the password from any text a server sent back before it reaches a person, a
report or a log."""

from __future__ import annotations

import base64
from typing import Callable

REDACTED = "••••••"


def scrubber(password: str | None) -> Callable[[str], str]:
    """Removes the password, and the base64 forms it takes in AUTH LOGIN, from a text."""
    if not password:
        return lambda text: text
    forms = {password, base64.b64encode(password.encode()).decode()}
    forms |= {repr(password)[1:-1], password.encode().hex()}

    def scrub(text: str) -> str:
        for form in sorted(forms, key=len, reverse=True):
            if form:
                text = text.replace(form, REDACTED)
        return text

    return scrub
