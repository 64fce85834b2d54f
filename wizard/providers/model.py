"""Provider packs: what a provider ships about itself, as frozen data.

A pack is one TOML file, resources/providers/<id>.toml (bundled) or <dir>/<id>.toml (an extra
folder). It holds only what the provider states; every server detail it leaves out is found by
discovery. Validation (wizard.providers.schema) refuses unknown keys and names the bad field,
so a typo can never silently drop a setting. The schema:

    id = "example"                          # default: the file name without .toml
    name = "Example Mail"                   # or a table per language: { en = "...", da = "...", nb = "..." }
    domains = ["example.com"]               # address domains the pack is for (may be empty)
    mx = ["*.mx.example.com"]               # shell-style patterns for the most-preferred MX host
    webmail = "https://webmail.example.com"

    [[incoming]]                            # ranked alternatives, best first (may be empty)
    protocol = "imap"                       # imap | pop3 | exchange | activesync | ews
    host = "imap.%EMAILDOMAIN%"             # autoconfig placeholders allowed
    port = 993                              # optional: left out = discovery probes the host
    security = "tls"                        # optional, as port (tls | starttls | plain)
    auth = ["password-cleartext"]           # autoconfig authentication values
    username = "%EMAILADDRESS%"

    [[incoming]]                            # Exchange / "Business Mail"
    protocol = "exchange"
    url = "https://exchange.example.com"    # host, port 443 and TLS follow from an https URL
    login_domain = "CORP"                   # the Windows domain a hoster asks for
    phone_username = "%EMAILLOCALPART%_%EMAILDOMAIN%"   # the form phones (ActiveSync) need

    [[outgoing]]
    protocol = "smtp"                       # outgoing servers are probed on 465/587, never 25
    host = "smtp.example.com"

    [[retired]]                             # servers being switched off; existing accounts are told
    host = "smtp.old.example.com"
    protocol = "smtp"
    note = { en = "...", da = "...", nb = "..." }

    [[announced_certificates]]              # a planned certificate change
    sha256 = "AB:CD:..."                    # or: issuer = "CN=..., O=..." with not_before/not_after
    hosts = ["*.example.com"]               # optional: only for these servers

    [migration]
    date = 2022-11-15                       # a TOML date
    checklist = [ { en = "...", da = "...", nb = "..." }, ... ]   # what people must redo by hand

    [two_factor]
    available = true
    url = "https://..."                     # optional: where to turn it on / make app passwords
    note = { en = "...", da = "...", nb = "..." }

    [oauth2]                                # the provider registered this wizard as a native app
    issuer = "https://login.example.com"    # its authorization server (metadata: RFC 8414 / OpenID)
    client_id = "..."                       # the registration's id: a public client, never a secret
    scopes = ["https://mail.example.com/imap", "offline_access"]

    [[account_types]]                       # the provider's own words for each kind of account
    kind = "pop3"                           # imap | pop3 | exchange
    label = { en = "...", ... }
    explanation = { en = "...", ... }

    [support]
    name = { en = "...", ... }
    url = "https://..."
    phone = "+45 ..."
    email = "support@example.com"

    [branding]
    product_name = { en = "...", ... }
    window_title = { en = "...", ... }      # default: the product name
    logo = "example.svg"                    # a file next to the pack (.svg or .png, at most 256 KiB)
    colours = { primary = "#004488", accent = "#ff6600", text = "#ffffff" }
    support_link = "https://..."

Localized texts are a plain string (all languages) or a table with `en` and optionally `da` and
`nb`; a missing language falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING, Any

from wizard.i18n import T, Text
from wizard.model import EmailAddress, Protocol, Security, ServerSettings, expand_template
from wizard.model.errors import UserError
from wizard.model.server import AuthMethod

if TYPE_CHECKING:
    from wizard.i18n import Catalog
    from wizard.model import CertificateInfo  # what the doctor saw, only compared here: its module loads with the doctor


class PresetError(UserError):
    """A provider file is wrong; `field` names the bad key (dotted, e.g. incoming[0].port)."""

    def __init__(self, origin: str, field: str, problem: Text) -> None:
        super().__init__("preset-invalid", T("The provider file {file} has a bad field “{field}”: {problem}", file=origin, field=field, problem=problem))
        self.origin = origin
        self.field = field


@dataclass(frozen=True)
class LocalText(Text):
    """A text the provider wrote itself, in each language (not from our catalogues). It is a
    Text, so it renders wherever a Text does and can sit inside a T(...) sentence."""

    translations: tuple[tuple[str, str], ...] = ()

    def render(self, catalog: "Catalog | None" = None) -> str:
        language = catalog.language if catalog is not None else "en"
        return dict(self.translations).get(language) or self.source

    @classmethod
    def of(cls, **by_language: str) -> "LocalText":
        return cls(by_language["en"], (), tuple(sorted(by_language.items())))


@dataclass(frozen=True)
class ServerTemplate:
    """A server with placeholders still in its host and usernames; port and security may be
    unknown (None), and then discovery probes the host for them."""

    protocol: Protocol
    host: str
    port: int | None
    security: Security | None
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    username: str | None = None
    url: str | None = None
    login_domain: str | None = None
    phone_username: str | None = None  # Exchange only: the username form phones need

    @property
    def complete(self) -> bool:
        return self.port is not None and self.security is not None

    def host_for(self, address: EmailAddress) -> str:
        return expand_template(self.host, address)

    def with_endpoint(self, port: int, security: Security, auth: tuple[AuthMethod, ...] | None = None) -> "ServerTemplate":
        return replace(self, port=port, security=security, auth=auth or self.auth)

    def for_address(self, address: EmailAddress) -> ServerSettings:
        if self.port is None or self.security is None:
            raise ValueError("an incomplete server template needs discovery first")
        return ServerSettings(
            self.protocol,
            expand_template(self.host, address),
            self.port,
            self.security,
            auth=self.auth,
            username=None if self.username is None else expand_template(self.username, address),
            url=None if self.url is None else expand_template(self.url, address),
            login_domain=self.login_domain,
        )

    def phone_settings(self, address: EmailAddress) -> ServerSettings | None:
        """The same Exchange server as phones (ActiveSync) see it, with the phone username."""
        if self.phone_username is None or self.port is None or self.security is None:
            return None
        return ServerSettings(
            Protocol.ACTIVESYNC,
            expand_template(self.host, address),
            self.port,
            self.security,
            auth=self.auth,
            username=expand_template(self.phone_username, address),
            url=None if self.url is None else expand_template(self.url, address),
            login_domain=self.login_domain,
        )


@dataclass(frozen=True)
class RetiredServer:
    host: str  # lower-case; shell-style pattern allowed
    protocol: Protocol | None = None
    note: LocalText | None = None

    def matches(self, protocol: Protocol | str, host: str) -> bool:
        if self.protocol is not None and Protocol(protocol) is not self.protocol:
            return False
        return fnmatchcase(host.lower().rstrip("."), self.host)


def _aware(moment: date | datetime, end: bool = False) -> datetime:
    if isinstance(moment, datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    base = datetime(moment.year, moment.month, moment.day, tzinfo=timezone.utc)
    return base.replace(hour=23, minute=59, second=59) if end else base


@dataclass(frozen=True)
class AnnouncedCertificate:
    """A certificate the provider announced: by fingerprint, or by issuer and a validity window
    the certificate's own validity must lie in (so a renewal by the same issuer still matches)."""

    sha256: str | None = None  # colon-separated upper-case hex
    issuer: str | None = None
    not_before: date | datetime | None = None
    not_after: date | datetime | None = None
    hosts: tuple[str, ...] = ()  # patterns; empty = any server of the provider

    def matches(self, info: CertificateInfo) -> bool:
        if self.hosts and not any(fnmatchcase(info.host.lower().rstrip("."), p) for p in self.hosts):
            return False
        if self.sha256 is not None:
            return _fingerprint(info.sha256) == self.sha256
        if self.issuer is None or _dn(info.issuer) != _dn(self.issuer):
            return False
        if self.not_before is not None and (info.not_before is None or _aware(info.not_before) < _aware(self.not_before)):
            return False
        if self.not_after is not None and (info.not_after is None or _aware(info.not_after) > _aware(self.not_after, end=True)):
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "not_after": self.not_after.isoformat() if self.not_after else None,
            "hosts": list(self.hosts),
        }


