"""Registrable domains from the Public Suffix List (shipped in the `publicsuffixlist`
package, no download at run time). Never by splitting on dots: SECURITY.md A2."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # ICANN and private sections: anyone can register under a private suffix (github.io) too.
    return PublicSuffixList()


def prepare() -> None:
    """Parse the list now (a discovery run has a thread do it as it starts: parsing takes a
    few hundred milliseconds of CPU, which would otherwise stall the run's first redirect
    check or MX step mid-flight)."""
    _psl()


def _clean(host: str) -> str:
    return host.strip().rstrip(".").lower()


def registrable_domain(host: str) -> str | None:
    """eTLD+1 of `host`, or None when `host` is itself a public suffix (or empty)."""
    name = _clean(host)
    if not name or ".." in name:
        return None
    try:
        return _psl().privatesuffix(name)
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
