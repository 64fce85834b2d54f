"""What discovery hands to the shells: ranked configs plus every step, as one JSON object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.i18n import Catalog
from wizard.model import AccountConfig, AuthMethod, EmailAddress, Protocol, Security, ServerSettings, Source, Step
from wizard.providers import Provider


@dataclass(frozen=True)
class DiscoveryResult:
    address: EmailAddress
    configs: tuple[AccountConfig, ...]  # best first
    steps: tuple[Step, ...]  # final state of every step, in the order they ended
    elapsed_ms: float = 0.0
    deadline_reached: bool = False
    provider: Provider | None = None  # the provider pack that applies (brand, domain or MX)

    @property
    def found(self) -> bool:
        return bool(self.configs)

    @property
    def best(self) -> AccountConfig | None:
        return self.configs[0] if self.configs else None

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"address": str(self.address)}
        if self.provider is not None:  # only when a pack applies (issue 7's contract)
            out["provider"] = self.provider.to_json(catalog)
        out["configs"] = [c.to_json() for c in self.configs]
        out["steps"] = [s.to_json(catalog) for s in self.steps]
        return out


def manual_defaults(address: EmailAddress | str) -> AccountConfig:
    """Where the manual form starts when nothing was found: implicit TLS (SECURITY.md
    rule 4), never plain 143/25. Host names are the person's to fill in; the domain is a start."""
    if not isinstance(address, EmailAddress):
        address = EmailAddress.parse(address)
    user = str(address)
    auth = (AuthMethod.PASSWORD_CLEARTEXT,)
    return AccountConfig(
        Source.MANUAL,
        False,
        (ServerSettings(Protocol.IMAP, address.domain, 993, Security.TLS, auth, user),),
        (ServerSettings(Protocol.SMTP, address.domain, 465, Security.TLS, auth, user),),
    )
