"""The one Exchange Web Services (EWS) request the doctor makes, and reading its answer.

GetFolder for the inbox, asking for the folder's id only: the smallest request that needs a
signed-in mailbox, and it changes nothing. Pure: bytes out, bytes in."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from wizard.parsers.document import ParseError, parse_xml, text_of

SOAP_CONTENT_TYPE = "text/xml; charset=utf-8"

GET_INBOX = b"""<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
  <soap:Header><t:RequestServerVersion Version="Exchange2013_SP1"/></soap:Header>
  <soap:Body>
    <m:GetFolder>
      <m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>
      <m:FolderIds><t:DistinguishedFolderId Id="inbox"/></m:FolderIds>
    </m:GetFolder>
  </soap:Body>
</soap:Envelope>
"""


@dataclass(frozen=True)
class EwsAnswer:
    """`response_class`: Success, Warning or Error as EWS says it (None: not an EWS answer
    we could read); `code`: its ResponseCode (NoError, ErrorAccessDenied, ...)."""

    response_class: str | None
    code: str | None = None

    @property
    def success(self) -> bool:
        return self.response_class in ("Success", "Warning")


def read_get_folder(body: bytes) -> EwsAnswer:
    """The GetFolder answer's verdict; an answer that is no EWS SOAP envelope reads as
    EwsAnswer(None) (the HTTP status alone then counts), never an exception."""
    try:
        root = parse_xml(body)
    except ParseError:
        return EwsAnswer(None)
    if root.tag != "Envelope":
        return EwsAnswer(None)
    message = next((e for e in root.iter() if e.tag == "GetFolderResponseMessage"), None)
    if message is None:
        return EwsAnswer(None)
    return EwsAnswer((message.get("ResponseClass") or "")[:40] or None, (text_of(message, "ResponseCode") or "")[:80] or None)


EWS_PATH = "/EWS/Exchange.asmx"  # where Exchange serves EWS on its host
_WEB_PATHS = ("", "/", "/owa")  # a web access address: EWS lives beside it on that host


@dataclass(frozen=True)
class EwsAddress:
    """The EWS endpoint for an Exchange address. `standard`: the address given was only the
    host's web address (https://host, or its /owa), so this is Exchange's usual EWS path
    there, the same rule the Thunderbird writer applies."""

    url: str
    host: str
    port: int
    given: str
    standard: bool


def ews_address(given: str | None) -> EwsAddress | None:
    """The endpoint for an https Exchange address; None for anything else (http, a user
    name or query in it, an Autodiscover document's address)."""
    if not given or not given.lower().startswith("https://"):
        return None
    try:
        parts = urlsplit(given)
        port = parts.port or 443
    except ValueError:
        return None
    if not parts.hostname or parts.username or parts.query or parts.fragment:
        return None
    path = parts.path.rstrip("/").lower()
    if path.endswith((".xml", ".json")) or "/autodiscover" in path:
        return None  # a settings document, not the service
    standard = path in _WEB_PATHS
    url = f"https://{parts.netloc}{EWS_PATH}" if standard else given
    return EwsAddress(url, parts.hostname.lower().rstrip("."), port, given, standard)
