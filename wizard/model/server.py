"""One server a mail program talks to, with nothing left ambiguous about its security."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


from wizard.i18n import T
from wizard.model.errors import UserError

_LDH = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")


class SettingsError(UserError):
    pass


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Protocol(StrEnum):
    IMAP = "imap"
    POP3 = "pop3"
    SMTP = "smtp"
    EXCHANGE = "exchange"
    ACTIVESYNC = "activesync"
    EWS = "ews"

    @property
    def direction(self) -> Direction:
        return Direction.OUTGOING if self is Protocol.SMTP else Direction.INCOMING


class Security(StrEnum):
    """How the connection is protected. There is no "unknown": unknown is never plain."""

    TLS = "tls"
    STARTTLS = "starttls"
    PLAIN = "plain"

    @property
    def rank(self) -> int:
        """Lower is better: implicit TLS, then STARTTLS, then plain (RFC 8314)."""
        return {Security.TLS: 0, Security.STARTTLS: 1, Security.PLAIN: 2}[self]


class AuthMethod(StrEnum):
    """The autoconfig format's authentication values, with its deprecated spellings mapped."""

    PASSWORD_CLEARTEXT = "password-cleartext"
    PASSWORD_ENCRYPTED = "password-encrypted"
    OAUTH2 = "oauth2"
    NTLM = "ntlm"
    GSSAPI = "gssapi"
    CLIENT_IP = "client-ip-address"
    TLS_CLIENT_CERT = "tls-client-cert"
    SMTP_AFTER_POP = "smtp-after-pop"
    NONE = "none"

    @classmethod
    def parse(cls, value: str) -> "AuthMethod | None":
        key = value.strip().lower()
        key = {"plain": "password-cleartext", "secure": "password-encrypted"}.get(key, key)
        try:
            return cls(key)
        except ValueError:
            return None


_DEFAULT_PORTS = {
    (Protocol.IMAP, Security.TLS): 993,
    (Protocol.IMAP, Security.STARTTLS): 143,
    (Protocol.IMAP, Security.PLAIN): 143,
    (Protocol.POP3, Security.TLS): 995,
    (Protocol.POP3, Security.STARTTLS): 110,
    (Protocol.POP3, Security.PLAIN): 110,
    (Protocol.SMTP, Security.TLS): 465,
    (Protocol.SMTP, Security.STARTTLS): 587,
    (Protocol.SMTP, Security.PLAIN): 587,
}


def default_port(protocol: Protocol, security: Security) -> int:
    return _DEFAULT_PORTS.get((protocol, security), 443)


def normalize_host(host: str) -> str:
    """Lower-case ASCII (punycode) host name, or an IP address; raises SettingsError."""
    text = host.strip().rstrip(".")
    if not text:
        raise SettingsError("host-empty", T("The server name is empty."))
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        pass
    ascii_host = text.lower() if text.isascii() else _idna_host(text)
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or not all(_LDH.match(label) for label in labels):
        raise SettingsError("host-invalid", T("“{host}” is not a valid server name.", host=host))
    return ascii_host


def _idna_host(text: str) -> str:
    """A name with non-ASCII letters as its A-labels (IDNA 2008, UTS #46). An ASCII name
    never comes here: for it idna gives its lower case or fails, and a failure falls back
    to the lower case as well (so loading idna is left to the names that need it)."""
    import idna

    try:
        return str(idna.encode(text, uts46=True).decode("ascii").lower())
    except (idna.IDNAError, UnicodeError, ValueError):
        # Underscores occur in real (if non-standard) host names; idna rejects them.
        return text.lower()


@dataclass(frozen=True)
class ServerSettings:
    protocol: Protocol
    host: str
    port: int
    security: Security
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    username: str | None = None
    url: str | None = None  # Exchange/EWS/ActiveSync endpoint or web access URL
    login_domain: str | None = None  # the Windows domain some Exchange hosters ask for

    def __post_init__(self) -> None:
        object.__setattr__(self, "protocol", Protocol(self.protocol))
        object.__setattr__(self, "security", Security(self.security))
        object.__setattr__(self, "auth", tuple(AuthMethod(a) for a in self.auth))
        object.__setattr__(self, "host", normalize_host(self.host))
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise SettingsError("port-invalid", T("The port “{port}” must be a number from 1 to 65535.", port=self.port))

    @property
    def direction(self) -> Direction:
        return self.protocol.direction

    @property
    def encrypted(self) -> bool:
        return self.security is not Security.PLAIN

    @property
    def endpoint(self) -> str:
        return f"{self.host}:{self.port}"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "protocol": self.protocol.value,
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "auth": [a.value for a in self.auth],
            "username": self.username,
        }
        if self.url is not None:
            out["url"] = self.url
        if self.login_domain is not None:
            out["login_domain"] = self.login_domain
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ServerSettings":
        try:
            return cls(
                protocol=Protocol(data["protocol"]),
                host=data["host"],
                port=int(data["port"]),
                security=Security(data["security"]),
                auth=tuple(AuthMethod(a) for a in data.get("auth", ())),
                username=data.get("username"),
                url=data.get("url"),
                login_domain=data.get("login_domain"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, UserError):
                raise
            raise SettingsError("settings-invalid", T("These server settings are incomplete or invalid: {problem}", problem=exc)) from None

    @classmethod
    def parse_endpoint(cls, protocol: Protocol, text: str) -> "ServerSettings":
        """HOST:PORT:SECURITY as typed on the command line (`--imap mail.example.com:993:tls`)."""
        parts = text.rsplit(":", 2)
        if len(parts) != 3:
            raise SettingsError("endpoint-form", T("“{text}” should look like HOST:PORT:SECURITY, for example mail.example.com:993:tls.", text=text))
        host, port_text, sec_text = parts
        if not port_text.isdigit():
            raise SettingsError("port-invalid", T("The port “{port}” must be a number from 1 to 65535.", port=port_text))
        try:
            security = Security(sec_text.lower())
        except ValueError:
            raise SettingsError("security-invalid", T("“{value}” is not a security setting; use tls, starttls or plain.", value=sec_text)) from None
        return cls(protocol, host, int(port_text), security)


