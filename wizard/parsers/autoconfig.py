"""Thunderbird's autoconfig format (config-v1.1.xml), as providers and the ISPDB serve it.

Bytes in, servers out. Every placeholder and every authentication value of the format is
mapped; anything we cannot use is skipped with a note, never guessed into plaintext.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable

from wizard.i18n import T, Text
from wizard.model import AuthMethod, EmailAddress, Protocol, Security, ServerSettings, default_port, expand_template
from wizard.model.errors import UserError
from wizard.parsers.document import ParseError, parse_xml, secure_guess, text_of

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

    @property
    def needs_browser_signin(self) -> bool:
        """OAuth2 offered: the person signs in through the provider's web page."""
        return any(AuthMethod.OAUTH2 in s.auth for s in self.incoming + self.outgoing)

    @property
    def provider(self) -> str | None:
        return self.display_name or self.short_name or self.provider_id


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

    incoming = tuple(s for e in provider.findall("incomingServer") if (s := _server(e, _INCOMING_TYPES, fill, notes)) is not None)
    outgoing = tuple(s for e in provider.findall("outgoingServer") if (s := _server(e, _OUTGOING_TYPES, fill, notes)) is not None)
    if not incoming and not outgoing:
        detail = notes[0] if notes else T("it lists no servers")
        raise ParseError("document-no-servers", T("The autoconfig file names no server that can be used: {detail}", detail=detail))
    return ParsedConfig(
        provider_id=provider.get("id") or None,
        display_name=fill(text_of(provider, "displayName")),
        short_name=fill(text_of(provider, "displayShortName")),
        domains=tuple(d.text.strip().lower() for d in provider.findall("domain") if d.text and d.text.strip()),
        incoming=incoming,
        outgoing=outgoing,
        documentation=tuple(_links(provider, "documentation", "url", "descr")) + tuple(_links(root, "documentation", "url", "descr")),
        enable=tuple(_links(provider, "enable", "visiturl", "instruction")),
        webmail=_webmail(root),
        pop3=_pop3_options(provider),
        notes=tuple(notes),
    )


def _tag(element: ET.Element) -> str:
    return element.tag if isinstance(element.tag, str) else "?"


def _server(element: ET.Element, types: dict[str, Protocol], fill: Callable[[str | None], str | None], notes: list[Text]) -> ServerSettings | None:
    kind = (element.get("type") or "").strip().lower()
    protocol = types.get(kind)
    if protocol is None:
        notes.append(T("A server of type “{kind}” was skipped: this program does not set it up.", kind=kind or "?"))
        return None
    host = fill(text_of(element, "hostname"))
    if not host:
        notes.append(T("A {protocol} server without a host name was skipped.", protocol=protocol.value.upper()))
        return None
    port_text = text_of(element, "port")
    port: int | None = None
    if port_text is not None:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            notes.append(T("The {protocol} server {host} was skipped: “{port}” is not a port number.", protocol=protocol.value.upper(), host=host, port=port_text[:20]))
            return None
        port = int(port_text)
    socket_text = text_of(element, "socketType")
    security = _SOCKET_TYPES.get((socket_text or "").lower())
    if security is None:
        if port is None:
            port = default_port(protocol, Security.TLS)
        # A4: an unknown or missing socketType never becomes plain.
        security = secure_guess(port)
        notes.append(T("The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.", value=(socket_text or "")[:20], host=host, security=security.value))
    if port is None:
        port = default_port(protocol, security)
    auth_values = [a.text.strip() for a in element.findall("authentication") if a.text and a.text.strip()]
    auth = tuple(dict.fromkeys(m for v in auth_values if (m := AuthMethod.parse(v)) is not None))
    if auth_values and not auth:
        notes.append(T("The {protocol} server {host} was skipped: its sign-in method “{method}” is unknown.", protocol=protocol.value.upper(), host=host, method=auth_values[0][:40]))
        return None
    if not auth_values:
        auth = (AuthMethod.PASSWORD_CLEARTEXT,)
    url = None
    if protocol in (Protocol.EXCHANGE, Protocol.EWS):
        url = text_of(element, "ewsURL") or text_of(element, "owaURL") or text_of(element, "easURL")
    try:
        return ServerSettings(protocol, host, port, security, auth=auth, username=fill(text_of(element, "username")), url=url)
    except UserError as exc:
        notes.append(T("The {protocol} server was skipped: {problem}", protocol=protocol.value.upper(), problem=exc.text))
        return None


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
            days = text_of(pop3, "daysToLeaveMessagesOnServer")
            return Pop3Options(
                leave_messages_on_server=_bool(text_of(pop3, "leaveMessagesOnServer")),
                days_to_leave_messages_on_server=int(days) if days and days.isdigit() and len(days) < 7 else None,
                download_on_biff=_bool(text_of(pop3, "downloadOnBiff")),
            )
    return None
