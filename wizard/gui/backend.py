"""What the pages need from the engines, as one small interface (no Qt here).

The pages only talk to a `Backend`; `EngineBackend` binds it to the real discovery, doctor
and profile engines (imported lazily, so a page works while an engine is missing and says
so). Tests and the demo hand over the same class with another NetContext factory."""

from __future__ import annotations

import inspect
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol as TypingProtocol

from wizard.i18n import Catalog, T, Text
from wizard.model import AccountConfig, CertificateInfo, EmailAddress, Step
from wizard.model.findings import Finding
from wizard.net import NetContext

DECIDABLE = ("untrusted", "changed")
ContextFactory = Callable[[Callable[[Step], None], float | None], NetContext]


@dataclass(frozen=True)
class ProviderInfo:
    """Branding and the provider pack's facts, when one applies."""

    name: str
    logo: str | None = None  # an icon name under resources/icons
    webmail: str | None = None
    checklist: tuple[Text, ...] = ()
    announced: tuple[str, ...] = ()  # SHA-256 fingerprints of announced certificates
    note: Text | None = None  # e.g. the demo's password hint


@dataclass(frozen=True)
class Discovered:
    configs: tuple[AccountConfig, ...]
    steps: tuple[Step, ...] = ()
    provider: ProviderInfo | None = None


@dataclass(frozen=True)
class Diagnosis:
    findings: tuple[Finding, ...]
    certificates: tuple[CertificateInfo, ...] = ()  # presented certificates needing a decision
    report: Any = None  # the doctor's own Report, for the support text
    html: str | None = None


@dataclass(frozen=True)
class MailProgram:
    key: str  # thunderbird:<profile dir>, outlook, apple, sheet, iphone
    label: Text
    detail: Text
    available: bool = True


@dataclass(frozen=True)
class Written:
    program: MailProgram
    ok: bool
    lines: tuple[Text, ...] = ()
    paths: tuple[Path, ...] = ()


class Backend(TypingProtocol):
    def provider_for(self, address: EmailAddress | None) -> ProviderInfo | None: ...
    def context(self, sink: Callable[[Step], None], deadline: float | None) -> NetContext: ...
    async def discover(self, address: EmailAddress, ctx: NetContext, password: str | None) -> Discovered: ...
    async def diagnose(self, address: EmailAddress, config: AccountConfig, ctx: NetContext, password: str | None, accept: tuple[str, ...]) -> Diagnosis: ...
    def accept(self, certificate: CertificateInfo) -> None: ...
    def mail_programs(self) -> list[MailProgram]: ...
    def write(self, program: MailProgram, address: EmailAddress, config: AccountConfig, kind: str, realname: str, password: str | None, certificates: tuple[CertificateInfo, ...], catalog: Catalog) -> Written: ...


