"""What a discovery run is bound to do first, named without importing the engine, so that a
command can do it while the engine is still being imported (wizard.net.head).

The requests, each described as its lane makes it (so the bytes are the lane's own, and
only that lane's request takes them):
- Autodiscover's: its lane always runs to its end (engine.py) and starts all of them at
  once — the POX POST to `https://<domain>/…` and to `https://autodiscover.<domain>/…` (the
  address in its body), the v2 JSON lookup (the address in its query) and the plain-http
  GET whose redirect it follows only to https (nothing of the person in it). None carries
  credentials: a password is sent, if ever, only in a second request the lane makes itself
  after a server's Basic challenge (discovery/fetch.py).
- the provider's own autoconfig file (`https://autoconfig.<domain>/...`): its lane is the
  first the engine starts, its first URL ranks first within it, and only a decisive answer
  from a lane ranked above it — a provider pack — can cancel it. So it is named only when no
  pack can apply without the network: no brand, no pack for the address's domain, and no
  pack matched by MX host (the MX answer is not known before the engine runs). A plain GET
  with the address in its query.

The connection: the autoconfig lane's .well-known URL, started beside the first when no
pack may cancel the lane, is opened ahead bare: it may be cancelled before it is sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from wizard.net.ahead import Ahead
from wizard.parsers.autodiscover_request import pox_request
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


# What the POX request is sent with besides its body (the client adds its own fields).
POX_HEADERS = (("Content-Type", "text/xml; charset=utf-8"),)


def pox_ahead(url: str, address: EmailAddress) -> Ahead:
    """The POX request for `address` to `url`, as the Autodiscover lane's chain sends it."""
    return Ahead(url, "POST", pox_request(address), POX_HEADERS)


def autodiscover_http_url(domain: str) -> str:
    """Autodiscover's unauthenticated http address, asked only for its redirect."""
    return f"http://autodiscover.{domain}/autodiscover/autodiscover.xml"


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
    requests: tuple[Ahead, ...] = ()  # requests the run sends in any case, none with credentials
    connections: tuple[str, ...] = ()  # URLs whose host and port the run connects to in any case, one connection each

    @property
    def urls(self) -> tuple[str, ...]:
        """Every URL whose connection goes first (what an opening begins)."""
        return tuple(r.url for r in self.requests) + self.connections


def autodiscover_moves(address: EmailAddress) -> tuple[Ahead, ...]:
    """The Autodiscover lane's first requests, in its order."""
    domain = address.domain
    return (*(pox_ahead(url, address) for url in autodiscover_pox_urls(domain)),
            Ahead(autodiscover_v2_url(domain, address)), Ahead(autodiscover_http_url(domain)))


def first_moves(address: EmailAddress, packs: Presets | PackFacts, brand: Provider | None) -> FirstMoves:
    """What a run for `address` is bound to do first."""
    autodiscover = autodiscover_moves(address)
    if pack_may_apply(address, packs, brand):
        return FirstMoves(autodiscover)
    own, well_known = https_urls(address.domain, address)
    return FirstMoves((Ahead(own), *autodiscover), (well_known,))
