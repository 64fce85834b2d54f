"""What the pages need from the engines, as one small interface (no Qt here).

The pages only talk to a `Backend`; `EngineBackend` binds it to the real discovery, doctor
and profile engines (imported when first used, so the window opens fast). Tests and the
demo hand over the same class with another NetContext factory."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol as TypingProtocol

from wizard.i18n import Catalog, T, Text

if TYPE_CHECKING:  # the network layer loads with the first run, after the window is up, and
    from wizard.model import AccountConfig, CertificateInfo, EmailAddress, Step  # the model types
    from wizard.model.findings import Finding  # with their first use: the Welcome page needs none
    from wizard.net import NetContext

DECIDABLE = ("untrusted", "changed")
ContextFactory = Callable[[Callable[["Step"], None], float | None], "NetContext"]


@dataclass(frozen=True)
class KindWords:
    """A provider's own words for one kind of account (its pack's account_types)."""

    label: Text | None = None
    explanation: Text | None = None


@dataclass(frozen=True)
class ProviderInfo:
    """Branding and the provider pack's facts, when one applies."""

    name: Text | str
    logo: str | None = None  # an icon name under resources/icons
    webmail: str | None = None
    checklist: tuple[Text, ...] = ()
    announced: tuple[str, ...] = ()  # SHA-256 fingerprints of announced certificates
    note: Text | None = None  # e.g. the demo's password hint
    pack: Any = field(default=None, compare=False, repr=False)  # the wizard.providers.Provider
    product_name: Text | None = None
    window_title: Text | None = None
    logo_data: bytes | None = field(default=None, compare=False, repr=False)  # svg or png from the pack
    colours: tuple[tuple[str, str], ...] = ()  # (role, "#rrggbb"): primary, accent, text
    support_link: str | None = None
    support: Text | None = None  # the support contact's name
    migration_date: date | None = None
    two_factor: Text | None = None
    two_factor_url: str | None = None
    kinds: tuple[tuple[str, KindWords], ...] = ()  # in the pack's order

    def announces(self, certificate: CertificateInfo) -> bool:
        """Whether the provider announced this certificate: the pack decides (fingerprint, or
        issuer and validity window), else the plain fingerprint list (the demo)."""
        if self.pack is not None:
            try:
                if self.pack.announces(certificate):
                    return True
            except Exception:  # noqa: BLE001 - an odd pack entry only costs the reassurance
                pass
        from wizard.model.fingerprint import same_fingerprint

        return any(same_fingerprint(a, certificate.sha256) for a in self.announced)

    def colour(self, role: str) -> str | None:
        return dict(self.colours).get(role)

    def kind_words(self, kind: str) -> KindWords | None:
        return dict(self.kinds).get(kind)

    @classmethod
    def of(cls, pack: Any) -> "ProviderInfo":
        """From a provider pack (wizard.providers.Provider)."""
        branding = pack.branding
        two = pack.two_factor
        support = pack.support
        return cls(
            name=pack.title,
            webmail=pack.webmail,
            checklist=tuple(pack.checklist),
            announced=tuple(a.sha256 for a in pack.announced if a.sha256),
            pack=pack,
            product_name=branding.product_name if branding else None,
            window_title=(branding.window_title or branding.product_name) if branding else None,
            logo_data=pack.logo_data,
            colours=tuple(branding.colours) if branding else (),
            support_link=(branding.support_link if branding and branding.support_link else None) or (support.url if support else None),
            support=support.name if support and support.name else None,
            migration_date=pack.migration_date,
            two_factor=two.note if two is not None and two.available else None,
            two_factor_url=two.url if two is not None and two.available else None,
            kinds=tuple((a.kind, KindWords(a.label, a.explanation)) for a in pack.account_types if a.kind in ("imap", "pop3", "exchange")),
        )


@dataclass(frozen=True)
class Change:
    """An account a mail program already has for this address, next to what will be written."""

    program_key: str  # the MailProgram.key it belongs to (thunderbird:<dir>, apple, outlook)
    client: str
    rows: tuple[tuple[str, str, str], ...]  # (what, old, new)
    moves: bool