class EngineMissing(Exception):
    def __init__(self, text: Text) -> None:
        super().__init__(text.render())
        self.text = text


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@dataclass
class EngineBackend:
    """The real engines. `make_context(sink, deadline)` builds each run's NetContext
    (from the command line's options, or pointed at the demo)."""

    make_context: ContextFactory
    provider: ProviderInfo | None = None
    out_dir: Path | None = None  # where files for Outlook/Apple/sheet go (default: ~/Documents or ~)
    home: Path | None = None  # where Thunderbird profiles are looked for (tests: a temp HOME)
    store_path: Path | None = None

    def provider_for(self, address: EmailAddress | None) -> ProviderInfo | None:
        if self.provider is not None:
            return self.provider
        if address is None:
            return None
        try:
            from wizard.providers import match  # issue 7: provider packs

            pack = match(address)
        except Exception:  # noqa: BLE001 - branding is optional; a broken pack must not stop the wizard
            return None
        if pack is None:
            return None
        migration = getattr(pack, "migration", None)
        announced = tuple(a.sha256 for a in getattr(pack, "announced", ()) if getattr(a, "sha256", None))
        return ProviderInfo(
            name=pack.name,
            webmail=getattr(pack, "webmail", None),
            checklist=tuple(migration.checklist) if migration is not None else (),
            announced=announced,
        )

    def context(self, sink, deadline):
        return self.make_context(sink, deadline)

    async def discover(self, address, ctx, password):
        try:
            from wizard.discovery import discover_async
        except ImportError:
            raise EngineMissing(T("Automatic discovery is not available in this version; enter the settings by hand.")) from None
        result = await discover_async(str(address), ctx, password=password)
        configs = tuple(getattr(result, "configs", ()) or ())
        steps = tuple(getattr(result, "steps", ()) or ())
        provider = self.provider_for(address)
        if provider is None and configs and configs[0].provider:
            provider = ProviderInfo(name=configs[0].provider)  # the name the settings document gives
        return Discovered(configs, steps, provider)

    def _store(self):
        from wizard.doctor.store import CertStore

        return CertStore(self.store_path) if self.store_path else CertStore()

    async def diagnose(self, address, config, ctx, password, accept):
        try:
            from wizard.doctor import diagnose_async
        except ImportError:
            raise EngineMissing(T("The connection test is not available in this version.")) from None
        report = await diagnose_async(str(address), config, ctx, password=password, store=self._store(), accept=tuple(accept))
        findings = tuple(getattr(report, "findings", ()) or ())
        certs: list[CertificateInfo] = []
        for service in getattr(report, "services", ()) or ():
            cert = getattr(service, "certificate", None)
            # Only these may be accepted by a person; expired or wrong-name ones never are.
            if isinstance(cert, CertificateInfo) and getattr(service, "certificate_status", None) in DECIDABLE and cert not in certs:
                certs.append(cert)
        return Diagnosis(findings, tuple(certs), report)

    def accept(self, certificate):
        self._store().accept(certificate)

    # -- mail programs ---------------------------------------------------------------
    def _documents(self) -> Path:
        if self.out_dir is not None:
            return self.out_dir
        home = self.home or Path.home()
        docs = home / "Documents"
        return (docs if docs.is_dir() else home) / "mailsetup"

    def mail_programs(self) -> list[MailProgram]:
        out: list[MailProgram] = []
        try:
            from wizard.profiles.thunderbird.locate import base_dirs, find_profiles

            env = dict(os.environ)
            if self.home is not None:
                env.pop("XDG_CONFIG_HOME", None)
            profiles = find_profiles(base_dirs(self.home, env))
        except Exception:  # noqa: BLE001 - no Thunderbird is an answer, not an error
            profiles = []
        for profile in profiles:
            out.append(MailProgram(f"thunderbird:{profile.path}", T("Thunderbird, profile “{name}”", name=profile.name), T("in {path}", path=str(profile.path)) if not profile.default else T("the default profile, in {path}", path=str(profile.path))))
        if not profiles:
            out.append(MailProgram("thunderbird:", T("Thunderbird"), T("No Thunderbird profile was found on this computer."), available=False))
        docs = self._documents()
        out.append(MailProgram("outlook", T("Outlook"), T("files for Outlook's own “Add account”, saved in {path}", path=str(docs))))
        out.append(MailProgram("apple", T("Apple Mail (Mac)"), T("a profile to open on the Mac, saved in {path}", path=str(docs))))
        out.append(MailProgram("iphone", T("iPhone or iPad"), T("a profile to send to the phone or tablet, saved in {path}", path=str(docs))))
        out.append(MailProgram("sheet", T("Settings sheet"), T("a printable page with every setting, saved in {path}", path=str(docs))))
        return out

    def write(self, program, address, config, kind, realname, password, certificates, catalog):
        from wizard.profiles.account import Account

        account = Account.from_config(address, config, kind, realname, tuple(certificates))
        key = program.key
        folder = self._documents()
        if key.startswith("thunderbird:"):
            from wizard.profiles.thunderbird.writer import write_account

            result = write_account(Path(key.split(":", 1)[1]), account)
            path = result.profile / "prefs.js"
            if result.keys.updated:
                said = T("The existing account in Thunderbird was updated in place ({path}); a backup was kept. Thunderbird asks for the password once.", path=str(path))
            else:
                said = T("The account was added to Thunderbird ({path}). Thunderbird asks for the password once.", path=str(path))
            return Written(program, True, (said,), (path,))
        folder.mkdir(parents=True, exist_ok=True)
        if key == "outlook":
            from wizard.profiles import outlook

            files = outlook.write_files(account, folder)
            paths = tuple(p for p in vars(files).values() if isinstance(p, Path))
            return Written(program, True, tuple(outlook.steps(files)), paths)
        if key in ("apple", "iphone"):
            from wizard.profiles import apple

            files = apple.write_files(account, folder)
            paths = tuple(p for p in vars(files).values() if isinstance(p, Path))
            return Written(program, True, tuple(apple.steps(files)), paths)
        if key == "sheet":
            from wizard.profiles import sheet

            path = sheet.write_html(account, folder, catalog)
            return Written(program, True, (T("The settings sheet is saved as {path}.", path=str(path)),), (path,))
        return Written(program, False, (T("This mail program is not supported."),))
