"""Thunderbird's autoconfig format (config-v1.1.xml), as providers and the ISPDB serve it.

Bytes in, servers out. Every placeholder and every authentication value of the format is
mapped; anything we cannot use is skipped with a note, never guessed into plaintext.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable
from urllib.parse import urlsplit

from wizard.i18n import T, Text
from wizard.model import AuthMethod, Direction, EmailAddress, Protocol, Security, ServerSettings, default_port, expand_template
from wizard.model.errors import UserError
from wizard.parsers.document import ParseError, ascii_number, field_of, parse_xml, secure_guess, text_of, texts_of
from wizard.parsers.helppages import two_factor_page

if TYPE_CHECKING:  # only the annotations: the XML stack loads with the first document
    import xml.etree.ElementTree as ET

_INCOMING_TYPES = {"imap": Protocol.IMAP, "pop3": Protocol.POP3, "exchange": Protocol.EXCHANGE, "ews": Protocol.EWS}
_OUTGOING_TYPES = {"smtp": Protocol.SMTP}
_SOCKET_TYPES = {"ssl": Security.TLS, "starttls": Security.STARTTLS, "plain": Security.PLAIN}


@dataclass(frozen=True)
class Link:
    """A page for people: provider documentation, or how to switch IMAP / app passwords on."""

    url: str
    description: str = ""


@dataclass(frozen=True)
class Pop3Options:
    leave_messages_on_server: bool | None = None
    days_to_leave_messages_on_server: int | None = None
    download_on_biff: bool | None = None


@dataclass(frozen=True)
class ParsedConfig:
    """One emailProvider. `incoming`/`outgoing` keep the document's order (its ranking)."""

    provider_id: str | None
    display_name: str | None
    short_name: str | None
    domains: tuple[str, ...]
    incoming: tuple[ServerSettings, ...]
    outgoing: tuple[ServerSettings, ...]
    documentation: tuple[Link, ...] = ()
    enable: tuple[Link, ...] = ()
    webmail: str | None = None
    pop3: Pop3Options | None = None
    notes: tuple[Text, ...] = ()  # what was skipped or assumed, and why
    guessed: tuple[ServerSettings, ...] = ()  # servers whose security the file left open (ranked last)

    @property
    def needs_browser_signin(self) -> bool:
        """OAuth2 offered: the person signs in through the provider's web page."""
        return any(AuthMethod.OAUTH2 in s.auth for s in self.incoming + self.outgoing)

    @property
    def provider(self) -> str | None:
        return self.display_name or self.short_name or self.provider_id

    @property
    def two_factor_page(self) -> Link | None:
        """The document's https page about app passwords or two-factor sign-in, if it names one
        (its documentation first, then its "enable" pages)."""
        found = two_factor_page(self.documentation + self.enable)
        return found if isinstance(found, Link) else None


def parse_autoconfig(data: bytes, address: EmailAddress, realname: str = "") -> ParsedConfig:
    """Parse a config-v1.1.xml document for `address`. Raises only ParseError."""
    root = parse_xml(data)
    if root.tag != "clientConfig":
        raise ParseError("document-wrong-kind", T("The document is not an autoconfig file (its root element is “{tag}”).", tag=_tag(root)))
    provider = root.find("emailProvider")
    if provider is None:
        raise ParseError("document-wrong-kind", T("The autoconfig file has no emailProvider section."))
    notes: list[Text] = []

    def fill(value: str | None) -> str | None:
        return None if value is None else expand_template(value, address, realname)

    incoming, guessed_in = _ranked([f for e in provider.findall("incomingServer") if (f := _server(e, _INCOMING_TYPES, fill, notes)) is not None], notes)
    outgoing, guessed_out = _ranked([f for e in provider.findall("outgoingServer") if (f := _server(e, _OUTGOING_TYPES, fill, notes)) is not None], notes)
    if not incoming and not outgoing:
        detail = notes[0] if notes else T("it lists no servers")
        raise ParseError("document-no-servers", T("The autoconfig file names no server that can be used: {detail}", detail=detail))
    return ParsedConfig(
        provider_id=provider.get("id") or None,
        display_name=fill(field_of(provider, "displayName")),
        short_name=fill(field_of(provider, "displayShortName")),
        domains=tuple(d.text.strip().lower() for d in provider.findall("domain") if d.text and d.text.strip()),
        incoming=incoming,
        outgoing=outgoing,
        documentation=tuple(_links(provider, "documentation", "url", "descr")) + tuple(_links(root, "documentation", "url", "descr")),
        enable=tuple(_links(provider, "enable", "visiturl", "instruction")),
        webmail=_webmail(root),
        pop3=_pop3_options(provider),
        notes=tuple(notes),
        guessed=guessed_in + guessed_out,
    )


def _tag(element: ET.Element) -> str:
    return element.tag if isinstance(element.tag, str) else "?"


@dataclass(frozen=True)
class _Found:
    server: ServerSettings
    guessed: bool  # no socketType we know: the security is our guess (A4), not the document's


# Values that only make sense for sending: an incoming server "without authentication" or
# "authenticated by the client's address" is not one a mail program can sign in to.
_OUTGOING_ONLY_AUTH = frozenset({AuthMethod.NONE, AuthMethod.CLIENT_IP, AuthMethod.SMTP_AFTER_POP})


