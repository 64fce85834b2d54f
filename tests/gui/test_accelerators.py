"""Alt+letter reaches one thing per page, in every language: no two labels or buttons on a
page (with the wizard's own Next/Back/Finish) share an accelerator."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from wizard.gui.window import PageId

ACCEL = re.compile(r"&([^&\s])")


def accelerators(window, page_id: PageId) -> dict[str, list[str]]:
    page = window.page(int(page_id))
    found: dict[str, list[str]] = {}
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if w.text()]
    wanted = [window.WizardButton.NextButton, window.WizardButton.BackButton]
    wanted.append(window.WizardButton.FinishButton if page_id is PageId.DONE else window.WizardButton.CancelButton)
    texts += [window.buttonText(b) for b in wanted]
    for text in texts:
        if "<" in text and ">" in text and "&amp;" in text:
            continue  # rich text shows & as a character, not an accelerator
        for letter in ACCEL.findall(text.replace("&&", "")):
            found.setdefault(letter.lower(), []).append(text)
    return found


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_accelerators_are_unique_on_every_page(make_wizard, language):
    window = make_wizard(language)
    clashes = {}
    for page_id in PageId:
        window.page(int(page_id)).retranslate()
        for letter, texts in accelerators(window, page_id).items():
            if len(texts) > 1:
                clashes[f"{page_id.name} Alt+{letter}"] = texts
    assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())
