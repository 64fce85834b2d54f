"""A guess probe: connect, read the greeting and the capabilities, try STARTTLS when
offered, and note whether the certificate is valid for the host name. No credentials are
ever sent. The conversation is the protocol core's; this only says what the answers mean
for ranking a guess."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.discovery.arrange import CERT_NAME_MISMATCH, CERT_UNTRUSTED
from wizard.discovery.fetch import Problem
from wizard.i18n import T
from wizard.model import Protocol, Security, StepStatus
from wizard.net import NetContext
from wizard.net.errors import TlsContext
from wizard.net.mail import MailSession, TlsPolicy
from wizard.net.transport import Stream, TcpState, WireError, WireErrorKind, unopened
from wizard.parsers.document import ParseError
from wizard.protocols import Capabilities, Failed, Failure, Ready, client_for

IMPLICIT_TLS = {993, 995, 465}
READ_TIMEOUT = 5.0
_HOSTNAME_MISMATCH = {62, 64}  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


@dataclass(frozen=True)
class ProbeResult:
    protocol: Protocol
    host: str
    port: int
    security: Security
    caps: Capabilities
    cert_problem: str | None = None  # CERT_NAME_MISMATCH or CERT_UNTRUSTED
    cert_reason: str = ""


def classify(code: int | None, reason: str) -> tuple[str, str]:
    return (CERT_NAME_MISMATCH if code in _HOSTNAME_MISMATCH else CERT_UNTRUSTED), reason


async def _open(ctx: NetContext, host: str, port: int) -> Stream:
    result, stream = await ctx.connect(host, port)
    if stream is not None:
        return stream
    if result.state is TcpState.REFUSED:
        raise ConnectionRefusedError(f"{host}:{port} refused")
    if result.state is TcpState.FILTERED:
        raise TimeoutError(f"{host}:{port} did not answer")
    raise unopened(result)


def _problem(protocol: Protocol, failed: Failed) -> Exception:
    if failed.failure is Failure.OVERLONG:
        return Problem(StepStatus.ERROR, T("the server's answer is too long to be a mail server's"))
    if failed.failure is Failure.CLOSED:
        return Problem(StepStatus.ERROR, T("the server closed the connection"))
    if failed.failure is Failure.STARTTLS_INJECTION:
        return Problem(StepStatus.ERROR, T("the server sent data before encryption began (an injection attack); not used"))
    if failed.failure is Failure.REJECTED:
        return ParseError("greeting-refused", T("The server refused the connection: {reply}", reply=failed.text[:200]))
    reply = failed.text[:200]
    if protocol is Protocol.IMAP:
        return ParseError("greeting-not-imap", T("The server did not greet like an IMAP server: {reply}", reply=reply))
    if protocol is Protocol.POP3:
        return ParseError("greeting-not-pop3", T("The server did not greet like a POP3 server: {reply}", reply=reply))
    return ParseError("greeting-not-smtp", T("The server did not answer like an SMTP server: {reply}", reply=reply))


async def _converse(ctx: NetContext, protocol: Protocol, host: str, port: int, context: TlsContext) -> tuple[Capabilities, bool]:
    """(capabilities, whether TLS is up) of one conversation; WireError on transport trouble."""
    implicit = port in IMPLICIT_TLS
    machine = client_for(protocol, tls=implicit)
    session = MailSession(ctx, await _open(ctx, host, port), machine, host, TlsPolicy(context), min(READ_TIMEOUT, ctx.timeouts.read))
    try:
        while True:
            event = await session.next()
            if isinstance(event, Failed):
                raise _problem(protocol, event)
            if isinstance(event, Ready):
                return event.capabilities, event.tls
    finally:
        await session.close()


async def probe(ctx: NetContext, protocol: Protocol, host: str, port: int, verify: TlsContext) -> ProbeResult:
    """Raises Problem / ParseError / OSError when this is not a usable server. A certificate
    the system does not trust is looked at once more without judging it, only to rank."""
    implicit = port in IMPLICIT_TLS
    cert_problem: tuple[str, str] | None = None
    try:
        caps, tls = await _converse(ctx, protocol, host, port, verify)
    except WireError as error:
        if error.kind is not WireErrorKind.VERIFY:
            raise _wire_problem(error) from None
        cert_problem = classify(error.verify_code, error.detail)
        try:
            caps, tls = await _converse(ctx, protocol, host, port, ctx.trust.inspecting_context())
        except WireError as again:
            raise _wire_problem(again) from None
    security = Security.TLS if implicit else Security.STARTTLS if tls else Security.PLAIN
    return ProbeResult(protocol, host, port, security, caps, cert_problem[0] if cert_problem else None, cert_problem[1] if cert_problem else "")


def _wire_problem(error: WireError) -> Exception:
    if error.kind is WireErrorKind.TIMEOUT:
        return TimeoutError(error.detail or "no answer in time")
    if error.kind is WireErrorKind.INJECTION:
        return Problem(StepStatus.ERROR, T("the server sent data before encryption began (an injection attack); not used"))
    if error.kind is WireErrorKind.CLOSED:
        return Problem(StepStatus.ERROR, T("the server closed the connection"))
    return Problem(StepStatus.ERROR, T("the encrypted connection failed: {problem}", problem=error.detail[:160] or error.kind.value))
