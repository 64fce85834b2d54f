"""The world's web: HTTP (80) and HTTPS (443) on each web host's own address, serving routes
that tests register at run time (autoconfig XML, Autodiscover, ISPDB, redirects, hostile
answers). Every request is logged so a test can prove what a client sent, and where.
"""

from __future__ import annotations

import copy
import socket
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable, Union
from urllib.parse import urlsplit

from .certs import CertPair, Certs


@dataclass(frozen=True)
class Request:
    """One request as the world's web server saw it."""

    scheme: str  # "http" or "https"
    ip: str  # the server address it arrived on
    host: str  # Host header without port, lower case
    sni: str | None
    method: str
    path: str  # without the query
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    @property
    def has_credentials(self) -> bool:
        """Whether this request carried an Authorization header or a password-looking body."""
        return self.header("Authorization") is not None or b"password" in self.body.lower()


@dataclass(frozen=True)
class Response:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    host: str
    path: str
    method: str
    schemes: tuple[str, ...]
    response: Union[Response, Handler]


@dataclass(frozen=True)
class TlsFailure:
    """A TLS handshake that failed on our side (e.g. the client refused our certificate)."""

    ip: str
    sni: str | None
    error: str


@dataclass
class WebState:
    """Routes and per-host certificates: what a test may change and the fixture restores."""

    routes: dict[tuple[str, str, str, str], Route] = field(default_factory=dict)
    certs: dict[str, CertPair] = field(default_factory=dict)


def _content_type(body: bytes) -> str:
    head = body.lstrip()[:200].lower()
    if head.startswith(b"<?xml") or head.startswith(b"<clientconfig") or head.startswith(b"<autodiscover"):
        return "application/xml"
    if head.startswith(b"{") or head.startswith(b"["):
        return "application/json"
    return "text/plain; charset=utf-8"


