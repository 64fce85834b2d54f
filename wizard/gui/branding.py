"""A provider's look on the wizard (issue 7, branding): product name and window title, its
logo, a modest accent in its colours (a tinted header with a coloured rule, the primary
button), and dates in the person's language. Colours that would make text hard to read are
corrected, never trusted blindly: a pack is the provider's, the readability is ours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QBuffer, QDate, QLocale, QSize
from PySide6.QtGui import QColor, QImageReader, QPixmap

LOCALES = {"en": "en_GB", "da": "da_DK", "nb": "nb_NO"}
DATE_FORMATS = {"en": "d MMMM yyyy", "da": "d. MMMM yyyy", "nb": "d. MMMM yyyy"}


def long_date(value: date, language: str) -> str:
    """15 November 2022 / 15. november 2022, from Qt's own locale data."""
    locale = QLocale(LOCALES.get(language, "en_GB"))
    return locale.toString(QDate(value.year, value.month, value.day), DATE_FORMATS.get(language, DATE_FORMATS["en"]))


def logo_pixmap(data: bytes | None, size: int) -> QPixmap | None:
    """An SVG or PNG logo (bytes from the pack) fitted into a size x size square."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    kind = b"svg" if data.lstrip()[:5] in (b"<?xml", b"<svg ", b"<svg>", b"<!--") or b"<svg" in data[:512] else b"png"
    reader = QImageReader(buffer, QByteArray(kind))
    natural = reader.size()
    if natural.isValid() and natural.width() > 0 and natural.height() > 0:
        from PySide6.QtCore import Qt  # with a pack's logo only: see common.SelectableLabel

        reader.setScaledSize(natural.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    else:
        reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text(background: QColor, wanted: str | None = None) -> QColor:
    """The pack's text colour if it reads well on `background` (4.5:1), else black or white."""
    if wanted:
        colour = QColor(wanted)
        if colour.isValid() and contrast(colour, background) >= 4.5:
            return colour
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def tint(colour: QColor, amount: float = 0.12) -> QColor:
    """`colour` mixed into white: a background that keeps black text readable."""
    return QColor(
        round(255 + (colour.red() - 255) * amount),
        round(255 + (colour.green() - 255) * amount),
        round(255 + (colour.blue() - 255) * amount),
    )


def header_style(primary: QColor, accent: QColor | None) -> str:
    """The wizard's header strip: a light tint of the primary colour (the black title stays
    readable), a bar in the accent colour on the left and a rule in the primary colour below."""
    return (
        f"#brandHeader {{ background: {tint(primary).name()}; border-left: 6px solid {(accent or primary).name()};"
        f" border-bottom: 2px solid {primary.name()}; }}"
    )


def button_style(primary: QColor, text: str | None) -> str:
    """The primary (Next / Finish) button in the provider's colour, its text readable."""
    fore = readable_text(primary, text)
    darker = primary.darker(120)
    return (
        f"QPushButton {{ background: {primary.name()}; color: {fore.name()}; border: 1px solid {darker.name()};"
        " border-radius: 4px; padding: 4px 14px; }"
        f" QPushButton:hover {{ background: {darker.name()}; }}"
        f" QPushButton:focus {{ border: 2px solid {readable_text(tint(primary)).name()}; }}"
        " QPushButton:disabled { background: #d8d8d8; color: #6a6a6a; border: 1px solid #c0c0c0; }"
    )
