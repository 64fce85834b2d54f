"""prefs.js as a list of lines: user_pref lines are understood, everything else is kept verbatim.

Only the lines whose value we change are rewritten; new preferences are appended. That keeps
every other account, comment and unknown construct exactly as Thunderbird (or a person) left it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PrefValue = str | int | bool

_USER_PREF = re.compile(
    r'^\s*user_pref\s*\(\s*"(?P<name>(?:[^"\\]|\\.)*)"\s*,\s*(?P<value>"(?:[^"\\]|\\.)*"|-?\d+|true|false)\s*\)\s*;\s*$'
)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "'": "'", "/": "/", "b": "\b", "f": "\f", "0": "\0"}


def _unescape(body: str) -> str | None:
    """A JS string body back to text; None when it uses an escape we do not understand."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            return None
        e = body[i + 1]
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2 : i + 6]):
            out.append(chr(int(body[i + 2 : i + 6], 16)))
            i += 6
        elif e == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", body[i + 2 : i + 4]):
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        else:
            return None
    return "".join(out)


def escape(text: str) -> str:
    """Text as a JS string literal body, the way Thunderbird writes it."""
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return "".join(c if c >= " " or c in "\\" else f"\\u{ord(c):04x}" for c in out)


def format_value(value: PrefValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return f'"{escape(value)}"'


def format_line(name: str, value: PrefValue) -> str:
    return f'user_pref("{escape(name)}", {format_value(value)});'


def parse_line(line: str) -> tuple[str, PrefValue] | None:
    """(name, value) for a user_pref line we fully understand, else None (kept verbatim)."""
    m = _USER_PREF.match(line)
    if not m:
        return None
    name = _unescape(m.group("name"))
    raw = m.group("value")
    if name is None:
        return None
    if raw.startswith('"'):
        text = _unescape(raw[1:-1])
        return None if text is None else (name, text)
    if raw in ("true", "false"):
        return name, raw == "true"
    return name, int(raw)


@dataclass
class PrefsFile:
    """Editable prefs.js. `lines` hold text without line endings; `newline` is kept as found."""

    lines: list[str] = field(default_factory=list)
    newline: str = "\n"
    final_newline: bool = True
    _index: dict[str, int] = field(default_factory=dict, repr=False)
    changed: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def parse(cls, data: bytes) -> "PrefsFile":
        # surrogateescape: any byte that is not UTF-8 survives the round trip unchanged
        text = data.decode("utf-8", errors="surrogateescape")
        newline = "\r\n" if "\r\n" in text else "\n"
        if not text:
            lines, final = [], True
        elif text.endswith(newline):
            lines, final = text[: -len(newline)].split(newline), True
        else:
            lines, final = text.split(newline), False
        prefs = cls(lines, newline, final)
        prefs._reindex()
        return prefs

    def _reindex(self) -> None:
        self._index = {}
        for i, line in enumerate(self.lines):
            parsed = parse_line(line)
            if parsed is not None:
                self._index[parsed[0]] = i  # the last one wins, as in Thunderbird

    def to_bytes(self) -> bytes:
        text = self.newline.join(self.lines)
        if self.final_newline and self.lines:
            text += self.newline
        return text.encode("utf-8", errors="surrogateescape")

    def get(self, name: str, default: PrefValue | None = None) -> PrefValue | None:
        i = self._index.get(name)
        if i is None:
            return default
        parsed = parse_line(self.lines[i])
        return parsed[1] if parsed else default

    def get_str(self, name: str) -> str:
        value = self.get(name)
        return value if isinstance(value, str) else ""

    def names(self) -> list[str]:
        return list(self._index)

    def set(self, name: str, value: PrefValue) -> None:
        """Rewrite the line that holds `name` (only when the value differs), or append one."""
        i = self._index.get(name)
        if i is not None:
            if self.get(name) == value and type(self.get(name)) is type(value):
                return
            self.lines[i] = format_line(name, value)
        else:
            self.lines.append(format_line(name, value))
            self._index[name] = len(self.lines) - 1
        self.changed.add(name)

    def numbers(self, prefix: str, word: str) -> set[int]:
        """N for every pref named prefix + word + N + '.' (e.g. mail.server. server 3 .type)."""
        pattern = re.compile(re.escape(prefix + word) + r"(\d+)(?:\.|$)")
        found: set[int] = set()
        for name in self._index:
            m = pattern.match(name)
            if m:
                found.add(int(m.group(1)))
        return found
