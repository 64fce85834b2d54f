"""What the IMAP, POP3 and SMTP client conversations share: their states, the events they
hand to whoever does the I/O, and the limits that keep a hostile server from growing our
memory. The guard that keeps control characters out of every command we write is
`wizard.protocols.unsafe` (also named here).

A conversation is fed bytes (`receive`) and told intentions (`login`, `logout`, ...); both
return events. `Send` carries the bytes to write, `StartTls` asks for the handshake, and
everything else is an outcome. Nothing here touches a socket or a clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from wizard.model import AuthMethod, Protocol
from wizard.protocols.unsafe import UnsafeValue as UnsafeValue, safe as safe


class State(Enum):
    GREETING = "greeting"  # waiting for the server's first words
    CAPABILITIES = "capabilities"  # asked what the server can do (before or inside TLS)
    STARTTLS_REQUESTED = "starttls-requested"
    TLS_HANDSHAKE = "tls-handshake"  # the transport must now do the handshake; no byte may arrive
    PLAIN_READY = "plain-ready"  # capabilities known, no TLS: never a credential here
    TLS_UP = "tls-up"  # capabilities read again inside TLS: a login may follow
    AUTHENTICATING = "authenticating"
    AUTHENTICATED = "authenticated"
    CLOSED = "closed"
    FAILED = "failed"


class Failure(StrEnum):
    """Why a conversation ended early. The values are the detail codes findings use."""

    NOT_PROTOCOL = "protocol"  # an answer that is not this protocol
    REJECTED = "rejected"  # the server turned us away (IMAP BYE, SMTP 554, POP3 -ERR greeting)
    STARTTLS_MISSING = "starttls-missing"
    STARTTLS_REFUSED = "starttls-refused"
    STARTTLS_INJECTION = "starttls-injection"  # bytes after the STARTTLS reply, before TLS
    OVERLONG = "overlong"  # a line, literal, multi-line answer or whole talk beyond its limit
    CLOSED = "closed"  # the server hung up


class Login(StrEnum):
    OK = "ok"
    REJECTED = "rejected"  # the server said no to these credentials
    BLOCKED = "blocked"  # no login we may use (LOGINDISABLED, 530, no mechanism)


@dataclass(frozen=True)
class Limits:
    """Bounds on what one conversation may make us hold. Generous for real servers (the
    longest EHLO or CAPABILITY line seen in the wild is a few hundred bytes)."""

    line: int = 8 * 1024
    lines: int = 200  # lines of one multi-line answer (EHLO, CAPA) or untagged responses per command
    literal: int = 64 * 1024  # an IMAP {n} literal
    total: int = 1024 * 1024  # every byte of the conversation


class Misuse(RuntimeError):
    """An intention the state does not allow (a login before TLS): a programming error."""


# -- events ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Send:
    data: bytes


@dataclass(frozen=True)
class StartTls:
    """Do the TLS handshake now, on the same connection; then call `tls_established`."""


@dataclass(frozen=True)
class Greeted:
    text: str
    host: str | None = None  # the name an SMTP server gives itself


@dataclass(frozen=True)
class Capabilities:
    """What a server said about itself (before TLS, or read again inside it)."""

    protocol: Protocol
    names: frozenset[str] = frozenset()  # keywords as listed, upper case
    starttls: bool = False
    mechanisms: frozenset[str] = frozenset()  # SASL names, upper case
    login_disabled: bool = False  # IMAP LOGINDISABLED
    user_command: bool = False  # POP3 USER/PASS
    auth: bool = False  # any way to log in is offered

    @property
    def auth_methods(self) -> tuple[AuthMethod, ...]:
        """The mechanisms in the autoconfig vocabulary, best first."""
        found: list[AuthMethod] = []
        names = self.mechanisms
        if any(n.startswith("SCRAM-") for n in names) or names & {"CRAM-MD5", "DIGEST-MD5"}:
            found.append(AuthMethod.PASSWORD_ENCRYPTED)
        if names & {"PLAIN", "LOGIN"} or self.user_command or (self.protocol is Protocol.IMAP and not names and not self.login_disabled):
            found.append(AuthMethod.PASSWORD_CLEARTEXT)
        if names & {"XOAUTH2", "OAUTHBEARER"}:
            found.append(AuthMethod.OAUTH2)
        if "NTLM" in names:
            found.append(AuthMethod.NTLM)
        if "GSSAPI" in names:
            found.append(AuthMethod.GSSAPI)
        if "EXTERNAL" in names:
            found.append(AuthMethod.TLS_CLIENT_CERT)
        return tuple(found)


@dataclass(frozen=True)
class Ready:
    """Capabilities are known; `tls` says whether they were read inside TLS (TLS_UP)."""

    capabilities: Capabilities
    tls: bool


@dataclass(frozen=True)
class LoginResult:
    outcome: Login
    username: str
    text: str = ""  # the server's words, decoded
    mechanism: str | None = None  # the SASL mechanism that carried a token (OAUTHBEARER, XOAUTH2); None for a password


@dataclass(frozen=True)
class Reply:
    """The answer to any other command (SMTP MAIL/RCPT/DATA, IMAP EXAMINE/SEARCH/NOOP)."""

    ok: bool
    text: str = ""
    code: int | None = None  # SMTP's three digits
    data: tuple[str, ...] = ()  # IMAP untagged lines that came with it (SEARCH numbers)


@dataclass(frozen=True)
class Failed:
    failure: Failure
    text: str = ""


@dataclass(frozen=True)
class Closed:
    """The conversation ended as agreed (after LOGOUT/QUIT)."""


Event = Send | StartTls | Greeted | Ready | LoginResult | Reply | Failed | Closed


class _Stop(Exception):
    def __init__(self, failure: Failure, text: str = "") -> None:
        super().__init__(failure.value)
        self.failure, self.text = failure, text


def decode(line: bytes) -> str:
    """A server's words as text (never a bytes repr), line end removed."""
    return line.decode("utf-8", "replace").rstrip("\r\n")


