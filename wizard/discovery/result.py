"""What discovery hands to the shells: ranked configs plus every step, as one JSON object."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from wizard.i18n import Catalog
from wizard.model import AccountConfig, AuthMethod, EmailAddress, Protocol, Security, ServerSettings, Source, Step
from wizard.providers import Provider


class Outcome(Enum):
    """Why discovery ended as it did, so a person is told the right reason (the sealed result
    of thunderbird-android): settings found, nothing published, the domain does not exist, or
    this machine's network failed."""

    FOUND = "found"
    NOTHING_FOUND = "nothing-found"
    NO_SUCH_DOMAIN = "no-such-domain"
    NO_NETWORK = "no-network"


@dataclass(frozen=True)
class DiscoveryResult:
    address: EmailAddress
    configs: tuple[AccountConfig, ...]  # best first
    steps: tuple[Step, ...]  # final state of every step, in the order they ended
    elapsed_ms: float = 0.0
    deadline_reached: bool = False
    provider: Provider | None = None  # the provider pack that applies (brand, domain or MX)
    # Set by the engine when nothing was found for a reason of the domain or the network;
    # None means "decide from configs" (FOUND or NOTHING_FOUND).
    reason: Outcome | None = None

    @property
    def outcome(self) -> Outcome:
        if self.configs:
            return Outcome.FOUND
        return self.reason or Outcome.NOTHING_FOUND

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
        out["outcome"] = self.outcome.value  # added after the first contract: an extension
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
