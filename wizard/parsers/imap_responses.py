"""IMAP server responses (RFC 9051 / 3501) as far as the doctor needs them: greetings,
capability lists, tagged results and their response codes ([ALERT], [AUTHENTICATIONFAILED])."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODE = re.compile(r"^\[([^\]]*)\]\s*(.*)$", re.S)
STATUS_WORDS = ("OK", "NO", "BAD", "BYE", "PREAUTH")


class ImapResponseError(ValueError):
    """The bytes are not an IMAP response line."""


@dataclass(frozen=True)
class ImapResponse:
    """One response line. `tag` is "*" (untagged), "+" (continuation) or the command's tag;
    `status` is OK/NO/BAD/BYE/PREAUTH, or the data keyword (CAPABILITY, ...) upper-cased."""

    tag: str
    status: str
    code: str | None = None
    text: str = ""

    @property
    def code_name(self) -> str | None:
        """ALERT, AUTHENTICATIONFAILED, CAPABILITY, ... (the code's first word, upper case)."""
        return self.code.split(None, 1)[0].upper() if self.code else None

    @property
    def capabilities(self) -> frozenset[str] | None:
        """Capabilities carried by `* CAPABILITY ...` or an `[CAPABILITY ...]` code."""
        if self.tag == "*" and self.status == "CAPABILITY":
            return parse_capabilities(self.text)
        if self.code_name == "CAPABILITY":
            return parse_capabilities(self.code.split(None, 1)[1] if self.code and " " in self.code else "")
        return None


def _decode(line: bytes | str) -> str:
    text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
    return text.rstrip("\r\n")


def parse_capabilities(text: str) -> frozenset[str]:
    """Atoms, upper-cased (IMAP capability names are case-insensitive)."""
    return frozenset(word.upper() for word in text.split() if word)


def parse_response(line: bytes | str) -> ImapResponse:
    text = _decode(line)
    if not text:
        raise ImapResponseError("empty line")
    if text.startswith("+"):
        return ImapResponse("+", "+", None, text[1:].strip())
    tag, _, rest = text.partition(" ")
    if not tag or any(c in tag for c in "(){%\"\\]") or any(ord(c) < 0x21 or ord(c) > 0x7E for c in tag):
        raise ImapResponseError(f"not an IMAP response: {text[:80]!r}")
    word, _, rest = rest.partition(" ")
    status = word.upper()
    if not status:
        raise ImapResponseError(f"not an IMAP response: {text[:80]!r}")
    if tag == "*" and status.isdigit():  # "* 3 EXISTS"
        kind, _, tail = rest.partition(" ")
        return ImapResponse(tag, kind.upper(), None, (status + " " + tail).strip())
    if tag != "*" and status not in ("OK", "NO", "BAD"):
        raise ImapResponseError(f"a tagged response must be OK, NO or BAD: {text[:80]!r}")
    code = None
    if status in STATUS_WORDS:
        match = _CODE.match(rest)
        if match:
            code, rest = match.group(1), match.group(2)
    return ImapResponse(tag, status, code, rest.strip())


@dataclass(frozen=True)
class ImapGreeting:
    status: str  # OK (log in next), PREAUTH (already logged in), BYE (go away)
    capabilities: frozenset[str] | None
    text: str


def parse_greeting(line: bytes | str) -> ImapGreeting:
    response = parse_response(line)
    if response.tag != "*" or response.status not in ("OK", "PREAUTH", "BYE"):
        raise ImapResponseError(f"not an IMAP greeting: {_decode(line)[:80]!r}")
    return ImapGreeting(response.status, response.capabilities, response.text)


def auth_mechanisms(capabilities: frozenset[str]) -> frozenset[str]:
    """AUTH=PLAIN AUTH=LOGIN ... -> {"PLAIN", "LOGIN"}."""
    return frozenset(c[5:] for c in capabilities if c.startswith("AUTH="))


def login_allowed(capabilities: frozenset[str]) -> bool:
    """LOGINDISABLED (RFC 3501 6.2.3) forbids the LOGIN command; we never send it then."""
    return "LOGINDISABLED" not in capabilities
