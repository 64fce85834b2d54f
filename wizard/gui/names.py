"""How a domain is shown on the confirmation screen: registrable domain (Public Suffix List),
both punycode and Unicode forms, and look-alike warnings. Pure functions, no Qt."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
import idna

from wizard.i18n import T, Text
from wizard.parsers.domains import registrable

__all__ = ["registrable", "to_ascii", "to_unicode"]


def to_unicode(host: str) -> str:
    try:
        return idna.decode(host)
    except (idna.IDNAError, UnicodeError, ValueError):
        return host


def to_ascii(host: str) -> str:
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return host


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN" if ch.isalpha() else ""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    first = name.split(" ")[0]
    return first if first not in ("DIGIT", "HYPHEN-MINUS", "FULL", "COMBINING") else ""


def scripts(label: str) -> set[str]:
    return {s for s in (_script(c) for c in label) if s}


@dataclass(frozen=True)
class NameCheck:
    ascii: str
    unicode: str
    registrable_ascii: str
    registrable_unicode: str
    idn: bool
    mixed_labels: tuple[str, ...]  # labels that mix scripts (Latin with Cyrillic, ...)

    @property
    def warnings(self) -> tuple[Text, ...]:
        out: list[Text] = []
        if self.mixed_labels:
            out.append(T("Look-alike warning: “{labels}” mixes letters from different alphabets, a trick used to imitate well-known names.", labels=", ".join(self.mixed_labels)))
        elif self.idn:
            out.append(T("This name contains non-Latin or accented letters. Check that it is really your provider: its computer form is {ascii}.", ascii=self.registrable_ascii))
        return tuple(out)


def check(host: str) -> NameCheck:
    ascii_name = to_ascii(host).lower().rstrip(".")
    uni = to_unicode(ascii_name)
    reg = registrable(ascii_name)
    mixed = tuple(label for label in uni.split(".") if len(scripts(label)) > 1)
    return NameCheck(ascii_name, uni, reg, to_unicode(reg), any(label.startswith("xn--") for label in ascii_name.split(".")), mixed)
