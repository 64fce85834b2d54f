"""SMTP replies (RFC 5321) and EHLO extensions, including the enhanced status codes of
RFC 3463 (530 5.7.0 "Must issue a STARTTLS command first")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

_LINE = re.compile(r"^([2-5][0-9][0-9])([ -]|$)(.*)$", re.S)
_ENHANCED = re.compile(r"^([245]\.[0-9]{1,3}\.[0-9]{1,3})\b")


class SmtpResponseError(ValueError):
    """The bytes are not an SMTP reply."""


@dataclass(frozen=True)
class ReplyLine:
    code: int
    last: bool
    text: str


def _decode(line: bytes | str) -> str:
    text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
    return text.rstrip("\r\n")


def parse_line(line: bytes | str) -> ReplyLine:
    text = _decode(line)
    match = _LINE.match(text)
    if not match:
        raise SmtpResponseError(f"not an SMTP reply line: {text[:80]!r}")
    return ReplyLine(int(match.group(1)), match.group(2) != "-", match.group(3))


@dataclass(frozen=True)
class SmtpReply:
    code: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def enhanced(self) -> str | None:
        match = _ENHANCED.match(self.lines[0]) if self.lines else None
        return match.group(1) if match else None

    @property
    def positive(self) -> bool:
        return 200 <= self.code < 400

    @property
    def requires_tls(self) -> bool:
        """530 (or 5.7.0/5.7.11 codes) with a STARTTLS hint: the server wants TLS first."""
        return self.code == 530 or (self.code >= 500 and "STARTTLS" in self.text.upper())


def parse_reply(lines: Sequence[bytes | str]) -> SmtpReply:
    """All lines of one reply; every line must carry the same code, only the last a space."""
    if not lines:
        raise SmtpResponseError("empty reply")
    parsed = [parse_line(line) for line in lines]
    code = parsed[0].code
    for item in parsed[:-1]:
        if item.last or item.code != code:
            raise SmtpResponseError("malformed multi-line reply")
    if not parsed[-1].last or parsed[-1].code != code:
        raise SmtpResponseError("unterminated multi-line reply")
    return SmtpReply(code, tuple(p.text for p in parsed))


def parse_ehlo(reply: SmtpReply) -> dict[str, tuple[str, ...]]:
    """Extensions from a 250 EHLO reply: keyword (upper case) -> parameters. The first line
    is the server's name. The old "AUTH=LOGIN PLAIN" spelling counts as AUTH too."""
    out: dict[str, tuple[str, ...]] = {}
    for line in reply.lines[1:]:
        words = line.split()
        if not words:
            continue
        keyword = words[0].upper()
        params = tuple(words[1:])
        if keyword.startswith("AUTH="):
            params = (keyword[5:],) + params
            keyword = "AUTH"
            params = tuple(dict.fromkeys(out.get("AUTH", ()) + params))
        out[keyword] = params
    return out


def auth_mechanisms(extensions: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(m.upper() for m in extensions.get("AUTH", ()))


def greeting_host(reply: SmtpReply) -> str | None:
    """The name a server gives in its 220 greeting ("220 mx.example.com ESMTP ...")."""
    if reply.code != 220 or not reply.lines or not reply.lines[0].split():
        return None
    return reply.lines[0].split()[0].lower().rstrip(".")
