"""Moving existing accounts to the servers found now (a provider's migration day).

For an address, read the accounts the mail programs already have: Thunderbird profiles
(prefs.js), and the Apple .mobileconfig and Outlook .prf files the wizard wrote earlier into a
folder (Apple Mail and Outlook keep their own stores where they cannot be read from here). Each
one is compared with the account about to be written: old and new side by side. The writers
then update in place (Thunderbird: the same account keys, prefs.js backed up first; Apple:
the same PayloadIdentifier, so installing replaces the old profile; Outlook: the same file
name, the old file kept as a backup). Also found: accounts of any address that still use a
server the provider is switching off (a pack's `retired` list).

Pure reading and comparing: no network, no writing; the shells write through the writers."""

from __future__ import annotations

import configparser
import plistlib
from dataclasses import dataclass
from pathlib import Path

from wizard.localfile import MIB, LocalFileError, read_small
from wizard.model import Protocol, Security
from wizard.profiles.account import EXCHANGE_PROTOCOLS, Account
from wizard.profiles.apple import unsigned_content
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.providers import Provider, RetiredServer

MAX_PREFS_BYTES = 32 * MIB  # a busy Thunderbird profile's prefs.js is well under 1 MiB
MAX_PROFILE_BYTES = 4 * MIB
_SOCKET = {0: Security.PLAIN, 1: Security.PLAIN, 2: Security.STARTTLS, 3: Security.TLS}


@dataclass(frozen=True)
class ExistingServer:
    protocol: str  # imap, pop3, smtp, exchange
    host: str
    port: int | None = None
    security: Security | None = None
    username: str | None = None
    url: str | None = None  # an Exchange account's EWS address (Thunderbird's ews_url)

    def brief(self) -> str:
        port = f":{self.port}" if self.port else ""
        security = f" {self.security.value}" if self.security else ""
        return f"{self.protocol.upper()} {self.host}{port}{security}"


@dataclass(frozen=True)
class ExistingAccount:
    client: str  # thunderbird | apple | outlook
    location: Path  # the profile folder or the file
    address: str
    key: str  # Thunderbird account key, Apple PayloadIdentifier, Outlook file name
    incoming: ExistingServer | None
    outgoing: ExistingServer | None

    @property
    def kind(self) -> str | None:
        return self.incoming.protocol if self.incoming else None


@dataclass(frozen=True)
class Change:
    """One existing account next to what will be written for it."""

    existing: ExistingAccount
    rows: tuple[tuple[str, str, str], ...]  # (what, old, new)

    @property
    def moves(self) -> bool:
        """True when the account points at other servers than the ones found now."""
        return any(old != new for _, old, new in self.rows)


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def thunderbird_accounts(profile_dir: Path, address: str | None = None) -> tuple[ExistingAccount, ...]:
    """The mail accounts in a Thunderbird profile (all, or those with an identity for
    `address`), as Thunderbird reads them: a host changed in its own dialog lives in real*."""
    path = Path(profile_dir) / "prefs.js"
    try:
        prefs = PrefsFile.parse(read_small(path, MAX_PREFS_BYTES))
    except OSError:  # no prefs.js: no accounts; a FIFO, a device or a huge one: LocalFileError
        return ()
    wanted = address.lower() if address else None
    out = []
    for account in _csv(prefs.get_str("mail.accountmanager.accounts")):
        server = prefs.get_str(f"mail.account.{account}.server")
        kind = prefs.get_str(f"mail.server.{server}.type") if server else ""
        if kind not in ("imap", "pop3", "ews"):
            continue
        base = f"mail.server.{server}."
        incoming = ExistingServer(
            "exchange" if kind == "ews" else kind,  # Thunderbird's Exchange (EWS) account
            prefs.get_str(base + "realhostname") or prefs.get_str(base + "hostname"),
            _int(prefs.get(base + "realport")) or _int(prefs.get(base + "port")),
            _SOCKET.get(_int(prefs.get(base + "socketType")) or 0),
            prefs.get_str(base + "realuserName") or prefs.get_str(base + "userName") or None,
            (prefs.get_str(base + "ews_url") or None) if kind == "ews" else None,
        )
        for identity in _csv(prefs.get_str(f"mail.account.{account}.identities")):
            email = prefs.get_str(f"mail.identity.{identity}.useremail")
            if not email or (wanted is not None and email.lower() != wanted):
                continue
            smtp_key = prefs.get_str(f"mail.identity.{identity}.smtpServer") or prefs.get_str("mail.smtp.defaultserver")
            outgoing = None
            if kind == "ews":
                pass  # it sends through the same EWS address (an outgoing server of type ews)
            elif smtp_key and prefs.get_str(f"mail.smtpserver.{smtp_key}.hostname"):
                s = f"mail.smtpserver.{smtp_key}."
                outgoing = ExistingServer(
                    "smtp",
                    prefs.get_str(s + "hostname"),
                    _int(prefs.get(s + "port")),
                    _SOCKET.get(_int(prefs.get(s + "try_ssl")) or 0),
                    prefs.get_str(s + "username") or None,
                )
            out.append(ExistingAccount("thunderbird", Path(profile_dir), email, account, incoming, outgoing))
            break
    return tuple(out)


