"""HTTP authentication challenges (RFC 7235 section 4.1, `WWW-Authenticate`): which sign-in
schemes a server asks for (Basic, Bearer, NTLM, Negotiate, ...) and their parameters.

    challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
    auth-param  = token BWS "=" BWS ( token / quoted-string )

One header field may hold several challenges, and commas separate both the challenges and
a challenge's parameters: an element `name=value` belongs to the challenge before it, a bare
token starts a new one. Servers get this wrong in every way, so the parser is lenient where
meaning is still clear (unquoted URLs as values, stray commas) and skips, with a note, what
is not; it never raises and is bounded in size. Pure: bytes or text in, values out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

MAX_FIELD_CHARS = 16 * 1024  # one header field; real ones are well under 2 KiB
MAX_CHALLENGES = 32
MAX_PARAMS = 32

_TCHAR = frozenset("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TOKEN68 = frozenset("-._~+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_OWS = " \t"


@dataclass(frozen=True)
class Challenge:
    """One challenge: `scheme` in lower case (schemes are case-insensitive), a `token68`
    (NTLM and Negotiate carry their blobs that way) or parameters (names in lower case,
    the first of a repeated name kept)."""

    scheme: str
    token68: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.params if k == wanted), None)

    @property
    def realm(self) -> str | None:
        return self.param("realm")


@dataclass(frozen=True)
class Challenges:
    """Every challenge of a response, in order; `problems`: what was skipped and why (short
    codes for support staff: control-character, too-long, unterminated-quote, junk,
    param-without-scheme, too-many)."""

    challenges: tuple[Challenge, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def schemes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.scheme for c in self.challenges))

    def offers(self, scheme: str) -> bool:
        return scheme.lower() in self.schemes

    def first(self, scheme: str) -> Challenge | None:
        wanted = scheme.lower()
        return next((c for c in self.challenges if c.scheme == wanted), None)


def parse_challenges(fields: "str | bytes | Iterable[str | bytes] | None") -> Challenges:
    """The challenges of one or more `WWW-Authenticate` field values (as a response carries
    them, each its own field). Bytes are read as ISO-8859-1, HTTP's historic charset; a
    field with a control character (CR, LF, NUL, ...) is dropped whole, since it can only
    be an attempt to smuggle something in."""
    if fields is None:
        return Challenges()
    values = [fields] if isinstance(fields, (str, bytes, bytearray)) else list(fields)
    found: list[Challenge] = []
    problems: list[str] = []
    for value in values:
        text = bytes(value).decode("latin-1") if isinstance(value, (bytes, bytearray)) else str(value)
        if len(text) > MAX_FIELD_CHARS:
            problems.append("too-long")
            continue
        if any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in text):
            problems.append("control-character")
            continue
        _Field(text, found, problems).parse()
    return Challenges(tuple(found), tuple(dict.fromkeys(problems)))


class _Field:
    """One field value, read left to right; adds to `found` and `problems`."""

    def __init__(self, text: str, found: list[Challenge], problems: list[str]) -> None:
        self.s, self.i = text, 0
        self.found, self.problems = found, problems
        self.scheme: str | None = None  # the challenge being read
        self.token68: str | None = None
        self.params: list[tuple[str, str]] = []

    # -- reading ---------------------------------------------------------------------------
    def _peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def _skip_ows(self) -> None:
        while self._peek() and self._peek() in _OWS:
            self.i += 1

    def _run(self, allowed: frozenset[str]) -> str:
        start = self.i
        while self._peek() and self._peek() in allowed:
            self.i += 1
        return self.s[start:self.i]

    def _quoted(self) -> str | None:
        """A quoted-string at the position (its opening quote), unescaped; None when it
        never ends (the rest of the field is then unreadable)."""
        assert self._peek() == '"'
        self.i += 1
        out: list[str] = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\" and self.i + 1 < len(self.s):
                out.append(self.s[self.i + 1])
                self.i += 2
            elif c == '"':
                self.i += 1
                return "".join(out)
            else:
                out.append(c)
                self.i += 1
        return None

    def _skip_element(self) -> None:
        """On to the next comma outside quotes (what could not be read is dropped)."""
        while self.i < len(self.s) and self.s[self.i] != ",":
            if self.s[self.i] == '"':
                if self._quoted() is None:
                    return
            else:
                self.i += 1

    def _value(self) -> str | None:
        """token / quoted-string; leniently, any unquoted run up to a comma or space (URLs
        such as authorization_uri=https://... are sent unquoted by some servers)."""
        if self._peek() == '"':
            return self._quoted()
        start = self.i
        while self._peek() and self._peek() not in ', \t"':
            self.i += 1
        return self.s[start:self.i] or None

    # -- the challenges --------------------------------------------------------------------
    def _finish(self) -> None:
        if self.scheme is not None:
            if len(self.found) >= MAX_CHALLENGES:
                self.problems.append("too-many")
            else:
                self.found.append(Challenge(self.scheme, self.token68, tuple(self.params)))
        self.scheme, self.token68, self.params = None, None, []

    def _add_param(self, name: str, value: str) -> None:
        key = name.lower()
        if len(self.params) >= MAX_PARAMS:
            self.problems.append("too-many")
        elif all(k != key for k, _ in self.params):
            self.params.append((key, value))

    def _end_of_element(self) -> bool:
        """After an element: only spaces, then a comma or the end."""
        self._skip_ows()
        if self._peek() in ("", ","):
            return True
        self.problems.append("junk")
        self._skip_element()
        return False

    def _try_param(self) -> bool:
        """`name BWS = BWS value` at the position: read it into the current challenge."""
        start = self.i
        name = self._run(_TCHAR)
        self._skip_ows()
        if not name or self._peek() != "=":
            self.i = start
            return False
        self.i += 1
        self._skip_ows()
        if self._peek() in ("", ",", "="):
            self.i = start  # "abc=" or "abc==": a token68 with padding, not a parameter
            return False
        value = self._value()
        if value is None:
            self.problems.append("unterminated-quote")
            self.i = len(self.s)
            return True
        self._add_param(name, value)
        self._end_of_element()
        return True

    def _try_token68(self) -> bool:
        start = self.i
        self._run(_TOKEN68)
        if self.i == start:
            return False
        while self._peek() == "=":
            self.i += 1
        blob = self.s[start:self.i]
        self._skip_ows()
        if self._peek() in ("", ","):
            self.token68 = blob
            return True
        self.i = start
        return False

    def parse(self) -> None:
        while self.i < len(self.s):
            self._skip_ows()
            if self._peek() == ",":
                self.i += 1
                continue
            if not self._peek():
                break
            if self.scheme is not None and self._try_param():
                continue
            token = self._run(_TCHAR)
            if not token:
                self.problems.append("junk")
                self._skip_element()
                continue
            if self._peek() == "=" or (self._peek() in _OWS and self.s[self.i:].lstrip(_OWS).startswith("=")):
                # a parameter with no challenge before it: nothing to give it to
                self.problems.append("param-without-scheme")
                self._finish()
                self._skip_element()
                continue
            self._finish()
            self.scheme = token.lower()
            if self._peek() in ("", ","):
                continue
            if self._peek() not in _OWS:
                self.problems.append("junk")
                self.scheme = None
                self._skip_element()
                continue
            self._skip_ows()
            if self._peek() in ("", ","):
                continue
            if self._try_param():
                continue
            if self._try_token68():
                continue
            self.problems.append("junk")
            self._skip_element()
        self._finish()
