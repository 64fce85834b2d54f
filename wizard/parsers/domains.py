"""Registrable domains from the Public Suffix List (shipped in the `publicsuffixlist`
package, no download at run time). Never by splitting on dots: SECURITY.md A2.

A name is judged by the list's rules for its own top-level label only, the list's own parser
reading just those lines: only a rule ending in that label can match the name, so the answer
is the whole list's (a test holds this for every rule of the list), and a run parses a few
dozen lines per top-level domain it meets instead of all ten thousand (some 40 ms of CPU,
which fell while the first handshakes were in flight)."""

from __future__ import annotations

from functools import lru_cache

import publicsuffixlist
from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...] | None:
    """The list's lines, from the file the package parses itself; None if it cannot be read
    so (the package then parses it whole, its own way)."""
    path = getattr(publicsuffixlist, "PSLFILE", None)
    if not isinstance(path, str):
        return None
    try:
        with open(path, "rb") as source:
            text = source.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    # what the package would skip itself: comments and blank lines
    return tuple(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//"))


@lru_cache(maxsize=1)
def _whole() -> PublicSuffixList:
    # ICANN and private sections: anyone can register under a private suffix (github.io) too.
    return PublicSuffixList()


def _forms(label: str) -> set[str] | None:
    """A top-level label as the list may write it: as given, and its other IDNA form (the
    list writes IDN rules in Unicode, names arrive as xn--). None when it has no other form
    that can be made."""
    try:
        if label.startswith("xn--"):
            return {label, label.encode("ascii").decode("idna")}
        if not label.isascii():
            return {label, label.encode("idna").decode("ascii")}
    except UnicodeError:
        return None
    return {label}


@lru_cache(maxsize=64)
def _psl(top: str) -> PublicSuffixList:
    """The list as it applies to names under the top-level label `top`: every line that
    holds it (more than the rules ending in it, never fewer), parsed by the package."""
    lines, forms = _lines(), _forms(top)
    if lines is None or forms is None or not top:
        return _whole()
    chosen = {i for form in forms for i, line in enumerate(lines) if form in line}
    return PublicSuffixList([lines[i] for i in sorted(chosen)])


def prepare() -> None:
    """Read the list now (a discovery run has a thread do it as it starts)."""
    _lines()


def _clean(host: str) -> str:
    return host.strip().rstrip(".").lower()


def registrable_domain(host: str) -> str | None:
    """eTLD+1 of `host`, or None when `host` is itself a public suffix (or empty)."""
    name = _clean(host)
    if not name or ".." in name:
        return None
    try:
        return _psl(name.rpartition(".")[2]).privatesuffix(name)
    except (ValueError, TypeError, IndexError):
        return None


def registrable(host: str) -> str:
    """`registrable_domain`, or the cleaned name itself when it has none (a public suffix or
    odd input is shown and compared whole rather than shortened)."""
    return registrable_domain(host) or _clean(host)


def same_site(a: str, b: str) -> bool:
    """Whether two host names belong to the same organisation (x.co.uk and y.co.uk do not)."""
    return registrable(a) == registrable(b)


def is_public_suffix(host: str) -> bool:
    name = _clean(host)
    return bool(name) and registrable_domain(name) is None


def same_base_domain(host: str, domain: str) -> bool:
    """Whether `host` belongs to the same registrable domain as `domain`."""
    base = registrable_domain(domain)
    return base is not None and registrable_domain(host) == base


def within(host: str, domain: str) -> bool:
    """`host` is `domain` or a name below it."""
    h, d = _clean(host), _clean(domain)
    return h == d or h.endswith("." + d)


def mx_lookup_domains(mx_host: str, mail_domain: str) -> tuple[str, ...]:
    """Domains to ask for an MX-based config, most specific first (the autoconfig draft's
    %MXFULLDOMAIN% and %MXBASEDOMAIN%, as both Thunderbirds do): the MX host minus its first
    label, only when that is longer than the host's registrable domain, then the registrable
    domain. mx.premium.europe.example.com -> premium.europe.example.com, example.com;
    mx.example.com -> example.com. Nothing when the MX host lies inside the address's own
    domain (its own lookups already asked there), never a public suffix (A2)."""
    host = _clean(mx_host)
    mail = _clean(mail_domain)
    base = registrable_domain(host)
    if base is None or not mail or within(host, mail):
        return ()
    candidates: list[str] = []
    _, _, full = host.partition(".")
    if len(full) > len(base) and full.endswith("." + base):
        candidates.append(full)
    candidates.append(base)
    return tuple(c for c in dict.fromkeys(candidates) if c != mail and not is_public_suffix(c))
