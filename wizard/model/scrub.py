"""Removing a password from any text before a person, a file or a log sees it.

A hostile or careless server can echo what the client sent: `a1 LOGIN "jo" "secret"`, the AUTH
PLAIN blob (base64 of `\\0jo\\0secret` or `jo\\0jo\\0secret`), the AUTH LOGIN lines (base64 of
the password alone), an HTTP Basic header (base64 of `jo:secret`). So the password is removed
in every form the program may have sent it, not only the literal one:

* the literal, in any letter case (servers upper-case commands), and the forms it takes when
  quoted or escaped, once or twice over: an IMAP quoted string, JSON, HTML, percent-encoding,
  Python's repr (of text or bytes), hex, UTF-8 read as Latin-1;
* any base64 (or base64url) token, or run of line-wrapped tokens, whose decoded bytes contain
  the password, whatever user name or authorisation identity came before it; also a token
  cut short by the server that ends in the first characters of the password.

Pure: the shells apply it where text leaves the program (terminal, JSON, HTML report, GUI,
saved reports), so it holds whatever the protocol code inside does."""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

MASK = "••••••"
_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{4,}={0,2}")
_RUN = re.compile(r"[A-Za-z0-9+/_-]{4,}={0,2}(?:\r?\n[ \t]*[A-Za-z0-9+/_-]{4,}={0,2})+")
_MIN_PREFIX = 4  # a token cut short that ends in this much of the password counts


def _escapes(text: str) -> set[str]:
    """The ways one text is commonly escaped on its way into a message."""
    import html  # here, not at the top: html.entities' tables (a millisecond) only once there is a secret to hide
    import json  # and json: before a command's first request, only --json needs it

    forms = {
        text,
        text.replace("\\", "\\\\").replace('"', '\\"'),  # an IMAP quoted string
        json.dumps(text)[1:-1],
        json.dumps(text, ensure_ascii=False)[1:-1],
        html.escape(text),
        html.escape(text, quote=False),
        urllib.parse.quote(text, safe=""),
        urllib.parse.quote_plus(text, safe=""),
        ascii(text)[1:-1],
        repr(text)[1:-1],
        repr(text.encode("utf-8"))[2:-1],  # a bytes repr, as a careless log line shows it
        text.encode("utf-8").hex(),
        text.encode("utf-8").decode("latin-1"),
    }
    return {f for f in forms if f}


def _quoted_forms(secret: str) -> set[str]:
    """Each escape, and each escape of an escape (a quoted string shown as a bytes repr)."""
    first = _escapes(secret)
    return first | {g for f in first for g in _escapes(f)}


def _decode(token: str) -> bytes | None:
    core = token.rstrip("=")
    padded = core + "=" * (-len(core) % 4)
    for alphabet in (None, b"-_"):
        try:
            return base64.b64decode(padded, altchars=alphabet, validate=True)
        except (binascii.Error, ValueError):
            continue
    return None


@dataclass(frozen=True)
class Scrubber:
    """`scrub(text)` with every form of each secret replaced by MASK."""

    secrets: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _raw: tuple[bytes, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        secrets = tuple(s for s in dict.fromkeys(self.secrets) if s)
        object.__setattr__(self, "secrets", secrets)
        forms = sorted({f for s in secrets for f in _quoted_forms(s)}, key=len, reverse=True)
        if forms:
            object.__setattr__(self, "_pattern", re.compile("|".join(re.escape(f) for f in forms), re.IGNORECASE))
        raw: set[bytes] = set()
        for s in secrets:
            raw.add(s.encode("utf-8"))
            try:
                raw.add(s.encode("latin-1"))
            except UnicodeError:
                pass
        object.__setattr__(self, "_raw", tuple(raw))

    @classmethod
    def of(cls, *secrets: str | None) -> "Scrubber":
        return cls(tuple(s for s in secrets if s))

    def adding(self, secret: str | None) -> "Scrubber":
        return self if not secret or secret in self.secrets else Scrubber(self.secrets + (secret,))

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def _holds_secret(self, data: bytes) -> bool:
        if any(r in data for r in self._raw):
            return True
        # cut short by the server: the decoded end is the start of the password
        for r in self._raw:
            for n in range(min(len(r) - 1, len(data)), _MIN_PREFIX - 1, -1):
                if data.endswith(r[:n]):
                    return True
        return False

    def _token(self, match: re.Match[str]) -> str:
        token = match.group(0)
        starts = [0] + [m.end() for m in re.finditer(r"\s+", token)]
        for start in starts:
            candidate = re.sub(r"\s+", "", token[start:])
            for skip in range(4):  # the blob may not begin where the token does
                decoded = _decode(candidate[skip:]) if len(candidate) - skip >= 4 else None
                if decoded and self._holds_secret(decoded):
                    return token[:start] + MASK if start else MASK
        return token

    def scrub(self, text: str) -> str:
        if not self.secrets or not text:
            return text
        if self._pattern is not None:
            text = self._pattern.sub(MASK, text)
        text = _RUN.sub(self._token, text)
        return _TOKEN.sub(self._token, text)

    __call__ = scrub

    def data(self, value: Any) -> Any:
        """The same for JSON-like data: every string in it, keys included."""
        if not self.secrets:
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, dict):
            return {self.data(k): self.data(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.data(v) for v in value]
        return value
