"""A command's opening: the DNS questions, TCP connections and ClientHellos of its run's
first connections, sent before asyncio is even imported.

Importing asyncio, the network context and the engine costs a command tens of
milliseconds before its event loop can send anything, and the provider is round trips
away. So the head start's first moves begin here, in a thread of their own on a plain
selector, with nothing but `socket`, `ssl` and the DNS codec: for each https URL the run is
bound to open (wizard.discovery.first) its name is asked of the run's own nameservers (A
and AAAA, as `NetContext.addresses` asks them), a TCP connection is opened to its first
address, and the TLS session's ClientHello, made while the name was being looked up, is
written. Nothing more: no certificate is judged here and no request is sent. The head
start's event loop then carries each session on (wizard.net.head, `Stream.carry_tls`)
once the run's authorities are loaded, with the run's own deadline and patience.

It is strictly less than the normal path: one question to the first nameserver, over UDP,
no resend; the first address only. Whatever does not go exactly right (a lost or truncated
reply, an error code, a refused or failed connection, a name that cannot be asked) ends
its target with None, and the run opens that connection itself, as it always has, and
meets and reports the problem in its usual words."""

from __future__ import annotations

import errno
import os
import selectors
import socket
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from wizard.net.nameservers import DnsServer
from wizard.net.tls import TlsSession
from wizard.protocols.dns import AAAA, A, BadName, MalformedMessage, NotOurReply, Question, Rcode, RType, encode_query, make_question, parse_reply

DNS_WAIT = 1.0  # the resolver resends an unanswered question after this long (wizard.net.dns.RESEND): the opening gives up instead
MAX_REPLY = 65535
# While the opening runs the interpreter changes hands at least this often (see wizard.net.head).
SWITCH_INTERVAL = 0.0001
# The command's thread gives way until the opening has rested this long (it waits for the
# network: a nameserver or a server further away than the next import), at most
# GIVE_WAY_BUDGET in all. A rest that ends sooner (the answer of a nameserver next door, a
# connection to a host that answers at once) is the opening's next move, which goes first.
QUIET = 0.002
GIVE_WAY_BUDGET = 0.015


@dataclass(frozen=True)
class Opened:
    """One connection opened: its socket (connected, non-blocking), the address it went to
    (the first of its name's), how long the TCP connection took, and the TLS session whose
    ClientHello is written (None for plain http)."""

    sock: socket.socket
    address: str
    ms: float
    session: TlsSession | None


class Target:
    """One connection the opening makes: it settles on `Opened`, or on None when the opening
    did not get there (the run then opens it itself). Handed out once (`Opening.take`).
    (No concurrent.futures Future: that module and its logging are not yet imported when
    the opening begins.)"""

    def __init__(self, host: str, port: int, tls: bool) -> None:
        self.host, self.port, self.tls = host, port, tls
        self._lock = threading.Lock()
        self._settled = threading.Event()
        self._opened: Opened | None = None
        self._callbacks: list[Callable[[], None]] = []
        self._abandoned = False
        self.sock: socket.socket | None = None
        self.address: str | None = None
        self.started = 0.0
        self.session: TlsSession | None = None  # made, its ClientHello in `hello`, while the name is looked up
        self.hello = b""

    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    def opened(self) -> Opened | None:
        """What it settled on (None before, too)."""
        return self._opened

    def wait(self, timeout: float | None = None) -> Opened | None:
        """What it settled on, waiting up to `timeout` (for tests: a run waits on its loop, `when_settled`)."""
        self._settled.wait(timeout)
        return self._opened

    def when_settled(self, callback: Callable[[], None]) -> None:
        """Call `callback` once it has settled (now, when it has; else from the opening's thread)."""
        with self._lock:
            if not self._settled.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def settle(self, opened: Opened | None) -> None:
        """The opening's end for this target (its thread only)."""
        with self._lock:
            if self._abandoned or self._settled.is_set():
                if opened is not None:
                    opened.sock.close()
                return
            self._opened = opened
            self._settled.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def abandon(self) -> None:
        """Nobody will use it: its connection, open or not, is closed now or when it opens."""
        with self._lock:
            self._abandoned = True
            opened = self._opened
        if opened is not None:
            opened.sock.close()


