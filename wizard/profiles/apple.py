"""Apple Mail, iPhone and iPad: configuration profiles (.mobileconfig property lists).

Payload types and keys follow Apple's device-management schemas (reference/apple-device-management,
MIT): com.apple.mail.managed for IMAP/POP, com.apple.ews.account (macOS) and com.apple.eas.account
(iOS) for Exchange, com.apple.security.root/.pem for an accepted certificate. The profile
identifier is derived from the address, so installing again replaces the old profile; the
UUIDs are fresh each time. No password unless the caller asks (and then the shell warns).

OAuth2 (the provider signs the person in on its own page): Exchange payloads say `OAuth`
true and never carry a password. com.apple.mail.managed has no OAuth key, so an IMAP/POP
account that signs in that way gets no profile (it would ask for a password the provider
does not take); the steps say how to add it with the device's own account list."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from wizard.i18n import Catalog, T, Text
from wizard.localfile import MIB, read_small
from wizard.model import AuthMethod, CertificateInfo, Protocol, Security, SignIn
from wizard.model.errors import UserError
from wizard.model.lookalike import look
from wizard.profiles.account import EXCHANGE_PROTOCOLS, Account
from wizard.profiles.atomic import replace_file
from wizard.profiles.filenames import address_stem, inside

IDENTIFIER_ROOT = "net.mailsetup.account"
MAC, IOS = "macos", "ios"
TARGET_DEVICE = {MAC: 5, IOS: 1}  # TopLevel.yaml TargetDeviceType: 5 Mac, 1 iPhone/iPad

_AUTH = {
    AuthMethod.NONE: "EmailAuthNone",
    AuthMethod.CLIENT_IP: "EmailAuthNone",
    AuthMethod.PASSWORD_CLEARTEXT: "EmailAuthPassword",
    AuthMethod.PASSWORD_ENCRYPTED: "EmailAuthCRAMMD5",
    AuthMethod.NTLM: "EmailAuthNTLM",
}


class AppleError(UserError):
    pass


@dataclass(frozen=True)
class Signer:
    """A signing certificate with its key, and the intermediates to include."""

    certificate: x509.Certificate
    key: Any  # a cryptography private key (RSA or EC)
    intermediates: tuple[x509.Certificate, ...] = ()

    @classmethod
    def from_files(cls, cert_file: Path, key_file: Path) -> "Signer":
        try:
            certs = x509.load_pem_x509_certificates(read_small(cert_file, MIB))
            key = serialization.load_pem_private_key(read_small(key_file, MIB), password=None)
        except (OSError, ValueError, TypeError) as exc:
            raise AppleError("signing-unreadable", T("The signing certificate or key could not be read: {problem}", problem=str(exc) or type(exc).__name__)) from None
        return cls(certs[0], key, tuple(certs[1:]))


def identifier(account: Account) -> str:
    """Stable for an address: reverse domain plus the local part, safe characters only."""
    domain = ".".join(reversed(account.address.domain.split(".")))
    local = re.sub(r"[^A-Za-z0-9-]", "-", account.address.local).strip("-").lower() or "account"
    return f"{IDENTIFIER_ROOT}.{domain}.{local}"


def _uuid() -> str:
    return str(uuid.uuid4()).upper()


def _common(payload_type: str, ident: str, display: str, organization: str) -> dict[str, Any]:
    return {
        "PayloadType": payload_type,
        "PayloadVersion": 1,
        "PayloadIdentifier": ident,
        "PayloadUUID": _uuid(),
        "PayloadDisplayName": display,
        "PayloadOrganization": organization,
    }


def _auth(account: Account, server_auth: tuple[AuthMethod, ...]) -> str:
    return _AUTH.get(server_auth[0], "EmailAuthPassword") if server_auth else "EmailAuthPassword"


def _mail_payload(account: Account, ident: str, org: str, password: str | None) -> dict[str, Any]:
    incoming, smtp = account.incoming, account.outgoing
    assert smtp is not None
    payload = _common("com.apple.mail.managed", ident + ".mail", account.name, org)
    payload.update({
        "EmailAccountDescription": account.name,
        "EmailAccountType": "EmailTypeIMAP" if incoming.protocol is Protocol.IMAP else "EmailTypePOP",
        "EmailAddress": str(account.address),
        "IncomingMailServerHostName": incoming.host,
        "IncomingMailServerPortNumber": incoming.port,
        # Apple's "Use SSL" means an encrypted connection: TLS from the start, or STARTTLS on 143/110/587
        "IncomingMailServerUseSSL": incoming.security is not Security.PLAIN,
        "IncomingMailServerUsername": account.login(incoming),
        "IncomingMailServerAuthentication": _auth(account, incoming.auth),
        "OutgoingMailServerHostName": smtp.host,
        "OutgoingMailServerPortNumber": smtp.port,
        "OutgoingMailServerUseSSL": smtp.security is not Security.PLAIN,
        "OutgoingMailServerUsername": account.login(smtp),
        "OutgoingMailServerAuthentication": _auth(account, smtp.auth),
        "OutgoingPasswordSameAsIncomingPassword": account.login(smtp) == account.login(incoming),
    })
    if account.realname:
        payload["EmailAccountName"] = account.realname
    if password is not None:
        payload["IncomingPassword"] = password
        payload["OutgoingPassword"] = password
    return payload


def _exchange_payload(account: Account, ident: str, org: str, platform: str, password: str | None) -> dict[str, Any]:
    if platform == MAC:
        server = account.server_for(Protocol.EWS, Protocol.EXCHANGE, Protocol.ACTIVESYNC) or account.incoming
        payload = _common("com.apple.ews.account", ident + ".ews", account.name, org)
        payload.update({"EmailAddress": str(account.address), "Host": server.host, "SSL": server.security is not Security.PLAIN, "UserName": account.login(server)})
        if server.port not in (443, 80):
            payload["Port"] = server.port
        path = urlsplit(server.url).path if server.url else ""
        if path and path != "/":
            payload["Path"] = path
    else:
        server = account.server_for(Protocol.ACTIVESYNC, Protocol.EXCHANGE, Protocol.EWS) or account.incoming
        payload = _common("com.apple.eas.account", ident + ".eas", account.name, org)
        payload.update({
            "EmailAddress": str(account.address),
            "Host": server.host,
            "SSL": server.security is not Security.PLAIN,
            # phones often need another form than the desktop (e.g. name_domain.com)
            "UserName": account.phone_username or account.login(server),
        })
    if SignIn.of(server) is SignIn.OAUTH2:
        payload["OAuth"] = True  # the schema: if enabled, don't specify a password
    elif password is not None:
        payload["Password"] = password
    return payload


def _certificate_payloads(account: Account, ident: str, org: str) -> tuple[list[dict[str, Any]], list[str]]:
    """One payload per accepted certificate whose bytes we have; returns (payloads, skipped)."""
    payloads, skipped, seen = [], [], set()
    for n, cert in enumerate(account.certificates, 1):
        if not isinstance(cert, CertificateInfo) or not cert.der:
            skipped.append(f"{cert.host}:{cert.port}")
            continue
        if cert.sha256 in seen:
            continue
        seen.add(cert.sha256)
        kind = "com.apple.security.root" if cert.self_signed else "com.apple.security.pem"
        payload = _common(kind, f"{ident}.cert{n}", cert.host, org)
        payload["PayloadCertificateFileName"] = f"{cert.host}.cer"
        payload["PayloadContent"] = cert.der
        payloads.append(payload)
    return payloads, skipped


def organisation(account: Account) -> str:
    """What the device shows as the profile's organisation: the provider or the domain. A
    look-alike domain is shown with its punycode beside it, next to any provider name (a
    name a forged document could have chosen)."""
    looks = look(account.address.domain)
    if looks.suspicious:
        return f"{account.provider} — {looks.shown}" if account.provider else looks.shown
    return account.provider or account.address.domain_unicode


def build(account: Account, platform: str | None = None, *, password: str | None = None, catalog: Catalog | None = None) -> dict[str, Any]:
    """The profile as a dict. Exchange needs a platform (macOS: EWS, iOS: ActiveSync);
    IMAP/POP profiles serve both and carry no TargetDeviceType. Its name and description
    are what the device shows, so they are in the person's language (`catalog`)."""
    exchange = account.incoming.protocol in EXCHANGE_PROTOCOLS
    if exchange and platform not in (MAC, IOS):
        raise AppleError("apple-platform", T("An Exchange profile is made either for a Mac or for an iPhone/iPad."))
    if not exchange and account.oauth2:
        raise AppleError("apple-oauth2-mail", T("Apple's mail profiles cannot sign in on {provider}'s own page; add the account with the device's own account list instead.", provider=_who(account)))
    if account.oauth2:
        password = None  # OAuth: the device signs in on the provider's page; no password belongs here
    ident = identifier(account) + (f".{platform}" if exchange else "")
    org = organisation(account)
    content: list[dict[str, Any]] = []
    certs, _ = _certificate_payloads(account, ident, org)
    content.extend(certs)
    if exchange:
        content.append(_exchange_payload(account, ident, org, platform or MAC, password))
    else:
        content.append(_mail_payload(account, ident, org, password))
    top = _common("Configuration", ident, T("E-mail: {address}", address=str(account.address)).render(catalog), org)
    if account.oauth2:
        described = T("Sets up the e-mail account {address}. Your device opens {provider}'s sign-in page.", address=str(account.address), provider=_who(account))
    elif password is None:
        described = T("Sets up the e-mail account {address}. Your device asks for the password.", address=str(account.address))
    else:
        described = T("Sets up the e-mail account {address}.", address=str(account.address))
    top["PayloadDescription"] = described.render(catalog)
    top["PayloadContent"] = content
    if exchange:
        top["TargetDeviceType"] = TARGET_DEVICE[platform or MAC]
    return top