class Web:
    """Routes, certificates per host, listeners per address, and the request log."""

    def __init__(self, certs: Certs, resolve: Callable[[str], str]) -> None:
        self._certs = certs
        self._resolve = resolve  # host name -> the address its listeners use
        self._state = WebState()
        self._lock = threading.Lock()
        self._servers: dict[tuple[str, int], ThreadingHTTPServer] = {}
        self._contexts: dict[str, ssl.SSLContext] = {}
        self.requests: list[Request] = []
        self.tls_failures: list[TlsFailure] = []

    # -- routes --------------------------------------------------------------------------------
    def add(
        self,
        host: str,
        path: str,
        body: str | bytes | Handler = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        method: str = "GET",
        schemes: Iterable[str] = ("https", "http"),
        content_type: str | None = None,
    ) -> Route:
        """Serve ``body`` for ``method host path`` (query ignored) on the given schemes.

        ``body`` may be a function ``Request -> Response`` for answers that depend on the request.
        The host gets an address (and A record) of its own if it has none yet.
        """
        host = host.lower().rstrip(".")
        schemes = tuple(schemes)
        if callable(body):
            response: Union[Response, Handler] = body
        else:
            raw = body.encode() if isinstance(body, str) else body
            hdrs = dict(headers or {})
            hdrs.setdefault("Content-Type", content_type or _content_type(raw))
            response = Response(status, raw, tuple(hdrs.items()))
        route = Route(host, path, method.upper(), schemes, response)
        with self._lock:
            for scheme in schemes:
                self._state.routes[(scheme, host, route.method, path)] = route
        self.listen(self._resolve(host))
        return route

    def redirect(self, host: str, path: str, location: str, status: int = 302, method: str = "GET",
                 schemes: Iterable[str] = ("https", "http")) -> Route:
        """Answer with a redirect to ``location`` (e.g. https -> http for hostile tests)."""
        return self.add(host, path, b"", status=status, headers={"Location": location},
                        method=method, schemes=schemes, content_type="text/plain")

    def remove(self, host: str, path: str | None = None) -> None:
        """Drop the routes of ``host`` (all, or those for ``path``)."""
        host = host.lower().rstrip(".")
        with self._lock:
            for key in [k for k in self._state.routes if k[1] == host and (path is None or k[3] == path)]:
                del self._state.routes[key]

    def set_cert(self, host: str, pair: CertPair | None) -> None:
        """Serve ``pair`` to clients asking (by SNI) for ``host``; None: the valid default."""
        host = host.lower().rstrip(".")
        with self._lock:
            if pair is None:
                self._state.certs.pop(host, None)
            else:
                self._state.certs[host] = pair
        self.listen(self._resolve(host))

    # -- log -----------------------------------------------------------------------------------
    def requests_for(self, host: str | None = None, path: str | None = None,
                     scheme: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests
                    if (host is None or r.host == host.lower()) and (path is None or r.path == path)
                    and (scheme is None or r.scheme == scheme)]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.tls_failures.clear()

    def snapshot(self) -> WebState:
        with self._lock:
            return copy.copy(WebState(dict(self._state.routes), dict(self._state.certs)))

    def restore(self, state: WebState) -> None:
        with self._lock:
            self._state = WebState(dict(state.routes), dict(state.certs))
            self.requests.clear()
            self.tls_failures.clear()

    # -- serving -------------------------------------------------------------------------------
    def listen(self, ip: str) -> None:
        """Make sure ``ip`` answers on 80 and 443."""
        for port, tls in ((80, False), (443, True)):
            if (ip, port) in self._servers:
                continue
            server = _Server((ip, port), _RequestHandler, self, ip, tls)
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"world-web-{ip}:{port}", daemon=True)
            thread.start()
            self._servers[(ip, port)] = server

    @property
    def addresses(self) -> list[str]:
        return sorted({ip for ip, _ in self._servers})

    def stop(self) -> None:
        stoppers = [threading.Thread(target=s.shutdown) for s in self._servers.values()]
        for t in stoppers:  # in parallel: each shutdown waits up to one poll interval
            t.start()
        for t in stoppers:
            t.join()
        for server in self._servers.values():
            server.server_close()
        self._servers.clear()

    def _context(self, pair: CertPair) -> ssl.SSLContext:
        ctx = self._contexts.get(pair.label)
        if ctx is None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(pair.cert_file, pair.key_file)
            self._contexts[pair.label] = ctx
        return ctx

    def _cert_for(self, sni: str | None, ip: str) -> CertPair:
        with self._lock:
            if sni and sni.lower() in self._state.certs:
                return self._state.certs[sni.lower()]
        if sni:
            return self._certs.for_host(sni.lower())
        return self._certs.for_host(ip)  # no SNI: a certificate that matches no host name

    def _route(self, scheme: str, host: str, method: str, path: str) -> Route | None:
        with self._lock:
            return self._state.routes.get((scheme, host, method, path))

    def _log(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _tls_failed(self, failure: TlsFailure) -> None:
        with self._lock:
            self.tls_failures.append(failure)


def _host_only(value: str) -> str:
    """The Host header without its port, lower case ("[::1]:443" keeps its brackets)."""
    value = value.strip()
    if value.startswith("["):
        return value.split("]", 1)[0] + "]"
    return value.split(":", 1)[0].lower().rstrip(".")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type, web: Web, ip: str, tls: bool) -> None:
        self.web = web
        self.ip = ip
        self.tls = tls
        super().__init__(address, handler)
        if tls:
            base = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            default = web._cert_for(None, ip)
            base.load_cert_chain(default.cert_file, default.key_file)
            base.sni_callback = self._sni
            self.context = base

    def _sni(self, sock: ssl.SSLSocket, name: str | None, _ctx: ssl.SSLContext) -> None:
        sock.context = self.web._context(self.web._cert_for(name, self.ip))
        sock.world_sni = name  # type: ignore[attr-defined]

    def finish_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        request.settimeout(5)
        # As nginx does (tcp_nodelay on): the body goes out right behind the headers instead of
        # waiting for the client's delayed ACK (40 ms on Linux), which a real server never costs.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls:
            try:
                request = self.context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError) as exc:
                self.web._tls_failed(TlsFailure(self.ip, None, str(exc)))
                request.close()
                return
        super().finish_request(request, client_address)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up are part of the tests; no tracebacks on stderr


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        host = _host_only(self.headers.get("Host") or self.server.ip)
        scheme = "https" if self.server.tls else "http"
        request = Request(
            scheme=scheme, ip=self.server.ip, host=host,
            sni=getattr(self.connection, "world_sni", None), method=self.command,
            path=split.path, query=split.query, headers=tuple(self.headers.items()), body=body,
        )
        self.server.web._log(request)
        route = self.server.web._route(scheme, host, self.command, split.path)
        if route is None:
            response = Response(404, b"not found in the test world\n", (("Content-Type", "text/plain"),))
        elif callable(route.response):
            response = route.response(request)
        else:
            response = route.response
        self.send_response(response.status)
        for key, value in response.headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_DELETE = _serve
