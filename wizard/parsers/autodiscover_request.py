"""The Autodiscover requests we send (POX and mobilesync), apart from the reading of the
answers: a command writes the POX request ahead of its run (wizard.discovery.first) before
the XML stack or the model's settings are imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.model import EmailAddress

REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"
RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
MOBILESYNC_REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006"
MOBILESYNC_RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006"


def escape(text: str) -> str:
    """`text` as XML character data: the three characters markup gives a meaning to, as
    entities (`&` first). Written out here because xml.sax.saxutils, for this alone, loads
    urllib.request, http.client and the email package into every discovery run."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pox_request(address: EmailAddress) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<Autodiscover xmlns="{REQUEST_SCHEMA}"><Request>'
        f"<EMailAddress>{escape(str(address))}</EMailAddress>"
        f"<AcceptableResponseSchema>{RESPONSE_SCHEMA}</AcceptableResponseSchema>"
        "</Request></Autodiscover>"
    ).encode("utf-8")


def mobilesync_request(address: EmailAddress) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<Autodiscover xmlns="{MOBILESYNC_REQUEST_SCHEMA}"><Request>'
        f"<EMailAddress>{escape(str(address))}</EMailAddress>"
        f"<AcceptableResponseSchema>{MOBILESYNC_RESPONSE_SCHEMA}</AcceptableResponseSchema>"
        "</Request></Autodiscover>"
    ).encode("utf-8")
