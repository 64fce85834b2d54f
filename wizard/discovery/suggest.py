"""“Did you mean …?” for an address domain that does not exist: the one known domain a typing
slip away (two edits at most: a letter added, dropped, changed, or two swapped). Pure: the
shells hand in what is known (the provider packs' domains); the big mailbox providers that
Thunderbird's ISPDB lists are built in."""

from __future__ import annotations

from typing import Iterable

# Well-known mailbox domains from the ISPDB, the ones people mistype most.
WELL_KNOWN_DOMAINS = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.de", "gmx.net",
    "web.de", "t-online.de", "mail.com", "protonmail.com", "proton.me", "fastmail.com", "zoho.com", "yandex.com",
    "online.no", "altibox.no", "getmail.no", "broadpark.no", "live.no", "hotmail.no", "yahoo.no",
    "mail.dk", "jubii.dk", "stofanet.dk", "youmail.dk", "live.dk", "hotmail.dk", "yahoo.dk", "outlook.dk",
    "telia.com", "comhem.se", "bredband.net",
)


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    neighbours each cost one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def did_you_mean(domain: str, known: Iterable[str] = (), limit: int = 2) -> str | None:
    """The closest known domain within `limit` edits of `domain`; None when `domain` is
    itself known, when nothing is that close, or when two are equally close (no guessing)."""
    wanted = domain.strip().lower().rstrip(".")
    candidates = dict.fromkeys(d.strip().lower().rstrip(".") for d in (*known, *WELL_KNOWN_DOMAINS))
    if not wanted or wanted in candidates:
        return None
    scored = sorted((edit_distance(wanted, c), c) for c in candidates if abs(len(c) - len(wanted)) <= limit)
    if not scored or scored[0][0] > limit:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def known_domains(presets=None) -> tuple[str, ...]:
    """The address domains of the provider packs (bundled, or the `presets` given)."""
    if presets is None:
        from wizard.providers.loader import load_presets

        presets = load_presets()
    return tuple(d for p in presets.providers for d in p.domains)
