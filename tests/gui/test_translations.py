"""The compiled .qm catalogues match the .ts sources, and Qt's translator reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import wizard
from wizard.gui.qm import LANGUAGES, build

FOLDER = Path(wizard.__path__[0]).parent / "resources" / "translations"


def test_qm_files_are_up_to_date_with_the_ts_files(tmp_path):
    build(FOLDER, tmp_path)
    stale = [lang for lang in LANGUAGES if (tmp_path / f"mailsetup_{lang}.qm").read_bytes() != (FOLDER / f"mailsetup_{lang}.qm").read_bytes()]
    assert stale == [], "run `.venv/bin/python -m wizard.gui.qm` from the project root and commit the .qm files"


@pytest.mark.parametrize("language, expected", [("da", "Velkommen"), ("nb", "Velkommen")])
def test_qt_translator_serves_the_catalogue(qapp, language, expected):
    from wizard.gui.common import Lang

    lang = Lang(language)
    try:
        assert QCoreApplication.translate("mailsetup", "Welcome") == expected
        assert QCoreApplication.translate("mailsetup", "Mail programs") == lang.t(__import__("wizard.i18n", fromlist=["T"]).T("Mail programs"))
    finally:
        lang.set("en")
    assert QCoreApplication.translate("mailsetup", "Welcome") == "Welcome"


def test_switching_language_re_renders_every_page(qtbot, make_wizard):
    window = make_wizard("en")
    assert window.button(window.WizardButton.NextButton).text() == "&Next >"
    window.currentPage().language.setCurrentIndex(1)  # Dansk
    assert window.lang.language == "da" and window.state.language == "da"
    assert window.button(window.WizardButton.NextButton).text() == "&Næste >"
    assert window.page(1).title() == "Din konto"
    window.currentPage().language.setCurrentIndex(2)  # Norsk bokmål
    assert window.page(1).title() == "Kontoen din"