class Opening:
    """Begun by `begin`; each target handed out once by `take`; `close` ends it and closes
    whatever nobody took."""

    def __init__(self, targets: tuple[Target, ...], servers: tuple[DnsServer, ...], context: ssl.SSLContext | None, budget: float) -> None:
        self.targets = targets
        self.servers = servers
        self.context = context
        self.until = time.monotonic() + budget
        self.switch_before = sys.getswitchinterval()
        self._switch_ours = False  # the interval is ours to give back (until a head start takes it over)
        self._taken: set[int] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self._rested: float | None = None  # since when its thread waits for the network (None: at work)
        self._ended = False
        self._way = GIVE_WAY_BUDGET
        self._owner = threading.get_ident()
        self._thread: threading.Thread | None = None

    @classmethod
    def begin(cls, urls: tuple[str, ...], servers: tuple[DnsServer, ...], context: ssl.SSLContext | None, budget: float) -> "Opening":
        """Start, in a thread of its own, the connections of `urls` (one each, as the head
        start warms one each; https ones only with a `context` to write their ClientHello
        with). A name is asked once for all its URLs."""
        targets: list[Target] = []
        for url in urls:
            where = _where(url)
            if where is None or (where[2] and context is None):
                continue
            targets.append(Target(*where))
        opening = cls(tuple(targets), servers, context, budget)
        sys.setswitchinterval(min(opening.switch_before, SWITCH_INTERVAL))
        opening._switch_ours = True
        opening._thread = threading.Thread(target=opening._run, name="opening", daemon=True)
        opening._thread.start()
        return opening

    # -- the command's side ------------------------------------------------------------
    def take(self, host: str, port: int) -> Target | None:
        """A target for a connection to `host`:`port` (the next of them), once; None when
        there is none left."""
        with self._lock:
            for target in self.targets:
                if target.host == host and target.port == port and id(target) not in self._taken:
                    self._taken.add(id(target))
                    return target
        return None

    def hand_over_switch(self) -> float:
        """The interpreter's switch interval from before the opening, for the head start that
        carries it on to give back when its run ends (the opening no longer does)."""
        self._switch_ours = False
        return self.switch_before

    def give_way(self) -> None:
        """For the thread that began it: wait while the opening has work, until it has
        waited for the network for QUIET (within GIVE_WAY_BUDGET in all). Anywhere else,
        nothing."""
        if self._way <= 0 or threading.get_ident() != self._owner:
            return
        begun = time.monotonic()
        until = begun + self._way
        with self._changed:
            while not self._ended:
                now = time.monotonic()
                if now >= until:
                    break
                rested = self._rested
                if rested is not None and now - rested >= QUIET:
                    break
                self._changed.wait(min(until, rested + QUIET) - now if rested is not None else until - now)
        self._way -= time.monotonic() - begun

    def _rest(self, resting: bool) -> None:
        with self._changed:
            self._rested = time.monotonic() if resting else None
            self._changed.notify_all()

    def close(self) -> None:
        """End the opening; every target nobody took is closed. Idempotent, and it does not
        wait: the opening's thread notices within a select's timeout and closes what it
        still holds."""
        self._stop.set()
        if self._switch_ours:
            self._switch_ours = False
            sys.setswitchinterval(self.switch_before)
        with self._lock:
            left = [t for t in self.targets if id(t) not in self._taken]
            self._taken.update(id(t) for t in left)
        for target in left:
            target.abandon()

    # -- its own thread ----------------------------------------------------------------
    def _run(self) -> None:
        selector = selectors.DefaultSelector()
        try:
            self._serve(selector)
        except Exception:  # noqa: BLE001 - whatever went wrong, the run opens its connections itself
            pass
        finally:
            for key in list(selector.get_map().values()):  # questions unanswered, connections not yet open
                if isinstance(key.fileobj, socket.socket):
                    key.fileobj.close()
            selector.close()
            for target in self.targets:
                if not target.settled:
                    target.settle(None)
            with self._changed:
                self._ended = True
                self._changed.notify_all()

    def _serve(self, selector: selectors.BaseSelector) -> None:
        hosts: dict[str, _Lookup] = {}
        for target in self.targets:
            if target.host not in hosts:
                lookup = _Lookup(target.host)
                hosts[target.host] = lookup
                if not lookup.ask(self.servers, selector):
                    lookup.failed = True
        self._prepare_hellos()
        for lookup in hosts.values():
            if lookup.failed or lookup.literal is not None:
                self._connect_all(lookup, selector)
        while not self._stop.is_set() and any(not t.settled for t in self.targets):
            now = time.monotonic()
            if now >= self.until:
                return
            for lookup in hosts.values():
                if lookup.waiting() and now >= lookup.asked + DNS_WAIT:
                    lookup.give_up(selector)
                    self._connect_all(lookup, selector)
            self._rest(True)
            try:
                events = selector.select(min(0.05, self.until - now))
            finally:
                self._rest(False)
            for key, _ in events:
                owner = key.data
                if isinstance(owner, _Lookup):
                    if owner.receive(key.fileobj, selector):  # type: ignore[arg-type]
                        self._connect_all(owner, selector)
                elif isinstance(owner, Target):
                    selector.unregister(key.fileobj)
                    self._opened(owner)

    def _prepare_hellos(self) -> None:
        """Each https target's session made and its ClientHello written into memory while
        the questions travel (the process's first session costs OpenSSL a millisecond or two
        of setting up): nothing of it goes anywhere before its connection is open, and a
        name that does not resolve drops it unsent. A session that cannot be made leaves
        its target to be settled on None when it connects."""
        for target in self.targets:
            if not target.tls or self._stop.is_set():
                continue
            try:
                assert self.context is not None
                session = TlsSession(self.context, None if _literal(target.host) else target.host)
                session.handshake()
                target.session, target.hello = session, session.pending()
            except (ssl.SSLError, ValueError):
                continue

    def _connect_all(self, lookup: _Lookup, selector: selectors.BaseSelector) -> None:
        addresses = lookup.addresses()
        for target in self.targets:
            if target.host != lookup.host or target.settled or target.sock is not None:
                continue
            if not addresses:
                target.settle(None)
                continue
            address = addresses[0]  # A before AAAA, as NetContext.addresses orders them
            sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            target.started = time.monotonic()
            code = sock.connect_ex((address, target.port))
            if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, getattr(errno, "WSAEWOULDBLOCK", -1)):
                sock.close()
                target.settle(None)
                continue
            target.sock, target.address = sock, address
            selector.register(sock, selectors.EVENT_WRITE, target)

    def _opened(self, target: Target) -> None:
        sock, address = target.sock, target.address
        assert sock is not None and address is not None
        ms = (time.monotonic() - target.started) * 1000
        if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
            sock.close()
            target.settle(None)
            return
        session = target.session
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if target.tls:
                hello = target.hello  # the server's answer to it is read later, by the loop
                if session is None or not hello:
                    raise ValueError("no ClientHello was made for it")
                if sock.send(hello) != len(hello):
                    raise OSError("the ClientHello did not go out whole")
        except (OSError, ssl.SSLError, ValueError):
            sock.close()
            target.settle(None)
            return
        target.settle(Opened(sock, address, ms, session))


