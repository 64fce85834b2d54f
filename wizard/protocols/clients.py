"""Which conversation speaks which mail protocol."""

from __future__ import annotations

from wizard.model import Protocol
from wizard.protocols.base import Conversation, Limits
from wizard.protocols.imap import ImapClient
from wizard.protocols.pop3 import Pop3Client
from wizard.protocols.smtp import SmtpClient

CLIENTS: dict[Protocol, type[Conversation]] = {Protocol.IMAP: ImapClient, Protocol.POP3: Pop3Client, Protocol.SMTP: SmtpClient}


def client_for(protocol: Protocol, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits()) -> Conversation:
    """A fresh conversation for `protocol` (IMAP, POP3 or SMTP; KeyError for any other)."""
    return CLIENTS[protocol](tls=tls, starttls=starttls, limits=limits)
