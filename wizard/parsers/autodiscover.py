"""Microsoft Autodiscover: the POX / mobilesync / v2 JSON answers (the requests we send are
in wizard.parsers.autodiscover_request, named here too).

MS-OXDSCLI: `Encryption` (none/ssl/tls/auto) overrides `SSL` (on/off, default on). Anything
unknown is never read as plaintext (SECURITY.md A4, A6).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wizard.i18n import T, Text
from wizard.model import AuthMethod, EmailAddress, Protocol, Security, ServerSettings, default_port
from wizard.model.errors import UserError
from wizard.parsers.autodiscover_request import MOBILESYNC_REQUEST_SCHEMA as MOBILESYNC_REQUEST_SCHEMA
from wizard.parsers.autodiscover_request import MOBILESYNC_RESPONSE_SCHEMA as MOBILESYNC_RESPONSE_SCHEMA
from wizard.parsers.autodiscover_request import REQUEST_SCHEMA as REQUEST_SCHEMA
from wizard.parsers.autodiscover_request import RESPONSE_SCHEMA as RESPONSE_SCHEMA
from wizard.parsers.autodiscover_request import escape as escape
from wizard.parsers.autodiscover_request import mobilesync_request as mobilesync_request
from wizard.parsers.autodiscover_request import pox_request as pox_request
from wizard.parsers.document import ParseError, ascii_number, check_size, field_of, parse_xml, refuse_controls, secure_guess, text_of

if TYPE_CHECKING:  # only the annotations: the XML stack loads with the first document
    import xml.etree.ElementTree as ET

_MAIL_TYPES = {"IMAP": Protocol.IMAP, "POP3": Protocol.POP3, "SMTP": Protocol.SMTP}
_EXCHANGE_TYPES = {"EXCH", "EXPR", "EXHTTP"}
_ENCRYPTION = {"none": Security.PLAIN, "ssl": Security.TLS, "tls": Security.STARTTLS}


@dataclass(frozen=True)
class AutodiscoverSettings:
    incoming: tuple[ServerSettings, ...]
    outgoing: tuple[ServerSettings, ...]
    display_name: str | None = None
    webmail: str | None = None
    notes: tuple[Text, ...] = ()


@dataclass(frozen=True)
class AutodiscoverRedirect:
    """`kind` is "address" (redirectAddr: ask again for this address) or "url" (redirectUrl)."""

    kind: str
    target: str


def parse_pox(data: bytes) -> AutodiscoverSettings | AutodiscoverRedirect:
    """An Outlook (POX) or mobilesync answer. Raises only ParseError."""
    root = parse_xml(data)
    if root.tag != "Autodiscover":
        raise ParseError("document-wrong-kind", T("The document is not an Autodiscover answer (its root element is “{tag}”).", tag=root.tag if isinstance(root.tag, str) else "?"))
    response = root.find("Response")
    if response is None:
        raise ParseError("document-wrong-kind", T("The Autodiscover answer has no Response section."))
    error = response.find("Error")
    if error is not None:
        code = text_of(error, "ErrorCode") or "?"
        message = text_of(error, "Message") or ""
        raise ParseError("autodiscover-error", T("The Autodiscover server answered with error {code}: {message}", code=code[:20], message=message[:200]))
    display_name = field_of(response.find("User"), "DisplayName")
    account = response.find("Account")
    if account is not None:
        return _outlook_account(account, display_name)
    action = response.find("Action")
    if action is not None:
        return _mobilesync_action(action, display_name)
    raise ParseError("document-no-servers", T("The Autodiscover answer contains no account settings."))


def _redirect(kind: str, target: str | None) -> AutodiscoverRedirect:
    if not target:
        raise ParseError("autodiscover-redirect-empty", T("The Autodiscover answer asks to look elsewhere but does not say where."))
    if kind == "address":
        try:
            EmailAddress.parse(target)
        except UserError:
            raise ParseError("autodiscover-redirect-invalid", T("The Autodiscover answer redirects to “{target}”, which is not an e-mail address.", target=target[:254])) from None
    elif not target.lower().startswith(("https://", "http://")):
        raise ParseError("autodiscover-redirect-invalid", T("The Autodiscover answer redirects to “{target}”, which is not a web address.", target=target[:254]))
    return AutodiscoverRedirect(kind, target)


def _outlook_account(account: ET.Element, display_name: str | None) -> AutodiscoverSettings | AutodiscoverRedirect:
    # Servers spell these every way (redirectUrl, RedirectURL, REDIRECTADDR): any case.
    action = (text_of(account, "Action", any_case=True) or "settings").lower()
    if action == "redirectaddr":
        return _redirect("address", field_of(account, "RedirectAddr", any_case=True))
    if action == "redirecturl":
        return _redirect("url", field_of(account, "RedirectUrl", any_case=True))
    account_type = (text_of(account, "AccountType") or "email").lower()
    if account_type != "email":
        raise ParseError("document-wrong-kind", T("The Autodiscover answer is for an account of type “{kind}”, not e-mail.", kind=account_type[:40]))
    notes: list[Text] = []
    incoming: list[ServerSettings] = []
    outgoing: list[ServerSettings] = []
    webmail = None
    for element in account.findall("Protocol"):
        kind = (text_of(element, "Type") or element.get("Type") or "").strip().upper()
        if kind in _MAIL_TYPES:
            server = _mail_server(element, _MAIL_TYPES[kind], notes)
            if server is not None:
                (outgoing if server.protocol is Protocol.SMTP else incoming).append(server)
        elif kind in _EXCHANGE_TYPES:
            server = _exchange_server(element, notes)
            if server is not None and server not in incoming:
                incoming.append(server)
        elif kind == "WEB":
            webmail = webmail or _owa_url(element)
        else:
            notes.append(T("A server of type “{kind}” was skipped: this program does not set it up.", kind=kind[:40] or "?"))
    if not incoming and not outgoing:
        detail = notes[0] if notes else T("it lists no servers")
        raise ParseError("document-no-servers", T("The Autodiscover answer names no server that can be used: {detail}", detail=detail))
    return AutodiscoverSettings(tuple(incoming), tuple(outgoing), display_name, webmail, tuple(notes))


def _on(value: str | None, default: bool) -> bool | None:
    if value is None:
        return default
    return {"on": True, "off": False, "true": True, "false": False, "1": True, "0": False}.get(value.strip().lower())


def _security(element: ET.Element, port: int | None, host: str, notes: list[Text]) -> Security:
    encryption = text_of(element, "Encryption")
    if encryption is not None:
        # A6: Encryption overrides SSL whenever it is present.
        known = _ENCRYPTION.get(encryption.lower())
        if known is not None:
            return known
        if encryption.lower() != "auto":
            notes.append(T("The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.", value=encryption[:20], host=host, security=secure_guess(port or 993).value))
        return secure_guess(port) if port is not None else Security.TLS
    ssl = _on(text_of(element, "SSL"), default=True)
    if ssl is False:
        return Security.PLAIN
    if ssl is None:
        notes.append(T("The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.", value=(text_of(element, "SSL") or "")[:20], host=host, security=secure_guess(port or 993).value))
    return secure_guess(port) if port is not None else Security.TLS


def _mail_server(element: ET.Element, protocol: Protocol, notes: list[Text]) -> ServerSettings | None:
    host = field_of(element, "Server")
    if not host:
        notes.append(T("A {protocol} server without a host name was skipped.", protocol=protocol.value.upper()))
        return None
    port_text = text_of(element, "Port")
    port: int | None = None
    if port_text is not None:
        port = ascii_number(port_text, 65535)
        if not port:
            notes.append(T("The {protocol} server {host} was skipped: “{port}” is not a port number.", protocol=protocol.value.upper(), host=host[:253], port=port_text[:20]))
            return None
    security = _security(element, port, host[:253], notes)
    if port is None:
        port = default_port(protocol, security)
    if _on(text_of(element, "AuthRequired"), default=True) is False:
        auth: tuple[AuthMethod, ...] = (AuthMethod.NONE,)
    elif _on(text_of(element, "SPA"), default=False):
        auth = (AuthMethod.NTLM,)
    else:
        auth = (AuthMethod.PASSWORD_CLEARTEXT,)
    if protocol is Protocol.SMTP and _on(text_of(element, "SMTPLast"), default=False):
        auth = auth + (AuthMethod.SMTP_AFTER_POP,)
    login_domain = field_of(element, "Domain") if _on(text_of(element, "DomainRequired"), default=False) else None
    username = field_of(element, "LoginName")
    try:
        return ServerSettings(protocol, host, port, security, auth=auth, username=username, login_domain=login_domain)
    except UserError as exc:
        notes.append(T("The {protocol} server was skipped: {problem}", protocol=protocol.value.upper(), problem=exc.text))
        return None


def _https_host(url: str | None) -> str | None:
    if not url or not url.lower().startswith("https://"):
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _exchange_server(element: ET.Element, notes: list[Text]) -> ServerSettings | None:
    ews = field_of(element, "EwsUrl") or field_of(element, "ASUrl")
    host = _https_host(ews)
    username = field_of(element, "LoginName")
    server = field_of(element, "Server")
    try:
        if host:
            return ServerSettings(Protocol.EWS, host, 443, Security.TLS, username=username, url=ews)
        if server:
            return ServerSettings(Protocol.EXCHANGE, server, 443, Security.TLS, username=username)
    except UserError as exc:
        notes.append(T("The {protocol} server was skipped: {problem}", protocol="EXCHANGE", problem=exc.text))
        return None
    notes.append(T("An Exchange server without an address was skipped."))
    return None


def _owa_url(element: ET.Element) -> str | None:
    """The web-mail link for a client on the internet: External first, Internal last (that
    one is for machines inside the company's own network)."""
    places = [e for e in (element.find("External"), element) if e is not None]
    places += [e for e in (element.find("Internal"),) if e is not None]
    for place in places:
        url = field_of(place, "OWAUrl")
        if url and url.lower().startswith("https://"):
            return url
    return None


def _mobilesync_action(action: ET.Element, display_name: str | None) -> AutodiscoverSettings | AutodiscoverRedirect:
    redirect = field_of(action, "Redirect")
    if redirect:
        return _redirect("address", redirect)
    error = action.find("Error")
    if error is not None:
        raise ParseError("autodiscover-error", T("The Autodiscover server answered with error {code}: {message}", code=(text_of(error, "ErrorCode") or text_of(error, "Status") or "?")[:20], message=(text_of(error, "Message") or "")[:200]))
    notes: list[Text] = []
    incoming: list[ServerSettings] = []
    settings = action.find("Settings")
    for server in settings.findall("Server") if settings is not None else ():
        if (text_of(server, "Type") or "").lower() != "mobilesync":
            continue
        url = field_of(server, "Url")
        host = _https_host(url)
        if host is None:
            notes.append(T("An ActiveSync server was skipped: its address “{url}” is not https.", url=(url or "")[:200]))
            continue
        try:
            incoming.append(ServerSettings(Protocol.ACTIVESYNC, host, 443, Security.TLS, url=url))
        except UserError as exc:
            notes.append(T("The {protocol} server was skipped: {problem}", protocol="ACTIVESYNC", problem=exc.text))
    if not incoming:
        detail = notes[0] if notes else T("it lists no servers")
        raise ParseError("document-no-servers", T("The Autodiscover answer names no server that can be used: {detail}", detail=detail))
    return AutodiscoverSettings(tuple(incoming), (), display_name, None, tuple(notes))


def parse_v2(data: bytes) -> str:
    """Autodiscover v2 (`autodiscover.json`): the https URL of the POX endpoint to ask next."""
    check_size(data)
    try:
        import json  # with the first v2 answer, if the run's warm-up has not loaded it already

        value = json.loads(data)
    except (ValueError, UnicodeError, RecursionError):
        raise ParseError("json-malformed", T("The answer is not valid JSON.")) from None
    if not isinstance(value, dict):
        raise ParseError("document-wrong-kind", T("The answer is not an Autodiscover v2 object."))
    if "ErrorCode" in value:
        raise ParseError("autodiscover-error", T("The Autodiscover server answered with error {code}: {message}", code=str(value.get("ErrorCode"))[:40], message=str(value.get("ErrorMessage") or "")[:200]))
    url = value.get("Url")
    if not isinstance(url, str) or not url:
        raise ParseError("document-no-servers", T("The Autodiscover v2 answer has no Url."))
    refuse_controls(url, "Url")
    if _https_host(url) is None:
        raise ParseError("autodiscover-not-https", T("The Autodiscover v2 answer points to “{url}”, which is not https; it was not followed.", url=url[:200]))
    return url