def _who(account: Account) -> str:
    return account.provider or account.address.domain_unicode


def to_bytes(profile: dict[str, Any], signer: Signer | None = None) -> bytes:
    """XML plist; with a signer, CMS SignedData with the plist embedded (what Apple verifies)."""
    data = plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)
    if signer is None:
        return data
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(signer.certificate, signer.key, hashes.SHA256())
    for extra in signer.intermediates:
        builder = builder.add_certificate(extra)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def unsigned_content(data: bytes) -> bytes:
    """The plist inside a profile, signed or not (for reading profiles back)."""
    if data.lstrip().startswith(b"<?xml") or data.startswith(b"bplist"):
        return data
    start = data.find(b"<?xml")
    end = data.find(b"</plist>")
    if start < 0 or end < 0:
        raise AppleError("apple-unreadable", T("This file is not a configuration profile."))
    return data[start : end + len(b"</plist>")] + b"\n"


@dataclass(frozen=True)
class AppleFiles:
    paths: tuple[Path, ...]
    signed: bool
    with_password: bool
    skipped_certificates: tuple[str, ...]  # host:port pins without certificate bytes
    oauth2: bool = False  # signs in on the provider's page (Exchange: OAuth true; IMAP/POP: no file)
    provider: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"files": [str(p) for p in self.paths], "signed": self.signed, "with_password": self.with_password, "skipped_certificates": list(self.skipped_certificates),
                "sign_in": "oauth2" if self.oauth2 else "password"}


