"""Real logins with the standard client libraries (imapclient, poplib, smtplib), which block:
they run in a worker thread, connect to the address our resolver found, verify the
certificate against the configured host name, and check TLS is up before any credential.

Every failure is turned into a LoginOutcome whose texts come from the server and are
scrubbed of the password; no exception carrying library state ever leaves this module."""

from __future__ import annotations

import base64
import email.utils
import imaplib
import poplib
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Callable

from wizard.model import Protocol, Security
from wizard.model.fingerprint import fingerprint_sha256

REDACTED = "••••••"


def scrubber(password: str | None) -> Callable[[str], str]:
    """Removes the password, and the base64 forms it takes in AUTH LOGIN, from a text."""
    if not password:
        return lambda text: text
    forms = {password, base64.b64encode(password.encode()).decode()}
    forms |= {repr(password)[1:-1], password.encode().hex()}

    def scrub(text: str) -> str:
        for form in sorted(forms, key=len, reverse=True):
            if form:
                text = text.replace(form, REDACTED)
        return text

    return scrub


@dataclass(frozen=True)
class TlsPolicy:
    """How the login connection is protected: `context` verifies chain and name (trusted
    certificate), or `pinned` names the one fingerprint that is accepted instead."""

    context: ssl.SSLContext
    pinned: str | None = None


class NotProtected(Exception):
    """TLS is not up, or not with the certificate we checked: credentials stay home."""


