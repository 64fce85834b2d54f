"""Driving the wizard the way a person does, and photographing each page in each language."""

from __future__ import annotations

import re
from pathlib import Path

from wizard.gui.pageid import PageId

LANGS = ("en", "da", "nb")
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


def settle() -> None:
    """Let layouts catch up with the new texts before the picture is taken."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


# What must never reach a person: command-line options, Python's bytes form, its None, a traceback.
ARTEFACTS = re.compile(r"(?<![\w-])--[a-z]|\bb'|\bb\"|\bNone\b|Traceback|\b[A-Za-z]+(Error|Exception)\b|\\x[0-9a-f]{2}")


def visible_texts(window) -> list[str]:
    """Every text a person can see in the window now: titles, labels, buttons, list and
    tree rows, tooltips of what is on show (rich text reduced to plain)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTreeWidget

    def plain(text: str) -> str:
        if "<" in text and ">" in text:
            doc = QTextDocument()
            doc.setHtml(text)
            return doc.toPlainText()
        return text

    texts = [window.windowTitle()]
    page = window.currentPage()
    from PySide6.QtWidgets import QWizardPage

    texts += [QWizardPage.title(page), QWizardPage.subTitle(page)]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(plain(widget.text()))
    for view in window.findChildren(QListWidget):
        if view.isVisible():
            texts += [view.item(i).text() for i in range(view.count())]
    for tree in window.findChildren(QTreeWidget):
        if tree.isVisible():
            stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts += [item.text(c) for c in range(tree.columnCount())] + [item.toolTip(c) for c in range(tree.columnCount())]
                stack += [item.child(i) for i in range(item.childCount())]
    return [t for t in texts if t]


def assert_plain(window) -> None:
    """No command-line words or Python artefacts anywhere on screen."""
    bad = [t for t in visible_texts(window) if ARTEFACTS.search(t)]
    assert bad == [], f"{window.lang.language}: {bad}"


def shoot(window, name: str, folder: Path = SHOTS) -> list[Path]:
    """One PNG per language of the page on screen, then back to the language in use; each
    language's screen is also checked for command-line words and Python artefacts."""
    folder.mkdir(parents=True, exist_ok=True)
    current = window.lang.language
    out = []
    for language in LANGS:
        window.lang.set(language)
        settle()
        assert_plain(window)
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


def answer_confirmation(window, stop: bool) -> None:
    """Click "Stop setting up" (or "Go on") in the confirmation that Cancel/✕ is about to open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    wanted = QMessageBox.ButtonRole.DestructiveRole if stop else QMessageBox.ButtonRole.RejectRole

    def click() -> None:
        box = window.confirm_box
        if box is None or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        window.confirmation_seen = box.text()
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(0, click)
