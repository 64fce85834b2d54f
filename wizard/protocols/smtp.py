"""The SMTP client conversation (RFC 5321; STARTTLS RFC 3207; AUTH RFC 4954): greeting,
EHLO, STARTTLS, EHLO again inside TLS, AUTH PLAIN or LOGIN, and MAIL/RCPT/DATA for the
doctor's test message. An EHLO answer of endless lines ends the talk; 530 ("Must issue a
STARTTLS command first") is a block, never a reason to retry without TLS."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.model import Protocol
from wizard.protocols import sasl
from wizard.protocols.base import Capabilities, Closed, Conversation, Event, Failure, Greeted, Limits, Login, LoginResult, Reply, State, _Stop, decode
from wizard.protocols.unsafe import safe

_LINE = re.compile(r"^([2-5][0-9][0-9])([ -]|$)(.*)$", re.S)


@dataclass(frozen=True)
class SmtpReply:
    code: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def requires_tls(self) -> bool:
        """530 (or a 5xx naming STARTTLS): the server wants TLS before this."""
        return self.code == 530 or (self.code >= 500 and "STARTTLS" in self.text.upper())


def capabilities(reply: SmtpReply) -> Capabilities:
    """Extensions from a 250 EHLO reply; the first line is the server's name. The old
    "AUTH=LOGIN PLAIN" spelling counts as AUTH too."""
    names: set[str] = set()
    mechanisms: set[str] = set()
    for line in reply.lines[1:]:
        words = line.upper().split()
        if not words:
            continue
        keyword = words[0]
        if keyword.startswith("AUTH="):
            mechanisms.add(keyword[5:])
            keyword = "AUTH"
        if keyword == "AUTH":
            mechanisms.update(words[1:])
        names.add(keyword)
    mechanisms.discard("")
    return Capabilities(Protocol.SMTP, frozenset(names), "STARTTLS" in names, frozenset(mechanisms), auth="AUTH" in names)


def greeting_host(reply: SmtpReply) -> str | None:
    """The name in "220 mx.example.com ESMTP ..."."""
    words = reply.lines[0].split() if reply.lines else []
    return words[0].lower().rstrip(".") if reply.code == 220 and words else None


def stuffed(message: bytes) -> bytes:
    """The DATA body: CRLF line ends, leading dots doubled, and the final "." line."""
    lines = message.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines) + b".\r\n"


class SmtpClient(Conversation):
    protocol = Protocol.SMTP

    def __init__(self, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits(), helo: str = "localhost") -> None:
        super().__init__(tls=tls, starttls=starttls, limits=limits)
        self.helo = safe(helo, "host name")
        self.capability_command = b"EHLO " + helo.encode()
        self.greeting_host: str | None = None
        self._kind = ""
        self._reply: list[str] = []
        self._code: int | None = None
        self._steps: list[bytes] = []
        self._username = ""
        self._mechanism: str | None = None  # the token mechanism of the login in flight
        self._body = b""

    def _command(self, kind: str, text: bytes) -> None:
        self._kind = kind
        self._send(text + b"\r\n")

    # -- intentions --------------------------------------------------------------------------
    def login(self, username: str, password: str) -> list[Event]:
        caps = self._need_credentials_state()
        mechanism = sasl.choose(caps.mechanisms)
        if not caps.auth or mechanism is None:
            self._emit(LoginResult(Login.BLOCKED, username, "no AUTH" if not caps.auth else "no password mechanism"))
            return self._flush()
        self._username, self._mechanism = username, None
        if mechanism is sasl.Mechanism.PLAIN:
            blob = sasl.plain(username, password)
            self.state = State.AUTHENTICATING
            self._command("AUTH", b"AUTH PLAIN " + blob)
        else:
            self._steps = list(sasl.login_steps(username, password))
            self.state = State.AUTHENTICATING
            self._command("AUTH", b"AUTH LOGIN")
        return self._flush()

    def login_bearer(self, username: str, token: str, only: sasl.Mechanism | None = None) -> list[Event]:
        """AUTH with an OAuth 2 access token (RFC 7628), OAUTHBEARER before XOAUTH2 (with
        `only`, that mechanism or nothing); the error challenge of a refusal is
        acknowledged, then the 535 ends it. The result names the mechanism."""
        caps = self._need_credentials_state()
        mechanism = sasl.choose_bearer(caps.mechanisms, only)
        if not caps.auth or mechanism is None:
            self._emit(LoginResult(Login.BLOCKED, username, sasl.refused_bearer(only)))
            return self._flush()
        blob = sasl.bearer(mechanism, username, token)
        self._username, self._mechanism = username, mechanism.value
        self._steps = [sasl.bearer_ack(mechanism)]
        self.state = State.AUTHENTICATING
        self._command("AUTH", b"AUTH " + mechanism.value.encode() + b" " + blob)
        return self._flush()

    def mail_from(self, address: str) -> list[Event]:
        self._need(State.PLAIN_READY, State.TLS_UP, State.AUTHENTICATED)
        self._command("MAIL", b"MAIL FROM:<" + safe(address, "address").encode() + b">")
        return self._flush()

    def rcpt_to(self, address: str) -> list[Event]:
        self._need(State.AUTHENTICATED)
        self._command("RCPT", b"RCPT TO:<" + safe(address, "address").encode() + b">")
        return self._flush()

    def data(self, message: bytes) -> list[Event]:
        self._need(State.AUTHENTICATED)
        self._body = message
        self._command("DATA", b"DATA")
        return self._flush()

    def rset(self) -> list[Event]:
        self._need(State.PLAIN_READY, State.TLS_UP, State.AUTHENTICATED)
        self._command("RSET", b"RSET")
        return self._flush()

    # -- answers -----------------------------------------------------------------------------
    def _line(self, line: bytes) -> None:
        text = decode(line)
        match = _LINE.match(text)
        if match is None:
            raise _Stop(Failure.NOT_PROTOCOL, f"not an SMTP reply: {text[:120]}")
        code = int(match.group(1))
        if self._code is not None and code != self._code:
            raise _Stop(Failure.NOT_PROTOCOL, "a multi-line reply whose codes differ")
        if len(self._reply) >= self.limits.lines:
            raise _Stop(Failure.OVERLONG, f"a reply of more than {self.limits.lines} lines")
        self._code = code
        self._reply.append(match.group(3))
        if match.group(2) == "-":
            return
        reply = SmtpReply(code, tuple(self._reply))
        self._reply, self._code = [], None
        self._answer(reply)

    def _answer(self, reply: SmtpReply) -> None:
        said = f"{reply.code} {reply.text}".strip()
        if self.state is State.GREETING:
            self.greeting = reply.text
            if reply.code != 220:
                raise _Stop(Failure.REJECTED, said)
            self.greeting_host = greeting_host(reply)
            self._emit(Greeted(reply.text, self.greeting_host))
            self._ask_capabilities()
            return
        kind = self._kind
        if kind == "CAPABILITY":
            if reply.code != 250:
                raise _Stop(Failure.REJECTED, said)
            self._have_capabilities(capabilities(reply))
        elif kind == "STARTTLS":
            self._starttls_answer(reply.code == 220, said)
        elif kind == "AUTH":
            if reply.code == 334 and self._steps:
                self._send(self._steps.pop(0) + b"\r\n")
                return
            self._steps = []
            if reply.code == 235:
                self.state = State.AUTHENTICATED
                self._emit(LoginResult(Login.OK, self._username, mechanism=self._mechanism))
                return
            if reply.code == 334:  # a challenge we have no answer for
                self._send(b"*\r\n")
                return
            self.state = State.TLS_UP
            self._emit(LoginResult(Login.BLOCKED if reply.requires_tls else Login.REJECTED, self._username, said, self._mechanism))
        elif kind == "DATA" and reply.code == 354:
            body, self._body = self._body, b""
            self._command("BODY", stuffed(body)[:-2])
        elif kind == "LOGOUT":
            self.state = State.CLOSED
            self._emit(Closed())
        else:
            self._emit(Reply(reply.code < 400, reply.text, reply.code))