@dataclass(frozen=True)
class Discovered:
    configs: tuple[AccountConfig, ...]
    steps: tuple[Step, ...] = ()
    provider: ProviderInfo | None = None
    outcome: str = ""  # the discovery Outcome's value: found, nothing-found, no-such-domain, no-network
    suggestion: str | None = None  # a known domain close to a mistyped one

    @property
    def why(self) -> str:
        return "found" if self.configs else (self.outcome if self.outcome and self.outcome != "found" else "nothing-found")


@dataclass(frozen=True)
class Diagnosis:
    findings: tuple[Finding, ...]
    certificates: tuple[CertificateInfo, ...] = ()  # presented certificates needing a decision
    report: Any = None  # the doctor's own Report, for the support text
    html: str | None = None
    changed: tuple[str, ...] = ()  # fingerprints that replace a certificate accepted before


@dataclass(frozen=True)
class SignedIn:
    """The wizard's own sign-in: the finding that says why it stopped, or the tokens, which
    stay in memory (never in a repr, a page or the report); the refresh token goes to the
    keyring only when the person asks."""

    finding: Finding | None
    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    # What the person should hear of the sign-in kept in the keyring, said once: one the
    # provider no longer took, a keyring that refused. None when all went as it should (the
    # kept one was used and, if renewed, replaced): the page's own words say that.
    kept: Text | None = None
    renewed: bool = False  # nothing new to keep: the kept sign-in was used, or the new one took its place


@dataclass(frozen=True)
class MailProgram:
    key: str  # thunderbird:<profile dir>, outlook, apple, sheet, iphone
    label: Text
    detail: Text
    available: bool = True
    default: bool = False  # ticked to start with (the default Thunderbird profile, the sheet)

    @property
    def on_this_computer(self) -> bool:
        """A program set up here, as opposed to files to hand to another program or device."""
        return self.key.startswith("thunderbird:")


@dataclass(frozen=True)
class Written:
    program: MailProgram
    ok: bool
    lines: tuple[Text, ...] = ()
    paths: tuple[Path, ...] = ()
    oauth2: bool = False  # the account signs in on the provider's page: `lines` are the program's own steps


class Backend(TypingProtocol):
    def provider_for(self, address: EmailAddress | None) -> ProviderInfo | None: ...
    def context(self, sink: Callable[[Step], None], deadline: float | None) -> NetContext: ...
    async def discover(self, address: EmailAddress, ctx: NetContext, password: str | None) -> Discovered: ...
    async def diagnose(self, address: EmailAddress, config: AccountConfig, ctx: NetContext, password: str | None, accept: tuple[str, ...], provider: ProviderInfo | None = None, token: str | None = None) -> Diagnosis: ...
    async def sign_in(self, registration: Any, ctx: NetContext, open_browser: Callable[[str], object], login_hint: str, catalog: Catalog | None) -> SignedIn: ...
    def keep_sign_in(self, address: EmailAddress, refresh_token: str) -> Text | None: ...
    def kept_sign_in(self, address: EmailAddress) -> bool: ...
    def accept(self, certificate: CertificateInfo) -> None: ...
    def mail_programs(self) -> list[MailProgram]: ...
    def changes(self, address: EmailAddress, config: AccountConfig, kind: str, realname: str, provider: ProviderInfo | None) -> list[Change]: ...
    def retired_in_use(self, provider: ProviderInfo | None) -> list[tuple[str, str, Text | None]]: ...
    def thunderbird_exchange(self, address: EmailAddress, config: AccountConfig, kind: str, realname: str = "") -> tuple[bool, Any]: ...
    def write(self, program: MailProgram, address: EmailAddress, config: AccountConfig, kind: str, realname: str, password: str | None, certificates: tuple[CertificateInfo, ...], catalog: Catalog, remember: bool = False) -> Written: ...
    def forget(self, certificate: CertificateInfo) -> None: ...
    def keyring_available(self) -> bool: ...
    def keyring_problem(self) -> Text | None: ...
    def thunderbird_installed(self) -> bool: ...
    def open_path(self, path: Path) -> bool: ...
    def open_thunderbird(self) -> bool: ...