def apple_accounts(folder: Path, address: str | None = None) -> tuple[ExistingAccount, ...]:
    """Accounts in the .mobileconfig files of a folder (signed or not)."""
    out = []
    wanted = address.lower() if address else None
    for path in sorted(Path(folder).glob("*.mobileconfig")):
        try:
            profile = plistlib.loads(unsigned_content(read_small(path, MAX_PROFILE_BYTES)))
        except Exception:  # noqa: BLE001 - not a profile we can read: not ours to judge
            continue
        for payload in profile.get("PayloadContent", []) if isinstance(profile, dict) else []:
            if not isinstance(payload, dict) or payload.get("PayloadType") not in ("com.apple.mail.managed", "com.apple.ews.account", "com.apple.eas.account"):
                continue
            email = str(payload.get("EmailAddress", ""))
            if not email or (wanted is not None and email.lower() != wanted):
                continue
            if payload["PayloadType"] == "com.apple.mail.managed":
                kind = "imap" if payload.get("EmailAccountType") == "EmailTypeIMAP" else "pop3"
                ssl_in, ssl_out = payload.get("IncomingMailServerUseSSL"), payload.get("OutgoingMailServerUseSSL")
                incoming = ExistingServer(kind, str(payload.get("IncomingMailServerHostName", "")), _int(payload.get("IncomingMailServerPortNumber")),
                                          None if ssl_in is None else (Security.TLS if ssl_in else Security.PLAIN), payload.get("IncomingMailServerUsername"))
                outgoing = ExistingServer("smtp", str(payload.get("OutgoingMailServerHostName", "")), _int(payload.get("OutgoingMailServerPortNumber")),
                                          None if ssl_out is None else (Security.TLS if ssl_out else Security.PLAIN), payload.get("OutgoingMailServerUsername"))
            else:
                incoming = ExistingServer("exchange", str(payload.get("Host", "")), _int(payload.get("Port")) or 443,
                                          Security.TLS if payload.get("SSL", True) else Security.PLAIN, payload.get("UserName"))
                outgoing = None
            out.append(ExistingAccount("apple", path, email, str(profile.get("PayloadIdentifier", "")), incoming, outgoing))
    return tuple(out)


def outlook_accounts(folder: Path, address: str | None = None) -> tuple[ExistingAccount, ...]:
    """Accounts in the .prf files of a folder (UTF-16, as Outlook's import wants them)."""
    out = []
    wanted = address.lower() if address else None
    for path in sorted(Path(folder).glob("*.prf")):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment]
        try:
            data = read_small(path, MAX_PROFILE_BYTES)
            text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8", "replace")
            parser.read_string(text)
        except (OSError, UnicodeError, configparser.Error, LocalFileError):
            continue
        for section in parser.sections():
            values = parser[section]
            email = values.get("EmailAddress", "")
            if not email or (wanted is not None and email.lower() != wanted):
                continue
            kind = "imap" if "IMAPServer" in values else "pop3" if "POP3Server" in values else None
            if kind is None:
                continue
            p = kind.upper()
            incoming = ExistingServer(kind, values.get(f"{p}Server", ""), _port(values.get(f"{p}Port")),
                                      Security.TLS if values.get(f"{p}UseSSL") == "1" else Security.PLAIN, values.get(f"{p}UserName"))
            secure = {"0": Security.PLAIN, "1": Security.TLS, "2": Security.STARTTLS}.get(values.get("SMTPSecureConnection", ""), None)
            outgoing = ExistingServer("smtp", values.get("SMTPServer", ""), _port(values.get("SMTPPort")), secure, values.get("SMTPUserName"))
            out.append(ExistingAccount("outlook", path, email, path.name, incoming, outgoing))
    return tuple(out)