def _fingerprint(text: str) -> str:
    digits = text.replace(":", "").replace(" ", "").upper()
    return ":".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def _dn(text: str) -> str:
    """Distinguished names compared without case and spacing, in either RFC 4514 order."""
    parts = [p.strip().lower().replace(" ", "") for p in text.replace("/", ",").split(",") if p.strip()]
    return ",".join(sorted(parts))


@dataclass(frozen=True)
class Migration:
    date: date | None = None
    checklist: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class TwoFactor:
    available: bool = False
    url: str | None = None
    note: LocalText | None = None


@dataclass(frozen=True)
class OAuthClient:
    """The provider's registration of this wizard for OAuth 2 sign-in (RFC 8252: a native
    app is a public client, so there is no secret to carry)."""

    issuer: str
    client_id: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class AccountType:
    kind: str  # imap | pop3 | exchange
    label: LocalText | None = None
    explanation: LocalText | None = None


@dataclass(frozen=True)
class Support:
    name: LocalText | None = None
    url: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Branding:
    product_name: LocalText | None = None
    window_title: LocalText | None = None
    logo: str | None = None  # file name next to the pack
    colours: tuple[tuple[str, str], ...] = ()  # (role, "#rrggbb"): primary, accent, text
    support_link: str | None = None

    def colour(self, role: str) -> str | None:
        return dict(self.colours).get(role)