def write_files(account: Account, folder: Path, *, signer: Signer | None = None, password: str | None = None, catalog: Catalog | None = None) -> AppleFiles:
    """<address>.mobileconfig, or for Exchange <address>-mac and <address>-iphone ones."""
    exchange = account.incoming.protocol in EXCHANGE_PROTOCOLS
    if account.oauth2:
        password = None
        if not exchange:
            return AppleFiles((), signer is not None, False, (), oauth2=True, provider=_who(account))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    safe = address_stem(account.address)
    targets = ((MAC, f"{safe}-mac.mobileconfig"), (IOS, f"{safe}-iphone.mobileconfig")) if exchange else ((None, f"{safe}.mobileconfig"),)
    paths = []
    for platform, name in targets:
        profile = build(account, platform, password=password, catalog=catalog)
        path = inside(folder, name)
        # a profile with the password is for the owner's eyes only, whatever file it replaces
        replace_file(path, to_bytes(profile, signer), backup=False, private=password is not None)
        paths.append(path)
    _, skipped = _certificate_payloads(account, "", "")
    return AppleFiles(tuple(paths), signer is not None, password is not None, tuple(skipped), oauth2=account.oauth2, provider=_who(account))


# What the written lines say when the device itself asks for the password (the window's Done
# page tells it in the install step instead: wizard.gui.pages_finish).
ASKS_WHILE_INSTALLING = T("The profile holds no password: the device asks for it once while installing the profile.")


def steps(files: AppleFiles) -> list[Text]:
    if files.oauth2 and not files.paths:
        return [
            T("Apple's mail profiles cannot sign in on {provider}'s own page, so mailsetup wrote no profile: one would ask for a password that {provider} does not take.", provider=files.provider),
            T("On an iPhone or iPad: open Settings, Mail, Accounts (on iOS 18: Settings, Apps, Mail, Mail Accounts), Add Account; choose {provider} if the list has it (it has Google, Microsoft Exchange, Outlook.com, Yahoo and AOL), type your address and sign in on the page that opens.", provider=files.provider),
            T("On a Mac: open System Settings, Internet Accounts, Add Account; choose {provider} if the list has it and sign in on the page that opens.", provider=files.provider),
        ]
    out: list[Text] = []
    if files.with_password:
        out.append(T("Warning: these profiles contain your password in readable form. Send them only over a channel you trust, and delete them after installing."))
    out.append(T("On a Mac: double-click the profile, then open System Settings, Privacy & Security, Profiles, and install it."))
    out.append(T("On an iPhone or iPad: send the profile to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it."))
    if not files.signed:
        out.append(T("The profile is not signed, so your device shows it as “Unverified”; that is expected."))
    if files.oauth2:
        out.append(T("The profile holds no password: the device opens {provider}'s sign-in page while installing it; sign in there.", provider=files.provider))
    elif not files.with_password:
        out.append(ASKS_WHILE_INSTALLING)
    return out


def open_for_install(path: Path) -> bool:  # pragma: no cover - runs only on macOS
    """On macOS hand the profile to System Settings; elsewhere do nothing."""
    if sys.platform != "darwin":
        return False
    subprocess.Popen(["open", str(path)], close_fds=True)
    return True
