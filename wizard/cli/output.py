"""Where the CLI writes: localized lines for people, one JSON object for programs. Every
line and every JSON string passes the scrubber first: once a command has the password
(`hide`), no form of it leaves, whatever a server echoed into a message."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from wizard.i18n import Catalog, Text
from wizard.model.scrub import Scrubber


@dataclass
class Output:
    catalog: Catalog
    json_mode: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    scrub: Scrubber = field(default_factory=Scrubber)

    def hide(self, secret: str | None) -> None:
        """From now on, `secret` in any encoding is masked in everything written."""
        self.scrub = self.scrub.adding(secret)

    def say(self, text: Text | str) -> None:
        """A line for the person; suppressed in --json mode so stdout stays one object."""
        if not self.json_mode:
            print(self.render(text), file=self.out, flush=True)

    def error(self, text: Text | str) -> None:
        print(f"mailsetup: {self.render(text)}", file=self.err, flush=True)

    def emit_json(self, data: Any) -> None:
        import json  # here: a command's network work starts before --json's answer needs it

        json.dump(self.scrub.data(data), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
        self.out.flush()

    def render(self, text: Text | str) -> str:
        return self.scrub(text.render(self.catalog) if isinstance(text, Text) else text)
