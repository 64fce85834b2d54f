"""Put one account into a Thunderbird profile without disturbing anything else in it.

Pref names and values: PROTOCOLS.md section 3 (checked with a real Thunderbird 153 ESR)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from wizard.i18n import T
from wizard.localfile import MIB, read_small
from wizard.model import AuthMethod, Protocol, Security, ServerSettings
from wizard.model.errors import UserError
from wizard.parsers.ews import ews_address
from wizard.profiles.account import EXCHANGE_PROTOCOLS, Account
from wizard.profiles.atomic import Replaced, StepHook, replace_file, _no_hook
from wizard.profiles.thunderbird import certoverride
from wizard.profiles.thunderbird.locate import ProfileError, ensure_not_running
from wizard.profiles.thunderbird.prefs import PrefsFile

SOCKET_TYPE = {Security.PLAIN: 0, Security.STARTTLS: 2, Security.TLS: 3}
AUTH_METHOD = {
    AuthMethod.NONE: 1,
    AuthMethod.CLIENT_IP: 1,
    AuthMethod.SMTP_AFTER_POP: 1,
    AuthMethod.PASSWORD_CLEARTEXT: 3,
    AuthMethod.PASSWORD_ENCRYPTED: 4,
    AuthMethod.GSSAPI: 5,
    AuthMethod.NTLM: 6,
    AuthMethod.TLS_CLIENT_CERT: 7,
    AuthMethod.OAUTH2: 10,
}

MAX_PREFS_BYTES = 32 * MIB  # prefs.js and cert_override.txt; real ones are far smaller


@dataclass(frozen=True)
class AccountKeys:
    account: str
    server: str
    identity: str
    smtp: str | None
    updated: bool  # True: an account for this address existed and was changed in place


@dataclass(frozen=True)
class ThunderbirdResult:
    profile: Path
    keys: AccountKeys
    prefs: Replaced
    cert_override: Replaced | None


def _auth(server: ServerSettings) -> int:
    return AUTH_METHOD.get(server.auth[0], 3) if server.auth else 3


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _next(prefs: PrefsFile, prefix: str, word: str, listed: list[str]) -> str:
    used = prefs.numbers(prefix, word)
    used |= {int(v[len(word):]) for v in listed if v.startswith(word) and v[len(word):].isdigit()}
    return f"{word}{max(used, default=0) + 1}"


def _new_keys(prefs: PrefsFile, accounts: list[str]) -> tuple[str, str, str]:
    """Keys for a new account, its incoming server and its identity. Thunderbird hands out
    new account keys from lastKey, so lastKey is kept level with ours."""
    acct = _next(prefs, "mail.account.", "account", accounts)
    last = prefs.get("mail.account.lastKey")
    if isinstance(last, int) and not isinstance(last, bool) and last >= int(acct[len("account"):]):
        acct = f"account{last + 1}"
    prefs.set("mail.account.lastKey", int(acct[len("account"):]))
    return acct, _next(prefs, "mail.server.", "server", []), _next(prefs, "mail.identity.", "id", [])


def find_existing(prefs: PrefsFile, address: str, server_type: str) -> tuple[str, str, str] | None:
    """(account, server, identity) of an account whose identity has this address and whose
    server has this type; a different type is a different account in Thunderbird (own folders)."""
    wanted = address.lower()
    for account in _csv(prefs.get_str("mail.accountmanager.accounts")):
        server = prefs.get_str(f"mail.account.{account}.server")
        if not server or prefs.get_str(f"mail.server.{server}.type") != server_type:
            continue
        for identity in _csv(prefs.get_str(f"mail.account.{account}.identities")):
            if prefs.get_str(f"mail.identity.{identity}.useremail").lower() == wanted:
                return account, server, identity
    return None


def _set_server(prefs: PrefsFile, key: str, account: Account, updating: bool) -> None:
    server = account.incoming
    base = f"mail.server.{key}."
    values = {
        "hostname": server.host,
        "port": server.port,
        "socketType": SOCKET_TYPE[server.security],
        "authMethod": _auth(server),
        "userName": account.login(server),
    }
    for name, value in values.items():
        prefs.set(base + name, value)
    # A host or user changed in Thunderbird's own dialog lives in real*; it wins over the plain pref.
    for real, plain in (("realhostname", "hostname"), ("realuserName", "userName"), ("realport", "port")):
        if prefs.get(base + real) is not None:
            prefs.set(base + real, values[plain])
    if not updating:
        prefs.set(base + "type", server.protocol.value)
        prefs.set(base + "name", str(account.address))
        prefs.set(base + "login_at_startup", True)
        if server.protocol is Protocol.POP3:
            prefs.set(base + "leave_on_server", True)  # other devices still see the mail


def _set_smtp(prefs: PrefsFile, key: str, account: Account) -> None:
    smtp = account.outgoing
    assert smtp is not None
    base = f"mail.smtpserver.{key}."
    prefs.set(base + "hostname", smtp.host)
    prefs.set(base + "port", smtp.port)
    prefs.set(base + "try_ssl", SOCKET_TYPE[smtp.security])  # SMTP security is try_ssl
    prefs.set(base + "authMethod", _auth(smtp))
    prefs.set(base + "username", account.login(smtp))
    if prefs.get(base + "description") is None:
        prefs.set(base + "description", account.name)


def _shared_smtp(prefs: PrefsFile, smtp: str, identity: str) -> bool:
    """Whether an identity other than `identity` names `smtp` as its outgoing server."""
    for name in prefs.names():
        if name.startswith("mail.identity.") and name.endswith(".smtpServer") and name != f"mail.identity.{identity}.smtpServer":
            if prefs.get_str(name) == smtp:
                return True
    return False


def add_account(prefs: PrefsFile, account: Account) -> AccountKeys:
    """Edit `prefs` in memory: update the account for this address, or add one with the next
    free account/server/identity/smtp keys. Returns the keys used."""
    if account.incoming.protocol in EXCHANGE_PROTOCOLS or account.outgoing is None:
        ews = ews_server(account)
        if ews is not None:
            return _add_ews_account(prefs, account, ews)
        raise no_ews_url()
    address = str(account.address)
    accounts = _csv(prefs.get_str("mail.accountmanager.accounts"))
    existing = find_existing(prefs, address, account.incoming.protocol.value)
    if existing:
        acct, server, identity = existing
        _set_server(prefs, server, account, updating=True)
        smtp = prefs.get_str(f"mail.identity.{identity}.smtpServer") or None
        smtps = _csv(prefs.get_str("mail.smtpservers"))
        # A server other identities send through is theirs too: leave it, give this one its own.
        if smtp is None or smtp not in smtps or _shared_smtp(prefs, smtp, identity):
            smtp = _next(prefs, "mail.smtpserver.", "smtp", smtps)
            prefs.set("mail.smtpservers", ",".join(smtps + [smtp]))
            prefs.set(f"mail.identity.{identity}.smtpServer", smtp)
        _set_smtp(prefs, smtp, account)
        return AccountKeys(acct, server, identity, smtp, True)

    acct, server, identity = _new_keys(prefs, accounts)
    smtps = _csv(prefs.get_str("mail.smtpservers"))
    smtp = _next(prefs, "mail.smtpserver.", "smtp", smtps)

    _set_server(prefs, server, account, updating=False)
    ident = f"mail.identity.{identity}."
    prefs.set(ident + "useremail", address)
    if account.realname:
        prefs.set(ident + "fullName", account.realname)
    prefs.set(ident + "smtpServer", smtp)
    prefs.set(ident + "valid", True)
    _set_smtp(prefs, smtp, account)
    prefs.set("mail.smtpservers", ",".join(smtps + [smtp]))
    if not prefs.get_str("mail.smtp.defaultserver"):
        prefs.set("mail.smtp.defaultserver", smtp)
    prefs.set(f"mail.account.{acct}.server", server)
    prefs.set(f"mail.account.{acct}.identities", identity)
    # appended: the order of the accounts already there stays as the person arranged it
    prefs.set("mail.accountmanager.accounts", ",".join(accounts + [acct]))
    default = prefs.get_str("mail.accountmanager.defaultaccount")
    if not default or default not in accounts:
        prefs.set("mail.accountmanager.defaultaccount", acct)
    return AccountKeys(acct, server, identity, smtp, False)


def no_ews_url() -> ProfileError:
    return ProfileError("thunderbird-exchange", T("Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account."))


@dataclass(frozen=True)
class EwsEndpoint:
    """Where Thunderbird reaches an Exchange account. `standard`: the provider names only its
    web address (https://host), so the URL is Exchange's usual EWS path on that host."""

    server: ServerSettings  # host and port are the URL's
    url: str
    given: str  # the address as discovery or the pack had it
    standard: bool


def ews_endpoint(account: Account) -> EwsEndpoint | None:
    """The account's EWS endpoint (an https URL), which Thunderbird speaks natively; None when
    the account has no Exchange address, or only an Autodiscover one."""
    server = account.server_for(Protocol.EWS, Protocol.EXCHANGE)
    address = ews_address(server.url) if server is not None else None
    if server is None or address is None:
        return None
    return EwsEndpoint(replace(server, host=address.host, port=address.port, security=Security.TLS, url=address.url), address.url, address.given, address.standard)


def ews_server(account: Account) -> ServerSettings | None:
    """The account's EWS endpoint as a server (see `ews_endpoint`)."""
    endpoint = ews_endpoint(account)
    return endpoint.server if endpoint is not None else None


def _add_ews_account(prefs: PrefsFile, account: Account, ews: ServerSettings) -> AccountKeys:
    """An Exchange account as Thunderbird's own wizard makes it: an incoming server of type
    ews naming the endpoint in ews_url, and an outgoing server of type ews (key ewsN, its
    settings under mail.outgoingserver.) sending through the same endpoint."""
    address = str(account.address)
    login = account.login(ews)
    accounts = _csv(prefs.get_str("mail.accountmanager.accounts"))
    smtps = _csv(prefs.get_str("mail.smtpservers"))
    existing = find_existing(prefs, address, "ews")
    if existing:
        acct, server, identity = existing
        outgoing = prefs.get_str(f"mail.identity.{identity}.smtpServer") or None
        if outgoing is None or outgoing not in smtps or prefs.get_str(f"mail.smtpserver.{outgoing}.type") != "ews" or _shared_smtp(prefs, outgoing, identity):
            outgoing = _next(prefs, "mail.smtpserver.", "ews", smtps)
            smtps.append(outgoing)
            prefs.set("mail.smtpservers", ",".join(smtps))
            prefs.set(f"mail.identity.{identity}.smtpServer", outgoing)
        updated = True
    else:
        acct, server, identity = _new_keys(prefs, accounts)
        outgoing = _next(prefs, "mail.smtpserver.", "ews", smtps)
        smtps.append(outgoing)
        prefs.set("mail.smtpservers", ",".join(smtps))
        base = f"mail.server.{server}."
        prefs.set(base + "type", "ews")
        prefs.set(base + "name", address)
        prefs.set(base + "login_at_startup", True)
        # Checking for new mail is what first fetches an Exchange account's folders: at start-up
        # only when another account is the default (a new one has no Inbox yet), else at the first
        # check (every 10 minutes) or Get Messages. Thunderbird's own wizard turns it on too.
        prefs.set(base + "check_new_mail", True)
        ident = f"mail.identity.{identity}."
        prefs.set(ident + "useremail", address)
        if account.realname:
            prefs.set(ident + "fullName", account.realname)
        prefs.set(ident + "smtpServer", outgoing)
        prefs.set(ident + "valid", True)
        prefs.set(f"mail.account.{acct}.server", server)
        prefs.set(f"mail.account.{acct}.identities", identity)
        prefs.set("mail.accountmanager.accounts", ",".join(accounts + [acct]))
        default = prefs.get_str("mail.accountmanager.defaultaccount")
        if not default or default not in accounts:
            prefs.set("mail.accountmanager.defaultaccount", acct)
        if not prefs.get_str("mail.smtp.defaultserver"):
            prefs.set("mail.smtp.defaultserver", outgoing)
        updated = False
    base = f"mail.server.{server}."
    auth = _auth(ews) if ews.auth else AUTH_METHOD[AuthMethod.PASSWORD_CLEARTEXT]
    for name, value in {"hostname": ews.host, "port": ews.port, "socketType": SOCKET_TYPE[Security.TLS],
                        "authMethod": auth, "userName": login, "ews_url": ews.url}.items():
        prefs.set(base + name, value)
    prefs.set(f"mail.smtpserver.{outgoing}.type", "ews")
    out = f"mail.outgoingserver.{outgoing}."
    prefs.set(out + "ews_url", ews.url or "")
    prefs.set(out + "username", login)
    prefs.set(out + "auth_method", auth)
    if prefs.get(out + "description") is None:
        prefs.set(out + "description", account.name)
    return AccountKeys(acct, server, identity, outgoing, updated)


def overrides_for(account: Account) -> tuple[certoverride.Override, ...]:
    return tuple(certoverride.Override(c.host, c.port, c.sha256) for c in account.certificates)


def _read(path: Path) -> bytes | None:
    """The file's bytes (a regular file, bounded), None when it does not exist; a one-line
    error naming the file otherwise (LocalFileError, or ProfileError for the rest)."""
    try:
        return read_small(path, MAX_PREFS_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProfileError("thunderbird-unreadable", T("Could not read “{path}”: {problem}", path=path, problem=exc.strerror or str(exc))) from None


def write_account(profile_dir: Path, account: Account, *, hook: StepHook = _no_hook) -> ThunderbirdResult:
    """Refuse while Thunderbird runs; then back up and atomically replace prefs.js (and
    cert_override.txt when certificates were accepted). No password goes into the profile.

    Everything is read and prepared first, and Thunderbird is asked about a second time,
    before either file changes. cert_override.txt goes first; when prefs.js then cannot be
    replaced, cert_override.txt gets its old content back, so the two never disagree."""
    profile_dir = Path(profile_dir)
    if not profile_dir.is_dir():
        raise ProfileError("thunderbird-profile-missing", T("The Thunderbird profile folder “{profile}” does not exist.", profile=profile_dir))
    ensure_not_running(profile_dir)
    prefs_path = profile_dir / "prefs.js"
    cert_path = profile_dir / "cert_override.txt"
    prefs = PrefsFile.parse(_read(prefs_path) or b"")
    keys = add_account(prefs, account)
    overrides = overrides_for(account)
    old_certs = _read(cert_path) if overrides else None
    new_certs = certoverride.merge(old_certs or b"", overrides) if overrides else None
    new_prefs = prefs.to_bytes()
    ensure_not_running(profile_dir)  # it may have started meanwhile
    cert_result = replace_file(cert_path, new_certs, hook=hook) if new_certs is not None else None
    try:
        prefs_result = replace_file(prefs_path, new_prefs, hook=hook)
    except BaseException:
        if cert_result is not None:
            _restore(cert_path, old_certs)
        raise
    return ThunderbirdResult(profile_dir, keys, prefs_result, cert_result)


def _restore(path: Path, old: bytes | None) -> None:
    """Put back what `path` held before (or remove it when it did not exist); best effort,
    since the error being raised already says the profile was not changed."""
    try:
        if old is None:
            path.unlink(missing_ok=True)
        else:
            replace_file(path, old, backup=False)
    except (OSError, UserError):
        pass
