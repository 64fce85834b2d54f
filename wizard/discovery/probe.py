"""A guess probe: connect, read the greeting and the capabilities, try STARTTLS, and note
whether the certificate is valid for the host name. No credentials are ever sent."""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

from wizard.discovery.arrange import CERT_NAME_MISMATCH, CERT_UNTRUSTED
from wizard.discovery.fetch import Problem
from wizard.i18n import T
from wizard.model import Protocol, Security, StepStatus
from wizard.net import NetContext
from wizard.parsers import greeting as g

IMPLICIT_TLS = {993, 995, 465}
READ_TIMEOUT = 5.0
_HOSTNAME_MISMATCH = {62, 64}  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


@dataclass(frozen=True)
class ProbeResult:
    protocol: Protocol
    host: str
    port: int
    security: Security
    caps: g.Capabilities
    cert_problem: str | None = None  # CERT_NAME_MISMATCH or CERT_UNTRUSTED
    cert_reason: str = ""


def classify(error: ssl.SSLCertVerificationError) -> tuple[str, str]:
    reason = error.verify_message or str(error)
    return (CERT_NAME_MISMATCH if error.verify_code in _HOSTNAME_MISMATCH else CERT_UNTRUSTED), reason


class _Lines:
    def __init__(self, ctx: NetContext, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.ctx, self.reader, self.writer = ctx, reader, writer

    async def line(self) -> str:
        async with asyncio.timeout(self.ctx.bound(min(READ_TIMEOUT, self.ctx.timeouts.read))):
            raw = await self.reader.readline()
        if not raw:
            raise Problem(StepStatus.ERROR, T("the server closed the connection"))
        if len(raw) > g.MAX_LINE:
            raise Problem(StepStatus.ERROR, T("the server's answer is too long to be a mail server's"))
        return raw.decode("utf-8", "replace").rstrip("\r\n")

    async def until(self, done) -> list[str]:
        lines: list[str] = []
        while not done(lines):
            lines.append(await self.line())
            if len(lines) > g.MAX_LINES:
                raise Problem(StepStatus.ERROR, T("the server's answer is too long to be a mail server's"))
        return lines

    async def send(self, text: str) -> None:
        self.writer.write(text.encode("ascii") + b"\r\n")
        await self.writer.drain()


async def _capabilities(io: _Lines, protocol: Protocol, tag: str) -> g.Capabilities:
    if protocol is Protocol.IMAP:
        await io.send(f"{tag} CAPABILITY")
        return g.imap_capabilities(await io.until(lambda ls: bool(ls) and g.imap_response_done(ls[-1], tag)), tag)
    if protocol is Protocol.POP3:
        await io.send("CAPA")
        return g.pop3_capa(await io.until(g.pop3_response_done))
    await io.send("EHLO localhost")
    return g.smtp_ehlo(await io.until(g.smtp_reply_done))


async def _greet(io: _Lines, protocol: Protocol) -> g.Capabilities | None:
    if protocol is Protocol.IMAP:
        listed = g.imap_greeting(await io.line())
        return g.imap_capabilities(listed) if listed else None
    if protocol is Protocol.POP3:
        g.pop3_greeting(await io.line())
        return None
    g.smtp_greeting(await io.until(g.smtp_reply_done))
    return None


async def _starttls(io: _Lines, protocol: Protocol) -> bool:
    """Ask for STARTTLS; True when the server agreed (the TLS handshake comes next)."""
    if protocol is Protocol.IMAP:
        await io.send("a2 STARTTLS")
        lines = await io.until(lambda ls: bool(ls) and g.imap_response_done(ls[-1], "a2"))
        return lines[-1].upper().startswith("A2 OK")
    if protocol is Protocol.POP3:
        await io.send("STLS")
        return (await io.line()).startswith("+OK")
    await io.send("STARTTLS")
    code, _ = g.smtp_reply(await io.until(g.smtp_reply_done))
    return code == 220


async def probe(ctx: NetContext, protocol: Protocol, host: str, port: int, verify: ssl.SSLContext) -> ProbeResult:
    """Raises Problem / ParseError / OSError when this is not a usable server."""
    implicit = port in IMPLICIT_TLS
    cert_problem: tuple[str, str] | None = None
    try:
        reader, writer = await ctx.open_connection(host, port, tls=verify if implicit else None, timeout=ctx.timeouts.connect)
    except ssl.SSLCertVerificationError as error:
        cert_problem = classify(error)
        reader, writer = await ctx.open_connection(host, port, tls=ctx.trust.inspecting_context(), timeout=ctx.timeouts.connect)
    io = _Lines(ctx, reader, writer)
    try:
        caps = await _greet(io, protocol) or await _capabilities(io, protocol, "a1")
        security = Security.TLS if implicit else Security.PLAIN
        if not implicit and caps.starttls and await _starttls(io, protocol):
            security = Security.STARTTLS
            try:
                async with asyncio.timeout(ctx.bound(ctx.timeouts.connect)):
                    await writer.start_tls(verify, server_hostname=host)
            except ssl.SSLCertVerificationError as error:
                cert_problem = classify(error)
            else:
                after = await _capabilities(io, protocol, "a3")
                caps = after if after.mechanisms or not caps.mechanisms else caps
        return ProbeResult(protocol, host, port, security, caps, cert_problem[0] if cert_problem else None, cert_problem[1] if cert_problem else "")
    finally:
        writer.close()
