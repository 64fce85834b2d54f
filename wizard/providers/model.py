"""Provider presets: what we ship about a provider, checked field by field when loaded.

Schema of resources/providers/<id>.toml (every key but `name`, `domains` and the servers is
optional; unknown keys are refused so a typo cannot silently drop a setting):

    id = "example"                      # default: the file name without .toml
    name = "Example Mail"
    domains = ["example.com", "example.net"]
    mx = ["*.mail.example.com"]         # shell-style patterns for the most-preferred MX host

    [[incoming]]                        # ranked alternatives, best first
    protocol = "imap"                   # imap | pop3 | exchange | activesync | ews
    host = "imap.%EMAILDOMAIN%"         # autoconfig placeholders allowed
    port = 993
    security = "tls"                    # tls | starttls | plain
    auth = ["password-cleartext"]       # autoconfig authentication values
    username = "%EMAILADDRESS%"

    [[outgoing]]
    protocol = "smtp"
    ...
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from wizard.i18n import T, Text
from wizard.model import AuthMethod, EmailAddress, Protocol, Security, ServerSettings, expand_template
from wizard.model.errors import UserError

_PROVIDER_KEYS = {"id", "name", "domains", "mx", "incoming", "outgoing"}
_SERVER_KEYS = {"protocol", "host", "port", "security", "auth", "username", "url", "login_domain"}
_SAMPLE = EmailAddress("sample", "sample.invalid")


class PresetError(UserError):
    """A provider file is wrong; `field` names the bad key (dotted, e.g. incoming[0].port)."""

    def __init__(self, origin: str, field: str, problem: Text) -> None:
        super().__init__("preset-invalid", T("The provider file {file} has a bad field “{field}”: {problem}", file=origin, field=field, problem=problem))
        self.origin = origin
        self.field = field


@dataclass(frozen=True)
class ServerTemplate:
    """A server with placeholders still in its host and username."""

    protocol: Protocol
    host: str
    port: int
    security: Security
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    username: str | None = None
    url: str | None = None
    login_domain: str | None = None

    def for_address(self, address: EmailAddress) -> ServerSettings:
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


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    domains: tuple[str, ...]
    incoming: tuple[ServerTemplate, ...]
    outgoing: tuple[ServerTemplate, ...] = ()
    mx_patterns: tuple[str, ...] = ()
    origin: str = ""  # the file it came from, for messages

    def serves_domain(self, domain: str) -> bool:
        return domain.lower().rstrip(".") in self.domains

    def serves_mx(self, host: str) -> bool:
        name = host.lower().rstrip(".")
        return any(fnmatchcase(name, pattern) for pattern in self.mx_patterns)

    def settings_for(self, address: EmailAddress) -> tuple[tuple[ServerSettings, ...], tuple[ServerSettings, ...]]:
        return tuple(s.for_address(address) for s in self.incoming), tuple(s.for_address(address) for s in self.outgoing)


@dataclass(frozen=True)
class Presets:
    providers: tuple[Provider, ...] = ()

    def for_domain(self, domain: str) -> Provider | None:
        return next((p for p in self.providers if p.serves_domain(domain)), None)

    def for_mx(self, host: str) -> Provider | None:
        return next((p for p in self.providers if p.serves_mx(host)), None)


def _string(value: Any, origin: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PresetError(origin, field, T("it must be a non-empty text"))
    return value.strip()


def _strings(value: Any, origin: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise PresetError(origin, field, T("it must be a list of texts"))
    return tuple(_string(v, origin, f"{field}[{i}]") for i, v in enumerate(value))


def _server(data: Any, origin: str, field: str, outgoing: bool) -> ServerTemplate:
    if not isinstance(data, dict):
        raise PresetError(origin, field, T("it must be a table of server settings"))
    unknown = sorted(set(data) - _SERVER_KEYS)
    if unknown:
        raise PresetError(origin, f"{field}.{unknown[0]}", T("this key is unknown"))
    for key in ("protocol", "host", "port", "security"):
        if key not in data:
            raise PresetError(origin, f"{field}.{key}", T("it is missing"))
    try:
        protocol = Protocol(_string(data["protocol"], origin, f"{field}.protocol").lower())
    except ValueError:
        raise PresetError(origin, f"{field}.protocol", T("“{value}” is not a protocol", value=data["protocol"])) from None
    if (protocol is Protocol.SMTP) != outgoing:
        raise PresetError(origin, f"{field}.protocol", T("“{value}” does not belong in this list", value=protocol.value))
    try:
        security = Security(_string(data["security"], origin, f"{field}.security").lower())
    except ValueError:
        raise PresetError(origin, f"{field}.security", T("“{value}” is not tls, starttls or plain", value=data["security"])) from None
    port = data["port"]
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise PresetError(origin, f"{field}.port", T("it must be a number from 1 to 65535"))
    auth_values = _strings(data.get("auth", ["password-cleartext"]), origin, f"{field}.auth")
    auth = []
    for i, value in enumerate(auth_values):
        method = AuthMethod.parse(value)
        if method is None:
            raise PresetError(origin, f"{field}.auth[{i}]", T("“{value}” is not an authentication method", value=value))
        auth.append(method)
    template = ServerTemplate(
        protocol,
        _string(data["host"], origin, f"{field}.host"),
        port,
        security,
        tuple(auth),
        _string(data["username"], origin, f"{field}.username") if "username" in data else None,
        _string(data["url"], origin, f"{field}.url") if "url" in data else None,
        _string(data["login_domain"], origin, f"{field}.login_domain") if "login_domain" in data else None,
    )
    try:
        template.for_address(_SAMPLE)
    except UserError as exc:
        raise PresetError(origin, f"{field}.host", exc.text) from None
    return template


def parse_provider(data: dict[str, Any], origin: str, default_id: str) -> Provider:
    """Validate one decoded TOML document."""
    unknown = sorted(set(data) - _PROVIDER_KEYS)
    if unknown:
        raise PresetError(origin, unknown[0], T("this key is unknown"))
    for key in ("name", "domains", "incoming"):
        if key not in data:
            raise PresetError(origin, key, T("it is missing"))
    domains = tuple(d.lower().rstrip(".") for d in _strings(data["domains"], origin, "domains"))
    if not domains:
        raise PresetError(origin, "domains", T("it must name at least one domain"))
    for i, domain in enumerate(domains):
        try:
            EmailAddress.parse(f"x@{domain}")
        except UserError:
            raise PresetError(origin, f"domains[{i}]", T("“{value}” is not a domain name", value=domain)) from None
    servers = {}
    for key, outgoing in (("incoming", False), ("outgoing", True)):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise PresetError(origin, key, T("it must be a list of server tables"))
        servers[key] = tuple(_server(s, origin, f"{key}[{i}]", outgoing) for i, s in enumerate(value))
    if not servers["incoming"]:
        raise PresetError(origin, "incoming", T("it must list at least one server"))
    return Provider(
        id=_string(data.get("id", default_id), origin, "id"),
        name=_string(data["name"], origin, "name"),
        domains=domains,
        incoming=servers["incoming"],
        outgoing=servers["outgoing"],
        mx_patterns=tuple(p.lower() for p in _strings(data.get("mx", []), origin, "mx")),
        origin=origin,
    )
