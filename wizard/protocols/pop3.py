"""The POP3 client conversation (RFC 1939; CAPA and STLS from RFC 2449 / 2595; AUTH from
RFC 5034): greeting, CAPA, STLS, USER/PASS or AUTH PLAIN, QUIT. A CAPA answer longer than
the line limit ends the talk; without CAPA a server is plain RFC 1939 (USER/PASS only)."""

from __future__ import annotations

from wizard.model import Protocol
from wizard.protocols import sasl
from wizard.protocols.base import Capabilities, Closed, Conversation, Event, Failure, Greeted, Limits, Login, LoginResult, State, _Stop, decode
from wizard.protocols.unsafe import safe


def status(line: bytes) -> tuple[bool, str]:
    text = decode(line)
    if text == "+OK" or text.startswith("+OK "):
        return True, text[4:].strip()
    if text == "-ERR" or text.startswith("-ERR "):
        return False, text[5:].strip()
    raise _Stop(Failure.NOT_PROTOCOL, f"not a POP3 answer: {text[:120]}")


def capabilities(lines: list[str]) -> Capabilities:
    """The lines between "+OK" and "." of a CAPA answer."""
    names: set[str] = set()
    mechanisms: set[str] = set()
    for line in lines:
        words = line.upper().split()
        if not words:
            continue
        names.add(words[0])
        if words[0] == "SASL":
            mechanisms.update(words[1:])
    user = "USER" in names
    return Capabilities(Protocol.POP3, frozenset(names), "STLS" in names, frozenset(mechanisms), user_command=user, auth=user or bool(mechanisms))


class Pop3Client(Conversation):
    protocol = Protocol.POP3
    capability_command = b"CAPA"
    starttls_command = b"STLS"

    def __init__(self, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits()) -> None:
        super().__init__(tls=tls, starttls=starttls, limits=limits)
        self._kind = ""
        self._body: list[str] | None = None  # a multi-line answer being read
        self._username = ""
        self._password = ""
        self._ack: bytes | None = None  # the answer to a token mechanism's error challenge
        self._mechanism: str | None = None  # the token mechanism of the login in flight

    def _command(self, kind: str, text: bytes) -> None:
        self._kind = kind
        self._send(text + b"\r\n")

    # -- intentions --------------------------------------------------------------------------
    def login(self, username: str, password: str) -> list[Event]:
        caps = self._need_credentials_state()
        self._username, self._password = safe(username, "user name"), safe(password, "password")
        self._mechanism = None
        if caps.user_command:
            self.state = State.AUTHENTICATING
            self._command("USER", b"USER " + username.encode())
        elif "PLAIN" in caps.mechanisms:
            self.state = State.AUTHENTICATING
            self._command("PASS", b"AUTH PLAIN " + sasl.plain(username, password))
        else:
            self._emit(LoginResult(Login.BLOCKED, username, "no login offered"))
        return self._flush()

    def login_bearer(self, username: str, token: str, only: sasl.Mechanism | None = None) -> list[Event]:
        """AUTH with an OAuth 2 access token (RFC 5034 initial response, RFC 7628),
        OAUTHBEARER before XOAUTH2 (with `only`, that mechanism or nothing); a refusal's
        error challenge ("+ ...") is acknowledged, then -ERR ends it. The result names the
        mechanism."""
        caps = self._need_credentials_state()
        mechanism = sasl.choose_bearer(caps.mechanisms, only)
        if mechanism is None:
            self._emit(LoginResult(Login.BLOCKED, username, sasl.refused_bearer(only)))
            return self._flush()
        self._username, self._mechanism = safe(username, "user name"), mechanism.value
        self._ack = sasl.bearer_ack(mechanism)
        self.state = State.AUTHENTICATING
        self._command("PASS", b"AUTH " + mechanism.value.encode() + b" " + sasl.bearer(mechanism, username, token))
        return self._flush()

    # -- answers -----------------------------------------------------------------------------
    def _line(self, line: bytes) -> None:
        if self._body is not None:
            text = decode(line)
            if text == ".":
                body, self._body = self._body, None
                self._have_capabilities(capabilities(body))
                return
            if len(self._body) >= self.limits.lines:
                raise _Stop(Failure.OVERLONG, f"a CAPA answer of more than {self.limits.lines} lines")
            self._body.append(text[1:] if text.startswith("..") else text)
            return
        if self._kind == "PASS" and self._ack is not None and (line == b"+" or line.startswith(b"+ ")):
            ack, self._ack = self._ack, None  # RFC 7628 3.2.3: the error challenge, once
            self._send(ack + b"\r\n")
            return
        ok, text = status(line)
        if self.state is State.GREETING:
            self.greeting = text
            if not ok:
                raise _Stop(Failure.REJECTED, text)
            self._emit(Greeted(text))
            self._ask_capabilities()
            return
        kind, self._kind = self._kind, ""
        if kind == "CAPABILITY":
            if ok:
                self._body = []
            else:  # RFC 2449: a server without CAPA still speaks POP3
                self._have_capabilities(Capabilities(Protocol.POP3, user_command=True, auth=True))
        elif kind == "STARTTLS":
            self._starttls_answer(ok, f"-ERR {text}")
        elif kind == "USER":
            if ok:
                self._command("PASS", b"PASS " + self._password.encode())
            else:
                self._rejected(text)
        elif kind == "PASS":
            self._password, self._ack = "", None
            if ok:
                self.state = State.AUTHENTICATED
                self._emit(LoginResult(Login.OK, self._username, mechanism=self._mechanism))
            else:
                self._rejected(text)
        elif kind == "LOGOUT":
            self.state = State.CLOSED
            self._emit(Closed())
        else:
            raise _Stop(Failure.NOT_PROTOCOL, f"an answer nobody asked for: {text[:120]}")

    def _rejected(self, text: str) -> None:
        self._password = ""
        self.state = State.TLS_UP
        self._emit(LoginResult(Login.REJECTED, self._username, text, self._mechanism))
