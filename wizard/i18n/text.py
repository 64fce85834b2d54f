"""A message that is rendered late, in whatever language the shell chooses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.i18n.catalog import Catalog

CONTEXT = "mailsetup"


@dataclass(frozen=True)
class Text:
    """English source text with `{name}` fields. Arguments are strings, or Texts that are
    rendered in the same language (a status word inside a sentence)."""

    source: str
    args: tuple[tuple[str, "str | Text"], ...] = ()

    def render(self, catalog: "Catalog | None" = None) -> str:
        template = catalog.translate(self.source) if catalog is not None else self.source
        values = {k: v.render(catalog) if isinstance(v, Text) else v for k, v in self.args}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.render()


def T(source: str, /, **args: Any) -> Text:
    """Mark `source` for translation; the extractor test finds every call by name."""
    return Text(source, tuple(sorted((k, v if isinstance(v, Text) else str(v)) for k, v in args.items())))
