"""What every profile writer needs to know about one account, chosen from an AccountConfig."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n import T
from wizard.model import AccountConfig, CertificateInfo, EmailAddress, Protocol, ServerSettings
from wizard.model.credential import SignIn
from wizard.model.errors import UserError
from wizard.model.fingerprint import Pin

EXCHANGE_PROTOCOLS = (Protocol.EXCHANGE, Protocol.EWS, Protocol.ACTIVESYNC)
Accepted = CertificateInfo | Pin  # CertificateInfo when the DER is known (Apple needs it)


class AccountError(UserError):
    pass


@dataclass(frozen=True)
class Account:
    """One account as it is written: the chosen incoming server, one SMTP server (none for
    Exchange), the other incoming alternatives (Exchange: EWS and ActiveSync endpoints), and
    the certificates the person accepted."""

    address: EmailAddress
    incoming: ServerSettings
    outgoing: ServerSettings | None = None
    realname: str = ""
    provider: str | None = None
    others: tuple[ServerSettings, ...] = ()
    certificates: tuple[Accepted, ...] = ()
    phone_username: str | None = None  # the username form the provider needs on phones (EAS)

    def __post_init__(self) -> None:
        if self.incoming.protocol not in EXCHANGE_PROTOCOLS and self.outgoing is None:
            raise AccountError("no-outgoing", T("No server for sending mail (SMTP) is known for {address}; give one with --smtp HOST:PORT:SECURITY.", address=str(self.address)))

    @property
    def kind(self) -> str:
        """imap, pop3 or exchange."""
        return "exchange" if self.incoming.protocol in EXCHANGE_PROTOCOLS else self.incoming.protocol.value

    @property
    def name(self) -> str:
        """What people see as the account's name: the provider's name or the address."""
        return self.provider or str(self.address)

    @property
    def oauth2(self) -> bool:
        """The provider signs the person in on its own page (OAuth2): the mail program must
        do that sign-in itself, and no password belongs in any file written for it."""
        return any(SignIn.of(s) is SignIn.OAUTH2 for s in (self.incoming, self.outgoing) if s is not None)

    def login(self, server: ServerSettings | None) -> str:
        if server is not None and server.username:
            return server.username
        return str(self.address)

    def server_for(self, *protocols: Protocol) -> ServerSettings | None:
        """The first server of the first protocol named that the account has (preference order)."""
        for protocol in protocols:
            for server in (self.incoming,) + self.others:
                if server.protocol is protocol:
                    return server
        return None

    def certificate_for(self, host: str, port: int) -> Accepted | None:
        host = host.lower().rstrip(".")
        return next((c for c in self.certificates if c.host.lower().rstrip(".") == host and c.port == port), None)

    @classmethod
    def from_config(
        cls,
        address: EmailAddress,
        config: AccountConfig,
        kind: str | None = None,
        realname: str = "",
        certificates: tuple[Accepted, ...] = (),
    ) -> "Account":
        """The first incoming server of the wanted kind (default: the config's proposal) and
        the first SMTP server: the ranking was done by discovery."""
        wanted = {
            "imap": (Protocol.IMAP,),
            "pop3": (Protocol.POP3,),
            "exchange": EXCHANGE_PROTOCOLS,
        }.get(kind or "", None)
        candidates = [s for s in config.incoming if wanted is None or s.protocol in wanted]
        if not candidates:
            raise AccountError("no-incoming", T("No {kind} server is known for {address}.", kind=(kind or "incoming").upper(), address=str(address)))
        incoming = candidates[0]
        others = tuple(s for s in config.incoming if s is not incoming)
        outgoing = next((s for s in config.outgoing if s.protocol is Protocol.SMTP), None)
        if incoming.protocol in EXCHANGE_PROTOCOLS:
            outgoing = outgoing if kind != "exchange" else None
        phone = next((s.username for s in config.incoming if s.protocol is Protocol.ACTIVESYNC and s.username), None)
        return cls(address, incoming, outgoing, realname, config.provider, others, tuple(certificates), phone)
