"""Terminal lines for what a provider pack adds: its name, date, checklist, two-factor
guidance, webmail and support, and for a migration the old and the new servers side by side."""

from __future__ import annotations

from typing import Iterable, Iterator

from wizard.i18n import T, Text
from wizard.providers import Provider


def render_checklist(provider: Provider) -> Iterator[Text]:
    if not provider.checklist:
        return
    if provider.migration_date is not None:
        yield T("{provider} moves to new servers on {date}. Do these things by hand:", provider=provider.title, date=provider.migration_date.isoformat())
    else:
        yield T("{provider} asks you to do these things by hand:", provider=provider.title)
    for item in provider.checklist:
        yield T("  • {item}", item=item)


def render_provider(provider: Provider) -> Iterator[Text]:
    yield T("Provider: {provider}", provider=provider.title)
    yield from render_checklist(provider)
    if provider.two_factor is not None and provider.two_factor.available and provider.two_factor.note is not None:
        yield T("  {note}", note=provider.two_factor.note)
    if provider.webmail:
        yield T("Webmail: {url}", url=provider.webmail)
    support = provider.support
    if support is not None and (support.name or support.url or support.phone or support.email):
        parts = [p for p in (support.url, support.phone, support.email) if p]
        yield T("Help: {name} {contact}", name=support.name or provider.title, contact=" ".join(parts))


def _label(what: str) -> Text | str:
    return {"incoming": T("incoming"), "outgoing": T("outgoing"), "username": T("username")}.get(what, what)


def render_changes(rows: Iterable[tuple[str, str, str]]) -> Iterator[Text]:
    """(what, old, new) rows; unchanged rows are marked as such."""
    for key, old, new in rows:
        what = _label(key)
        if old == new:
            yield T("    {what:<10} {old}  (unchanged)", what=what, old=old)
        else:
            yield T("    {what:<10} {old}  →  {new}", what=what, old=old or "-", new=new)