class Sockets:
    """Every socket a worker opened, so a timeout on the event loop can close them and
    unblock the thread (a blocked recv() cannot be cancelled any other way)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[socket.socket] = []
        self.closed = False

    def add(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._items.append(sock)
            if self.closed:
                _kill(sock)
        return sock

    def close_all(self) -> None:
        with self._lock:
            self.closed = True
            for sock in self._items:
                _kill(sock)


def _kill(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


@dataclass(frozen=True)
class Target:
    protocol: Protocol
    host: str  # the configured name: what the certificate must match
    address: str  # where to connect (resolved through the NetContext)
    port: int
    security: Security


def _check_protected(sock: object, policy: TlsPolicy) -> None:
    if not isinstance(sock, ssl.SSLSocket):
        raise NotProtected("no TLS")
    if policy.pinned is not None:
        der = sock.getpeercert(binary_form=True)
        if not der or fingerprint_sha256(der) != policy.pinned:
            raise NotProtected("certificate differs from the checked one")


def _open(target: Target, policy: TlsPolicy, timeout: float, sockets: Sockets) -> socket.socket:
    sock = sockets.add(socket.create_connection((target.address, target.port), timeout=timeout))
    if target.security is Security.TLS:
        sock = sockets.add(policy.context.wrap_socket(sock, server_hostname=target.host))
        _check_protected(sock, policy)
    return sock


@dataclass(frozen=True)
class LoginOutcome:
    """`status`: ok, rejected (the server said no to these credentials), blocked (the server
    offers no login we may use), unprotected (TLS failed: nothing sent), error, timeout."""

    status: str
    username: str | None = None
    server_text: str = ""
    tried: tuple[str, ...] = ()
    sent_test: bool = False


# -- IMAP --------------------------------------------------------------------------------------
def _imap_client(target: Target, policy: TlsPolicy, timeout: float, sockets: Sockets):
    from imapclient import IMAPClient

    class _IMAP4(imaplib.IMAP4):
        def _create_socket(self, timeout=None):  # noqa: ANN001
            return _open(target, policy, timeout_value, sockets)

    timeout_value = timeout

    class _Client(IMAPClient):
        def _create_IMAP4(self):  # noqa: N802
            conn = _IMAP4(target.host, target.port)
            conn.debug = 0
            return conn

    client = _Client(target.host, target.port, ssl=target.security is Security.TLS, ssl_context=policy.context, timeout=timeout)
    client._imap.debug = 0  # imapclient turns imaplib's command echo on; keep secrets out of logs
    if target.security is Security.STARTTLS:
        client.starttls(policy.context)
    _check_protected(client._imap.sock, policy)
    return client


def imap_login(target: Target, policy: TlsPolicy, usernames: tuple[str, ...], password: str, timeout: float, sockets: Sockets) -> LoginOutcome:
    from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

    scrub = scrubber(password)
    tried: list[str] = []
    last_text = ""
    for username in usernames:
        try:
            client = _imap_client(target, policy, timeout, sockets)
        except (NotProtected, ssl.SSLError, CapabilityError) as exc:
            return LoginOutcome("unprotected", server_text=scrub(str(exc)), tried=tuple(tried))
        except (socket.timeout, TimeoutError):
            return LoginOutcome("timeout", tried=tuple(tried))
        except (OSError, IMAPClientError, imaplib.IMAP4.error) as exc:
            return LoginOutcome("error", server_text=scrub(str(exc)), tried=tuple(tried))
        try:
            caps = {c.decode().upper() if isinstance(c, bytes) else str(c).upper() for c in client.capabilities()}
            if "LOGINDISABLED" in caps:
                return LoginOutcome("blocked", server_text="LOGINDISABLED", tried=tuple(tried))
            tried.append(username)
            try:
                client.login(username, password)
            except LoginError as exc:
                last_text = scrub(str(exc)).removeprefix("login failed: ")
                if _app_password(last_text):
                    return LoginOutcome("rejected", server_text=last_text, tried=tuple(tried))
                continue
            return LoginOutcome("ok", username=username, tried=tuple(tried))
        except (socket.timeout, TimeoutError):
            return LoginOutcome("timeout", tried=tuple(tried))
        except (OSError, IMAPClientError, imaplib.IMAP4.error, ValueError) as exc:
            return LoginOutcome("error", server_text=scrub(str(exc)), tried=tuple(tried))
        finally:
            try:
                client.logout()
            except Exception:
                try:
                    client.shutdown()
                except Exception:
                    pass
    return LoginOutcome("rejected", server_text=last_text, tried=tuple(tried))


def imap_find(target: Target, policy: TlsPolicy, username: str, password: str, token: str, wait: float, timeout: float, sockets: Sockets) -> bool:
    """Whether a message whose subject holds `token` arrives in INBOX within `wait` seconds."""
    client = _imap_client(target, policy, timeout, sockets)
    try:
        client.login(username, password)
        client.select_folder("INBOX", readonly=True)
        end = time.monotonic() + wait
        while True:
            if client.search(["SUBJECT", token]):
                return True
            if time.monotonic() >= end:
                return False
            time.sleep(0.2)
            client.noop()
    finally:
        try:
            client.logout()
        except Exception:
            pass


# -- POP3 --------------------------------------------------------------------------------------
def pop3_login(target: Target, policy: TlsPolicy, usernames: tuple[str, ...], password: str, timeout: float, sockets: Sockets) -> LoginOutcome:
    scrub = scrubber(password)

    class _POP3(poplib.POP3):
        def _create_socket(self, timeout):  # noqa: ANN001
            return _open(target, policy, timeout, sockets)

    tried: list[str] = []
    last_text = ""
    for username in usernames:
        try:
            pop = _POP3(target.host, target.port, timeout=timeout)
        except (NotProtected, ssl.SSLError) as exc:
            return LoginOutcome("unprotected", server_text=scrub(str(exc)), tried=tuple(tried))
        except (socket.timeout, TimeoutError):
            return LoginOutcome("timeout", tried=tuple(tried))
        except (OSError, poplib.error_proto) as exc:
            return LoginOutcome("error", server_text=scrub(str(exc)), tried=tuple(tried))
        try:
            pop.set_debuglevel(0)
            if target.security is Security.STARTTLS:
                try:
                    pop.stls(policy.context)
                except (poplib.error_proto, ssl.SSLError) as exc:
                    return LoginOutcome("unprotected", server_text=scrub(str(exc)), tried=tuple(tried))
            _check_protected(pop.sock, policy)
            tried.append(username)
            try:
                pop.user(username)
                pop.pass_(password)
            except poplib.error_proto as exc:
                last_text = scrub(_decode(exc)).removeprefix("-ERR ").strip()
                if _app_password(last_text):
                    return LoginOutcome("rejected", server_text=last_text, tried=tuple(tried))
                continue
            return LoginOutcome("ok", username=username, tried=tuple(tried))
        except NotProtected as exc:
            return LoginOutcome("unprotected", server_text=str(exc), tried=tuple(tried))
        except (socket.timeout, TimeoutError):
            return LoginOutcome("timeout", tried=tuple(tried))
        except (OSError, poplib.error_proto, ValueError) as exc:
            return LoginOutcome("error", server_text=scrub(str(exc)), tried=tuple(tried))
        finally:
            try:
                pop.quit()
            except Exception:
                try:
                    pop.close()
                except Exception:
                    pass
    return LoginOutcome("rejected", server_text=last_text, tried=tuple(tried))


def _decode(exc: BaseException) -> str:
    arg = exc.args[0] if exc.args else ""
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


# -- SMTP --------------------------------------------------------------------------------------
def smtp_login(
    target: Target,
    policy: TlsPolicy,
    usernames: tuple[str, ...],
    password: str,
    timeout: float,
    sockets: Sockets,
    send_to: str | None = None,
    token: str = "",
) -> LoginOutcome:
    scrub = scrubber(password)

    class _SMTP(smtplib.SMTP):
        def _get_socket(self, host, port, timeout):  # noqa: ANN001
            sock = _open(target, policy, timeout, sockets)
            self.local_hostname = f"[{sock.getsockname()[0]}]"
            return sock

    tried: list[str] = []
    last_text = ""
    for username in usernames:
        smtp = _SMTP(local_hostname="localhost", timeout=timeout)
        smtp._host = target.host  # STARTTLS checks the certificate against this name
        smtp.set_debuglevel(0)
        try:
            try:
                code, reply = smtp.connect(target.host, target.port)
            except (NotProtected, ssl.SSLError) as exc:
                return LoginOutcome("unprotected", server_text=scrub(str(exc)), tried=tuple(tried))
            if code != 220:
                return LoginOutcome("error", server_text=scrub(f"{code} {reply.decode('utf-8', 'replace')}"), tried=tuple(tried))
            smtp.ehlo()
            if target.security is Security.STARTTLS:
                try:
                    code, reply = smtp.starttls(context=policy.context)
                except (smtplib.SMTPNotSupportedError, ssl.SSLError) as exc:
                    return LoginOutcome("unprotected", server_text=scrub(str(exc)), tried=tuple(tried))
                if code != 220:
                    return LoginOutcome("unprotected", server_text=scrub(f"{code} {reply.decode('utf-8', 'replace')}"), tried=tuple(tried))
                smtp.ehlo()
            _check_protected(smtp.sock, policy)
            if not smtp.has_extn("auth"):
                return LoginOutcome("blocked", server_text="no AUTH", tried=tuple(tried))
            tried.append(username)
            try:
                smtp.login(username, password)
            except smtplib.SMTPAuthenticationError as exc:
                last_text = scrub(f"{exc.smtp_code} {_decode_bytes(exc.smtp_error)}")
                if exc.smtp_code == 530 or _app_password(last_text):
                    return LoginOutcome("rejected" if exc.smtp_code != 530 else "blocked", server_text=last_text, tried=tuple(tried))
                continue
            sent = False
            if send_to:
                message = EmailMessage()
                message["From"] = send_to
                message["To"] = send_to
                message["Subject"] = f"mailsetup test {token}"
                message["Date"] = email.utils.formatdate(localtime=True)
                message["Message-ID"] = email.utils.make_msgid(domain=send_to.rpartition("@")[2] or None)
                message.set_content("This message was sent by mailsetup to check that sending works. You may delete it.\n")
                smtp.send_message(message)
                sent = True
            return LoginOutcome("ok", username=username, tried=tuple(tried), sent_test=sent)
        except NotProtected as exc:
            return LoginOutcome("unprotected", server_text=str(exc), tried=tuple(tried))
        except (socket.timeout, TimeoutError):
            return LoginOutcome("timeout", tried=tuple(tried))
        except smtplib.SMTPResponseException as exc:
            return LoginOutcome("error", server_text=scrub(f"{exc.smtp_code} {_decode_bytes(exc.smtp_error)}"), tried=tuple(tried))
        except (OSError, smtplib.SMTPException, ValueError) as exc:
            return LoginOutcome("error", server_text=scrub(str(exc)), tried=tuple(tried))
        finally:
            try:
                smtp.quit()
            except Exception:
                try:
                    smtp.close()
                except Exception:
                    pass
    return LoginOutcome("rejected", server_text=last_text, tried=tuple(tried))


def _decode_bytes(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


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


def _app_password(text: str) -> bool:
    lowered = text.lower()
    return any(hint in lowered for hint in _APP_PASSWORD_HINTS)


def app_password_required(text: str) -> bool:
    """Whether a server's refusal says the account needs an app password (Gmail, iCloud,
    Yahoo, Outlook.com word it differently; all of them say so in the failure text)."""
    return _app_password(text)
