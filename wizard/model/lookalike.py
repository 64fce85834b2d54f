"""Look-alike domains: how a domain is shown to a person so that `pаypal.com` (a Cyrillic `а`)
cannot pass for `paypal.com`.

A label is suspicious when it mixes scripts (Latin with Cyrillic, Greek with Latin, ...;
not the mixes ordinary writing uses, such as Japanese), or when it is written wholly in
another script but every letter of it looks like a Latin letter or digit (`аррӏе`, all Cyrillic, reads as "apple"). The judgement uses Unicode's own data
(confusables.txt and the script of each character, UTS #39) through the confusable-homoglyphs
package, not a table of our own. A suspicious domain is shown with its punycode beside it:
`pаypal.com (xn--pypal-4ve.com)`; the confirmation screens also warn."""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from functools import lru_cache

from wizard.i18n import T, Text
from wizard.model.account import AccountConfig, ConsentReason

LOOKALIKE = "lookalike-domain"  # the consent code: the address's domain or a server is a look-alike

_LATIN_LOOK = set(string.ascii_lowercase + string.digits)


def to_ascii(domain: str) -> str:
    text = domain.strip().rstrip(".")
    if text.isascii():  # idna gives an ASCII name its lower case, or fails into it below
        return text.lower()
    import idna  # only for names with non-ASCII letters (a plain name's look needs none)

    try:
        return str(idna.encode(text, uts46=True).decode("ascii").lower())
    except (idna.IDNAError, UnicodeError, ValueError):
        return text.lower()


def to_unicode(domain: str) -> str:
    import idna

    try:
        return str(idna.decode(domain.strip().rstrip(".")))
    except (idna.IDNAError, UnicodeError, ValueError):
        return domain.strip().rstrip(".")


def _no_a_label(ascii_name: str) -> bool:
    """A lower-case ASCII name with no xn-- label: its Unicode form is itself (idna decodes
    such a label to its lower case, or fails and leaves it as it is)."""
    return ascii_name.isascii() and not any(label.startswith("xn--") for label in ascii_name.split("."))


def _latin_twin(char: str) -> str | None:
    """The ASCII letter or digit `char` is confusable with, if any."""
    if char.lower() in _LATIN_LOOK:
        return char.lower()
    from confusable_homoglyphs import confusables  # its tables load only for a non-ASCII name

    found = confusables.is_confusable(char, preferred_aliases=["latin"]) or []
    for entry in found:
        for glyph in entry.get("homoglyphs", ()):
            twin = str(glyph.get("c", ""))
            if len(twin) == 1 and twin.lower() in _LATIN_LOOK:
                return twin.lower()
    return None


def _skeleton(label: str) -> str | None:
    """The Latin word `label` could be taken for, when every letter has a Latin twin."""
    out = []
    for char in label:
        if char == "-" or char.isdigit():
            out.append(char)
            continue
        twin = _latin_twin(char)
        if twin is None:
            return None
        out.append(twin)
    return "".join(out)


def _scripts(label: str) -> set[str]:
    from confusable_homoglyphs import categories

    return {str(categories.alias(c)) for c in label} - {"COMMON", "INHERITED"}


# Script mixes ordinary writing uses (UTS #39, "highly restrictive"): Japanese, Chinese with
# Bopomofo, Korean, each possibly with Latin.
_USUAL_MIXES = ({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}, {"LATIN", "HAN", "BOPOMOFO"}, {"LATIN", "HAN", "HANGUL"})


def _mixes_scripts(scripts: set[str]) -> bool:
    return len(scripts) > 1 and not any(scripts <= usual for usual in _USUAL_MIXES)


@dataclass(frozen=True)
class DomainLook:
    ascii: str
    unicode: str
    mixed: tuple[str, ...] = ()  # labels that mix scripts
    imitates: str | None = None  # the Latin name a suspicious domain could be taken for

    @property
    def idn(self) -> bool:
        return self.ascii != self.unicode

    @property
    def suspicious(self) -> bool:
        return bool(self.mixed) or self.imitates is not None

    @property
    def shown(self) -> str:
        """For people: the Unicode form, with the punycode beside it when suspicious."""
        return f"{self.unicode} ({self.ascii})" if self.suspicious else self.unicode

    @property
    def warning(self) -> Text | None:
        if not self.suspicious:
            return None
        if self.mixed and self.imitates is not None:
            return T("Look-alike warning: “{shown}” mixes letters from different alphabets to look like “{latin}”; check that it is really your provider.", shown=self.shown, latin=self.imitates)
        if self.imitates is not None:
            return T("Look-alike warning: “{shown}” is written with letters that look like “{latin}” but are not; check that it is really your provider.", shown=self.shown, latin=self.imitates)
        return T("Look-alike warning: “{shown}” mixes letters from different alphabets, a trick used to imitate well-known names.", shown=self.shown)


@lru_cache(maxsize=256)
def look(domain: str) -> DomainLook:
    """How `domain` (ASCII/punycode or Unicode) looks to a person."""
    ascii_name = to_ascii(domain)
    plain = ascii_name.strip().rstrip(".")  # as to_unicode reads it
    unicode_name = plain if _no_a_label(plain) else to_unicode(ascii_name)
    mixed: list[str] = []
    imitated: list[str] = []
    suspicious = False
    for label in unicode_name.split("."):
        if label.isascii():
            imitated.append(label)
            continue
        scripts = _scripts(label)
        skeleton = _skeleton(label)
        if _mixes_scripts(scripts):
            mixed.append(label)
            suspicious = True
        elif "LATIN" not in scripts and skeleton is not None:
            suspicious = True  # whole-script look-alike
        imitated.append(skeleton if skeleton is not None else label)
    imitates = ".".join(imitated) if suspicious and all(part.isascii() for part in imitated) else None
    if imitates is not None and not mixed and imitates == ascii_name:
        imitates = None
    return DomainLook(ascii_name, unicode_name, tuple(mixed), imitates)


def shown(domain: str) -> str:
    """`domain` as a person should see it (see `DomainLook.shown`)."""
    return look(domain).shown if domain else domain


def shown_address(address: str) -> str:
    """An address whose domain is suspicious gets the punycode form beside it."""
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    info = look(domain)
    return f"{local}@{info.unicode} ({local}@{info.ascii})" if info.suspicious else address


def mark(config: AccountConfig, address_domain: str) -> AccountConfig:
    """`config` needing the person's consent when the address's domain or a server's name
    is a look-alike, naming each in both forms (the CLI, which cannot ask, refuses it)."""
    names = [address_domain, *(s.host for s in config.incoming[:1] + config.outgoing[:1])]
    reasons = tuple(ConsentReason(LOOKALIKE, look(n).shown) for n in dict.fromkeys(names) if n and look(n).suspicious)
    if not reasons:
        return config
    return replace(config, consent=tuple(dict.fromkeys(config.consent + reasons)))
