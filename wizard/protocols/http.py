"""HTTP/1.1 for a client that asks one question per connection, without I/O: a request
becomes bytes (`serialise`), a response is read from bytes as they arrive (`ResponseReader`)
and comes out as events. Discovery and the doctor need no more than that: a few GETs and
POSTs to servers we do not trust, each on its own connection (`Connection: close`).

Everything a server sends is bounded: the status line and each header line, the number of
header fields and their total size, a chunk-size line, and the body. Whatever is not HTTP,
or breaks the framing (two different Content-Lengths, a chunk size that is not hex, a body
that ends early), is refused with `HttpError`, never guessed at: a response we cannot frame
exactly is a response we cannot trust. Values we write are refused when they hold a control
character (`UnsafeValue`), so nothing learned from the network can add a header line or a
second request.

How a body may end: at its Content-Length (fewer bytes: TRUNCATED); at the last chunk
(none: TRUNCATED); undone gzip/deflate at the compressed stream's own end (none: CODING);
or, with neither length nor chunks, at the close of the connection, which counts only when
the server meant it (`closed`: TLS's close_notify, or TCP's FIN over plain http) and not
when the connection was `cut` (a reset, or a FIN under TLS without close_notify: what a
truncation attack looks like). Plain http cannot tell a forged FIN from a real one; what it
fetches is discovery's lowest-ranked, unconfirmed source, and a reset is refused there too."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Iterator

from wizard.protocols.http_request import _TCHAR
from wizard.protocols.http_request import Request as Request, serialise as serialise  # the request's side, named here too

_HEX = frozenset(b"0123456789abcdefABCDEF")


@dataclass(frozen=True)
class Limits:
    """Bounds on what one response may make us hold. Real servers stay far below them (the
    longest header seen from a mail provider is a Content-Security-Policy of a few KiB)."""

    line: int = 16 * 1024  # the status line, one header line, one chunk-size line
    fields: int = 100  # header fields of one response (trailers counted with them)
    header_bytes: int = 64 * 1024  # every header (and trailer) byte of one response
    body: int = 16 * 1024 * 1024  # the body, after the chunked coding is removed
    interim: int = 10  # 1xx answers before the final one


class Problem(StrEnum):
    """Why a response was refused; the values are stable detail codes."""

    NOT_HTTP = "not-http"  # the first line is not an HTTP/1.x status line
    HEADER = "header"  # a header line that is not `name: value`
    LINE_TOO_LONG = "line-too-long"
    TOO_MANY_FIELDS = "too-many-fields"
    HEADERS_TOO_LARGE = "headers-too-large"
    LENGTH = "length"  # a Content-Length that is not one plain number
    CHUNK = "chunk"  # a chunk-size line or chunk end that breaks the coding
    BODY_TOO_LARGE = "body-too-large"
    TRUNCATED = "truncated"  # the connection ended inside the response
    NO_RESPONSE = "no-response"  # the connection ended before a single byte came back
    UPGRADE = "upgrade"  # 101 Switching Protocols, which we never ask for
    CODING = "coding"  # a gzip or deflate body that does not decompress


class HttpError(Exception):
    """A response that cannot be read as HTTP/1.1 within the limits."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


# -- headers -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Headers:
    """Header fields in the order received; names compared without regard to case."""

    fields: tuple[tuple[str, str], ...] = ()

    def get_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.fields if key.lower() == wanted]

    def get(self, name: str, default: str | None = None) -> str | None:
        """Every value of `name` joined by ", " (one field's worth, RFC 9110 § 5.3)."""
        values = self.get_all(name)
        return ", ".join(values) if values else default

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.get_all(name))

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.fields)


# -- the response --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Response:
    """The final status line and headers (1xx answers are read and skipped)."""

    status: int
    reason: str
    headers: Headers
    version: str = "HTTP/1.1"


@dataclass(frozen=True)
class Data:
    data: bytes


@dataclass(frozen=True)
class End:
    """The response is complete; nothing more belongs to it."""


Event = Response | Data | End


class _Phase(Enum):
    STATUS = "status"
    HEADERS = "headers"
    BODY_LENGTH = "body-length"
    CHUNK_SIZE = "chunk-size"
    CHUNK_DATA = "chunk-data"
    CHUNK_END = "chunk-end"  # the CRLF after a chunk's data
    TRAILERS = "trailers"
    BODY_CLOSE = "body-close"  # delimited by the end of the connection
    DONE = "done"


