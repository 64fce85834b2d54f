"""Checking a decoded provider pack field by field (the schema is in wizard.providers.model).

Every refusal is a PresetError naming the dotted field (``migration.checklist[2].da``), so the
person who edits a pack finds the mistake at once. Unknown keys are refused everywhere."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Callable
from urllib.parse import urlsplit

from wizard.i18n import T
from wizard.i18n.catalog import LANGUAGES
from wizard.model import AuthMethod, EmailAddress, Protocol, Security, default_port, normalize_host
from wizard.model.controls import has_controls
from wizard.model.errors import UserError
from wizard.model.fingerprint import parse_fingerprint
from wizard.providers.model import (
    AccountType,
    AnnouncedCertificate,
    Branding,
    LocalText,
    Migration,
    OAuthClient,
    PresetError,
    Provider,
    RetiredServer,
    ServerTemplate,
    Support,
    TwoFactor,
)

_PROVIDER_KEYS = {
    "id", "name", "domains", "mx", "incoming", "outgoing", "webmail", "retired", "announced_certificates",
    "migration", "two_factor", "account_types", "support", "branding", "oauth2",
}
_SERVER_KEYS = {"protocol", "host", "port", "security", "auth", "username", "url", "login_domain", "phone_username"}
_EXCHANGE = {Protocol.EXCHANGE, Protocol.EWS, Protocol.ACTIVESYNC}
_SAMPLE = EmailAddress("sample", "sample.invalid")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_COLOUR_ROLES = ("primary", "accent", "text")
_LOGO_TYPES = (".svg", ".png")
MAX_LOGO_BYTES = 256 * 1024
ACCOUNT_KINDS = ("imap", "pop3", "exchange")

Reader = Callable[[str], bytes | None]  # a file next to the pack, or None when it is missing


class _Fields:
    """One pack being read: the origin for messages, and the small checks every field uses."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, field: str, problem) -> PresetError:
        return PresetError(self.origin, field, problem)

    def table(self, value: Any, field: str, keys: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, T("it must be a table"))
        unknown = sorted(set(value) - keys)
        if unknown:
            raise self.fail(f"{field}.{unknown[0]}" if field else unknown[0], T("this key is unknown"))
        return value

    def string(self, value: Any, field: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, T("it must be a non-empty text"))
        # Every text of a pack is one line: a host, user or name holding CR, LF, NUL or another
        # control character could smuggle a command into a mail protocol (issue 12, class 6).
        if has_controls(value.strip()):
            raise self.fail(field, T("it contains a control character (such as a line break), which no pack value may hold"))
        return value.strip()

    def strings(self, value: Any, field: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(field, T("it must be a list of texts"))
        return tuple(self.string(v, f"{field}[{i}]") for i, v in enumerate(value))

    def array(self, value: Any, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, T("it must be a list of tables"))
        return value

    def boolean(self, value: Any, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(field, T("it must be true or false"))
        return value

    def https(self, value: Any, field: str) -> str:
        text = self.string(value, field)
        parts = urlsplit(text)
        if parts.scheme != "https" or not parts.hostname:
            raise self.fail(field, T("“{value}” is not a web address starting with https://", value=text))
        return text

    def local(self, value: Any, field: str) -> LocalText:
        """A plain text (every language) or a table { en, da, nb } with English required."""
        if isinstance(value, str):
            return LocalText.of(en=self.string(value, field))
        if not isinstance(value, dict):
            raise self.fail(field, T("it must be a text or a table of texts per language (en, da, nb)"))
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            raise self.fail(f"{field}.{unknown[0]}", T("this is not a language the wizard speaks (en, da, nb)"))
        if "en" not in value:
            raise self.fail(f"{field}.en", T("it is missing"))
        return LocalText.of(**{lang: self.string(text, f"{field}.{lang}") for lang, text in value.items()})

    def when(self, value: Any, field: str) -> date | datetime:
        if isinstance(value, (date, datetime)):
            return value
        raise self.fail(field, T("it must be a TOML date such as 2022-11-15"))

    def fingerprint(self, value: Any, field: str) -> str:
        text = self.string(value, field)
        canonical = parse_fingerprint(text)
        if canonical is None:
            raise self.fail(field, T("“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits)", value=text))
        return canonical


def _server(f: _Fields, data: Any, field: str, outgoing: bool) -> ServerTemplate:
    data = f.table(data, field, _SERVER_KEYS)
    if "protocol" not in data:
        raise f.fail(f"{field}.protocol", T("it is missing"))
    try:
        protocol = Protocol(f.string(data["protocol"], f"{field}.protocol").lower())
    except ValueError:
        raise f.fail(f"{field}.protocol", T("“{value}” is not a protocol", value=data["protocol"])) from None
    if (protocol is Protocol.SMTP) != outgoing:
        raise f.fail(f"{field}.protocol", T("“{value}” does not belong in this list", value=protocol.value))
    exchange = protocol in _EXCHANGE
    url = f.https(data["url"], f"{field}.url") if "url" in data else None
    host = f.string(data["host"], f"{field}.host") if "host" in data else None
    port = data.get("port")
    security = None
    if url is not None:
        try:
            url_port = urlsplit(url.replace("%", "x")).port  # placeholders are checked below
        except ValueError:
            raise f.fail(f"{field}.url", T("“{value}” is not a web address starting with https://", value=url)) from None
        host = host or url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0]
        port = port if port is not None else (url_port or 443)
        security = Security.TLS
    if host is None:
        raise f.fail(f"{field}.host", T("it is missing (give host, or url for Exchange)"))
    if port is not None and (isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535):
        raise f.fail(f"{field}.port", T("it must be a number from 1 to 65535"))
    if "security" in data:
        try:
            security = Security(f.string(data["security"], f"{field}.security").lower())
        except ValueError:
            raise f.fail(f"{field}.security", T("“{value}” is not tls, starttls or plain", value=data["security"])) from None
    if exchange and (port is None or security is None):
        raise f.fail(f"{field}.url", T("an Exchange server needs its https address (url), or host, port and security"))
    if port is None and security is not None:
        port = default_port(protocol, security)
    auth_values = f.strings(data.get("auth", ["password-cleartext"]), f"{field}.auth")
    auth = []
    for i, value in enumerate(auth_values):
        method = AuthMethod.parse(value)
        if method is None:
            raise f.fail(f"{field}.auth[{i}]", T("“{value}” is not an authentication method", value=value))
        auth.append(method)
    if not auth:
        raise f.fail(f"{field}.auth", T("it must name at least one authentication method"))
    if "phone_username" in data and not exchange:
        raise f.fail(f"{field}.phone_username", T("only an Exchange server has a separate username for phones"))
    template = ServerTemplate(
        protocol,
        host,
        port,
        security,
        tuple(auth),
        f.string(data["username"], f"{field}.username") if "username" in data else None,
        url,
        f.string(data["login_domain"], f"{field}.login_domain") if "login_domain" in data else None,
        f.string(data["phone_username"], f"{field}.phone_username") if "phone_username" in data else None,
    )
    try:
        normalize_host(template.host_for(_SAMPLE))
    except UserError as exc:
        raise f.fail(f"{field}.host", exc.text) from None
    return template


def _retired(f: _Fields, data: Any, field: str) -> RetiredServer:
    data = f.table(data, field, {"host", "protocol", "note"})
    if "host" not in data:
        raise f.fail(f"{field}.host", T("it is missing"))
    host = f.string(data["host"], f"{field}.host").lower().rstrip(".")
    if "*" not in host:
        try:
            normalize_host(host)
        except UserError as exc:
            raise f.fail(f"{field}.host", exc.text) from None
    protocol = None
    if "protocol" in data:
        try:
            protocol = Protocol(f.string(data["protocol"], f"{field}.protocol").lower())
        except ValueError:
            raise f.fail(f"{field}.protocol", T("“{value}” is not a protocol", value=data["protocol"])) from None
    note = f.local(data["note"], f"{field}.note") if "note" in data else None
    return RetiredServer(host, protocol, note)


def _announced(f: _Fields, data: Any, field: str) -> AnnouncedCertificate:
    data = f.table(data, field, {"sha256", "issuer", "not_before", "not_after", "hosts"})
    hosts = tuple(h.lower() for h in f.strings(data.get("hosts", []), f"{field}.hosts"))
    if "sha256" in data:
        if "issuer" in data:
            raise f.fail(f"{field}.issuer", T("give either sha256 or issuer, not both"))
        return AnnouncedCertificate(sha256=f.fingerprint(data["sha256"], f"{field}.sha256"), hosts=hosts)
    if "issuer" not in data:
        raise f.fail(f"{field}.sha256", T("it is missing (give sha256, or issuer with not_before and not_after)"))
    for key in ("not_before", "not_after"):
        if key not in data:
            raise f.fail(f"{field}.{key}", T("it is missing"))
    start = f.when(data["not_before"], f"{field}.not_before")
    end = f.when(data["not_after"], f"{field}.not_after")
    if (start.date() if isinstance(start, datetime) else start) > (end.date() if isinstance(end, datetime) else end):
        raise f.fail(f"{field}.not_after", T("it is before not_before"))
    return AnnouncedCertificate(issuer=f.string(data["issuer"], f"{field}.issuer"), not_before=start, not_after=end, hosts=hosts)


def _migration(f: _Fields, data: Any) -> Migration:
    data = f.table(data, "migration", {"date", "checklist"})
    when = f.when(data["date"], "migration.date") if "date" in data else None
    if isinstance(when, datetime):
        when = when.date()
    items = data.get("checklist", [])
    if not isinstance(items, list):
        raise f.fail("migration.checklist", T("it must be a list of texts"))
    return Migration(when, tuple(f.local(item, f"migration.checklist[{i}]") for i, item in enumerate(items)))


def _two_factor(f: _Fields, data: Any) -> TwoFactor:
    data = f.table(data, "two_factor", {"available", "url", "note"})
    return TwoFactor(
        f.boolean(data.get("available", False), "two_factor.available"),
        f.https(data["url"], "two_factor.url") if "url" in data else None,
        f.local(data["note"], "two_factor.note") if "note" in data else None,
    )


def _oauth2(f: _Fields, data: Any) -> OAuthClient:
    if isinstance(data, dict):
        for secret in sorted({"client_secret", "secret"} & set(data)):
            raise f.fail(f"oauth2.{secret}", T("a pack holds no secret: the wizard signs in as a public client (RFC 8252)"))
    data = f.table(data, "oauth2", {"issuer", "client_id", "scopes"})
    for key in ("issuer", "client_id", "scopes"):
        if key not in data:
            raise f.fail(f"oauth2.{key}", T("it is missing"))
    issuer = f.https(data["issuer"], "oauth2.issuer")
    parts = urlsplit(issuer)
    if parts.query or parts.fragment:
        raise f.fail("oauth2.issuer", T("an issuer has no query or fragment (“?” or “#”)"))
    scopes = f.strings(data["scopes"], "oauth2.scopes")
    if not scopes:
        raise f.fail("oauth2.scopes", T("it must name at least one scope"))
    for i, scope in enumerate(scopes):
        if any(c in scope for c in ' "\\') or not scope.isascii():
            raise f.fail(f"oauth2.scopes[{i}]", T("“{value}” is not one scope (no spaces, quotes or backslashes)", value=scope))
    return OAuthClient(issuer, f.string(data["client_id"], "oauth2.client_id"), scopes)


def _account_type(f: _Fields, data: Any, field: str) -> AccountType:
    data = f.table(data, field, {"kind", "label", "explanation"})
    if "kind" not in data:
        raise f.fail(f"{field}.kind", T("it is missing"))
    kind = f.string(data["kind"], f"{field}.kind").lower()
    if kind not in ACCOUNT_KINDS:
        raise f.fail(f"{field}.kind", T("“{value}” is not imap, pop3 or exchange", value=kind))
    return AccountType(
        kind,
        f.local(data["label"], f"{field}.label") if "label" in data else None,
        f.local(data["explanation"], f"{field}.explanation") if "explanation" in data else None,
    )


def _support(f: _Fields, data: Any) -> Support:
    data = f.table(data, "support", {"name", "url", "phone", "email"})
    email = None
    if "email" in data:
        email = f.string(data["email"], "support.email")
        try:
            EmailAddress.parse(email)
        except UserError:
            raise f.fail("support.email", T("“{value}” is not an e-mail address", value=email)) from None
    return Support(
        f.local(data["name"], "support.name") if "name" in data else None,
        f.https(data["url"], "support.url") if "url" in data else None,
        f.string(data["phone"], "support.phone") if "phone" in data else None,
        email,
    )


def _branding(f: _Fields, data: Any, read: Reader | None) -> tuple[Branding, bytes | None]:
    data = f.table(data, "branding", {"product_name", "window_title", "logo", "colours", "support_link"})
    logo, logo_data = None, None
    if "logo" in data:
        logo = f.string(data["logo"], "branding.logo")
        if "/" in logo or "\\" in logo or logo.startswith(".") or not logo.lower().endswith(_LOGO_TYPES):
            raise f.fail("branding.logo", T("“{value}” must be the name of an .svg or .png file next to the pack", value=logo))
        logo_data = read(logo) if read is not None else None
        if logo_data is None:
            raise f.fail("branding.logo", T("the file “{value}” is not next to the pack", value=logo))
        if len(logo_data) > MAX_LOGO_BYTES:
            raise f.fail("branding.logo", T("the file is larger than 256 KiB"))
    colours = []
    if "colours" in data:
        table = f.table(data["colours"], "branding.colours", set(_COLOUR_ROLES))
        for role in _COLOUR_ROLES:
            if role in table:
                value = f.string(table[role], f"branding.colours.{role}")
                if not _COLOUR.match(value):
                    raise f.fail(f"branding.colours.{role}", T("“{value}” is not a colour like #1a2b3c", value=value))
                colours.append((role, value.lower()))
    branding = Branding(
        f.local(data["product_name"], "branding.product_name") if "product_name" in data else None,
        f.local(data["window_title"], "branding.window_title") if "window_title" in data else None,
        logo,
        tuple(colours),
        f.https(data["support_link"], "branding.support_link") if "support_link" in data else None,
    )
    return branding, logo_data


def parse_provider(data: dict[str, Any], origin: str, default_id: str, read: Reader | None = None) -> Provider:
    """Validate one decoded TOML document; `read` fetches files next to the pack (the logo)."""
    f = _Fields(origin)
    f.table(data, "", _PROVIDER_KEYS)
    if "name" not in data:
        raise f.fail("name", T("it is missing"))
    provider_id = f.string(data.get("id", default_id), "id").lower()
    if not _ID.match(provider_id):
        raise f.fail("id", T("“{value}” must be lower-case letters, digits, - or _", value=provider_id))
    display = f.local(data["name"], "name")
    domains = tuple(d.lower().rstrip(".") for d in f.strings(data.get("domains", []), "domains"))
    for i, domain in enumerate(domains):
        try:
            EmailAddress.parse(f"x@{domain}")
        except UserError:
            raise f.fail(f"domains[{i}]", T("“{value}” is not a domain name", value=domain)) from None
    servers = {}
    for key, outgoing in (("incoming", False), ("outgoing", True)):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise f.fail(key, T("it must be a list of server tables"))
        servers[key] = tuple(_server(f, s, f"{key}[{i}]", outgoing) for i, s in enumerate(value))
    branding, logo_data = _branding(f, data["branding"], read) if "branding" in data else (None, None)
    kinds = [_account_type(f, a, f"account_types[{i}]") for i, a in enumerate(f.array(data.get("account_types", []), "account_types"))]
    return Provider(
        id=provider_id,
        name=display.source,
        domains=domains,
        incoming=servers["incoming"],
        outgoing=servers["outgoing"],
        mx_patterns=tuple(p.lower() for p in f.strings(data.get("mx", []), "mx")),
        origin=origin,
        display_name=display,
        webmail=f.https(data["webmail"], "webmail") if "webmail" in data else None,
        retired=tuple(_retired(f, r, f"retired[{i}]") for i, r in enumerate(f.array(data.get("retired", []), "retired"))),
        announced=tuple(_announced(f, a, f"announced_certificates[{i}]") for i, a in enumerate(f.array(data.get("announced_certificates", []), "announced_certificates"))),
        migration=_migration(f, data["migration"]) if "migration" in data else None,
        two_factor=_two_factor(f, data["two_factor"]) if "two_factor" in data else None,
        account_types=tuple(kinds),
        support=_support(f, data["support"]) if "support" in data else None,
        branding=branding,
        logo_data=logo_data,
        oauth2=_oauth2(f, data["oauth2"]) if "oauth2" in data else None,
    )
