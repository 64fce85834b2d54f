"""Every message exists in English, Danish and Norwegian Bokmål, with the same fields."""

import re
import string
from importlib import resources
from pathlib import Path

import pytest

import wizard
from wizard.i18n import T, Text, load_catalog, system_language
from wizard.i18n.catalog import parse_ts
from wizard.i18n.extract import sources_in

PACKAGE = Path(wizard.__path__[0])


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


ALL_SOURCES = sources_in(PACKAGE)


def test_the_code_has_messages_to_translate():
    assert len(ALL_SOURCES) > 50


@pytest.mark.parametrize("language", ["da", "nb"])
def test_every_message_is_translated(language):
    catalog = load_catalog(language)
    missing = [s for s in ALL_SOURCES if s not in catalog.messages]
    assert missing == [], f"untranslated in {language} (run `make translations`): {missing[:5]}"


@pytest.mark.parametrize("language", ["da", "nb"])
def test_translations_keep_every_field(language):
    catalog = load_catalog(language)
    wrong = [s for s in ALL_SOURCES if s in catalog.messages and fields(s) != fields(catalog.messages[s])]
    assert wrong == []


PERCENT_FIELD = r"%\(\w+\)[rsd]|%[rsd]"


@pytest.mark.parametrize("language", ["da", "nb"])
def test_translations_keep_argparse_percent_fields(language):
    import re

    catalog = load_catalog(language)
    wrong = [s for s in ALL_SOURCES if s in catalog.messages and sorted(re.findall(PERCENT_FIELD, s)) != sorted(re.findall(PERCENT_FIELD, catalog.messages[s]))]
    assert wrong == []


# One noun for signing in per language (da "login", nb "innlogging"; verbs "log ind", "logg inn"),
# so a person meets the same word for the same thing on every page and in every report.
OTHER_SIGN_IN_WORDS = {"da": r"\blogind|\blog-ind|\blogin-", "nb": r"\bpålogg|\blogg(e|et|er)? på\b"}


@pytest.mark.parametrize("language", ["da", "nb"])
def test_one_noun_for_signing_in(language):
    catalog = load_catalog(language)
    other = [catalog.messages[s] for s in ALL_SOURCES if re.search(OTHER_SIGN_IN_WORDS[language], catalog.messages.get(s, ""), re.IGNORECASE)]
    assert other == []


# One word for two-factor sign-in per language, the one Danish and Norwegian account pages use
# ("totrinsbekræftelse", "totrinnsbekreftelse"), so the advice names what the person will look for.
OTHER_TWO_FACTOR_WORDS = {"da": r"tofaktor|to-faktor|totrinsgodkend", "nb": r"tofaktor|to-faktor|totrinnsautent"}
TWO_FACTOR_WORD = {"da": "totrinsbekræftelse", "nb": "totrinnsbekreftelse"}


@pytest.mark.parametrize("language", ["da", "nb"])
def test_one_word_for_two_factor_sign_in(language):
    catalog = load_catalog(language)
    translated = [catalog.messages[s] for s in ALL_SOURCES if re.search(r"two-factor|two-step", s, re.IGNORECASE) and s in catalog.messages]
    assert translated, "no message about two-factor sign-in to check"
    assert [t for t in translated if TWO_FACTOR_WORD[language] not in t.lower()] == []
    other = [catalog.messages[s] for s in ALL_SOURCES if re.search(OTHER_TWO_FACTOR_WORDS[language], catalog.messages.get(s, ""), re.IGNORECASE)]
    assert other == []


# Norwegian Bokmål quotes with «…», as Norwegian typography does, never with the English “…”
# or plain "…", so a quoted server answer or user name looks the same in every message.
def test_bokmal_quotes_with_guillemets():
    catalog = load_catalog("nb")
    quoted = [s for s in ALL_SOURCES if "“" in s and s in catalog.messages]
    assert quoted, "no quoting message to check"
    assert [catalog.messages[s] for s in quoted if "«" not in catalog.messages[s]] == []
    assert [catalog.messages[s] for s in ALL_SOURCES if re.search(r'[“”„"]', catalog.messages.get(s, ""))] == []


def test_nested_text_renders_in_the_same_language():
    message = T("{rank}. {provider} — from {source}, {trust}", rank=1, provider="X", source="srv", trust=T("needs your confirmation"))
    assert "kræver din bekræftelse" in message.render(load_catalog("da"))


def test_a_broken_translation_falls_back_to_english():
    from wizard.i18n import Catalog

    broken = Catalog("da", {"Hello {name}": "Hej {navn}"})
    assert Text("Hello {name}", (("name", "Ole"),)).render(broken) == "Hello Ole"


def test_unfinished_translations_are_not_used():
    data = b"""<?xml version="1.0"?><TS version="2.1"><context><name>mailsetup</name>
    <message><source>A</source><translation type="unfinished">X</translation></message>
    <message><source>B</source><translation>Y</translation></message></context></TS>"""
    assert parse_ts(data) == {"B": "Y"}


def test_catalogues_are_resources_of_the_package():
    names = {f.name for f in resources.files("wizard.resources").joinpath("translations").iterdir()}
    assert {"cli_da.ts", "cli_nb.ts", "model_da.ts", "model_nb.ts"} <= names


@pytest.mark.parametrize("env, expected", [("da_DK.UTF-8", "da"), ("nb_NO.UTF-8", "nb"), ("nn_NO", "nb"), ("no_NO", "nb"), ("de_DE.UTF-8", "en"), ("C", "en")])
def test_system_language(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", env)
    assert system_language() == expected
