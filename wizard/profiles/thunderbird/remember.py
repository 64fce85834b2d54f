"""Thunderbird remembers the password: the logins go into the profile's logins.json,
encrypted through the profile's own NSS key store, as Thunderbird's "Remember password" does.

Only with the person's consent, only while Thunderbird is closed (the same lock checks as for
prefs.js), and logins.json is replaced atomically with a backup. A key store protected by a
primary password is not unlocked, and where NSS cannot be used nothing is written; either
way the result says that Thunderbird asks for the password once.

`remember` takes plain `Credential`s, so any account kind can call it with its own origins;
`credentials_for` builds those of an IMAP/POP3 + SMTP account and of an EWS one (Thunderbird
looks that up under "ews://<host>"; there is no separate outgoing server)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Sequence

from wizard.i18n import T, Text
from wizard.model import Protocol
from wizard.model.credential import SignIn
from wizard.profiles.account import Account
from wizard.profiles.atomic import Replaced, StepHook, WriteError, _no_hook, replace_file
from wizard.profiles.thunderbird import nss
from wizard.profiles.thunderbird.locate import ensure_not_running
from wizard.profiles.thunderbird.logins import STORE_TYPE, Credential, LoginsFile, LoginsFormatError, server_origin
from wizard.profiles.thunderbird.writer import ews_server, no_ews_url

LOGINS = "logins.json"


class RememberStatus(StrEnum):
    STORED = "stored"
    PRIMARY_PASSWORD = "primary-password"
    NO_NSS = "no-nss"
    FAILED = "failed"
    NOT_NEEDED = "not-needed"  # every server signs in on the provider's page (OAuth2)


@dataclass(frozen=True)
class RememberResult:
    status: RememberStatus
    origins: tuple[str, ...]
    logins: Replaced | None
    message: Text

    @property
    def ok(self) -> bool:
        return self.status is RememberStatus.STORED

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status.value,
            "origins": list(self.origins),
            "file": str(self.logins.path) if self.logins else None,
            "backup": str(self.logins.backup) if self.logins and self.logins.backup else None,
            "message": self.message.render(),
        }


def credentials_for(account: Account, password: str) -> tuple[Credential, ...]:
    """The incoming server's login and the outgoing one's, with the user names Thunderbird
    will look them up by (the same ones the writer puts into prefs.js). A server that signs in
    on the provider's own page (OAuth2) gets no password: Thunderbird keeps its token itself."""
    if account.kind == "exchange":
        ews = ews_server(account)  # the server the writer names, whatever the config called it
        if ews is None:
            raise no_ews_url()
        if SignIn.of(ews) is not SignIn.PASSWORD:
            return ()
        return (Credential(server_origin(Protocol.EWS, ews.host), account.login(ews), password),)
    if account.incoming.protocol not in STORE_TYPE:
        raise ValueError(f"Thunderbird keeps no login for {account.incoming.protocol.value} servers")
    out = []
    if SignIn.of(account.incoming) is SignIn.PASSWORD:
        out.append(Credential(server_origin(account.incoming.protocol, account.incoming.host), account.login(account.incoming), password))
    smtp = account.outgoing
    if smtp is not None and smtp.protocol is Protocol.SMTP and SignIn.of(smtp) is SignIn.PASSWORD:
        out.append(Credential(server_origin(Protocol.SMTP, smtp.host), account.login(smtp), password))
    return tuple(out)


def _asks_once(status: RememberStatus, origins: tuple[str, ...], message: Text) -> RememberResult:
    return RememberResult(status, origins, None, message)


def remember(profile_dir: Path, credentials: Sequence[Credential], *, hook: StepHook = _no_hook, now_ms: int | None = None) -> RememberResult:
    """Save the logins into the profile's login store; any refusal leaves every file as it was.
    Raises ProfileError only when Thunderbird is running (as the prefs.js writer does)."""
    profile_dir = Path(profile_dir)
    origins = tuple(dict.fromkeys(c.origin for c in credentials))
    if not credentials:
        return _asks_once(RememberStatus.NOT_NEEDED, origins, T("Thunderbird keeps no password for this account: the provider signs you in on its own page, which Thunderbird opens the first time."))
    ensure_not_running(profile_dir)
    if (profile_dir / "key3.db").exists() and not (profile_dir / "key4.db").exists():
        return _asks_once(RememberStatus.FAILED, origins, T("This Thunderbird profile still has its old kind of password store; mailsetup leaves it alone. Thunderbird asks for the password once."))
    path = profile_dir / LOGINS
    try:
        old = path.read_bytes() if path.exists() else b""
        store = LoginsFile.parse(old)
    except (OSError, LoginsFormatError) as exc:
        return _asks_once(RememberStatus.FAILED, origins, T("Thunderbird's list of saved passwords ({path}) could not be read ({problem}), so it was left as it was. Thunderbird asks for the password once.", path=path, problem=getattr(exc, "strerror", None) or str(exc)))
    stamp = int(time.time() * 1000) if now_ms is None else now_ms
    try:
        lib = nss.load()
        with nss.open_key_store(profile_dir, lib) as keys:
            for credential in credentials:
                store.upsert(credential, keys.encrypt, keys.decrypt, stamp)
    except nss.PrimaryPasswordSet:
        return _asks_once(RememberStatus.PRIMARY_PASSWORD, origins, T("Thunderbird's saved passwords are protected by a primary password, which mailsetup does not unlock, so nothing was saved there. Thunderbird asks for the password once; it can remember it then."))
    except nss.KeyStoreUnusable:
        return _asks_once(RememberStatus.FAILED, origins, T("Thunderbird's key store in this profile (key4.db) could not be opened, so nothing was saved there. Thunderbird asks for the password once."))
    except nss.NssUnavailable:
        return _asks_once(RememberStatus.NO_NSS, origins, T("The password could not be saved for Thunderbird: the encryption library Thunderbird uses (NSS) was not found here. Thunderbird asks for the password once."))
    ensure_not_running(profile_dir)  # it may have started meanwhile
    try:
        replaced = replace_file(path, store.to_bytes(), hook=hook)
    except WriteError as exc:
        return _asks_once(RememberStatus.FAILED, origins, T("Thunderbird's list of saved passwords could not be written ({problem}); it was left as it was. Thunderbird asks for the password once.", problem=exc.text.render()))
    return RememberResult(RememberStatus.STORED, origins, replaced, T("Thunderbird remembers the password: it is saved, encrypted, in Thunderbird's own password store for {servers}.", servers=", ".join(dict.fromkeys(o.partition("://")[2] for o in origins))))
