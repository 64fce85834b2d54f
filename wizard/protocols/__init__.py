"""IMAP, POP3 and SMTP client conversations without I/O: bytes in, events out; intentions
in, bytes out. The one mail-protocol core that discovery's probes, the doctor's checks and
the logins all run over the transport in `wizard.net.mail`.

Each name loads its own module when first used: the DNS and HTTP codecs that live in this
package too (`wizard.protocols.dns`, `.http`) load none of the mail conversations with them,
so a discovery that never probes a mail server never imports them."""

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
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
    )
    from wizard.protocols.clients import CLIENTS, client_for
    from wizard.protocols.imap import ImapClient
    from wizard.protocols.pop3 import Pop3Client
    from wizard.protocols.smtp import SmtpClient
    from wizard.protocols.unsafe import UnsafeValue, safe

_HOME = {
    **{name: "base" for name in ("Capabilities", "Closed", "Conversation", "Event", "Failed", "Failure", "Greeted", "Limits", "Login",
                                 "LoginResult", "Misuse", "Ready", "Reply", "Send", "StartTls", "State")},
    "CLIENTS": "clients", "client_for": "clients", "ImapClient": "imap", "Pop3Client": "pop3", "SmtpClient": "smtp",
    "UnsafeValue": "unsafe", "safe": "unsafe",
}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = [
    "CLIENTS", "Capabilities", "Closed", "Conversation", "Event", "Failed", "Failure", "Greeted", "ImapClient",
    "Limits", "Login", "LoginResult", "Misuse", "Pop3Client", "Ready", "Reply", "Send", "SmtpClient", "StartTls",
    "State", "UnsafeValue", "client_for", "safe",
]
