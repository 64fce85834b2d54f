"""The demo user's mail, shared by the IMAP, POP3 and SMTP servers (in memory only).

Storage glue for Twisted's IMAP4 and POP3 servers: the protocols are Twisted's, this
module only supplies the mailbox objects their interfaces ask for."""

from __future__ import annotations

import email.utils
import io
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

from twisted.cred import credentials, error
from twisted.cred.checkers import ICredentialsChecker
from twisted.cred.portal import IRealm
from twisted.internet import defer
from twisted.mail import imap4, pop3
from zope.interface import implementer


@dataclass
class StoredMessage:
    uid: int
    data: bytes
    flags: set[str] = field(default_factory=set)
    date: str = field(default_factory=lambda: email.utils.formatdate(localtime=True))


class MailStore:
    """One inbox; SMTP delivers into it, IMAP and POP3 read it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.messages: list[StoredMessage] = []
        self.next_uid = 1
        self.uid_validity = int(time.time())

    def deliver(self, data: bytes) -> None:
        with self.lock:
            self.messages.append(StoredMessage(self.next_uid, data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")))
            self.next_uid += 1


def welcome_message(address: str) -> bytes:
    return (
        f"From: Demo Mail <support@demo.mailsetup.test>\r\nTo: {address}\r\n"
        f"Subject: Welcome to Demo Mail\r\nDate: {email.utils.formatdate(localtime=True)}\r\n"
        "Message-ID: <welcome@demo.mailsetup.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "This mailbox belongs to the mailsetup demo provider. It lives only while the demo runs.\r\n"
    ).encode()


# -- IMAP ---------------------------------------------------------------------------------


@implementer(imap4.IMessage)
class _Part:
    def __init__(self, msg: Message, raw: bytes) -> None:
        self.msg, self.raw = msg, raw

    def getHeaders(self, negate, *names):
        wanted = {(n.decode() if isinstance(n, bytes) else n).lower() for n in names}
        out = {}
        for key, value in self.msg.items():
            k = key.lower()
            if not names or (k in wanted) != bool(negate):
                out[k] = value
        return out

    def getBodyFile(self):
        head, _, body = self.raw.partition(b"\r\n\r\n")
        return io.BytesIO(body)

    def getSize(self):
        return len(self.raw)

    def isMultipart(self):
        return self.msg.is_multipart()

    def getSubPart(self, part):
        payload = self.msg.get_payload()
        sub = payload[part]
        return _Part(sub, sub.as_bytes())


@implementer(imap4.IMessage)
class _Message(_Part):
    def __init__(self, stored: StoredMessage) -> None:
        super().__init__(message_from_bytes(stored.data), stored.data)
        self.stored = stored

    def getUID(self):
        return self.stored.uid

    def getFlags(self):
        return sorted(self.stored.flags)

    def getInternalDate(self):
        return self.stored.date


@implementer(imap4.IMailbox)
class InboxIMAP:
    def __init__(self, store: MailStore) -> None:
        self.store = store
        self.listeners: list = []

    def getFlags(self):
        return [r"\Seen", r"\Answered", r"\Flagged", r"\Deleted", r"\Draft"]

    def getHierarchicalDelimiter(self):
        return "/"

    def getUIDValidity(self):
        return self.store.uid_validity

    def getUIDNext(self):
        return self.store.next_uid

    def getUID(self, message):
        return self.store.messages[message - 1].uid

    def getMessageCount(self):
        return len(self.store.messages)

    def getRecentCount(self):
        return 0

    def getUnseenCount(self):
        return sum(1 for m in self.store.messages if r"\Seen" not in m.flags)

    def isWriteable(self):
        return True

    def destroy(self):
        pass

    def requestStatus(self, names):
        return imap4.statusRequestHelper(self, names)

    def addListener(self, listener):
        self.listeners.append(listener)

    def removeListener(self, listener):
        if listener in self.listeners:
            self.listeners.remove(listener)

    def addMessage(self, message, flags=(), date=None):
        self.store.deliver(message.read())
        self.store.messages[-1].flags.update(flags)
        return defer.succeed(self.store.messages[-1].uid)

    def expunge(self):
        gone = [m.uid for m in self.store.messages if r"\Deleted" in m.flags]
        self.store.messages[:] = [m for m in self.store.messages if r"\Deleted" not in m.flags]
        return gone

    def _select(self, messages, uid):
        items = self.store.messages
        if not items:
            return []
        if uid:
            messages.last = items[-1].uid
            return [(i + 1, m) for i, m in enumerate(items) if m.uid in messages]
        messages.last = len(items)
        return [(i + 1, m) for i, m in enumerate(items) if (i + 1) in messages]

    def fetch(self, messages, uid):
        return [(n, _Message(m)) for n, m in self._select(messages, uid)]

    def store(self, messages, flags, mode, uid):
        out = {}
        for n, m in self._select(messages, uid):
            if mode == 0:
                m.flags = set(flags)
            elif mode > 0:
                m.flags.update(flags)
            else:
                m.flags.difference_update(flags)
            out[n] = sorted(m.flags)
        return out


class DemoAccount(imap4.MemoryAccountWithoutNamespaces):
    def __init__(self, name: str, store: MailStore) -> None:
        super().__init__(name)
        self.store = store
        self.addMailbox("INBOX", InboxIMAP(store))

    def _emptyMailbox(self, name, id):
        raise imap4.MailboxException("The demo mailbox has only an inbox.")


# -- POP3 ---------------------------------------------------------------------------------


@implementer(pop3.IMailbox)
class InboxPOP3(pop3.Mailbox):
    def __init__(self, store: MailStore) -> None:
        self.store = store
        self.deleted: set[int] = set()
        self.snapshot = list(store.messages)

    def listMessages(self, index=None):
        if index is None:
            return [0 if i in self.deleted else len(m.data) for i, m in enumerate(self.snapshot)]
        if index in self.deleted:
            raise ValueError("deleted")
        return len(self.snapshot[index].data)

    def getMessage(self, index):
        return io.BytesIO(self.snapshot[index].data)

    def getUidl(self, index):
        return f"{self.store.uid_validity}.{self.snapshot[index].uid}".encode()

    def deleteMessage(self, index):
        self.deleted.add(index)

    def undeleteMessages(self):
        self.deleted.clear()

    def sync(self):
        uids = {self.snapshot[i].uid for i in self.deleted}
        self.store.messages[:] = [m for m in self.store.messages if m.uid not in uids]


# -- accounts -----------------------------------------------------------------------------


@implementer(ICredentialsChecker)
class DemoChecker:
    """Accepts the demo password for the usernames a provider would: full address or local part.
    With `refused_with` (the app-password scene) the account's normal password is refused
    with that reason (LoginDenied), the way providers with two-factor sign-in answer."""

    credentialInterfaces = (credentials.IUsernamePassword,)

    def __init__(self, usernames: tuple[str, ...], password: str, refused_with: str | None = None, normal_password: str | None = None) -> None:
        self.usernames = {u.lower() for u in usernames}
        self.password = password
        self.refused_with = refused_with
        self.normal_password = normal_password

    def requestAvatarId(self, creds):
        name = creds.username.decode() if isinstance(creds.username, bytes) else creds.username

        def matches(password: str) -> bool:
            return creds.checkPassword(password.encode() if isinstance(creds.password, bytes) else password)

        if name.lower() in self.usernames and matches(self.password):
            return defer.succeed(name.encode())
        if name.lower() in self.usernames and self.refused_with and self.normal_password and matches(self.normal_password):
            return defer.fail(error.LoginDenied(self.refused_with))
        return defer.fail(error.UnauthorizedLogin())


class DemoIMAPServer(imap4.IMAP4Server):
    """Twisted's IMAP server, saying why a login was denied (as Gmail or iCloud do) instead
    of its fixed "LOGIN failed" when the checker gives a reason."""

    def _IMAP4Server__ebLogin(self, failure, tag):  # noqa: N802 - overrides the private errback
        if failure.check(error.LoginDenied) and str(failure.value):
            self.sendNegativeResponse(tag, b"[ALERT] " + str(failure.value).encode("utf-8", "replace"))
            return
        return imap4.IMAP4Server._IMAP4Server__ebLogin(self, failure, tag)  # type: ignore[attr-defined]


class DemoPOP3(pop3.POP3):
    """Twisted's POP3 server; a denied login says why (Twisted would name the exception class)."""

    def _ebMailbox(self, failure):  # noqa: N802 (Twisted's name)
        if failure.check(error.LoginDenied) and str(failure.value):
            self.failResponse(str(failure.value))
            return
        return super()._ebMailbox(failure)


@implementer(IRealm)
class DemoRealm:
    def __init__(self, store: MailStore) -> None:
        self.store = store

    def requestAvatar(self, avatar_id, mind, *interfaces):
        if imap4.IAccount in interfaces:
            return imap4.IAccount, DemoAccount(avatar_id.decode() if isinstance(avatar_id, bytes) else avatar_id, self.store), lambda: None
        if pop3.IMailbox in interfaces:
            return pop3.IMailbox, InboxPOP3(self.store), lambda: None
        raise NotImplementedError("no such service")
