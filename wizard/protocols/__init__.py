"""IMAP, POP3 and SMTP client conversations without I/O: bytes in, events out; intentions
in, bytes out. The one mail-protocol core that discovery's probes, the doctor's checks and
the logins all run over the transport in `wizard.net.mail`."""

from wizard.model import Protocol
from wizard.protocols.base import (
    Capabilities,
    Closed,
    Conversation,
    Event,
    Failed,
    Failure,
    Greeted,
    Limits,
    Login,
    LoginResult,
    Misuse,
    Ready,
    Reply,
    Send,
    StartTls,
    State,
    UnsafeValue,
    safe,
)
from wizard.protocols.imap import ImapClient
from wizard.protocols.pop3 import Pop3Client
from wizard.protocols.smtp import SmtpClient

CLIENTS: dict[Protocol, type[Conversation]] = {Protocol.IMAP: ImapClient, Protocol.POP3: Pop3Client, Protocol.SMTP: SmtpClient}


def client_for(protocol: Protocol, *, tls: bool = False, starttls: bool | None = None, limits: Limits = Limits()) -> Conversation:
    """A fresh conversation for `protocol` (IMAP, POP3 or SMTP; KeyError for any other)."""
    return CLIENTS[protocol](tls=tls, starttls=starttls, limits=limits)


__all__ = [
    "CLIENTS", "Capabilities", "Closed", "Conversation", "Event", "Failed", "Failure", "Greeted", "ImapClient",
    "Limits", "Login", "LoginResult", "Misuse", "Pop3Client", "Ready", "Reply", "Send", "SmtpClient", "StartTls",
    "State", "UnsafeValue", "client_for", "safe",
]
