"""Branding from a provider pack: readable colours, dates in the person's language, the logo,
the installer's default brand, and a PySide6 release that keeps None's count."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtGui import QColor

from wizard.gui.branding import contrast, long_date, logo_pixmap, readable_text

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="32" height="16"><rect width="32" height="16" fill="#003f7d"/></svg>'


def test_a_pack_text_colour_that_would_be_unreadable_is_replaced(qapp):
    dark = QColor("#003f7d")
    assert readable_text(dark, "#ffffff").name() == "#ffffff"
    assert readable_text(dark, "#002244").name() == "#ffffff"  # too little contrast: white instead
    assert readable_text(QColor("#ffe000"), "#ffffff").name() == "#000000"
    assert contrast(QColor("#000000"), QColor("#ffffff")) > 20


def test_the_migration_date_is_written_in_each_language(qapp):
    day = date(2022, 11, 15)
    assert long_date(day, "en") == "15 November 2022"
    assert long_date(day, "da") == "15. november 2022"
    assert long_date(day, "nb") == "15. november 2022"


def test_an_svg_logo_keeps_its_proportions_and_garbage_gives_none(qapp):
    pixmap = logo_pixmap(SVG, 64)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 32)
    assert logo_pixmap(b"not an image", 64) is None
    assert logo_pixmap(None, 64) is None


def test_the_installer_default_brand_applies_without_brand_option(monkeypatch):
    import wizard.launch
    from wizard.cli.main import build_parser
    from wizard.gui.app import engine_backend
    from wizard.i18n import load_catalog

    monkeypatch.setattr(wizard.launch, "default_brand_id", lambda: "mamut")
    args = build_parser(load_catalog("en")).parse_args([])
    backend = engine_backend(args)
    assert backend.brand is not None and backend.brand.id == "mamut"
    info = backend.provider_for(None)
    assert info.webmail == "https://mamutmail.com" and info.product_name.render() == "Mamut e-mail setup"
    assert [kind for kind, _ in info.kinds] == ["pop3", "imap", "exchange"]


def test_qt_calls_keep_the_reference_count_of_none():
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call until
    the interpreter aborted ("deallocating None"); pyproject excludes that release. Any
    release with the same leak fails here instead of in a person's long session."""
    from PySide6.QtWidgets import QApplication, QLabel

    QApplication.instance() or QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10
