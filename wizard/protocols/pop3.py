"""The POP3 client conversation (RFC 1939; CAPA and STLS from RFC 2449 / 2595; AUTH from
RFC 5034): greeting, CAPA, STLS, USER/PASS or AUTH PLAIN, QUIT. A CAPA answer longer than
the line limit ends the talk; without CAPA a server is plain RFC 1939 (USER/PASS only).

Once logged in, the few commands the doctor's send test needs to look into the maildrop
without changing it: STAT, UIDL n and TOP n 0 (the headers of one message, never its
body). There is no DELE, RETR or RSET here: nothing this client says marks a message for
deletion, so the QUIT that ends the session removes nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wizard.model import Protocol
from wizard.protocols import sasl
from wizard.protocols.base import Capabilities, Closed, Conversation, Event, Failure, Greeted, Limits, Login, LoginResult, Misuse, Reply, State, _Stop, decode
from wizard.protocols.unsafe import safe

_STAT = re.compile(r"^(\d{1,12}) (\d{1,20})(?: |$)")
_UIDL = re.compile(r"^(\d{1,12}) ([\x21-\x7e]{1,70})$")  # RFC 1939 7: a unique-id is 1 to 70 characters 0x21-0x7E


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


@dataclass
class _Headers:
    """The header fields named in `wanted` (lower case) of one TOP answer, unfolded, each
    "Name: value" as the server wrote the name. Every other line is read and dropped, so a
    message with a long header (or a server that sends the body after all) costs no memory
    beyond the conversation's byte limit; the kept fields are bounded by `limits`."""

    wanted: frozenset[str]
    limits: Limits
    fields: list[str] = field(default_factory=list)
    in_header: bool = True  # False after the empty line that ends the header
    keeping: bool = False  # the field the last line belonged to is a wanted one

    def add(self, text: str) -> None:
        if not self.in_header:
            return
        if text == "":
            self.in_header = False
        elif text[0] in " \t":  # a folded line continues the field before it (RFC 5322 2.2.3)
            if self.keeping and len(self.fields[-1]) < self.limits.line:
                self.fields[-1] = (self.fields[-1] + " " + text.strip())[: self.limits.line]
        else:
            name, colon, _ = text.partition(":")
            self.keeping = bool(colon) and name.strip().lower() in self.wanted
            if self.keeping:
                if len(self.fields) >= self.limits.lines:
                    raise _Stop(Failure.OVERLONG, f"more than {self.limits.lines} wanted header fields in one message")
                self.fields.append(text[: self.limits.line])


def _number(value: int, what: str) -> int:
    """A message number to put in a command (1 and up): anything else is a caller's mistake."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 10**12:
        raise Misuse(f"{what} needs a message number from 1, not {value!r}")
    return value


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
        self._headers: _Headers | None = None  # a TOP answer being read
        self._asked = 0  # the message number of the UIDL in flight

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

    def stat(self) -> list[Event]:
        """STAT: Reply data (message count, total size), as decimal strings."""
        self._need(State.AUTHENTICATED)
        self._command("STAT", b"STAT")
        return self._flush()

    def uidl(self, number: int) -> list[Event]:
        """UIDL n (the one-line form, whatever the maildrop's size): Reply data (unique-id,),
        or not ok where the server has no UIDL or no such message."""
        self._need(State.AUTHENTICATED)
        self._asked = _number(number, "UIDL")
        self._command("UIDL", b"UIDL %d" % self._asked)
        return self._flush()

    def headers(self, number: int, names: tuple[str, ...]) -> list[Event]:
        """TOP n 0: the header of message n and none of its body. Reply data: the fields
        called `names` (any case), each "Name: value" unfolded; not ok where the server
        refuses TOP (it is optional in RFC 1939) or has no such message."""
        self._need(State.AUTHENTICATED)
        command = b"TOP %d 0" % _number(number, "TOP")
        self._headers = _Headers(frozenset(n.lower() for n in names), self.limits)
        self._command("TOP", command)
        return self._flush()

    # -- answers -----------------------------------------------------------------------------
    def _top_line(self, headers: _Headers, line: bytes) -> None:
        text = decode(line)
        if text == ".":
            self._headers = None
            self._emit(Reply(True, data=tuple(headers.fields)))
            return
        headers.add(text[1:] if text.startswith("..") else text)

    def _line(self, line: bytes) -> None:
        if self._headers is not None and self._kind == "":
            self._top_line(self._headers, line)
            return
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
        elif kind == "STAT":
            self._emit(Reply(ok, text, data=self._stat(text) if ok else ()))
        elif kind == "UIDL":
            self._emit(Reply(ok, text, data=self._uid(text) if ok else ()))
        elif kind == "TOP":
            if not ok:
                self._headers = None
                self._emit(Reply(False, text))
            # else: the header follows, up to the "." line (_top_line)
        else:
            raise _Stop(Failure.NOT_PROTOCOL, f"an answer nobody asked for: {text[:120]}")

    @staticmethod
    def _stat(text: str) -> tuple[str, ...]:
        match = _STAT.match(text)
        if match is None:
            raise _Stop(Failure.NOT_PROTOCOL, f"not an answer to STAT: {text[:120]}")
        return match.groups()

    def _uid(self, text: str) -> tuple[str, ...]:
        match = _UIDL.match(text)
        if match is None or int(match.group(1)) != self._asked:
            raise _Stop(Failure.NOT_PROTOCOL, f"not an answer to UIDL {self._asked}: {text[:120]}")
        return (match.group(2),)

    def _rejected(self, text: str) -> None:
        self._password = ""
        self.state = State.TLS_UP
        self._emit(LoginResult(Login.REJECTED, self._username, text, self._mechanism))
