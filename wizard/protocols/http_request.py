"""HTTP/1.1's request side, without I/O: a request becomes bytes (`serialise`). Apart from
the response's reader (wizard.protocols.http), so that a command's first request can be
written before anything of the reading is loaded. Values are refused when they hold a control
character (`UnsafeValue`), so nothing learned from the network can add a header line or a
second request."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.protocols.unsafe import UnsafeValue

# RFC 9110 § 5.6.2: a token (method, header name)
_TCHAR = frozenset(b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# -- the request ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    method: str
    target: str  # origin-form: "/path?query"
    host: str  # the Host header: name[:port]
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None


def _token(value: str, field_name: str) -> bytes:
    raw = value.encode("ascii", errors="replace")
    if not raw or any(b not in _TCHAR for b in raw):
        raise UnsafeValue(field_name)
    return raw


def _field_value(value: str, field_name: str) -> bytes:
    """A header value: visible characters, spaces and tabs; latin-1 as HTTP's historic charset."""
    if any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in value):
        raise UnsafeValue(field_name)
    try:
        return value.strip(" \t").encode("latin-1")
    except UnicodeEncodeError:
        raise UnsafeValue(field_name) from None


def serialise(request: Request) -> bytes:
    """The request's bytes: request line, Host, the headers as given, Content-Length for a
    body (and for a POST or PUT without one), `Connection: close`. UnsafeValue when any part
    would break the message's framing."""
    method = _token(request.method, "method")
    target = request.target.encode("ascii", errors="replace")
    if not target or not (target.startswith(b"/") or target == b"*") or any(b <= 0x20 or b >= 0x7F for b in target):
        raise UnsafeValue("request target")
    lines = [method + b" " + target + b" HTTP/1.1", b"Host: " + _field_value(request.host, "Host")]
    if not request.host.strip():
        raise UnsafeValue("Host")
    framing = {"host", "content-length", "transfer-encoding", "connection"}
    for name, value in request.headers:
        if name.lower() in framing:  # ours to write: a caller's copy could contradict the body
            raise UnsafeValue(f"header {name!r}")
        lines.append(_token(name, "header name") + b": " + _field_value(value, f"header {name!r}"))
    body = request.body
    if body is not None or request.method.upper() in ("POST", "PUT", "PATCH"):
        lines.append(b"Content-Length: " + str(len(body or b"")).encode())
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + (body or b"")
