"""What every discovery parser shares: one error type, a size cap, and safe XML.

Config documents come from the network, often over connections an attacker can touch, so
parsing refuses DTDs and entities outright (XXE, billion laughs) and anything over 1 MiB.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from wizard.i18n import T
from wizard.model.errors import UserError
from wizard.model.server import Security

MAX_DOCUMENT_BYTES = 1024 * 1024


class ParseError(UserError):
    """The only exception the parsers raise: a stable `code` and a readable `text`.

    Codes: document-too-large, document-empty, xml-malformed, xml-forbidden (DTD/entities),
    document-wrong-kind, document-no-servers, json-malformed, srv-malformed."""


def check_size(data: bytes) -> None:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ParseError("document-too-large", T("The answer is larger than 1 MiB and was not read."))
    if not data.strip():
        raise ParseError("document-empty", T("The answer was empty."))


def parse_xml(data: bytes) -> ET.Element:
    """The root element, namespaces stripped; ParseError for anything unsafe or malformed."""
    if not isinstance(data, (bytes, bytearray)):
        raise ParseError("xml-malformed", T("The answer is not an XML document."))
    check_size(bytes(data))
    try:
        root = SafeET.fromstring(bytes(data), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ParseError("xml-forbidden", T("The document uses XML features that could attack this program (a DTD or entities) and was refused.")) from None
    except (ET.ParseError, ExpatError, ValueError, UnicodeError, RecursionError) as exc:
        raise ParseError("xml-malformed", T("The document is not well-formed XML: {problem}", problem=_short(exc))) from None
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def text_of(element: ET.Element | None, name: str) -> str | None:
    """Stripped text of the first child `name` (case-sensitive, as the formats are), or None."""
    if element is None:
        return None
    child = element.find(name)
    if child is None or child.text is None:
        return None
    value = child.text.strip()
    return value or None


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


IMPLICIT_TLS_PORTS = frozenset({993, 995, 465, 443})


def secure_guess(port: int) -> Security:
    """Security for a server whose document gave none we understand (SECURITY.md A4):
    never plain; implicit TLS on the implicit-TLS ports, otherwise STARTTLS, which the
    connection doctor then insists on (no fallback to plaintext)."""
    return Security.TLS if port in IMPLICIT_TLS_PORTS else Security.STARTTLS
