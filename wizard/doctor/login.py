"""Real logins: the protocol core over the transport, on the event loop. The connection is
opened to the address the doctor found, its certificate verified against the configured
host name (or matched with the pinned fingerprint), and the conversation's own rule keeps
every credential inside TLS with the capabilities read again there.

Every failure becomes a LoginOutcome whose texts come from the server (decoded, never a
bytes repr); scrubbing the password from them is left to the output edges."""

from __future__ import annotations

import asyncio
import email.utils
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from enum import StrEnum

from wizard.model import Protocol, Security
from wizard.net import NetContext
from wizard.net.mail import MailSession, TlsPolicy
from wizard.net.transport import WireError, WireErrorKind
from wizard.protocols import Conversation, Failed, Failure, Login, LoginResult, Ready, Reply, UnsafeValue, client_for
from wizard.protocols.imap import ImapClient
from wizard.protocols.pop3 import Pop3Client
from wizard.protocols.sasl import Mechanism
from wizard.protocols.smtp import SmtpClient

__all__ = ["Arrival", "Bearer", "LoginOutcome", "LoginStatus", "Target", "TlsPolicy", "app_password_required", "imap_find", "login", "pop3_find"]


class LoginStatus(StrEnum):
    OK = "ok"
    REJECTED = "rejected"  # the server said no to these credentials
    BLOCKED = "blocked"  # the server offers no login we may use
    UNPROTECTED = "unprotected"  # TLS failed or was not the checked one: nothing sent
    ERROR = "error"
    TIMEOUT = "timeout"


@dataclass(frozen=True)
class Target:
    protocol: Protocol
    host: str  # the configured name: what the certificate must match
    address: str  # the address the doctor found (the context's route still applies)
    port: int
    security: Security


@dataclass(frozen=True)
class LoginOutcome:
    status: LoginStatus
    username: str | None = None
    server_text: str = ""
    tried: tuple[str, ...] = ()
    sent_test: bool = False
    mechanism: str | None = None  # the SASL mechanism that carried a token (OAUTHBEARER, XOAUTH2); None for a password


@dataclass(frozen=True)
class Bearer:
    """An access token from the wizard's own sign-in, to log in with instead of a password,
    and the one SASL mechanism that may carry it: the one a login with it already worked
    with on that server. A server that does not offer that mechanism inside TLS gets no
    token (BLOCKED), never the token in another one."""

    token: str = field(repr=False)
    mechanism: Mechanism


class _Stop(Exception):
    def __init__(self, outcome: LoginOutcome) -> None:
        super().__init__(outcome.status.value)
        self.outcome = outcome


async def _open(ctx: NetContext, target: Target, policy: TlsPolicy, read_timeout: float | None, tried: tuple[str, ...], helo: bool = True) -> tuple[MailSession, Conversation]:
    """A session that reached TLS_UP, or _Stop with the outcome that explains why not."""
    result, stream = await ctx.connect(target.host, target.port, addresses=(target.address,))
    if stream is None:
        status = LoginStatus.TIMEOUT if result.state == "filtered" else LoginStatus.ERROR
        raise _Stop(LoginOutcome(status, server_text=result.state.value, tried=tried))
    implicit = target.security is Security.TLS
    machine: Conversation
    if target.protocol is Protocol.SMTP:
        machine = SmtpClient(tls=implicit, starttls=not implicit, helo=f"[{stream.local_address}]")
    else:
        machine = client_for(target.protocol, tls=implicit, starttls=not implicit)
    session = MailSession(ctx, stream, machine, target.host, policy, read_timeout)
    try:
        while True:
            event = await session.next()
            if isinstance(event, Ready):
                if not event.tls:  # cannot happen with starttls demanded; never log in anyway
                    raise _Stop(LoginOutcome(LoginStatus.UNPROTECTED, server_text="no TLS", tried=tried))
                return session, machine
            if isinstance(event, Failed):
                raise _Stop(_failed(event, tried))
    except WireError as exc:
        await session.close()
        raise _Stop(_wire(exc, tried)) from None
    except BaseException:
        await session.close()
        raise


def _failed(event: Failed, tried: tuple[str, ...]) -> LoginOutcome:
    if event.failure in (Failure.STARTTLS_MISSING, Failure.STARTTLS_REFUSED, Failure.STARTTLS_INJECTION):
        return LoginOutcome(LoginStatus.UNPROTECTED, server_text=event.text or event.failure.value, tried=tried)
    return LoginOutcome(LoginStatus.ERROR, server_text=event.text or event.failure.value, tried=tried)


def _wire(exc: WireError, tried: tuple[str, ...]) -> LoginOutcome:
    if exc.kind is WireErrorKind.TIMEOUT:
        return LoginOutcome(LoginStatus.TIMEOUT, tried=tried)
    if exc.kind in (WireErrorKind.TLS, WireErrorKind.VERIFY, WireErrorKind.PIN, WireErrorKind.INJECTION):
        return LoginOutcome(LoginStatus.UNPROTECTED, server_text=exc.detail or exc.kind.value, tried=tried)
    return LoginOutcome(LoginStatus.ERROR, server_text=exc.detail or exc.kind.value, tried=tried)


