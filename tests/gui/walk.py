"""Driving the wizard the way a person does, and photographing each page in each language."""

from __future__ import annotations

from pathlib import Path

from wizard.gui.pageid import PageId

LANGS = ("en", "da", "nb")
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


def settle() -> None:
    """Let layouts catch up with the new texts before the picture is taken."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def shoot(window, name: str, folder: Path = SHOTS) -> list[Path]:
    """One PNG per language of the page on screen, then back to the language in use."""
    folder.mkdir(parents=True, exist_ok=True)
    current = window.lang.language
    out = []
    for language in LANGS:
        window.lang.set(language)
        settle()
        path = folder / f"{name}-{language}.png"
        window.grab().save(str(path))
        out.append(path)
    window.lang.set(current)
    return out


def next_page(qtbot, window, expected: PageId, timeout: int = 30000) -> None:
    page = window.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=timeout)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == int(expected), timeout=timeout)