def _port(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _endpoint(server: ExistingServer | None) -> str:
    if server is None:
        return ""
    if server.url:
        return f"{server.protocol.upper()} {server.url}"
    parts = [server.protocol.upper(), f"{server.host}:{server.port}" if server.port else server.host]
    if server.security is not None:
        parts.append(server.security.value)
    return " ".join(parts)


def compare(existing: ExistingAccount, account: Account) -> Change:
    """Old and new, row by row (incoming server, outgoing server, usernames)."""
    new_in = account.incoming
    new_out = account.outgoing
    kind = "exchange" if new_in.protocol in EXCHANGE_PROTOCOLS else new_in.protocol.value
    url = None
    if kind == "exchange" and existing.incoming is not None and existing.incoming.url:
        from wizard.profiles.thunderbird.writer import ews_endpoint

        endpoint = ews_endpoint(account)  # what Thunderbird's writer will name
        if endpoint is not None:
            new_in, url = endpoint.server, endpoint.url
    new_in_text = _endpoint(ExistingServer(kind, new_in.host, new_in.port, new_in.security, url=url))
    rows = [("incoming", _endpoint(existing.incoming), new_in_text)]
    if existing.incoming is not None and existing.incoming.username:
        rows.append(("username", existing.incoming.username, account.login(new_in)))
    if new_out is not None or existing.outgoing is not None:
        new_out_text = _endpoint(ExistingServer("smtp", new_out.host, new_out.port, new_out.security)) if new_out else ""
        rows.append(("outgoing", _endpoint(existing.outgoing), new_out_text))
    if existing.client == "apple" and existing.incoming is not None and existing.incoming.security is Security.TLS:
        # Apple's "Use SSL" is one flag for TLS and STARTTLS: compare on that flag alone
        rows = [(w, o, n.replace(" starttls", " tls")) for w, o, n in rows]
    return Change(existing, tuple(rows))


def find_changes(address: str, account: Account, *, profiles: tuple[Path, ...] = (), folders: tuple[Path, ...] = ()) -> tuple[Change, ...]:
    """Every existing account for `address` in the given Thunderbird profiles and folders of
    written Apple/Outlook files, compared with `account`."""
    found: list[ExistingAccount] = []
    for profile in profiles:
        found.extend(thunderbird_accounts(profile, address))
    for folder in folders:
        found.extend(apple_accounts(folder, address))
        found.extend(outlook_accounts(folder, address))
    return tuple(compare(e, account) for e in found)


def kind_to_keep(changes: tuple[Change, ...], client: str = "thunderbird") -> str | None:
    """The account type an existing account of `client` has, so that updating it stays in
    place (in Thunderbird an IMAP and a POP3 account for one address are two accounts)."""
    return next((c.existing.kind for c in changes if c.existing.client == client and c.existing.kind in ("imap", "pop3", "exchange")), None)


def retired_in_use(provider: Provider, *, profiles: tuple[Path, ...] = (), folders: tuple[Path, ...] = ()) -> tuple[tuple[ExistingAccount, RetiredServer], ...]:
    """Accounts of any address that still use a server the provider is switching off."""
    accounts: list[ExistingAccount] = []
    for profile in profiles:
        accounts.extend(thunderbird_accounts(profile))
    for folder in folders:
        accounts.extend(apple_accounts(folder))
        accounts.extend(outlook_accounts(folder))
    out = []
    for account in accounts:
        for server in (account.incoming, account.outgoing):
            if server is None or not server.host:
                continue
            protocol = server.protocol if server.protocol in {p.value for p in Protocol} else None
            retired = provider.retired_server(protocol or Protocol.SMTP, server.host) if protocol else None
            if retired is not None:
                out.append((account, retired))
    return tuple(out)