@dataclass
class _Lines:
    """A bounded line splitter: `feed` bytes, `line()` gives one complete line or None."""

    limits: Limits
    buffer: bytearray = field(default_factory=bytearray)
    total: int = 0

    def feed(self, data: bytes) -> None:
        self.total += len(data)
        if self.total > self.limits.total:
            raise _Stop(Failure.OVERLONG, f"more than {self.limits.total} bytes in one conversation")
        self.buffer += data

    def line(self) -> bytes | None:
        end = self.buffer.find(b"\n", 0, self.limits.line + 1)
        if end < 0:
            if len(self.buffer) > self.limits.line:
                raise _Stop(Failure.OVERLONG, f"a line longer than {self.limits.line} bytes")
            return None
        line = bytes(self.buffer[: end + 1])
        del self.buffer[: end + 1]
        return line

    def take(self, n: int) -> bytes:
        """Up to `n` raw bytes (an IMAP literal)."""
        chunk = bytes(self.buffer[:n])
        del self.buffer[:n]
        return chunk


class Conversation:
    """The frame each protocol fills in: the TLS plan, the state, the bounded reader and the
    rules that hold for all three (nothing pre-TLS survives STARTTLS, credentials only in
    TLS_UP, any failure is final)."""

    protocol: Protocol
    # The words of the three commands every protocol has (IMAP adds its tags in _command).
    capability_command = b"CAPABILITY"
    starttls_command = b"STARTTLS"
    logout_command = b"QUIT"

    def __init__(self, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits()) -> None:
        """`tls`: the transport already did an implicit-TLS handshake. `starttls`: True
        demands it (missing or refused is a failure), None uses it when offered, False never."""
        self.state = State.GREETING
        self.tls = tls
        self.starttls = False if tls else starttls
        self.limits = limits
        self.capabilities: Capabilities | None = None
        self.before_tls: Capabilities | None = None  # what was said in the clear, for reports only
        self.greeting = ""
        self._lines = _Lines(limits)
        self._out: list[Event] = []

    # -- the I/O side ----------------------------------------------------------------------
    def receive(self, data: bytes) -> list[Event]:
        if self.state in (State.FAILED, State.CLOSED):
            return []
        if self.state is State.TLS_HANDSHAKE:
            return self._fail(Failure.STARTTLS_INJECTION, "bytes arrived between the STARTTLS answer and the handshake")
        try:
            self._lines.feed(data)
            self._drain()
        except _Stop as stop:
            return self._fail(stop.failure, stop.text)
        return self._flush()

    def connection_closed(self) -> list[Event]:
        if self.state in (State.FAILED, State.CLOSED):
            return []
        return self._fail(Failure.CLOSED, "the server closed the connection")

    def tls_established(self) -> list[Event]:
        """The handshake succeeded with a certificate the caller trusts (chain or pin):
        forget everything learnt before it and ask for the capabilities again."""
        if self.state is not State.TLS_HANDSHAKE:
            raise Misuse(f"TLS established in state {self.state.value}")
        self.tls = True
        self.before_tls, self.capabilities = self.capabilities, None
        self._ask_capabilities()
        return self._flush()

    # -- intentions every protocol has ------------------------------------------------------
    def login(self, username: str, password: str) -> list[Event]:
        """Log in with a password (only in TLS_UP); ends in a LoginResult."""
        raise NotImplementedError

    def logout(self) -> list[Event]:
        """Say goodbye (LOGOUT / QUIT) where the state allows; nothing otherwise."""
        if self.state in (State.PLAIN_READY, State.TLS_UP, State.AUTHENTICATED):
            self._command("LOGOUT", self.logout_command)
        return self._flush()

    # -- for the protocols -----------------------------------------------------------------
    def _drain(self) -> None:
        while self.state not in (State.FAILED, State.CLOSED, State.TLS_HANDSHAKE):
            line = self._next_line()
            if line is None:
                return
            self._line(line)
            if self.state is State.STARTTLS_REQUESTED and self._out and self._lines.buffer:
                # STARTTLS was only just asked for, in this same read: nothing may answer it yet.
                raise _Stop(Failure.STARTTLS_INJECTION, "the server answered STARTTLS before it was asked")
        if self.state is State.TLS_HANDSHAKE and self._lines.buffer:
            raise _Stop(Failure.STARTTLS_INJECTION, "the server sent more after agreeing to STARTTLS")

    def _next_line(self) -> bytes | None:
        return self._lines.line()

    def _line(self, line: bytes) -> None:
        raise NotImplementedError

    def _command(self, kind: str, text: bytes) -> None:
        """Write one command; `kind` says how its answer is to be read."""
        raise NotImplementedError

    def _ask_capabilities(self) -> None:
        self.state = State.CAPABILITIES
        self._command("CAPABILITY", self.capability_command)

    def _send(self, data: bytes) -> None:
        self._out.append(Send(data))

    def _emit(self, event: Event) -> None:
        self._out.append(event)

    def _flush(self) -> list[Event]:
        out, self._out = self._out, []
        return out

    def _fail(self, failure: Failure, text: str = "") -> list[Event]:
        self.state = State.FAILED
        self._out = [e for e in self._out if not isinstance(e, (Send, StartTls))]
        self._emit(Failed(failure, text[:300]))
        return self._flush()

    def _have_capabilities(self, caps: Capabilities) -> None:
        """Capabilities are in: STARTTLS next if planned, else ready."""
        self.capabilities = caps
        if not self.tls and self.starttls is not False:
            if caps.starttls:
                self.state = State.STARTTLS_REQUESTED
                self._request_starttls()
                return
            if self.starttls:
                raise _Stop(Failure.STARTTLS_MISSING, "the server does not offer STARTTLS")
        self.state = State.TLS_UP if self.tls else State.PLAIN_READY
        self._emit(Ready(caps, self.tls))

    def _starttls_answer(self, agreed: bool, text: str) -> None:
        if agreed:
            self.state = State.TLS_HANDSHAKE
            self._emit(StartTls())
        elif self.starttls:
            raise _Stop(Failure.STARTTLS_REFUSED, text)
        else:  # only tried because it was offered: stay in the clear, no login
            assert self.capabilities is not None
            self.starttls = False
            self.state = State.PLAIN_READY
            self._emit(Ready(self.capabilities, False))

    def _request_starttls(self) -> None:
        self._command("STARTTLS", self.starttls_command)

    def _need(self, *states: State) -> None:
        if self.state not in states:
            raise Misuse(f"not allowed in state {self.state.value}")

    def _need_credentials_state(self) -> Capabilities:
        """The one gate every credential passes: TLS established, capabilities re-read.
        Returns those capabilities."""
        if self.state is not State.TLS_UP or not self.tls or self.capabilities is None:
            raise Misuse(f"no credentials in state {self.state.value}")
        return self.capabilities