@dataclass(frozen=True)
class Provider:
    id: str
    name: str  # the English display name (AccountConfig.provider, file names)
    domains: tuple[str, ...]
    incoming: tuple[ServerTemplate, ...]
    outgoing: tuple[ServerTemplate, ...] = ()
    mx_patterns: tuple[str, ...] = ()
    origin: str = ""  # the file it came from, for messages
    display_name: LocalText | None = None
    webmail: str | None = None
    retired: tuple[RetiredServer, ...] = ()
    announced: tuple[AnnouncedCertificate, ...] = ()
    migration: Migration | None = None
    two_factor: TwoFactor | None = None
    account_types: tuple[AccountType, ...] = ()
    support: Support | None = None
    branding: Branding | None = None
    logo_data: bytes | None = field(default=None, repr=False, compare=False)
    oauth2: OAuthClient | None = None

    @property
    def title(self) -> Text:
        """The name in the person's language."""
        return self.display_name or Text(self.name)

    def serves_domain(self, domain: str) -> bool:
        return domain.lower().rstrip(".") in self.domains

    def serves_mx(self, host: str) -> bool:
        name = host.lower().rstrip(".")
        return any(fnmatchcase(name, pattern) for pattern in self.mx_patterns)

    def settings_for(self, address: EmailAddress) -> tuple[tuple[ServerSettings, ...], tuple[ServerSettings, ...]]:
        """The servers the pack states completely (the rest need discovery: see
        wizard.discovery.sources.preset), with the phone form after each Exchange server."""
        incoming: list[ServerSettings] = []
        for template in self.incoming:
            if template.complete:
                incoming.append(template.for_address(address))
                phone = template.phone_settings(address)
                if phone is not None:
                    incoming.append(phone)
        outgoing = tuple(t.for_address(address) for t in self.outgoing if t.complete)
        return tuple(incoming), outgoing

    def announces(self, info: CertificateInfo) -> bool:
        """True when `info` is a certificate this provider announced (fingerprint, or issuer
        and validity window). The doctor and the GUI use it to say "this is the one your
        provider told you about" instead of "someone may be intercepting"."""
        return any(a.matches(info) for a in self.announced)

    def retired_server(self, protocol: Protocol | str, host: str) -> RetiredServer | None:
        return next((r for r in self.retired if r.matches(protocol, host)), None)

    @property
    def checklist(self) -> tuple[LocalText, ...]:
        return self.migration.checklist if self.migration else ()

    @property
    def migration_date(self) -> date | None:
        return self.migration.date if self.migration else None

    def account_type(self, kind: str) -> AccountType | None:
        return next((a for a in self.account_types if a.kind == kind), None)

    def to_json(self, catalog: "Catalog | None" = None) -> dict[str, Any]:
        """The `provider` object of `discover --json` (the CLI contract of issue 7), plus the
        extra facts the shells show."""
        def r(text: Text | None) -> str | None:
            return text.render(catalog) if text is not None else None

        branding = self.branding or Branding()
        return {
            "id": self.id,
            "name": self.title.render(catalog),
            "webmail": self.webmail,
            "migration_date": self.migration_date.isoformat() if self.migration_date else None,
            "checklist": [item.render(catalog) for item in self.checklist],
            "two_factor": None if self.two_factor is None else {
                "available": self.two_factor.available, "url": self.two_factor.url, "note": r(self.two_factor.note)},
            "account_types": [{"kind": a.kind, "label": r(a.label), "explanation": r(a.explanation)} for a in self.account_types],
            "support": None if self.support is None else {
                "name": r(self.support.name), "url": self.support.url, "phone": self.support.phone, "email": self.support.email},
            "retired": [{"host": s.host, "protocol": s.protocol.value if s.protocol else None, "note": r(s.note)} for s in self.retired],
            "announced_certificates": [a.to_json() for a in self.announced],
            "oauth2": None if self.oauth2 is None else {
                "issuer": self.oauth2.issuer, "client_id": self.oauth2.client_id, "scopes": list(self.oauth2.scopes)},
            "branding": {
                "product_name": r(branding.product_name) or self.title.render(catalog),
                "window_title": r(branding.window_title) or r(branding.product_name) or self.title.render(catalog),
                "logo": branding.logo,
                "colours": dict(branding.colours),
                "support_link": branding.support_link,
            },
        }


@dataclass(frozen=True)
class Presets:
    providers: tuple[Provider, ...] = ()

    def for_domain(self, domain: str) -> Provider | None:
        return next((p for p in self.providers if p.serves_domain(domain)), None)

    def for_mx(self, host: str) -> Provider | None:
        return next((p for p in self.providers if p.serves_mx(host)), None)

    def by_id(self, provider_id: str) -> Provider | None:
        wanted = provider_id.strip().lower()
        return next((p for p in self.providers if p.id.lower() == wanted), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.providers)