class ResponseReader:
    """Reads one response to a request made with `method`. Feed it bytes with `receive`
    and the end of the connection with `closed` (an end the server meant) or `cut` (one it
    may not have); each returns events or raises HttpError.
    Bytes after the response's end are ignored (the connection closes after it)."""

    def __init__(self, method: str = "GET", limits: Limits = Limits()) -> None:
        self.limits = limits
        self._head_only = method.upper() == "HEAD"
        self._buffer = bytearray()
        self._phase = _Phase.STATUS
        self._status: tuple[int, str, str] | None = None
        self._fields: list[tuple[str, str]] = []
        self._header_bytes = 0
        self._field_count = 0
        self._interim = 0
        self._left = 0  # bytes of the body (Content-Length) or the current chunk still due
        self._body = 0  # body bytes handed out so far
        self._seen = False  # any byte at all arrived

    @property
    def done(self) -> bool:
        return self._phase is _Phase.DONE

    @property
    def phase(self) -> str:
        return self._phase.value

    def receive(self, data: bytes) -> list[Event]:
        if self._phase is _Phase.DONE:
            return []
        if data:
            self._seen = True
        self._buffer += data
        events: list[Event] = []
        while not self.done and self._step(events):
            pass
        return events

    def closed(self) -> list[Event]:
        """The server ended the connection, as it meant to (TLS's close_notify; TCP's FIN in
        the clear): the end of a close-delimited body, else a response cut short."""
        if self._phase is _Phase.DONE:
            return []
        if self._phase is _Phase.BODY_CLOSE:
            self._phase = _Phase.DONE
            return [End()]
        return self.cut("the server closed the connection")

    def cut(self, why: str) -> list[Event]:
        """The connection ended in a way anyone in the path could forge (a reset; TCP's FIN
        under TLS without a close_notify): nothing read so far is known to be whole, not
        even a close-delimited body, so it is refused, never handed on as a document."""
        if self._phase is _Phase.DONE:
            return []
        if not self._seen:
            raise HttpError(Problem.NO_RESPONSE, f"{why} without answering")
        if self._phase is _Phase.BODY_CLOSE:
            raise HttpError(Problem.TRUNCATED, f"{why} before the body's end was confirmed")
        raise HttpError(Problem.TRUNCATED, f"{why} in the {self._phase.value}")

    # -- one step: False when more bytes are needed ----------------------------------------------
    def _step(self, events: list[Event]) -> bool:
        phase = self._phase
        if phase in (_Phase.STATUS, _Phase.HEADERS, _Phase.CHUNK_SIZE, _Phase.CHUNK_END, _Phase.TRAILERS):
            line = self._line()
            if line is None:
                return False
            if phase is _Phase.STATUS:
                self._status_line(line)
            elif phase in (_Phase.HEADERS, _Phase.TRAILERS):
                self._header_line(line, events)
            elif phase is _Phase.CHUNK_SIZE:
                self._chunk_size(line, events)
            else:
                if line:
                    raise HttpError(Problem.CHUNK, "a chunk's data is longer than its size says")
                self._phase = _Phase.CHUNK_SIZE
            return True
        if not self._buffer:
            return False
        if phase is _Phase.BODY_CLOSE:
            self._emit(bytes(self._buffer), events)
            self._buffer.clear()
            return False
        take = min(self._left, len(self._buffer))
        self._emit(bytes(self._buffer[:take]), events)
        del self._buffer[:take]
        self._left -= take
        if self._left == 0:
            if phase is _Phase.BODY_LENGTH:
                self._finish(events)
            else:
                self._phase = _Phase.CHUNK_END
        return True

    def _line(self) -> bytes | None:
        """The next line without its end (CRLF, or a bare LF as RFC 9112 § 2.2 allows)."""
        end = self._buffer.find(b"\n", 0, self.limits.line + 1)
        if end < 0:
            if len(self._buffer) > self.limits.line:
                raise HttpError(Problem.LINE_TOO_LONG, f"more than {self.limits.line} bytes without a line end")
            return None
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        if self._phase in (_Phase.HEADERS, _Phase.TRAILERS):
            self._header_bytes += end + 1
            if self._header_bytes > self.limits.header_bytes:
                raise HttpError(Problem.HEADERS_TOO_LARGE, f"more than {self.limits.header_bytes} bytes of header")
        return line[:-1] if line.endswith(b"\r") else line

    def _status_line(self, line: bytes) -> None:
        parts = line.split(b" ", 2)
        version = parts[0]
        if len(parts) < 2 or not version.startswith(b"HTTP/1.") or len(version) != 8 or not version[7:].isdigit():
            raise HttpError(Problem.NOT_HTTP, repr(line[:40]))
        code = parts[1]
        if len(code) != 3 or not code.isdigit():
            raise HttpError(Problem.NOT_HTTP, f"status {code[:10]!r}")
        text = _text(parts[2].strip(b" \t") if len(parts) > 2 else b"")
        if text is None:
            raise HttpError(Problem.NOT_HTTP, "a control character in the reason phrase")
        status = int(code)
        if status < 100:
            raise HttpError(Problem.NOT_HTTP, f"status {status}")
        self._status = (status, text, version.decode("ascii"))
        self._fields = []
        self._phase = _Phase.HEADERS

    def _header_line(self, line: bytes, events: list[Event]) -> None:
        if not line:
            if self._phase is _Phase.TRAILERS:
                self._finish(events)
            else:
                self._headers_done(events)
            return
        if line[:1] in (b" ", b"\t"):  # obs-fold (RFC 9112 § 5.2): one value, continued
            if self._phase is _Phase.TRAILERS:
                return
            if not self._fields:
                raise HttpError(Problem.HEADER, "a continuation line before any field")
            last, value = self._fields[-1]
            self._fields[-1] = (last, f"{value} {_value(line)}".strip())
            return
        name, colon, rest = line.partition(b":")
        if not colon or not name or any(b not in _TCHAR for b in name):
            raise HttpError(Problem.HEADER, repr(line[:40]))
        self._field_count += 1
        if self._field_count > self.limits.fields:
            raise HttpError(Problem.TOO_MANY_FIELDS, f"more than {self.limits.fields} header fields")
        if self._phase is _Phase.HEADERS:  # trailers are read and dropped: nothing here needs them
            self._fields.append((name.decode("ascii"), _value(rest)))

    def _headers_done(self, events: list[Event]) -> None:
        assert self._status is not None
        status, reason, version = self._status
        headers = Headers(tuple(self._fields))
        if 100 <= status < 200:
            if status == 101:
                raise HttpError(Problem.UPGRADE, "the server switched protocols unasked")
            self._interim += 1
            if self._interim > self.limits.interim:
                raise HttpError(Problem.TOO_MANY_FIELDS, f"more than {self.limits.interim} interim answers")
            self._phase = _Phase.STATUS  # 1xx: the real answer follows
            return
        events.append(Response(status, reason, headers, version))
        if self._head_only or status in (204, 304):
            self._finish(events)
            return
        codings = [c.strip().lower() for v in headers.get_all("transfer-encoding") for c in v.split(",") if c.strip()]
        if codings:  # RFC 9112 § 6.3: it overrides any Content-Length
            if codings[-1] == "chunked":
                if codings.count("chunked") > 1 or len(codings) > 1:
                    raise HttpError(Problem.CHUNK, f"transfer codings {codings!r} (only chunked is read)")
                self._phase = _Phase.CHUNK_SIZE
            else:
                self._phase = _Phase.BODY_CLOSE
            return
        lengths = {v.strip() for value in headers.get_all("content-length") for v in value.split(",")}
        if lengths:
            if len(lengths) != 1:
                raise HttpError(Problem.LENGTH, f"Content-Length {sorted(lengths)!r}")
            (text,) = lengths
            if not text.isdigit() or not text.isascii() or len(text) > 18:
                raise HttpError(Problem.LENGTH, f"Content-Length {text[:20]!r}")
            length = int(text)
            if length > self.limits.body:
                raise HttpError(Problem.BODY_TOO_LARGE, f"Content-Length {length} is above {self.limits.body}")
            if length == 0:
                self._finish(events)
                return
            self._left = length
            self._phase = _Phase.BODY_LENGTH
            return
        self._phase = _Phase.BODY_CLOSE

    def _chunk_size(self, line: bytes, events: list[Event]) -> None:
        size_text = line.split(b";", 1)[0].strip(b" \t")
        if not size_text or len(size_text) > 16 or any(b not in _HEX for b in size_text):
            raise HttpError(Problem.CHUNK, f"chunk size {line[:20]!r}")
        size = int(size_text, 16)
        if size == 0:
            self._phase = _Phase.TRAILERS
            return
        if self._body + size > self.limits.body:
            raise HttpError(Problem.BODY_TOO_LARGE, f"the body grows beyond {self.limits.body} bytes")
        self._left = size
        self._phase = _Phase.CHUNK_DATA

    def _emit(self, data: bytes, events: list[Event]) -> None:
        if not data:
            return
        self._body += len(data)
        if self._body > self.limits.body:
            raise HttpError(Problem.BODY_TOO_LARGE, f"the body grows beyond {self.limits.body} bytes")
        events.append(Data(data))

    def _finish(self, events: list[Event]) -> None:
        self._phase = _Phase.DONE
        self._buffer.clear()
        events.append(End())


