"""The settings sheet printed to PDF. Qt does the printing, so it lives with the window: the
core below the shells imports no Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html_text: str, path: Path) -> Path:
    """Print the sheet to PDF with Qt (needs a QGuiApplication; the GUI has one)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a running QGuiApplication")
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setHtml(html_text)
    doc.print_(writer)
    return Path(path)
