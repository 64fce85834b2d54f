"""The conversation before any login: the protocol core's greeting, capabilities, STARTTLS
and handshake, capabilities again, over the transport. No credentials are ever sent here;
the only question is whether a login could safely follow, and what to tell the person."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wizard.model import Protocol, Security
from wizard.net import NetContext
from wizard.net.errors import TlsContext
from wizard.net.mail import MailSession, TlsPolicy
from wizard.net.transport import Stream, WireError, WireErrorKind
from wizard.protocols import Conversation, Failed, Failure, Greeted, Ready, Reply, client_for
from wizard.protocols.smtp import SmtpClient, SmtpReply


class DialogErrorKind(StrEnum):
    STARTTLS_MISSING = "starttls-missing"
    STARTTLS_REFUSED = "starttls-refused"
    STARTTLS_INJECTION = "starttls-injection"  # bytes between the STARTTLS answer and TLS
    REJECTED = "rejected"  # the server turned us away
    PROTOCOL = "protocol"  # an answer that is not this protocol


class DialogError(Exception):
    def __init__(self, kind: DialogErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}")
        self.kind = kind
        self.detail = detail


class LoginBlock(StrEnum):
    LOGINDISABLED = "logindisabled"
    NO_AUTH = "no-auth"
    TLS_REQUIRED = "tls-required"  # 530 to MAIL in the clear


@dataclass
class Dialog:
    """What was learnt, filled in as the conversation goes (kept when it breaks off)."""

    greeting: str = ""
    greeting_host: str | None = None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()  # the SASL mechanisms offered inside TLS
    tls: bool = False
    tls_version: str | None = None
    der: bytes | None = None
    login_block: LoginBlock | None = None
    notes: list[str] = field(default_factory=list)
    # With run(keep=True): the session itself, left open in TLS with its capabilities read
    # there, for a login that may follow on it (the caller closes it).
    kept: tuple[MailSession, Conversation] | None = field(default=None, repr=False)


_FAILURES = {
    Failure.STARTTLS_MISSING: DialogErrorKind.STARTTLS_MISSING,
    Failure.STARTTLS_REFUSED: DialogErrorKind.STARTTLS_REFUSED,
    Failure.STARTTLS_INJECTION: DialogErrorKind.STARTTLS_INJECTION,
    Failure.REJECTED: DialogErrorKind.REJECTED,
    Failure.NOT_PROTOCOL: DialogErrorKind.PROTOCOL,
}


def _raise(event: Failed) -> None:
    if event.failure is Failure.OVERLONG:
        raise WireError(WireErrorKind.OVERLONG, event.text)
    if event.failure is Failure.CLOSED:
        raise WireError(WireErrorKind.CLOSED, event.text)
    raise DialogError(_FAILURES[event.failure], event.text)


def machine_for(protocol: Protocol, security: Security, stream: Stream) -> Conversation:
    implicit, starttls = security is Security.TLS, security is Security.STARTTLS
    if protocol is Protocol.SMTP:
        return SmtpClient(tls=implicit, starttls=starttls, helo=f"[{stream.local_address}]")
    return client_for(protocol, tls=implicit, starttls=starttls)


async def run(ctx: NetContext, protocol: Protocol, stream: Stream, security: Security, host: str, context: TlsContext | None, timeout: float | None, result: Dialog,
              *, keep: bool = False) -> Dialog:
    """Raises DialogError (what the server said) or WireError (what the connection did).
    `keep`: a session that reached TLS with a login on offer stays open in `result.kept`."""
    if protocol not in (Protocol.IMAP, Protocol.POP3, Protocol.SMTP):
        raise DialogError(DialogErrorKind.PROTOCOL, protocol.value)
    machine = machine_for(protocol, security, stream)
    session = MailSession(ctx, stream, machine, host, TlsPolicy(context) if context is not None else None, timeout)
    try:
        while True:
            event = await session.next()
            if isinstance(event, Greeted):
                result.greeting, result.greeting_host = event.text[:300], event.host
            elif isinstance(event, Failed):
                _raise(event)
            elif isinstance(event, Ready):
                break
        caps = event.capabilities
        result.tls, result.tls_version, result.der = event.tls, stream.tls_version, stream.peer_der
        result.before = tuple(sorted((machine.before_tls or caps).names))
        if event.tls:
            result.after = tuple(sorted(caps.names))
            result.mechanisms = tuple(sorted(caps.mechanisms))
        if caps.login_disabled:
            result.login_block = LoginBlock.LOGINDISABLED
        elif protocol is Protocol.SMTP and event.tls and not caps.auth:
            result.login_block = LoginBlock.NO_AUTH
        elif isinstance(machine, SmtpClient) and not event.tls:
            # Without TLS we send no AUTH, ever; ask only whether the server itself insists on TLS.
            reply = await session.intend(machine.mail_from(""))
            if isinstance(reply, Failed):
                _raise(reply)
            if isinstance(reply, Reply) and reply.code is not None and SmtpReply(reply.code, (reply.text,)).requires_tls:
                result.login_block = LoginBlock.TLS_REQUIRED
                result.notes.append(f"{reply.code} {reply.text}")
            await session.intend(machine.rset())
        if keep and event.tls and result.login_block is None:
            result.kept = (session, machine)
        return result
    finally:
        if result.kept is None:
            await session.close()