async def _login_once(session: MailSession, machine: Conversation, username: str, secret: str | Bearer) -> LoginResult | Failed:
    """One login with the password, or with the token in its one mechanism."""
    if isinstance(secret, Bearer):
        if not isinstance(machine, (ImapClient, Pop3Client, SmtpClient)):
            return Failed(Failure.NOT_PROTOCOL, "no token login for this protocol")
        intents = machine.login_bearer(username, secret.token, secret.mechanism)
    else:
        intents = machine.login(username, secret)
    event = await session.intend(intents)
    while not isinstance(event, (LoginResult, Failed)):
        event = await session.next()
    return event


async def login(
    ctx: NetContext,
    target: Target,
    policy: TlsPolicy,
    usernames: tuple[str, ...],
    password: str | Bearer,
    read_timeout: float | None,
    send_to: str | None = None,
    token: str = "",
    opened: tuple[MailSession, Conversation] | None = None,
) -> LoginOutcome:
    """Try each user name in turn (on one connection while the server keeps it open); stop
    at the first that works, at an app-password demand, or at a block. With `send_to`
    (SMTP), the working login then sends the test message to that address (`token`: the
    mark in its subject). `password` may be a Bearer: the access token, in its one
    mechanism. `opened`: a session already in TLS whose certificate the caller verified for
    `target.host` (the doctor's own dialog), used first instead of a new connection; closed
    here either way."""
    tried: list[str] = []
    last_text = ""
    session: MailSession | None = None
    try:
        for username in usernames:
            if session is None and opened is not None:
                (session, machine), opened = opened, None
            if session is None:
                session, machine = await _open(ctx, target, policy, read_timeout, tuple(tried))
            tried.append(username)
            result = await _login_once(session, machine, username, password)
            if isinstance(result, Failed):
                if result.failure is Failure.CLOSED and len(tried) < len(usernames):
                    await session.close()
                    session = None  # hung up after a refusal: the next name on a new connection
                    continue
                return _failed(result, tuple(tried))
            if result.outcome is Login.OK:
                sent = await _send_test(session, machine, send_to, token) if send_to else False
                return LoginOutcome(LoginStatus.OK, username=username, tried=tuple(tried), sent_test=sent, mechanism=result.mechanism)
            if result.outcome is Login.BLOCKED:
                tried.pop()
                return LoginOutcome(LoginStatus.BLOCKED, server_text=result.text, tried=tuple(tried))
            last_text = result.text
            if app_password_required(last_text):
                break
        return LoginOutcome(LoginStatus.REJECTED, server_text=last_text, tried=tuple(tried))
    except _Stop as stop:
        return stop.outcome
    except UnsafeValue as exc:
        return LoginOutcome(LoginStatus.ERROR, server_text=str(exc), tried=tuple(tried))
    except WireError as exc:
        return _wire(exc, tuple(tried))
    finally:
        if session is not None:
            await session.close()
        if opened is not None:  # no user name to try: the session handed over is not used
            await opened[0].close()


def _message(address: str, token: str) -> bytes:
    message = EmailMessage()
    message["From"] = address
    message["To"] = address
    message["Subject"] = f"mailsetup test {token}"
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = email.utils.make_msgid(domain=address.rpartition("@")[2] or None)
    message.set_content("This message was sent by mailsetup to check that sending works. You may delete it.\n")
    return message.as_bytes()


async def _reply(session: MailSession, events: list) -> Reply | Failed:
    event = await session.intend(events)
    while not isinstance(event, (Reply, Failed)):
        event = await session.next()
    return event


async def _send_test(session: MailSession, machine: Conversation, address: str, token: str) -> bool:
    assert isinstance(machine, SmtpClient)
    for events in (lambda: machine.mail_from(address), lambda: machine.rcpt_to(address), lambda: machine.data(_message(address, token))):
        reply = await _reply(session, events())
        if not isinstance(reply, Reply) or not reply.ok:
            return False
    return True


async def imap_find(ctx: NetContext, target: Target, policy: TlsPolicy, username: str, password: str | Bearer, token: str, wait: float, read_timeout: float | None) -> bool:
    """Whether a message whose subject holds `token` arrives in INBOX within `wait` seconds
    (logged in with the password, or with a Bearer's token in its one mechanism)."""
    try:
        session, machine = await _open(ctx, target, policy, read_timeout, ())
    except _Stop:
        return False
    assert isinstance(machine, ImapClient)
    try:
        result = await _login_once(session, machine, username, password)
        if not isinstance(result, LoginResult) or result.outcome is not Login.OK:
            return False
        reply = await _reply(session, machine.examine("INBOX"))
        if not isinstance(reply, Reply) or not reply.ok:
            return False
        end = time.monotonic() + wait
        while True:
            found = await _reply(session, machine.search_subject(token))
            if not isinstance(found, Reply) or not found.ok:
                return False
            if any(part.split() for part in found.data):
                return True
            if time.monotonic() >= end:
                return False
            await asyncio.sleep(0.2)
            await _reply(session, machine.noop())
    except (WireError, UnsafeValue):
        return False
    finally:
        await session.close()