class KeptAnswers:
    """The sign-ins kept in the system keyring, as the doctor's renewal reads, replaces and
    drops them (wizard.doctor.signin.KeptSignIns), remembering what the keyring answered to
    a replacement and a removal, so that the window says a success once, in its own words,
    and passes a failure on as the keyring said it."""

    def __init__(self) -> None:
        self.replaced: Any = None  # wizard.profiles.password.KeyringResult
        self.dropped: Any = None

    def read(self, address: str) -> str | None:
        from wizard.profiles.password import read_refresh_token

        return read_refresh_token(address)

    def replace(self, address: str, used: str, new: str) -> Text:
        from wizard.profiles.password import replace_refresh_token

        self.replaced = replace_refresh_token(address, used, new)
        return self.replaced.message

    def drop(self, address: str, used: str) -> Text:
        from wizard.profiles.password import drop_refresh_token

        self.dropped = drop_refresh_token(address, used)
        return self.dropped.message


@dataclass
class EngineBackend:
    """The real engines. `make_context(sink, deadline)` builds each run's NetContext
    (from the command line's options, or pointed at the demo)."""

    make_context: ContextFactory
    provider: ProviderInfo | None = None
    out_dir: Path | None = None  # where files for Outlook/Apple/sheet go (default: ~/Documents or ~)
    home: Path | None = None  # where Thunderbird profiles are looked for (tests: a temp HOME)
    store_path: Path | None = None
    brand: Any = None  # a wizard.providers.Provider: `--brand ID` or the installer's default brand
    presets: Any = None  # wizard.providers.Presets (with --providers folders); None = the bundled packs

    def provider_for(self, address: EmailAddress | None) -> ProviderInfo | None:
        """The branding before discovery: the demo's, the brand's, else the pack for the
        address's domain (discovery may still find one by MX: see `discover`)."""
        if self.provider is not None:
            return self.provider
        if self.brand is not None:
            return ProviderInfo.of(self.brand)
        if address is None:
            return None
        try:
            from wizard.providers import match  # issue 7: provider packs

            pack = match(address, self.packs())
        except Exception:  # noqa: BLE001 - branding is optional; a broken pack must not stop the wizard
            return None
        return ProviderInfo.of(pack) if pack is not None else None

    def packs(self) -> Any:
        """`presets`, the bundled packs read on first use when none were given (once: the
        window opens before they are read, and asks for them at every address typed)."""
        if self.presets is None:
            from wizard.providers.loader import load_presets

            self.presets = load_presets()
        return self.presets

    def context(self, sink, deadline):
        return self.make_context(sink, deadline)

    async def discover(self, address, ctx, password):
        from wizard.discovery import discover_async

        result = await discover_async(str(address), ctx, password=password, presets=self.packs(), brand=self.brand)
        configs = tuple(getattr(result, "configs", ()) or ())
        steps = tuple(getattr(result, "steps", ()) or ())
        pack = getattr(result, "provider", None)  # the pack discovery applied: brand, domain or MX
        provider = self.provider if self.provider is not None else ProviderInfo.of(pack) if pack is not None else self.provider_for(address)
        if provider is None and configs and configs[0].provider:
            provider = ProviderInfo(name=configs[0].provider)  # the name the settings document gives
        outcome = getattr(result, "outcome", None)
        outcome = getattr(outcome, "value", "") if outcome is not None else ""
        suggestion = None
        if outcome == "no-such-domain":
            from wizard.discovery.suggest import did_you_mean, known_domains

            try:
                suggestion = did_you_mean(address.domain, known_domains(self.packs()))
            except Exception:  # noqa: BLE001 - a suggestion is a courtesy, never a failure
                suggestion = None
        return Discovered(configs, steps, provider, outcome, suggestion)

    def _store(self):
        from wizard.doctor.store import CertStore

        return CertStore(self.store_path) if self.store_path else CertStore()

    async def diagnose(self, address, config, ctx, password, accept, provider=None, token=None):
        """`token`: the access token of the wizard's own sign-in (sign_in), for the OAuth2
        servers only; the doctor then proves their logins with it."""
        from wizard.doctor import diagnose_async
        from wizard.model import CertificateInfo

        provider = provider if provider is not None else self.provider_for(address)
        pack = provider.pack if provider is not None else None
        report = await diagnose_async(str(address), config, ctx, password=password, store=self._store(), accept=tuple(accept), provider=pack, token=token)
        findings = tuple(getattr(report, "findings", ()) or ())
        certs: list[CertificateInfo] = []
        for service in getattr(report, "services", ()) or ():
            cert = getattr(service, "certificate", None)
            # Only these may be accepted by a person; expired or wrong-name ones never are.
            if isinstance(cert, CertificateInfo) and getattr(service, "certificate_status", None) in DECIDABLE and cert not in certs:
                certs.append(cert)
        changed = tuple(s.certificate.sha256 for s in getattr(report, "services", ()) or () if getattr(s, "certificate_status", None) == "changed" and isinstance(s.certificate, CertificateInfo))
        return Diagnosis(findings, tuple(certs), report, changed=changed)

    async def sign_in(self, registration, ctx, open_browser, login_hint, catalog):
        """The wizard's own sign-in at the pack's registered authorization server: the sign-in
        kept in the keyring for `login_hint` (the address) renewed without the browser, else
        RFC 8252 in it (`open_browser` is the window's callback). A kept sign-in the provider
        no longer takes is removed and its place goes to the new one, as `diagnose --sign-in`."""
        import asyncio

        from wizard.doctor import signin
        from wizard.profiles.password import store_refresh_token
        from wizard.protocols.oauth import OAuthRefused

        store = KeptAnswers()
        renewal = await signin.renew(ctx, registration, login_hint, store)
        if renewal is not None and renewal.tokens is not None:  # the page says it was used; only a keyring that failed is news
            replaced = store.replaced
            return SignedIn(None, renewal.tokens.access_token, None, replaced.message if replaced is not None and not replaced.ok else None, renewed=True)
        stale = renewal is not None and renewal.stale
        removed = stale and store.dropped is not None and store.dropped.ok
        notice: Text | None = None
        if removed:  # the provider's refusal and the removal, in one sentence
            notice = T("The sign-in kept from before no longer worked, so it was removed.")
        elif renewal is not None and renewal.finding is not None:  # why the kept one was not used, then the browser (as the CLI says it)
            notice = renewal.finding.message if stale else T("The sign-in kept in this computer's keyring could not be used this time, so the browser opened instead: {problem}", problem=renewal.finding.message)
            if renewal.kept is not None:
                notice = T("{said} {kept}", said=notice, kept=renewal.kept)
        try:
            tokens = await signin.sign_in(ctx, registration, open_browser, login_hint=login_hint, catalog=catalog)
        except OAuthRefused as refused:
            return SignedIn(signin.refusal_finding(refused, registration.issuer), kept=notice)
        if stale and tokens.refresh_token:  # the dead one's place goes to the new sign-in
            stored = await asyncio.to_thread(store_refresh_token, login_hint, tokens.refresh_token)
            if stored.ok and removed:
                notice = T("The sign-in kept from before no longer worked, so this new one is kept in its place.")
            else:
                notice = T("{said} {kept}", said=notice, kept=stored.message) if notice is not None else stored.message
            return SignedIn(None, tokens.access_token, None, notice, renewed=True)
        return SignedIn(None, tokens.access_token, tokens.refresh_token, notice)

    def keep_sign_in(self, address, refresh_token):
        """The refresh token to the system keyring only (as `diagnose --keep-sign-in`): None
        when it is kept (the page says so in its own words), else what went wrong."""
        from wizard.profiles.password import store_refresh_token

        stored = store_refresh_token(str(address), refresh_token)
        return None if stored.ok else stored.message

    def kept_sign_in(self, address: EmailAddress) -> bool:
        """A sign-in is kept in the system keyring for `address`, which `sign_in` renews
        before any browser (blocking: the keyring may take a while; call it off the UI thread)."""
        from wizard.profiles.password import read_refresh_token

        try:
            return bool(read_refresh_token(str(address)))
        except Exception:  # noqa: BLE001 - a keyring that cannot say is one without: the browser wording
            return False

    def accept(self, certificate):
        self._store().accept(certificate)

    def forget(self, certificate):
        """A certificate accepted before and now refused: its pin goes, so nothing trusts it."""
        from wizard.doctor.store import same_fingerprint

        store = self._store()
        pin = store.pin_for(certificate.host, certificate.port)
        if pin is not None and same_fingerprint(pin.sha256, certificate.sha256):
            store.forget(certificate.host, certificate.port)

    def keyring_available(self) -> bool:
        return self.keyring_problem() is None

    def keyring_problem(self) -> Text | None:
        """Why the password cannot be kept in the system keyring here (the words the CLI
        says too, naming PYTHON_KEYRING_BACKEND or keyringrc.cfg when one chose the backend),
        or None when it can. Nothing is read or written, so no keyring asks to be unlocked."""
        from wizard.profiles.password import keyring_problem

        return keyring_problem()

    def thunderbird_installed(self) -> bool:
        """Thunderbird is on this computer (a profile may not exist yet)."""
        import shutil
        import sys

        if self._profiles() or shutil.which("thunderbird"):
            return True
        places = {"darwin": ("/Applications/Thunderbird.app",), "win32": (r"C:\Program Files\Mozilla Thunderbird\thunderbird.exe",)}.get(sys.platform, ("/usr/lib/thunderbird/thunderbird", "/opt/thunderbird/thunderbird", "/snap/bin/thunderbird"))
        return any(Path(p).exists() for p in places)

    def open_path(self, path: Path) -> bool:
        """Show a folder (or a file's folder) in the desktop's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = path if path.is_dir() else path.parent
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def open_thunderbird(self) -> bool:
        import shutil
        import subprocess

        program = shutil.which("thunderbird")
        if program is None:
            return False
        subprocess.Popen([program], close_fds=True, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True

    # -- mail programs ---------------------------------------------------------------
    def _documents(self) -> Path:
        if self.out_dir is not None:
            return self.out_dir
        home = self.home or Path.home()
        docs = home / "Documents"
        return (docs if docs.is_dir() else home) / "mailsetup"

    def _profiles(self) -> list:
        try:
            from wizard.profiles.thunderbird.locate import base_dirs, find_profiles

            env = dict(os.environ)
            if self.home is not None:
                env.pop("XDG_CONFIG_HOME", None)
            return list(find_profiles(base_dirs(self.home, env)))
        except Exception:  # noqa: BLE001 - no Thunderbird is an answer, not an error
            return []

    def _existing_places(self) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
        profiles = tuple(p.path for p in self._profiles())
        folder = self._documents()
        return profiles, ((folder,) if folder.is_dir() else ())

    def changes(self, address, config, kind, realname, provider=None):
        """Accounts the mail programs already have for this address, old next to new (a
        provider's migration day): the writers then update them in place."""
        try:
            from wizard.profiles.account import Account
            from wizard.profiles.migration import find_changes

            account = Account.from_config(address, config, kind, realname)
            profiles, folders = self._existing_places()
            found = find_changes(str(address), account, profiles=profiles, folders=folders)
        except Exception:  # noqa: BLE001 - nothing to compare with is not an error
            return []
        out = []
        for change in found:
            existing = change.existing
            key = f"thunderbird:{existing.location}" if existing.client == "thunderbird" else existing.client
            out.append(Change(key, existing.client, change.rows, change.moves))
        return out

    def retired_in_use(self, provider):
        """(address, host, note) of accounts of any address still using a server the
        provider is switching off."""
        pack = provider.pack if provider is not None else None
        if pack is None:
            return []
        try:
            from wizard.profiles.migration import retired_in_use

            profiles, folders = self._existing_places()
            found = retired_in_use(pack, profiles=profiles, folders=folders)
        except Exception:  # noqa: BLE001
            return []
        out = []
        for existing, server in found:
            host = next((s.host for s in (existing.incoming, existing.outgoing) if s is not None and server.matches(s.protocol, s.host)), server.host)
            out.append((existing.address, host, server.note))
        return out

    def mail_programs(self) -> list[MailProgram]:
        out: list[MailProgram] = []
        profiles = self._profiles()
        for profile in profiles:
            out.append(MailProgram(f"thunderbird:{profile.path}", T("Thunderbird, profile “{name}”", name=profile.name), T("in {path}", path=str(profile.path)) if not profile.default else T("the default profile, in {path}", path=str(profile.path)), default=bool(profile.default) or len(profiles) == 1))
        if not profiles:
            if self.thunderbird_installed():
                detail = T("Thunderbird is installed but has not been started yet. Start Thunderbird once, close it, then choose Look again.")
            else:
                detail = T("Thunderbird is not installed on this computer.")
            out.append(MailProgram("thunderbird:", T("Thunderbird"), detail, available=False))
        docs = self._documents()
        out.append(MailProgram("outlook", T("Outlook"), T("files for Outlook's own “Add account”, saved in {path}", path=str(docs))))
        out.append(MailProgram("apple", T("Apple Mail (Mac)"), T("a profile to open on the Mac, saved in {path}", path=str(docs))))
        out.append(MailProgram("iphone", T("iPhone or iPad"), T("a profile to send to the phone or tablet, saved in {path}", path=str(docs))))
        out.append(MailProgram("sheet", T("Settings sheet"), T("a printable page with every setting, saved in {path}", path=str(docs)), default=True))
        return out

    def thunderbird_exchange(self, address: EmailAddress, config: AccountConfig, kind: str, realname: str = "") -> tuple[bool, Any]:
        """For an Exchange account: (True, the EWS endpoint Thunderbird would use, or None when
        none is known); (False, None) for any other kind of account."""
        try:
            from wizard.profiles.account import Account
            from wizard.profiles.thunderbird.writer import ews_endpoint

            account = Account.from_config(address, config, kind, realname)
        except Exception:  # noqa: BLE001 - no account yet: the writer will say why
            return False, None
        return (True, ews_endpoint(account)) if account.kind == "exchange" else (False, None)

    def write(self, program, address, config, kind, realname, password, certificates, catalog, remember=False):
        """`remember`: the person chose that Thunderbird remembers the password (its own
        login store); the other programs ask for it themselves."""
        from wizard.profiles.account import Account

        account = Account.from_config(address, config, kind, realname, tuple(certificates))
        key = program.key
        folder = self._documents()
        if key.startswith("thunderbird:"):
            from wizard.profiles.thunderbird.remember import credentials_for, remember as remember_logins
            from wizard.profiles.thunderbird.writer import write_account

            from wizard.profiles.thunderbird.writer import ews_endpoint

            result = write_account(Path(key.split(":", 1)[1]), account)
            path = result.profile / "prefs.js"
            if result.keys.updated:
                said = T("The existing account in Thunderbird was updated in place ({path}); a backup was kept.", path=str(path))
            else:
                said = T("The account was added to Thunderbird ({path}).", path=str(path))
            lines: tuple[Text, ...] = (said,)
            endpoint = ews_endpoint(account) if account.kind == "exchange" else None
            if endpoint is not None:
                from wizard.profiles import messages

                lines += messages.thunderbird_exchange(endpoint.url, endpoint.server.host, endpoint.given, endpoint.standard)
            if account.oauth2:  # the provider signs in on its own page: no password is kept for it
                return Written(program, True, lines + (T("Thunderbird opens the provider's sign-in page the first time it connects; sign in there. No password is saved for it."),), (path,))
            if remember and password:
                saved = remember_logins(result.profile, credentials_for(account, password))
                paths = (path,) + ((saved.logins.path,) if saved.logins else ())
                return Written(program, True, lines + (saved.message,), paths)
            return Written(program, True, lines + (T("Thunderbird asks for the password once."),), (path,))
        folder.mkdir(parents=True, exist_ok=True)
        if key == "outlook":
            from wizard.profiles import outlook

            files = outlook.write_files(account, folder)
            if files.oauth2:  # no file: Outlook's own Add Account signs in to the provider itself
                return Written(program, True, tuple(outlook.add_account_steps(str(address), account.provider)) + ((files.prf_problem,) if files.prf_problem else ()), (), oauth2=True)
            paths = tuple(p for p in vars(files).values() if isinstance(p, Path))
            return Written(program, True, tuple(outlook.steps(files)) + (T("Outlook asks for the password once when it first connects."),), paths)
        if key in ("apple", "iphone"):
            from wizard.profiles import apple

            files = apple.write_files(account, folder, catalog=catalog)
            return Written(program, True, tuple(apple.steps(files)), files.paths, oauth2=files.oauth2 and not files.paths)
        if key == "sheet":
            from wizard.profiles import sheet

            path = sheet.write_html(account, folder, catalog)
            return Written(program, True, (T("The settings sheet is saved as {path}.", path=str(path)),), (path,))
        return Written(program, False, (T("This mail program is not supported."),))
