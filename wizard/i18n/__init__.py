"""Translatable text for every layer, without Qt.

Core code builds `Text` values (English source plus named arguments); shells render them
in the person's language. The catalogues are Qt Linguist `.ts` files in
resources/translations, so the GUI's QTranslator and the CLI read the same source.
"""

from wizard.i18n.text import Text, T
from wizard.i18n.catalog import Catalog, LANGUAGES, load_catalog, system_language

__all__ = ["Text", "T", "Catalog", "LANGUAGES", "load_catalog", "system_language"]