def _host_from_url(url: str) -> tuple[str, int] | None:
    """Host and port of an https URL (the draft's URL form of a server section), else None."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not host:
        return None
    return host, port or 443


def _server(element: ET.Element, types: dict[str, Protocol], fill: Callable[[str | None], str | None], notes: list[Text]) -> _Found | None:
    """One server section; a bad value costs this section (with a note), never the document.
    Several hostname/port/username elements: the first counts; several socketType or
    authentication elements: the first one this program knows counts (as in Thunderbird)."""
    kind = (element.get("type") or "").strip().lower()
    protocol = types.get(kind)
    if protocol is None:
        notes.append(T("A server of type “{kind}” was skipped: this program does not set it up.", kind=kind[:40] or "?"))
        return None
    label = protocol.value.upper()
    url = field_of(element, "url")
    if protocol in (Protocol.EXCHANGE, Protocol.EWS):
        url = url or field_of(element, "ewsURL") or field_of(element, "owaURL") or field_of(element, "easURL")
    host = fill(field_of(element, "hostname"))
    from_url = _host_from_url(url) if url else None
    if not host and from_url is not None:
        host = from_url[0]
    if not host:
        if url:
            notes.append(T("The {protocol} server at “{url}” was skipped: only https addresses are used.", protocol=label, url=url[:200]))
        else:
            notes.append(T("A {protocol} server without a host name was skipped.", protocol=label))
        return None
    port_text = text_of(element, "port")
    port: int | None = None
    if port_text is not None:
        port = ascii_number(port_text, 65535)
        if not port:
            notes.append(T("The {protocol} server {host} was skipped: “{port}” is not a port number.", protocol=label, host=host[:253], port=port_text[:20]))
            return None
    elif from_url is not None and not text_of(element, "hostname"):
        port = from_url[1]
    socket_values = texts_of(element, "socketType")
    security = next((known for v in socket_values if (known := _SOCKET_TYPES.get(v.lower())) is not None), None)
    if security is None and from_url is not None and not socket_values:
        security = Security.TLS  # an https URL says it: TLS
    guessed = security is None
    if security is None:
        if port is None:
            port = default_port(protocol, Security.TLS)
        # A4: an unknown or missing socketType never becomes plain.
        security = secure_guess(port)
        notes.append(T("The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.", value=(socket_values[0] if socket_values else "")[:20], host=host[:253], security=security.value))
    if port is None:
        port = default_port(protocol, security)
    auth_values = texts_of(element, "authentication")
    auth = tuple(dict.fromkeys(m for v in auth_values if (m := AuthMethod.parse(v)) is not None))
    if protocol.direction is Direction.INCOMING and auth and all(m in _OUTGOING_ONLY_AUTH for m in auth):
        notes.append(T("The {protocol} server {host} was skipped: its sign-in method “{method}” is only meaningful for sending mail.", protocol=label, host=host[:253], method=auth[0].value))
        return None
    if protocol.direction is Direction.INCOMING:
        auth = tuple(m for m in auth if m not in _OUTGOING_ONLY_AUTH)
    if auth_values and not auth:
        notes.append(T("The {protocol} server {host} was skipped: its sign-in method “{method}” is unknown.", protocol=label, host=host[:253], method=auth_values[0][:40]))
        return None
    if not auth_values:
        auth = (AuthMethod.PASSWORD_CLEARTEXT,)
    username = fill(field_of(element, "username"))
    try:
        server = ServerSettings(protocol, host, port, security, auth=auth, username=username, url=url)
    except UserError as exc:
        notes.append(T("The {protocol} server was skipped: {problem}", protocol=label, problem=exc.text))
        return None
    return _Found(server, guessed)


def _ranked(found: list[_Found], notes: list[Text]) -> tuple[tuple[ServerSettings, ...], tuple[ServerSettings, ...]]:
    """Item 5 of the autoconfig agreement: a server whose security was guessed is dropped when
    the document states a server of the same protocol fully; otherwise it stays, ranked after
    every fully stated one. Returns (servers in order, the guessed ones among them)."""
    stated = {f.server.protocol for f in found if not f.guessed}
    kept = [f for f in found if not f.guessed]
    late = []
    for f in found:
        if f.guessed:
            if f.server.protocol in stated:
                notes.append(T("The {protocol} server {host} was skipped: its connection security is unknown and the file states another {protocol} server fully.", protocol=f.server.protocol.value.upper(), host=f.server.host))
            else:
                late.append(f)
    ordered = kept + late
    return tuple(f.server for f in ordered), tuple(f.server for f in late)


def _links(parent: ET.Element, tag: str, url_attr: str, text_tag: str) -> list[Link]:
    out = []
    for element in parent.findall(tag):
        url = (element.get(url_attr) or "").strip()
        if url.startswith(("https://", "http://")):
            texts = [d.text.strip() for d in element.findall(text_tag) if d.text and d.text.strip()]
            out.append(Link(url, texts[0] if texts else ""))
    return out


def _webmail(root: ET.Element) -> str | None:
    web = root.find("webMail")
    page = web.find("loginPage") if web is not None else None
    url = (page.get("url") or "").strip() if page is not None else ""
    return url or None


def _bool(value: str | None) -> bool | None:
    if value is None:
        return None
    return {"true": True, "false": False}.get(value.lower())


def _pop3_options(provider: ET.Element) -> Pop3Options | None:
    for server in provider.findall("incomingServer"):
        pop3 = server.find("pop3")
        if pop3 is not None:
            return Pop3Options(
                leave_messages_on_server=_bool(text_of(pop3, "leaveMessagesOnServer")),
                days_to_leave_messages_on_server=ascii_number(text_of(pop3, "daysToLeaveMessagesOnServer"), 999_999),
                download_on_biff=_bool(text_of(pop3, "downloadOnBiff")),
            )
    return None
