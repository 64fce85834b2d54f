"""What every discovery parser shares: one error type, a size cap, and safe XML.

Config documents come from the network, often over connections an attacker can touch, so
parsing refuses DTDs and entities outright (XXE, billion laughs) and anything over 1 MiB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.i18n import T
from wizard.model.controls import has_controls
from wizard.model.errors import UserError
from wizard.model.server import Security

if TYPE_CHECKING:  # the XML stack loads with the first document (or a run's warm-up: `prepare`)
    import xml.etree.ElementTree as ET

MAX_DOCUMENT_BYTES = 1024 * 1024


class ParseError(UserError):
    """The only exception the parsers raise: a stable `code` and a readable `text`.

    Codes: document-too-large, document-empty, xml-malformed, xml-forbidden (DTD/entities),
    document-wrong-kind, document-no-servers, json-malformed, srv-malformed, control-character."""


class DetailParseError(ParseError):
    """A ParseError raised with a technical detail (a server's line, a library's complaint):
    `str()` stays that detail, as the doctor's findings quote it; `text` reads for people."""

    CODE = "reply-malformed"

    def __init__(self, detail: str) -> None:
        super().__init__(self.CODE, T("The server's answer could not be read: {detail}", detail=detail[:200]))
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


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
    # Servers do send blank lines before the declaration; expat refuses a declaration that is
    # not at the very start, so they go (a byte-order mark stays: expat reads it itself).
    body = bytes(data).lstrip(b" \t\r\n")
    import xml.etree.ElementTree as ET
    from xml.parsers.expat import ExpatError

    from defusedxml import DefusedXmlException
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ParseError("xml-forbidden", T("The document uses XML features that could attack this program (a DTD or entities) and was refused.")) from None
    except (ET.ParseError, ExpatError, ValueError, UnicodeError, RecursionError, LookupError, TypeError) as exc:
        # LookupError: an encoding Python does not know (encoding="UTF-9") in the declaration.
        raise ParseError("xml-malformed", T("The document is not well-formed XML: {problem}", problem=_short(exc))) from None
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def text_of(element: ET.Element | None, name: str, *, any_case: bool = False) -> str | None:
    """Stripped text of the first child `name` (case-sensitive, as the formats are, unless
    `any_case`), or None."""
    if element is None:
        return None
    if any_case:
        wanted = name.lower()
        child = next((c for c in element if isinstance(c.tag, str) and c.tag.lower() == wanted), None)
    else:
        child = element.find(name)
    if child is None or child.text is None:
        return None
    value = child.text.strip()
    return value or None


def field_of(element: ET.Element | None, name: str, *, any_case: bool = False) -> str | None:
    """`text_of` for a value that reaches a protocol or a person (host, user name, display
    name, address, URL): control characters inside it refuse the whole document, since such
    a value could smuggle a second command into a conversation (issue 12, class 6)."""
    value = text_of(element, name, any_case=any_case)
    refuse_controls(value, name)
    return value


def texts_of(element: ET.Element, name: str) -> list[str]:
    """Stripped, non-empty texts of every child `name`, in document order."""
    return [v for c in element.findall(name) if (v := (c.text or "").strip())]


def refuse_controls(value: str | None, field: str) -> None:
    """ParseError naming `field` when `value` holds a control character."""
    if value is not None and has_controls(value):
        raise ParseError("control-character", T("The field “{field}” of the document contains a control character; the document was refused.", field=field[:40]))


def ascii_number(text: str | None, maximum: int) -> int | None:
    """A decimal number written in ASCII digits, from 0 to `maximum`; None for anything else
    (`str.isdigit` accepts "²" and full-width digits, which no server means as a port)."""
    if text is None or not (text.isascii() and text.isdigit()) or len(text) > len(str(maximum)):
        return None
    value = int(text)
    return value if value <= maximum else None


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


IMPLICIT_TLS_PORTS = frozenset({993, 995, 465, 443})


def secure_guess(port: int) -> Security:
    """Security for a server whose document gave none we understand (SECURITY.md A4):
    never plain; implicit TLS on the implicit-TLS ports, otherwise STARTTLS, which the
    connection doctor then insists on (no fallback to plaintext)."""
    return Security.TLS if port in IMPLICIT_TLS_PORTS else Security.STARTTLS


def prepare() -> None:
    """Load the XML stack now (a discovery's warm-up thread, while its first answers travel)."""
    import xml.etree.ElementTree
    import xml.parsers.expat  # noqa: F401

    import defusedxml.ElementTree  # noqa: F401
