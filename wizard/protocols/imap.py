"""The IMAP client conversation (RFC 9051 / 3501): greeting, CAPABILITY, STARTTLS (RFC
2595), LOGIN or AUTHENTICATE, and the few mailbox commands the doctor's send test needs.

Safety it owns: literals ({n}) beyond the limit end the talk instead of being read, the
untagged answers to one command are counted, PREAUTH cannot skip a STARTTLS we demand,
LOGINDISABLED is obeyed, and the capabilities are asked again once TLS is up."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.model import Protocol
from wizard.protocols import sasl
from wizard.protocols.base import Capabilities, Closed, Conversation, Event, Failure, Greeted, Limits, Login, LoginResult, Reply, State, _Stop, decode
from wizard.protocols.unsafe import safe

_LITERAL = re.compile(rb"\{(\d{1,20})\+?\}\r?\n$")
_CODE = re.compile(r"^\[([^\]]*)\]\s*")


@dataclass(frozen=True)
class Response:
    """One response line: `tag` is "*", "+" or a command's tag; `status` OK/NO/BAD/BYE/
    PREAUTH or the data keyword (CAPABILITY, SEARCH, EXISTS), upper case."""

    tag: str
    status: str
    text: str = ""
    code: str | None = None  # the [CODE ...] at the start of the text


def parse(line: bytes) -> Response:
    """Raises _Stop(NOT_PROTOCOL) for a line that is no IMAP response."""
    text = decode(line)
    if text.startswith("+"):
        return Response("+", "+", text[1:].strip())
    tag, _, rest = text.partition(" ")
    word, _, rest = rest.partition(" ")
    status = word.upper()
    if not tag or not status or any(ord(c) < 0x21 or ord(c) > 0x7E or c in '(){%"\\]' for c in tag):
        raise _Stop(Failure.NOT_PROTOCOL, f"not an IMAP response: {text[:120]}")
    if tag == "*" and status.isdigit():  # "* 3 EXISTS"
        kind, _, tail = rest.partition(" ")
        return Response(tag, kind.upper(), (status + " " + tail).strip())
    code = None
    match = _CODE.match(rest)
    if match and status in ("OK", "NO", "BAD", "BYE", "PREAUTH"):
        code, rest = match.group(1), rest[match.end() :]
    return Response(tag, status, rest.strip(), code)


def _code_capabilities(response: Response) -> frozenset[str] | None:
    if response.code and response.code.upper().startswith("CAPABILITY"):
        return frozenset(response.code.upper().split()[1:])
    return None


def capabilities(names: frozenset[str]) -> Capabilities:
    mechanisms = frozenset(n[5:] for n in names if n.startswith("AUTH="))
    disabled = "LOGINDISABLED" in names
    return Capabilities(Protocol.IMAP, names, "STARTTLS" in names, mechanisms, disabled, auth=not disabled or bool(mechanisms))


def quoted(value: str, field_name: str) -> bytes:
    """An IMAP quoted string; ASCII only (callers use AUTHENTICATE for anything else)."""
    safe(value, field_name)
    return b'"' + value.encode("ascii").replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


class ImapClient(Conversation):
    protocol = Protocol.IMAP
    logout_command = b"LOGOUT"

    def __init__(self, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits()) -> None:
        super().__init__(tls=tls, starttls=starttls, limits=limits)
        self._counter = 0
        self._tag = ""
        self._kind = ""
        self._untagged: list[Response] = []
        self._seen = 0  # untagged answers to the command in flight
        self._steps: list[bytes] = []  # AUTHENTICATE answers still to give
        self._username = ""
        self._mechanism: str | None = None  # the token mechanism of the login in flight
        self._literal_left = 0
        self._partial = b""

    # -- reading: lines with their literals skipped ------------------------------------------
    def _next_line(self) -> bytes | None:
        while True:
            if self._literal_left:
                self._literal_left -= len(self._lines.take(self._literal_left))
                if self._literal_left:
                    return None
            line = self._lines.line()
            if line is None:
                return None
            match = _LITERAL.search(line)
            if match is None:
                full, self._partial = self._partial + line, b""
                return full
            size = int(match.group(1))
            if size > self.limits.literal:
                raise _Stop(Failure.OVERLONG, f"a literal of {size} bytes (more than {self.limits.literal})")
            self._partial += line[: match.start()] + b"{literal}"
            if len(self._partial) > self.limits.line:
                raise _Stop(Failure.OVERLONG, f"a response longer than {self.limits.line} bytes")
            self._literal_left = size

    # -- writing -----------------------------------------------------------------------------
    def _command(self, kind: str, text: bytes) -> None:
        self._counter += 1
        self._tag = f"a{self._counter}"
        self._kind = kind
        self._untagged, self._seen = [], 0
        self._send(self._tag.encode() + b" " + text + b"\r\n")

    # -- intentions --------------------------------------------------------------------------
    def login(self, username: str, password: str) -> list[Event]:
        caps = self._need_credentials_state()
        safe(username, "user name")
        safe(password, "password")
        if caps.login_disabled:
            self._emit(LoginResult(Login.BLOCKED, username, "LOGINDISABLED"))
            return self._flush()
        self._username, self._mechanism = username, None
        self.state = State.AUTHENTICATING
        if (username + password).isascii():
            self._command("LOGIN", b"LOGIN " + quoted(username, "user name") + b" " + quoted(password, "password"))
        elif "PLAIN" in caps.mechanisms:
            blob = sasl.plain(username, password)
            if "SASL-IR" in caps.names:
                self._command("LOGIN", b"AUTHENTICATE PLAIN " + blob)
            else:
                self._steps = [blob]
                self._command("LOGIN", b"AUTHENTICATE PLAIN")
        else:
            self.state = State.TLS_UP
            self._emit(LoginResult(Login.BLOCKED, username, "no login that carries these characters"))
        return self._flush()

    def login_bearer(self, username: str, token: str, only: sasl.Mechanism | None = None) -> list[Event]:
        """AUTHENTICATE with an OAuth 2 access token (RFC 7628), OAUTHBEARER before XOAUTH2
        (with `only`, that mechanism or nothing). A refusal comes as an error challenge
        first; it is acknowledged, then the NO ends it. The result names the mechanism."""
        caps = self._need_credentials_state()
        mechanism = sasl.choose_bearer(caps.mechanisms, only)
        if mechanism is None:
            self._emit(LoginResult(Login.BLOCKED, username, sasl.refused_bearer(only)))
            return self._flush()
        blob = sasl.bearer(mechanism, username, token)
        self._username, self._mechanism = username, mechanism.value
        self.state = State.AUTHENTICATING
        if "SASL-IR" in caps.names:
            self._steps = [sasl.bearer_ack(mechanism)]
            self._command("LOGIN", b"AUTHENTICATE " + mechanism.value.encode() + b" " + blob)
        else:
            self._steps = [blob, sasl.bearer_ack(mechanism)]
            self._command("LOGIN", b"AUTHENTICATE " + mechanism.value.encode())
        return self._flush()

    def examine(self, mailbox: str) -> list[Event]:
        self._need(State.AUTHENTICATED)
        self._command("EXAMINE", b"EXAMINE " + quoted(mailbox, "folder name"))
        return self._flush()

    def search_subject(self, text: str) -> list[Event]:
        self._need(State.AUTHENTICATED)
        self._command("SEARCH", b"SEARCH SUBJECT " + quoted(text, "search text"))
        return self._flush()

    def noop(self) -> list[Event]:
        self._need(State.AUTHENTICATED)
        self._command("NOOP", b"NOOP")
        return self._flush()

    # -- answers -----------------------------------------------------------------------------
    def _line(self, line: bytes) -> None:
        response = parse(line)
        if self.state is State.GREETING:
            self._greeting(response)
        elif response.tag == "+":
            self._continuation()
        elif response.tag == "*":
            self._seen += 1
            if self._seen > self.limits.lines:
                raise _Stop(Failure.OVERLONG, f"more than {self.limits.lines} untagged answers to one command")
            if response.status in ("CAPABILITY", "SEARCH", "BYE"):
                self._untagged.append(response)
        elif response.tag == self._tag and response.status in ("OK", "NO", "BAD"):
            self._done(response)
        else:
            raise _Stop(Failure.NOT_PROTOCOL, f"an answer to a command never sent: {decode(line)[:120]}")

    def _greeting(self, response: Response) -> None:
        if response.tag != "*" or response.status not in ("OK", "PREAUTH", "BYE"):
            raise _Stop(Failure.NOT_PROTOCOL, f"not an IMAP greeting: {response.tag} {response.status} {response.text}"[:200])
        self.greeting = response.text
        if response.status == "BYE":
            raise _Stop(Failure.REJECTED, response.text)
        if response.status == "PREAUTH" and not self.tls and self.starttls:
            # RFC 2595: no STARTTLS after PREAUTH: a session we cannot encrypt.
            raise _Stop(Failure.STARTTLS_MISSING, "PREAUTH: the server skips STARTTLS")
        self._emit(Greeted(response.text))
        listed = _code_capabilities(response)
        if listed is not None and any(n.startswith("IMAP4") for n in listed):
            self.state = State.CAPABILITIES
            self._have_capabilities(capabilities(listed))
        else:
            self._ask_capabilities()

    def _continuation(self) -> None:
        if self.state is not State.AUTHENTICATING:
            raise _Stop(Failure.NOT_PROTOCOL, "a continuation nobody asked for")
        self._send((self._steps.pop(0) if self._steps else b"*") + b"\r\n")

    def _done(self, response: Response) -> None:
        kind, untagged, ok = self._kind, self._untagged, response.status == "OK"
        self._tag, self._untagged = "", []
        text = f"[{response.code}] {response.text}" if response.code else response.text
        if kind == "CAPABILITY":
            if not ok:
                raise _Stop(Failure.NOT_PROTOCOL, f"the server refused to list its capabilities: {text}")
            names: frozenset[str] = frozenset()
            for item in untagged:
                if item.status == "CAPABILITY":
                    names |= frozenset(item.text.upper().split())
            names |= _code_capabilities(response) or frozenset()
            if not any(n.startswith("IMAP4") for n in names):
                raise _Stop(Failure.NOT_PROTOCOL, "the server did not list IMAP4 among its capabilities")
            self._have_capabilities(capabilities(names))
        elif kind == "STARTTLS":
            self._starttls_answer(ok, f"{response.status} {text}")
        elif kind == "LOGIN":
            self._steps = []
            if ok:
                self.state = State.AUTHENTICATED
                self._emit(LoginResult(Login.OK, self._username, mechanism=self._mechanism))
            elif response.status == "NO":
                self.state = State.TLS_UP
                self._emit(LoginResult(Login.REJECTED, self._username, text, self._mechanism))
            else:
                raise _Stop(Failure.NOT_PROTOCOL, f"BAD {text}")
        elif kind == "LOGOUT":
            self.state = State.CLOSED
            self._emit(Closed())
        else:
            data = tuple(item.text for item in untagged if item.status == "SEARCH")
            self._emit(Reply(ok, text, data=data))
