"""Reads the Qt Linguist catalogues (pure XML) so the CLI needs no Qt."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from wizard.i18n.text import CONTEXT

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

LANGUAGES = ("en", "da", "nb")


@dataclass(frozen=True)
class Catalog:
    language: str
    messages: dict[str, str] = field(default_factory=dict)

    def translate(self, source: str) -> str:
        return self.messages.get(source) or source


def parse_ts(data: bytes, context: str = CONTEXT) -> dict[str, str]:
    """Finished translations of one context; unfinished ones fall back to English."""
    from defusedxml import ElementTree  # the XML parser only when a translation is read, not in English

    root = ElementTree.fromstring(data)
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        if name != context:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[source] = tr.text
    return out


def catalogue_files(language: str) -> list[Traversable]:
    """One .ts file per area of the code (cli_da.ts, discovery_da.ts, ...)."""
    from importlib import resources

    folder = resources.files("wizard.resources").joinpath("translations")
    suffix = f"_{language}.ts"
    return sorted((f for f in folder.iterdir() if f.name.endswith(suffix)), key=lambda f: f.name)


@lru_cache(maxsize=None)
def load_catalog(language: str) -> Catalog:
    """English for an unknown language or an unreadable file: a message is never lost."""
    if language not in LANGUAGES or language == "en":
        return Catalog("en")
    messages: dict[str, str] = {}
    for item in catalogue_files(language):
        try:
            messages.update(parse_ts(item.read_bytes()))
        except Exception:  # a damaged catalogue must not stop the program
            continue
    return Catalog(language, messages)


def system_language() -> str:
    """da or nb when the system speaks it (no, nn and nb all read Bokmål best), else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    code = value.split(":")[0].split(".")[0].split("_")[0].lower()
    if code == "da":
        return "da"
    if code in ("nb", "no", "nn"):
        return "nb"
    return "en"
