"""Removing the password from any text a server sent back before it reaches a person, a
report or a log.

The doctor applies the same full scrubber the output edges do (wizard.model.scrub: the
literal in every quoting, the AUTH PLAIN / LOGIN / Basic base64 blobs, a blob cut short), so
its Report holds no form of the password it sent, whoever reads the Report later: a window
whose password field was edited since the run, or a script calling the engine directly."""

from __future__ import annotations

from typing import Callable

from wizard.model.scrub import MASK, Scrubber

REDACTED = MASK


def scrubber(password: str | None) -> Callable[[str], str]:
    """Removes every form the password takes in what a server may echo."""
    if not password:
        return lambda text: text
    return Scrubber.of(password)
