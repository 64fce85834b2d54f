"""Which of a settings document's pages for people is about two-factor sign-in or app passwords.

The ISPDB names such pages only in free text: a `<documentation url>` and its `<descr>`. The
words are matched conservatively, in English, Danish, Norwegian and German: an app password
("app-adgangskode", "App-Passwort") or a two-factor / two-step *sign-in* ("tofaktorgodkendelse",
"Zwei-Faktor-Authentifizierung"). Ordinary words that merely look close are not enough: "email
applications", "reset your password", "set up in two steps" ("i to trin") name no such page.
Only https pages count: the advice sends people there to make a credential."""

from __future__ import annotations

import re
from typing import Iterable, Protocol

# Separators in URLs and compounds ("app-passwords", "zwei_faktor", "/2fa/") read as spaces.
_SEPARATORS = re.compile(r"[\s\-_/.+:?=&#%,;()\"'’]+")

_APP_PASSWORD = re.compile(
    r"\b(?:"
    r"app ?(?:specific )?pass(?:words?|w[oö]rt(?:e|er)?|ord(?:et|ene)?)"  # en, de, nb
    r"|app ?adgangskoder?(?:n|ne)?"  # da
    r"|application (?:specific )?passwords?"  # en
    r"|anwendungs(?:spezifisches? ?)?passw(?:o|ö)rt(?:er)?"  # de
    r"|applikations?adgangskoder?"  # da
    r"|applikasjonspassord"  # nb
    r")\b"
)

_TWO_FACTOR = re.compile(
    r"\b(?:"
    r"(?:two|2) ?factor|2fa|multi ?factor"  # en
    r"|(?:two|2) ?step (?:verification|authentication|sign ?in|log ?in|login)"  # en
    r"|tofaktor\w*|to ?faktor (?:godkend|autenti|bekræft|bekreft|verifi|pålog)\w*"  # da, nb
    r"|to ?trinn?s ?(?:bekræft|godkend|verifi|bekreft|pålog|autenti)\w*"  # da, nb: totrinsbekræftelse
    r"|zwei ?faktor\w*|2 ?faktor\w*"  # de
    r"|zweistufige (?:verifizierung|anmeldung|authentifizierung|bestätigung)"  # de
    r"|(?:bestätigung|verifizierung|anmeldung) in zwei schritten"  # de
    r")"
)


class PageLike(Protocol):
    """A link as a settings document gives it (wizard.parsers.autoconfig.Link)."""

    @property
    def url(self) -> str: ...

    @property
    def description(self) -> str: ...


def words(text: str) -> str:
    """`text` lowered, with URL and compound separators as single spaces (pure)."""
    return " " + _SEPARATORS.sub(" ", text.lower()).strip() + " "


def rank(url: str, description: str) -> int:
    """2: a page about app passwords; 1: about two-factor sign-in; 0: neither (or not https).
    The description and the address's path are read; the host name is not (a provider
    called "2fa-bank" says nothing about one page)."""
    if not url.lower().startswith("https://"):
        return 0
    rest = url.split("://", 1)[1]
    path = rest[rest.find("/"):] if "/" in rest else ""  # the host's name says nothing of the page
    text = words(description) + words(path)
    if _APP_PASSWORD.search(text):
        return 2
    if _TWO_FACTOR.search(text):
        return 1
    return 0


def two_factor_page(links: Iterable[PageLike]) -> PageLike | None:
    """The first page about app passwords, else the first about two-factor sign-in, else None."""
    best: PageLike | None = None
    best_rank = 0
    for link in links:
        found = rank(link.url, link.description)
        if found > best_rank:
            best, best_rank = link, found
    return best
