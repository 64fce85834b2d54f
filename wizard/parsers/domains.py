"""Registrable domains from the Public Suffix List (shipped in the `publicsuffixlist`
package, no download at run time). Never by splitting on dots: SECURITY.md A2."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # ICANN and private sections: anyone can register under a private suffix (github.io) too.
    return PublicSuffixList()


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
    """Domains to ask for an MX-based config: the MX host's registrable domain and the name
    one label longer (mx1.mail.provider.co.uk -> mail.provider.co.uk, provider.co.uk),
    most specific first, skipping the mail domain itself and any public suffix."""
    host = _clean(mx_host)
    base = registrable_domain(host)
    if base is None:
        return ()
    candidates: list[str] = []
    if host != base and host.endswith("." + base):
        extra = host[: -len(base) - 1].rsplit(".", 1)[-1]
        candidates.append(f"{extra}.{base}")
    candidates.append(base)
    mail = _clean(mail_domain)
    return tuple(c for c in dict.fromkeys(candidates) if c != mail and not is_public_suffix(c))
