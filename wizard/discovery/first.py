"""What a discovery run is bound to do first, named without importing the engine, so that a
command can do it while the engine is still being imported (wizard.net.head).

The request: the provider's own autoconfig file (`https://autoconfig.<domain>/...`). Its
lane is the first the engine starts, its first URL ranks first within it, and only a
decisive answer from a lane ranked above it — a provider pack — can cancel it. So it is
named only when no pack can apply without the network: no brand, no pack for the address's
domain, and no pack matched by MX host (the MX answer is not known before the engine runs).
It is a plain GET with the address in its query, as the lane sends it; no credentials.

The connections: Autodiscover's lane always runs to its end (engine.py) and starts its POX
requests and the v2 lookup at once, each on its own https connection, so a run opens those
three whatever else it finds; so does the autoconfig lane for its .well-known URL, started
beside the first, when no pack may cancel the lane. They are opened ahead, bare: the POX
requests carry the address in their body and may be followed by credentials, the others
may be cancelled before they go, so none of them is sent ahead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from wizard.providers.index import PackFacts

if TYPE_CHECKING:  # a command imports this before the engine: it loads nothing of its own
    from wizard.model import EmailAddress
    from wizard.providers import Presets, Provider


def https_urls(domain: str, address: EmailAddress) -> list[str]:
    """The provider's own autoconfig file, then its .well-known one (the autoconfig lane's order)."""
    return [
        f"https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={quote(str(address), safe='@')}",
        f"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
    ]


def autodiscover_pox_urls(domain: str) -> list[str]:
    """Autodiscover's POX endpoints, in Outlook's order."""
    return [f"https://{domain}/autodiscover/autodiscover.xml", f"https://autodiscover.{domain}/autodiscover/autodiscover.xml"]


def autodiscover_v2_url(domain: str, address: EmailAddress) -> str:
    """Autodiscover v2's JSON lookup of the POX endpoint."""
    return f"https://autodiscover.{domain}/autodiscover/autodiscover.json?Email={quote(str(address), safe='@')}&Protocol=AutodiscoverV1"


def pack_may_apply(address: EmailAddress, packs: Presets | PackFacts, brand: Provider | None) -> bool:
    """Whether the preset lane may find a pack for this run: a brand, a pack for the domain,
    or any pack that names MX hosts (then only the MX answer tells). `packs`: the parsed
    packs, or the bundled ones' facts from their index (wizard.providers.index)."""
    if brand is not None:
        return True
    facts = packs if isinstance(packs, PackFacts) else PackFacts.of(packs)
    return facts.serves_domain(address.domain) or facts.names_mx


@dataclass(frozen=True)
class FirstMoves:
    requests: tuple[str, ...] = ()  # GETs (nothing added) the run sends in any case
    connections: tuple[str, ...] = ()  # URLs whose host and port the run connects to in any case, one connection each


def first_moves(address: EmailAddress, packs: Presets | PackFacts, brand: Provider | None) -> FirstMoves:
    """What a run for `address` is bound to do first."""
    autodiscover = (*autodiscover_pox_urls(address.domain), autodiscover_v2_url(address.domain, address))
    if pack_may_apply(address, packs, brand):
        return FirstMoves((), autodiscover)
    own, well_known = https_urls(address.domain, address)
    return FirstMoves((own,), (well_known, *autodiscover))
