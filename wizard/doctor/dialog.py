"""The conversation before any login, one per protocol: greeting, capabilities, STARTTLS
and the TLS handshake, capabilities again. No credentials are ever sent here; the only
question is whether a login could safely follow."""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field

from wizard.doctor.wire import Wire, WireError
from wizard.model import Protocol, Security
from wizard.parsers import imap_responses as imap
from wizard.parsers import pop3_responses as pop3
from wizard.parsers import smtp_responses as smtp


class DialogError(Exception):
    """`kind`: starttls-missing, starttls-refused, rejected (the server turned us away),
    protocol (an answer that is not this protocol)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass
class Dialog:
    """What was learnt, filled in as the conversation goes (kept when it breaks off)."""

    greeting: str = ""
    greeting_host: str | None = None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    tls: bool = False
    tls_version: str | None = None
    der: bytes | None = None
    login_block: str | None = None  # logindisabled, no-auth, tls-required (530)
    notes: list[str] = field(default_factory=list)


async def run(protocol: Protocol, wire: Wire, security: Security, host: str, context: ssl.SSLContext | None, timeout: float | None, result: Dialog) -> Dialog:
    if security is Security.TLS:
        assert context is not None
        await _tls(wire, context, host, timeout, result)
    if protocol is Protocol.IMAP:
        await _imap(wire, security, host, context, timeout, result)
    elif protocol is Protocol.POP3:
        await _pop3(wire, security, host, context, timeout, result)
    elif protocol is Protocol.SMTP:
        await _smtp(wire, security, host, context, timeout, result)
    else:
        raise DialogError("protocol", protocol.value)
    return result


async def _tls(wire: Wire, context: ssl.SSLContext, host: str, timeout: float | None, result: Dialog) -> None:
    await wire.start_tls(context, host, timeout)
    result.tls, result.tls_version, result.der = True, wire.tls_version, wire.peer_der


def _text(line: bytes) -> str:
    return line.decode("utf-8", "replace").strip()[:300]


# -- IMAP --------------------------------------------------------------------------------------
async def _imap_command(wire: Wire, tag: str, command: str, timeout: float | None) -> tuple[imap.ImapResponse, list[imap.ImapResponse]]:
    await wire.send(f"{tag} {command}\r\n".encode())
    lines = await wire.lines_until(lambda line: line.startswith(tag.encode() + b" "), timeout)
    try:
        parsed = [imap.parse_response(line) for line in lines]
    except imap.ImapResponseError as exc:
        raise DialogError("protocol", str(exc)) from None
    return parsed[-1], parsed[:-1]


async def _imap_capabilities(wire: Wire, tag: str, timeout: float | None) -> frozenset[str]:
    final, untagged = await _imap_command(wire, tag, "CAPABILITY", timeout)
    caps: frozenset[str] = frozenset()
    for response in untagged + [final]:
        if response.capabilities is not None:
            caps = caps | response.capabilities
    return caps


async def _imap(wire: Wire, security: Security, host: str, context, timeout, result: Dialog) -> None:
    line = await wire.line(timeout)
    result.greeting = _text(line)
    try:
        greeting = imap.parse_greeting(line)
    except imap.ImapResponseError as exc:
        raise DialogError("protocol", str(exc)) from None
    if greeting.status == "BYE":
        raise DialogError("rejected", greeting.text)
    caps = greeting.capabilities or await _imap_capabilities(wire, "d1", timeout)
    result.before = tuple(sorted(caps))
    if security is Security.STARTTLS:
        if "STARTTLS" not in caps:
            raise DialogError("starttls-missing")
        final, _ = await _imap_command(wire, "d2", "STARTTLS", timeout)
        if final.status != "OK":
            raise DialogError("starttls-refused", f"{final.status} {final.text}")
        await _tls(wire, context, host, timeout, result)
    if result.tls:
        caps = await _imap_capabilities(wire, "d3", timeout)
        result.after = tuple(sorted(caps))
    if not imap.login_allowed(caps):
        result.login_block = "logindisabled"
    try:
        await wire.send(b"d4 LOGOUT\r\n")
    except WireError:
        pass


# -- POP3 --------------------------------------------------------------------------------------
async def _pop3_status(wire: Wire, timeout) -> pop3.Pop3Status:
    line = await wire.line(timeout)
    try:
        return pop3.parse_status(line)
    except pop3.Pop3ResponseError as exc:
        raise DialogError("protocol", str(exc)) from None


async def _pop3_capa(wire: Wire, timeout) -> dict[str, tuple[str, ...]]:
    await wire.send(b"CAPA\r\n")
    status = await _pop3_status(wire, timeout)
    if not status.ok:
        return {}
    lines = await wire.lines_until(pop3.is_terminator, timeout)
    return pop3.parse_capa(lines)


async def _pop3(wire: Wire, security: Security, host: str, context, timeout, result: Dialog) -> None:
    line = await wire.line(timeout)
    result.greeting = _text(line)
    try:
        greeting = pop3.parse_status(line)
    except pop3.Pop3ResponseError as exc:
        raise DialogError("protocol", str(exc)) from None
    if not greeting.ok:
        raise DialogError("rejected", greeting.text)
    capa = await _pop3_capa(wire, timeout)
    result.before = tuple(sorted(capa))
    if security is Security.STARTTLS:
        if "STLS" not in capa:
            raise DialogError("starttls-missing")
        await wire.send(b"STLS\r\n")
        status = await _pop3_status(wire, timeout)
        if not status.ok:
            raise DialogError("starttls-refused", f"-ERR {status.text}")
        await _tls(wire, context, host, timeout, result)
    if result.tls:
        capa = await _pop3_capa(wire, timeout)
        result.after = tuple(sorted(capa))
    try:
        await wire.send(b"QUIT\r\n")
    except WireError:
        pass


# -- SMTP --------------------------------------------------------------------------------------
async def smtp_reply(wire: Wire, timeout) -> smtp.SmtpReply:
    def last(line: bytes) -> bool:
        try:
            return smtp.parse_line(line).last
        except smtp.SmtpResponseError:
            return True  # let parse_reply report it

    lines = await wire.lines_until(last, timeout)
    try:
        return smtp.parse_reply(lines)
    except smtp.SmtpResponseError as exc:
        raise DialogError("protocol", str(exc)) from None


async def smtp_greeting(wire: Wire, timeout, result: Dialog) -> smtp.SmtpReply:
    reply = await smtp_reply(wire, timeout)
    result.greeting = reply.text[:300]
    result.greeting_host = smtp.greeting_host(reply)
    if reply.code != 220:
        raise DialogError("rejected", f"{reply.code} {reply.text}")
    return reply


async def smtp_ehlo(wire: Wire, timeout) -> dict[str, tuple[str, ...]]:
    await wire.send(f"EHLO [{wire.local_address}]\r\n".encode())
    reply = await smtp_reply(wire, timeout)
    if reply.code != 250:
        raise DialogError("rejected", f"{reply.code} {reply.text}")
    return smtp.parse_ehlo(reply)


async def _smtp(wire: Wire, security: Security, host: str, context, timeout, result: Dialog) -> None:
    await smtp_greeting(wire, timeout, result)
    ext = await smtp_ehlo(wire, timeout)
    result.before = tuple(sorted(ext))
    if security is Security.STARTTLS:
        if "STARTTLS" not in ext:
            raise DialogError("starttls-missing")
        await wire.send(b"STARTTLS\r\n")
        reply = await smtp_reply(wire, timeout)
        if reply.code != 220:
            raise DialogError("starttls-refused", f"{reply.code} {reply.text}")
        await _tls(wire, context, host, timeout, result)
    if result.tls:
        ext = await smtp_ehlo(wire, timeout)
        result.after = tuple(sorted(ext))
        if "AUTH" not in ext:
            result.login_block = "no-auth"
    else:
        # Without TLS we send no AUTH, ever; ask only whether the server itself insists on TLS.
        await wire.send(b"MAIL FROM:<>\r\n")
        reply = await smtp_reply(wire, timeout)
        if reply.requires_tls:
            result.login_block = "tls-required"
            result.notes.append(f"{reply.code} {reply.text}")
        await wire.send(b"RSET\r\n")
    try:
        await wire.send(b"QUIT\r\n")
    except WireError:
        pass