# -- content codings -----------------------------------------------------------------------------
_DECODABLE = frozenset({"gzip", "x-gzip", "deflate", "identity"})


class BodyDecoder:
    """Undoes a body's gzip or deflate Content-Encoding, within the body limit. We never ask
    for one (no Accept-Encoding), but a static file host may serve a stored .gz as it is;
    httpx undid it, so callers got the document. The cap is on what comes out, so a small
    body that inflates to gigabytes is refused as it grows, not held. Codings we do not
    know leave the body as it is (a parser then says it is not a document), as httpx did."""

    def __init__(self, headers: Headers, limits: Limits = Limits()) -> None:
        codings = [c.strip().lower() for v in headers.get_all("content-encoding") for c in v.split(",") if c.strip()]
        known = bool(codings) and all(c in _DECODABLE for c in codings)
        self._stages = [zlib.decompressobj(wbits=47) for c in reversed(codings) if c != "identity"] if known else []  # 47: zlib or gzip header
        self._limit = limits.body
        self._out = 0
        self._fed = False

    @property
    def active(self) -> bool:
        return bool(self._stages)

    def feed(self, data: bytes) -> bytes:
        self._fed = self._fed or bool(data)
        for stage in self._stages:
            data = self._inflate(stage, data)
        return data

    def end(self) -> bytes:
        """What is left; HttpError when a coded body stopped before its end (an empty
        body, as a redirect or a 404 may have, is no coded body at all)."""
        data = b""
        if not self._fed:
            return data
        for stage in self._stages:
            data = self._inflate(stage, data)
            try:
                data += self._counted(stage.flush())
            except zlib.error as exc:
                raise HttpError(Problem.CODING, str(exc)) from None
            if not stage.eof:
                raise HttpError(Problem.CODING, "the compressed body ends early")
        return data

    def _counted(self, piece: bytes) -> bytes:
        self._out += len(piece)
        if self._out > self._limit:
            raise HttpError(Problem.BODY_TOO_LARGE, f"the body decompresses beyond {self._limit} bytes")
        return piece

    def _inflate(self, stage: "zlib._Decompress", data: bytes) -> bytes:
        out: list[bytes] = []
        try:
            while data:
                piece = stage.decompress(data, 64 * 1024)
                data = stage.unconsumed_tail
                out.append(self._counted(piece))
        except zlib.error as exc:
            raise HttpError(Problem.CODING, str(exc)) from None
        return b"".join(out)


def _value(raw: bytes) -> str:
    """A field value without surrounding white space; a control character (other than a tab)
    refuses the whole response, since it can only be an attempt to smuggle something in."""
    text = _text(raw.strip(b" \t"))
    if text is None:
        raise HttpError(Problem.HEADER, "a control character in a field value")
    return text


def _text(raw: bytes) -> str | None:
    """Bytes of a field value or reason phrase as text: UTF-8 where they are UTF-8 (a
    Location naming an internationalised host, a realm in the provider's language), else
    Latin-1, HTTP's historic charset. None when the text holds a control character: C0
    (but the tab) and DEL, and also C1 (NEL, the 8-bit CSI) and the Unicode line and
    paragraph separators, which start a new line or a terminal escape in the reports and
    lines these values may reach."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if any((c < "\x20" and c != "\t") or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029" for c in text):
        return None
    return text
