"""Keyboard-only use works, and every field has an accessible name, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTreeWidget, QListWidget

from wizard.gui.pageid import PageId

FIELDS = (QLineEdit, QComboBox, QSpinBox, QAbstractButton, QTreeWidget, QListWidget)


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_every_field_on_every_page_has_an_accessible_name(make_wizard, language):
    window = make_wizard(language)
    nameless = []
    for page_id in PageId:
        page = window.page(int(page_id))
        for kind in FIELDS:
            for widget in page.findChildren(kind):
                if widget.parent() is not None and widget.objectName().startswith("qt_"):
                    continue  # Qt's own parts (scroll area internals)
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QSpinBox)):
                    continue  # the editor inside a combo or spin box is named through its owner
                if not widget.accessibleName().strip():
                    nameless.append(f"{page_id.name}: {type(widget).__name__} {widget.text() if hasattr(widget, 'text') else ''}")
    assert nameless == []


def test_keyboard_only_reaches_discovery(qtbot, make_wizard, demo):
    window = make_wizard("en")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Next is the default button
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.ACCOUNT))
    account = window.currentPage()
    account.name.setFocus()
    qtbot.keyClicks(account.name, "Anna")
    # Tab moves name -> address -> password -> show/hide (offscreen windows get no real focus,
    # so the focus chain Tab follows is checked instead of the focus itself).
    def next_focusable(widget):
        nxt = widget.nextInFocusChain()
        while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus) or not nxt.isVisible():
            nxt = nxt.nextInFocusChain()
        return nxt

    assert next_focusable(account.name) is account.address
    assert next_focusable(account.address) is account.password
    assert next_focusable(account.password) is account.show_password
    qtbot.keyClicks(account.address, demo.user)
    qtbot.keyClicks(account.password, demo.password)
    assert account.labels[1].buddy() is account.address  # Alt+A reaches the address
    qtbot.keyClick(account.show_password, Qt.Key.Key_Space)
    assert account.password.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(account.show_password, Qt.Key.Key_Space)
    assert account.password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(account.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.FINDING))
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    assert finding.outcome == "found", finding.status.text()
