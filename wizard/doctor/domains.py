"""Whether two host names belong to the same organisation: the same registrable domain
by the Public Suffix List (never by counting dots: x.co.uk and y.co.uk are strangers)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _psl():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def registrable(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    return _psl().privatesuffix(host) or host


def same_site(a: str, b: str) -> bool:
    return registrable(a) == registrable(b)
