"""POP3 server responses (RFC 1939, CAPA and STLS from RFC 2449 / 2595)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


class Pop3ResponseError(ValueError):
    """The bytes are not a POP3 status line."""


@dataclass(frozen=True)
class Pop3Status:
    ok: bool
    text: str

    @property
    def code(self) -> str | None:
        """An RFC 2449 response code such as [AUTH] or [SYS/TEMP], upper-cased."""
        if self.text.startswith("[") and "]" in self.text:
            return self.text[1 : self.text.index("]")].upper()
        return None


def _decode(line: bytes | str) -> str:
    text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
    return text.rstrip("\r\n")


def parse_status(line: bytes | str) -> Pop3Status:
    text = _decode(line)
    if text == "+OK" or text.startswith("+OK "):
        return Pop3Status(True, text[4:].strip())
    if text == "-ERR" or text.startswith("-ERR "):
        return Pop3Status(False, text[5:].strip())
    raise Pop3ResponseError(f"not a POP3 status line: {text[:80]!r}")


def is_terminator(line: bytes | str) -> bool:
    """The lone "." that ends a multi-line answer."""
    return _decode(line) == "."


def parse_capa(lines: Iterable[bytes | str]) -> dict[str, tuple[str, ...]]:
    """The lines between "+OK" and "." of a CAPA answer: name (upper case) -> arguments."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        text = _decode(line)
        if text == ".":
            break
        if text.startswith(".."):  # dot-stuffing
            text = text[1:]
        words = text.split()
        if words:
            out[words[0].upper()] = tuple(words[1:])
    return out


def sasl_mechanisms(capa: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(m.upper() for m in capa.get("SASL", ()))


def user_allowed(capa: dict[str, tuple[str, ...]]) -> bool:
    """USER/PASS is only offered when CAPA lists USER (servers hide it before STLS)."""
    return "USER" in capa
