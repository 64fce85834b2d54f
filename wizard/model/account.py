"""A complete candidate configuration, where it came from, and whether to trust it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.i18n import T
from wizard.model.errors import UserError
from wizard.model.server import Direction, ServerSettings, SettingsError


class Source(StrEnum):
    """Discovery sources, in rank order (best first); manual = typed by the person."""

    PRESET = "preset"
    AUTOCONFIG = "autoconfig"
    ISPDB = "ispdb"
    MX = "mx"
    AUTODISCOVER = "autodiscover"
    SRV = "srv"
    GUESS = "guess"
    MANUAL = "manual"

    @property
    def rank(self) -> int:
        return list(Source).index(self)


@dataclass(frozen=True)
class ConsentReason:
    """Why a person must confirm a config before any login (SECURITY.md rule 1, 6, 10)."""

    code: str  # e.g. "http-source", "unsigned-dns", "foreign-srv-target", "foreign-redirect"
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "detail": self.detail}


@dataclass(frozen=True)
class HelpPage:
    """A page for people that a settings document names (the ISPDB's <documentation>): kept
    when it is about two-factor sign-in or app passwords, so refused-password advice links it."""

    url: str
    description: str = ""

    def to_json(self) -> dict[str, str]:
        return {"url": self.url, "description": self.description}


@dataclass(frozen=True)
class AccountConfig:
    """Ranked alternatives: the first incoming and first outgoing server are the proposal."""

    source: Source
    trusted: bool
    incoming: tuple[ServerSettings, ...]
    outgoing: tuple[ServerSettings, ...] = ()
    provider: str | None = None
    origin: str | None = None  # the URL or DNS name the config came from
    consent: tuple[ConsentReason, ...] = ()
    two_factor_page: HelpPage | None = None  # the document's page on two-factor sign-in / app passwords

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", Source(self.source))
        object.__setattr__(self, "incoming", tuple(self.incoming))
        object.__setattr__(self, "outgoing", tuple(self.outgoing))
        object.__setattr__(self, "consent", tuple(self.consent))
        for server in self.incoming:
            if server.direction is not Direction.INCOMING:
                raise SettingsError("wrong-direction", T("{protocol} cannot be used to receive mail.", protocol=server.protocol.value.upper()))
        for server in self.outgoing:
            if server.direction is not Direction.OUTGOING:
                raise SettingsError("wrong-direction", T("{protocol} cannot be used to send mail.", protocol=server.protocol.value.upper()))

    @property
    def needs_consent(self) -> bool:
        return not self.trusted or bool(self.consent)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source.value,
            "trusted": self.trusted,
            "provider": self.provider,
            "origin": self.origin,
            "incoming": [s.to_json() for s in self.incoming],
            "outgoing": [s.to_json() for s in self.outgoing],
            "consent": [c.to_json() for c in self.consent],
        }
        if self.two_factor_page is not None:  # an extension: only when the document names one
            out["two_factor_page"] = self.two_factor_page.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "AccountConfig":
        try:
            return cls(
                source=Source(data["source"]),
                trusted=bool(data["trusted"]),
                incoming=tuple(ServerSettings.from_json(s) for s in data["incoming"]),
                outgoing=tuple(ServerSettings.from_json(s) for s in data.get("outgoing", ())),
                provider=data.get("provider"),
                origin=data.get("origin"),
                consent=tuple(ConsentReason(c["code"], c.get("detail", "")) for c in data.get("consent", ())),
                two_factor_page=_help_page(data.get("two_factor_page")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, UserError):
                raise
            raise SettingsError("settings-invalid", T("These server settings are incomplete or invalid: {problem}", problem=exc)) from None


def _help_page(data: Any) -> HelpPage | None:
    if data is None:
        return None
    url = data["url"]
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ValueError("two_factor_page.url must be an https address")
    return HelpPage(url, str(data.get("description", "")))
