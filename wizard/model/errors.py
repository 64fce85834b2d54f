"""Errors a person can act on: a stable code plus a translatable message."""

from __future__ import annotations

from wizard.i18n import Text


class UserError(ValueError):
    """Bad input. Shells print `text` in the person's language; never a traceback."""

    def __init__(self, code: str, text: Text) -> None:
        super().__init__(text.render())
        self.code = code
        self.text = text
