"""How a domain is shown on the confirmation screen: registrable domain (Public Suffix List),
both punycode and Unicode forms, and look-alike warnings (judged with Unicode's confusables
data in wizard.model.lookalike). Pure functions, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
import idna

from wizard.i18n import T, Text
from wizard.model.lookalike import DomainLook, look
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


@dataclass(frozen=True)
class NameCheck:
    ascii: str
    unicode: str
    registrable_ascii: str
    registrable_unicode: str
    idn: bool
    mixed_labels: tuple[str, ...]  # labels that mix scripts (Latin with Cyrillic, ...)
    looks: DomainLook | None = None

    @property
    def suspicious(self) -> bool:
        return self.looks is not None and self.looks.suspicious

    @property
    def warnings(self) -> tuple[Text, ...]:
        out: list[Text] = []
        if self.looks is not None and self.looks.warning is not None:
            out.append(self.looks.warning)
        elif self.idn:
            out.append(T("This name contains non-Latin or accented letters. Check that it is really your provider: its computer form is {ascii}.", ascii=self.registrable_ascii))
        return tuple(out)


def check(host: str) -> NameCheck:
    ascii_name = to_ascii(host).lower().rstrip(".")
    uni = to_unicode(ascii_name)
    reg = registrable(ascii_name)
    looks = look(ascii_name)
    return NameCheck(ascii_name, uni, reg, to_unicode(reg), any(label.startswith("xn--") for label in ascii_name.split(".")), looks.mixed, looks)