class _Lookup:
    """A name's A and AAAA questions to the first nameserver, and what they answered."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.literal: str | None = _literal(host)
        self.asked = time.monotonic()
        self.failed = False
        self.pending: dict[socket.socket, tuple[int, Question]] = {}
        self.found: dict[int, tuple[str, ...]] = {}

    def ask(self, servers: tuple[DnsServer, ...], selector: selectors.BaseSelector) -> bool:
        if self.literal is not None:
            return True
        if not servers:
            return False
        server = servers[0]
        for rtype in (RType.A, RType.AAAA):
            try:
                question = make_question(self.host, rtype)
                id = int.from_bytes(os.urandom(2), "big")
                wire = encode_query(id, question.name, question.rtype)
                sock = socket.socket(socket.AF_INET6 if ":" in server.host else socket.AF_INET, socket.SOCK_DGRAM)
            except (BadName, OSError, ValueError):
                return False
            try:
                sock.setblocking(False)
                sock.connect((server.host, server.port))  # only the server's replies reach this socket
                sock.send(wire)
            except OSError:
                sock.close()
                return False
            self.pending[sock] = (id, question)
            selector.register(sock, selectors.EVENT_READ, self)
        return True

    def waiting(self) -> bool:
        return bool(self.pending) and not self.failed

    def receive(self, sock: socket.socket, selector: selectors.BaseSelector) -> bool:
        """A reply in: True once the name is settled (both answered, or one went wrong)."""
        id, question = self.pending[sock]
        try:
            reply = parse_reply(sock.recv(MAX_REPLY), id, question)
        except NotOurReply:
            return False  # a stray: the real reply may still come
        except (MalformedMessage, OSError):
            self.give_up(selector)
            return True
        self._drop(sock, selector)
        if reply.truncated or reply.rcode != Rcode.NOERROR:
            self.give_up(selector)
            return True
        kind = A if question.rtype == RType.A else AAAA
        self.found[question.rtype] = tuple(r.address for r in reply.records if isinstance(r, kind))
        return not self.pending

    def give_up(self, selector: selectors.BaseSelector) -> None:
        self.failed = True
        for sock in list(self.pending):
            self._drop(sock, selector)

    def addresses(self) -> tuple[str, ...]:
        if self.literal is not None:
            return (self.literal,)
        if self.failed:
            return ()
        return self.found.get(RType.A, ()) + self.found.get(RType.AAAA, ())

    def _drop(self, sock: socket.socket, selector: selectors.BaseSelector) -> None:
        self.pending.pop(sock, None)
        try:
            selector.unregister(sock)
        except (KeyError, ValueError):
            pass
        sock.close()


def _where(url: str) -> tuple[str, int, bool] | None:
    """Host, port and TLS of an http(s) URL, as the HTTP client reads them; None otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or not parts.hostname.isascii():
        return None  # a name the client turns into an A-label first: left to it
    tls = parts.scheme == "https"
    return parts.hostname, port or (443 if tls else 80), tls


def _literal(host: str) -> str | None:
    import ipaddress

    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None
