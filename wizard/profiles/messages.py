"""What the shells tell a person about writing profiles (kept here so the profiles catalogue
holds them; the CLI's `write` command and the GUI's last page use the same words)."""

from __future__ import annotations

from wizard.i18n import T, Text
from wizard.model.errors import UserError


def need_incoming() -> UserError:
    return UserError("write-no-incoming", T("Give the incoming server too: --imap or --pop3 HOST:PORT:SECURITY."))


def nothing_found(address: str) -> UserError:
    return UserError("write-nothing-found", T("No settings were found for {address}; give the servers with --imap or --pop3 and --smtp HOST:PORT:SECURITY.", address=address))


def needs_consent(address: str, reasons: str) -> UserError:
    return UserError("write-needs-consent", T("The settings found for {address} come from a source that could be forged ({reasons}). Check them with “mailsetup discover”, then give them with --imap/--pop3 and --smtp to confirm.", address=address, reasons=reasons))


def migrate_needs_consent(address: str, reasons: str, config) -> UserError:
    """Shows the servers an untrusted source named: nothing is moved to them unasked."""
    servers = ", ".join(f"{s.protocol.value.upper()} {s.host}:{s.port}" for s in (*config.incoming, *config.outgoing))
    return UserError("migrate-needs-consent", T("Nothing was moved: the servers found for {address} ({servers}) come from a source that could be forged ({reasons}). If they are right, give them with --imap/--pop3 and --smtp.", address=address, servers=servers, reasons=reasons))


def include_password_needs_stdin() -> UserError:
    return UserError("write-password-missing", T("--include-password needs the password on standard input (--password-stdin)."))


def signing_needs_pair() -> UserError:
    return UserError("write-signing-pair", T("Signing needs both --signing-cert and --signing-key."))


def thunderbird_written(address: str, updated: bool, profile: object, backup: object) -> Text:
    if updated:
        return T("Thunderbird: the account {address} in {profile} was updated (backup: {backup}).", address=address, profile=profile, backup=backup)
    return T("Thunderbird: the account {address} was added to {profile} (backup: {backup}).", address=address, profile=profile, backup=backup)


def thunderbird_exchange(url: str, host: str, given: str, standard: bool) -> tuple[Text, ...]:
    """What a Thunderbird Exchange account is: where it reaches the server (and, when the
    provider names only its web address, that the EWS address is Exchange's usual one there),
    that only the mail is set up in Thunderbird, and when it first reaches the server (a real
    Thunderbird 153 did so at start-up only beside another default account, else at its first
    check for new mail)."""
    if standard:
        where = T("Thunderbird reaches it as an Exchange account at {url}, Exchange's usual address on {host} (the provider names {given}).", url=url, host=host, given=given)
    else:
        where = T("Thunderbird reaches it as an Exchange account at {url}.", url=url)
    return where, T("Thunderbird sets up the mail, not calendar and contacts. The first time, it fetches the Exchange folders when it checks for new mail: choose Get Messages, or wait up to 10 minutes.")


def bad_ews_url(url: str) -> UserError:
    return UserError("write-ews-url", T("“{url}” is not an Exchange web service address: --ews-url needs an https address, such as https://mail.example.com/EWS/Exchange.asmx.", url=url))


def write_no_ews_url() -> UserError:
    return UserError("thunderbird-exchange", T("Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account; give it with --ews-url https://HOST/EWS/Exchange.asmx, or choose --account-type imap if the provider offers IMAP."))


def thunderbird_trusts(servers: str) -> Text:
    return T("Thunderbird will trust the certificate you accepted for {servers}.", servers=servers)


def thunderbird_next(remembered: bool = False, oauth2: bool = False) -> Text:
    if oauth2:
        return T("Start Thunderbird; when it first connects, it opens the provider's sign-in page. Sign in there; Thunderbird needs no password from you.")
    if remembered:
        return T("Start Thunderbird; it logs in by itself with the saved password.")
    return T("Start Thunderbird; it asks for your password once.")


def remember_needs_password() -> UserError:
    return UserError("write-password-missing", T("--remember-password needs the password on standard input (--password-stdin)."))


def remember_needs_thunderbird() -> UserError:
    return UserError("write-remember-client", T("--remember-password is for Thunderbird (--client thunderbird); the other programs ask for the password themselves."))


def keyring_needs_password() -> UserError:
    return UserError("write-password-missing", T("--keep-in-keyring needs the password on standard input (--password-stdin)."))


def keyring_unusable(problem: Text) -> UserError:
    """--keep-in-keyring where no keyring can be used: said before anything is looked up or written."""
    return UserError("keyring-unusable", T("{problem} --keep-in-keyring needs a system keyring that keeps the password encrypted; nothing was written.", problem=problem))


def keyring_not_stored(said: Text) -> UserError:
    """The keyring failed when the password went in: the mail program is not written either."""
    return UserError("keyring-unusable", T("{said} Nothing was written.", said=said))


def outlook_asks(oauth2: bool = False) -> Text:
    if oauth2:
        return T("Outlook signs in on the provider's own page; it asks for no password here.")
    return T("Outlook asks for the password once when it first connects.")


def written(path: object) -> Text:
    return T("Written: {path}", path=path)


def numbered(n: int, step: Text) -> Text:
    return T("{n}. {step}", n=n, step=step)


def outlook_started() -> Text:
    return T("The registry is set and Outlook is starting with the new account.")


def certificate_not_fetched(servers: str) -> Text:
    return T("The certificate for {servers} could not be fetched, so the profile does not carry it; your device will ask you to trust it.", servers=servers)


# Help texts of the options only `write` has (rendered by the CLI in the person's language).
OPTION_HELP = {
    "name": T("your name as recipients see it"),
    "apply": T("Outlook on Windows: also set the registry and start Outlook with the PRF file"),
    "signing-cert": T("Apple: sign the profile with this PEM certificate (intermediates may follow in the file)"),
    "signing-key": T("Apple: the PEM private key of the signing certificate"),
    "include-password": T("Apple: put the password into the profile (not recommended)"),
    "remember-password": T("Thunderbird: save the password, encrypted, in Thunderbird's own password store so it logs in by itself (needs --password-stdin)"),
    "keep-in-keyring": T("also keep the password in the system keyring, for mailsetup's own later checks (diagnose, migrate, a support re-run)"),
}
