"""The window's support report ("Copy report for support"): it identifies itself (reference,
time with zone, version, system, mail programs, brand), speaks the person's language in every
status word, and never holds the password, in any encoding. Built from a real attempt on the
demo provider (a wrong password, so refusals and advice are in it too)."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import pytest

from tests.demo.attempts import attempt, untranslated_codes
from wizard.demo import DemoProvider
from wizard.demo.scenes import WRONG_PASSWORD, scene_named
from wizard.gui.backend import MailProgram, Written
from wizard.gui.report import build_report
from wizard.gui.state import WizardState
from wizard.i18n import T, load_catalog

WHEN = datetime(2026, 12, 1, 21, 40, 5, tzinfo=timezone(timedelta(hours=1), "CET"))


@pytest.fixture(scope="module")
def refused():
    provider = DemoProvider(well_known=False, scene=scene_named("wrong-password"))
    info = provider.start()
    try:
        yield info, attempt(info, WRONG_PASSWORD)
    finally:
        provider.stop()


def state_of(refused, language: str) -> WizardState:
    info, (address, found, config, diagnosis) = refused
    state = WizardState(language=language, address=address, password=WRONG_PASSWORD, provider=found.provider, discovered=found,
                        steps=list(found.steps), config=config, diagnosis=diagnosis)
    state.written = [Written(MailProgram("sheet", T("Settings sheet"), T("a page")), True, (T("The settings sheet is saved as {path}.", path="/tmp/x.html"),)),
                     Written(MailProgram("outlook", T("Outlook"), T("files")), False, (T("This mail program is not supported."),))]
    return state


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_the_text_report_identifies_itself(refused, language):
    from wizard import __version__

    state = state_of(refused, language)
    text = build_report(state, load_catalog(language), now=WHEN)
    identity = state.identity
    assert identity is not None and len(identity.reference) == 8
    for value in (identity.reference, "2026-12-01 21:40:05 +0100 (CET)", __version__, identity.system):
        assert value in text
    assert str(state.address) in text and identity.reference not in str(state.address)


def own_words(text: str) -> str:
    """The report without the discovery steps' details (each source's own text, after the
    step's status and time): what the report itself words."""
    return "\n".join(line.split(" ms — ", 1)[0] for line in text.splitlines())


@pytest.mark.parametrize("language", ["da", "nb"])
def test_no_status_code_stands_untranslated_in_danish_or_norwegian(refused, language):
    text = build_report(state_of(refused, language), load_catalog(language), now=WHEN)
    assert "auth-failed" not in text and "[info]" not in text and "[error]" not in text
    assert untranslated_codes(own_words(text)) == set(), text
    assert untranslated_codes("ok empty error [info] login-ok tls") == {"ok", "empty", "error", "info", "login-ok", "tls"}  # the check sees them


def test_the_english_report_still_reads_as_english_words(refused):
    text = build_report(state_of(refused, "en"), load_catalog("en"), now=WHEN)
    assert "Problem" in text and "did not accept the password" in text and "provider's settings file" in text


def test_the_password_is_in_no_encoding(refused):
    for language in ("en", "da", "nb"):
        text = build_report(state_of(refused, language), load_catalog(language), now=WHEN)
        for form in (WRONG_PASSWORD, base64.b64encode(WRONG_PASSWORD.encode()).decode(), WRONG_PASSWORD.encode().hex(),
                     base64.b64encode(f"\0demo@demo.mailsetup.test\0{WRONG_PASSWORD}".encode()).decode()):
            assert form not in text