class Arrival(StrEnum):
    """What looking for the test message over POP3 came to."""

    FOUND = "found"
    MISSING = "missing"  # not there in time, or the look itself failed (as imap_find's False)
    UNCHECKABLE = "uncheckable"  # the server refuses TOP: only whole messages could be read


POP3_LOOK_BACK = 20  # the newest messages whose headers one POP3 login reads
POP3_PAUSE = (0.5, 1.0, 2.0)  # seconds between POP3 logins (the last one repeated): each is a new session


async def pop3_find(ctx: NetContext, target: Target, policy: TlsPolicy, username: str, password: str | Bearer, token: str, wait: float, read_timeout: float | None) -> Arrival:
    """Whether a message whose subject holds `token` arrives in the POP3 maildrop within
    `wait` seconds (logged in as imap_find does). A POP3 session shows the maildrop as it
    was at the login, so each look is a login of its own: STAT, then for the newest
    POP3_LOOK_BACK messages not looked at before (by UIDL, where the server has it) TOP n 0,
    their headers alone. Nothing is deleted (no DELE exists in the client) and no message's
    body is read; a server that refuses TOP is UNCHECKABLE at once, never read with RETR.
    A login refused because the maildrop is still locked ([IN-USE], [SYS/TEMP]) waits for
    the next look; any other refusal, or trouble, ends it as MISSING."""
    end = time.monotonic() + wait
    state = _Looked()
    attempt = 0
    while True:
        try:
            session, machine = await _open(ctx, target, policy, read_timeout, ())
        except _Stop:
            return Arrival.MISSING
        assert isinstance(machine, Pop3Client)
        try:
            result = await _login_once(session, machine, username, password)
            if isinstance(result, LoginResult) and result.outcome is Login.REJECTED and _busy(result.text):
                pass  # still locked by the last look (or the mail program): the next look tries again
            elif not isinstance(result, LoginResult) or result.outcome is not Login.OK:
                return Arrival.MISSING
            else:
                found = await _pop3_look(session, machine, token, state)
                if found is not None:
                    return found
        except (WireError, UnsafeValue):
            return Arrival.MISSING
        finally:
            await session.close()
        if time.monotonic() >= end:
            return Arrival.MISSING
        await asyncio.sleep(min(POP3_PAUSE[min(attempt, len(POP3_PAUSE) - 1)], max(0.0, end - time.monotonic())))
        attempt += 1


def _busy(text: str) -> bool:
    """A login refused because the maildrop is in use or the server is briefly unable
    (RFC 2449 response codes IN-USE, SYS/TEMP): a later login may get in."""
    upper = text.upper()
    return upper.startswith("[IN-USE]") or upper.startswith("[SYS/TEMP]")


@dataclass
class _Looked:
    """What the looks into one POP3 maildrop learnt, from one login to the next."""

    seen: set[str] = field(default_factory=set)  # the unique-ids of messages whose headers were read
    uidl: bool = True  # until the server refuses it: then every look reads the newest again
    headers_read: bool = False  # some TOP worked: a later refusal is that message's, not TOP's


async def _pop3_look(session: MailSession, machine: Pop3Client, token: str, state: _Looked) -> Arrival | None:
    """One look, logged in: FOUND, UNCHECKABLE, MISSING when the session went wrong, or
    None (not there yet)."""
    stat = await _reply(session, machine.stat())
    if not isinstance(stat, Reply) or not stat.ok:
        return Arrival.MISSING
    count = int(stat.data[0])
    for number in range(count, max(0, count - POP3_LOOK_BACK), -1):
        uid = ""
        if state.uidl:
            answer = await _reply(session, machine.uidl(number))
            if not isinstance(answer, Reply):
                return Arrival.MISSING
            uid, state.uidl = (answer.data[0], True) if answer.ok else ("", False)
            if uid in state.seen:
                continue
        top = await _reply(session, machine.headers(number, ("Subject",)))
        if not isinstance(top, Reply):
            return Arrival.MISSING
        if not top.ok:
            if not state.headers_read:
                return Arrival.UNCHECKABLE
            continue
        state.headers_read = True
        if any(token in value.partition(":")[2] for value in top.data):
            return Arrival.FOUND
        if uid:
            state.seen.add(uid)
    return None


_APP_PASSWORD_HINTS = (
    "application-specific password",
    "application specific password",
    "app password",
    "app-specific password",
    "apppassword",
    "webloginrequired",
    "web login required",
    "[webalert]",
)


def app_password_required(text: str) -> bool:
    """Whether a server's refusal says the account needs an app password (Gmail, iCloud,
    Yahoo, Outlook.com word it differently; all of them say so in the failure text)."""
    lowered = text.lower()
    return any(hint in lowered for hint in _APP_PASSWORD_HINTS)
