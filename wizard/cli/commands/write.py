"""`mailsetup write ADDRESS --client ...`: put the account into a mail program."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from pathlib import Path

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.cli.packlines import render_changes, render_checklist
from wizard.i18n import Catalog, T
from wizard.launch import brand_of, build_context, packs
from wizard.model import AccountConfig, CertificateInfo, EmailAddress, Protocol, Security, ServerSettings, Source
from wizard.model.fingerprint import Pin, normalize_fingerprint
from wizard.profiles import messages

CLIENTS = ("thunderbird", "outlook", "apple", "sheet")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    parser.add_argument("--client", choices=CLIENTS, required=True, help=common.h(catalog, "the mail program: thunderbird, outlook, apple or sheet"))
    parser.add_argument("--profile", metavar="DIR", type=Path, help=common.h(catalog, "the Thunderbird profile folder (default: the default profile)"))
    parser.add_argument("--out", metavar="DIR", type=Path, help=common.h(catalog, "the folder for written files"))
    parser.add_argument("--account-type", choices=("imap", "pop3", "exchange"), help=common.h(catalog, "which kind of account to set up"))
    parser.add_argument("--name", default="", metavar="NAME", help=messages.OPTION_HELP["name"].render(catalog))
    parser.add_argument("--apply", action="store_true", help=messages.OPTION_HELP["apply"].render(catalog))
    parser.add_argument("--signing-cert", metavar="FILE", type=Path, help=messages.OPTION_HELP["signing-cert"].render(catalog))
    parser.add_argument("--signing-key", metavar="FILE", type=Path, help=messages.OPTION_HELP["signing-key"].render(catalog))
    parser.add_argument("--include-password", action="store_true", help=messages.OPTION_HELP["include-password"].render(catalog))
    parser.add_argument("--remember-password", action="store_true", help=messages.OPTION_HELP["remember-password"].render(catalog))
    parser.add_argument("--keep-in-keyring", action="store_true", help=messages.OPTION_HELP["keep-in-keyring"].render(catalog))
    common.add_password_stdin(parser, catalog)
    common.add_servers(parser, catalog)
    parser.add_argument("--ews-url", metavar="URL", help=common.h(catalog, "use this Exchange web service (EWS) address instead of discovering one, e.g. https://mail.example.com/EWS/Exchange.asmx"))
    common.add_fingerprint(parser, catalog)


def _ews_server(url: str | None) -> ServerSettings | None:
    """--ews-url as an EWS server: host and port are the URL's; only https is accepted."""
    if url is None:
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        port = parts.port or 443
    except ValueError:
        parts, port = None, 0
    if parts is None or parts.scheme.lower() != "https" or not parts.hostname or parts.username:
        raise messages.bad_ews_url(url)
    return ServerSettings(Protocol.EWS, parts.hostname, port, Security.TLS, url=url.strip())


def _manual_config(args: argparse.Namespace) -> AccountConfig | None:
    given = common.given_servers(args)
    ews = _ews_server(getattr(args, "ews_url", None))
    if not given and ews is None:
        return None
    incoming = tuple(given[p] for p in (Protocol.IMAP, Protocol.POP3) if p in given)
    if not incoming and ews is None:
        raise messages.need_incoming()
    if args.account_type == "pop3":
        incoming = tuple(sorted(incoming, key=lambda s: s.protocol is not Protocol.POP3))
    if ews is not None:
        # Exchange first when asked for, or when it is the only incoming server given
        incoming = (ews,) + incoming if args.account_type == "exchange" or not incoming else incoming + (ews,)
    outgoing = (given[Protocol.SMTP],) if Protocol.SMTP in given else ()
    return AccountConfig(Source.MANUAL, True, incoming, outgoing)


def discovered(args: argparse.Namespace, address: EmailAddress, refusal=None):
    """Discovery with the provider packs (and --brand): (best config of the wanted kind, the
    pack that applies or None). Untrusted configs are refused here: the CLI cannot ask.
    `refusal(address, reasons, config)` words the refusal (migrate names the servers)."""
    from wizard.discovery import discover

    ctx = build_context(args, deadline_seconds=15.0)
    result = discover(address, ctx, presets=packs(args), brand=brand_of(args))
    configs = result.configs
    kinds = {"imap": (Protocol.IMAP,), "pop3": (Protocol.POP3,), "exchange": (Protocol.EXCHANGE, Protocol.EWS, Protocol.ACTIVESYNC)}
    wanted = kinds.get(args.account_type or "")
    config = next((c for c in configs if wanted is None or any(s.protocol in wanted for s in c.incoming)), None)
    if config is None:
        raise messages.nothing_found(str(address))
    from wizard.model.lookalike import mark

    config = mark(config, address.domain)
    if config.needs_consent:
        reasons = ", ".join(c.code for c in config.consent) or "untrusted-source"
        if refusal is not None:
            raise refusal(str(address), reasons, config)
        raise messages.needs_consent(str(address), reasons)
    return config, result.provider


def _discovered_config(args: argparse.Namespace, address: EmailAddress) -> AccountConfig:
    return discovered(args, address)[0]


def _present(args: argparse.Namespace, server: ServerSettings) -> bytes | None:
    """The certificate `server` presents, through the doctor's pre-login dialog (no login)."""
    if server.security is Security.PLAIN or server.protocol not in (Protocol.IMAP, Protocol.POP3, Protocol.SMTP):
        return None
    try:
        from wizard.doctor import dialog
    except ImportError:
        return None

    async def fetch() -> bytes | None:
        ctx = build_context(args, deadline_seconds=10.0)
        _, stream = await ctx.connect(server.host, server.port, timeout=5.0)
        if stream is None:
            return None
        found = await dialog.run(ctx, server.protocol, stream, server.security, server.host, ctx.trust.inspecting_context(), ctx.bound(5.0), dialog.Dialog())
        return found.der

    try:
        return asyncio.run(fetch())
    except Exception:  # noqa: BLE001 - any failure only means: pin by fingerprint alone
        return None


def _certificates(args: argparse.Namespace, chosen: tuple[ServerSettings | None, ...]) -> tuple[CertificateInfo | Pin, ...]:
    """--accept-fingerprint values bound to the servers that present them (with the bytes,
    for Apple); a fingerprint no server could be asked about is pinned on every encrypted
    server of the account. Pins the person accepted earlier (the doctor's store) come too."""
    wanted = [normalize_fingerprint(f) for f in args.accept_fingerprint]
    servers = [s for s in chosen if s is not None and s.security is not Security.PLAIN]
    out: list[CertificateInfo | Pin] = []
    unmatched = set(wanted)
    for server in servers if wanted else ():
        der = _present(args, server)
        if der is None:
            continue
        from wizard.parsers.tls_certificate import certificate_info

        info = certificate_info(der, server.host, server.port)
        if info.sha256 in unmatched or info.sha256 in wanted:
            out.append(info)
            unmatched.discard(info.sha256)
    for fp in wanted:
        if fp in unmatched:
            out.extend(Pin(s.host, s.port, fp) for s in servers if not any((c.host, c.port) == (s.host, s.port) for c in out))
    try:
        from wizard.doctor.store import CertStore

        store = CertStore()
        for server in servers:
            pin = store.pin_for(server.host, server.port)
            if pin and not any((c.host, c.port) == (pin.host, pin.port) for c in out):
                out.append(pin)
    except Exception:  # noqa: BLE001 - the store is optional here
        pass
    return tuple(out)


def chosen_servers(account) -> tuple[ServerSettings | None, ...]:
    """The servers an accepted certificate may belong to: incoming and outgoing, and for
    Exchange the host Thunderbird reaches (an EWS URL may name another than the server)."""
    chosen: tuple[ServerSettings | None, ...] = (account.incoming, account.outgoing)
    if account.kind == "exchange":
        from wizard.profiles.thunderbird.writer import ews_server

        ews = ews_server(account)
        if ews is not None and (ews.host, ews.port) != (account.incoming.host, account.incoming.port):
            chosen += (ews,)
    return chosen


def announced(args: argparse.Namespace, provider, chosen: tuple[ServerSettings | None, ...]) -> tuple[CertificateInfo, ...]:
    """The certificates the chosen servers present that the provider's pack announced: the
    person is told so, and they are accepted for exactly those servers (the pack is the
    provider's own word, shipped with the wizard)."""
    if provider is None or not getattr(provider, "announced", ()):
        return ()
    from wizard.parsers.tls_certificate import certificate_info

    out = []
    for server in chosen:
        if server is None or server.security is Security.PLAIN:
            continue
        der = _present(args, server)
        if der is None:
            continue
        info = certificate_info(der, server.host, server.port)
        if provider.announces(info):
            out.append(info)
    return tuple(out)


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.profiles import password as keyring_store
    from wizard.profiles.account import Account

    address = common.parse_address(args.address)
    password = common.read_password(args, out)
    from wizard.cli.render import domain_warning

    warning = domain_warning(address.domain)
    if warning is not None:
        out.say(warning)
    if args.include_password and password is None:
        raise messages.include_password_needs_stdin()
    if args.remember_password and args.client != "thunderbird":
        raise messages.remember_needs_thunderbird()
    if args.remember_password and password is None:
        raise messages.remember_needs_password()
    if args.keep_in_keyring and password is None:
        raise messages.keyring_needs_password()
    if args.keep_in_keyring:  # no keyring to keep it in: said before any look-up, and nothing is written
        problem = keyring_store.keyring_problem()
        if problem is not None:
            raise messages.keyring_unusable(problem)
    provider = None
    config = _manual_config(args)
    if config is None:
        config, provider = discovered(args, address)
    account = Account.from_config(address, config, args.account_type, args.name)
    certificates = _certificates(args, chosen_servers(account))
    for info in announced(args, provider, (account.incoming, account.outgoing)):
        out.say(T("The certificate of {host}:{port} is the one {provider} announced (SHA-256 {sha256}).", host=info.host, port=info.port, provider=provider.title, sha256=info.sha256))
        certificates = tuple(c for c in certificates if (c.host, c.port) != (info.host, info.port)) + (info,)
    account = dataclasses.replace(account, certificates=certificates)
    report: dict[str, object] = {"address": str(address), "client": args.client, "account": account.kind, "sign_in": "oauth2" if account.oauth2 else "password"}

    if args.keep_in_keyring and password is not None:  # only on request: for mailsetup's own later checks
        stored = keyring_store.store_password(str(address), password)
        if not stored.ok:  # asked for, and not there: the mail program is not written either
            raise messages.keyring_not_stored(stored.message)
        out.say(stored.message)
        report["keyring"] = stored.to_json()

    folder = args.out or Path.cwd()
    if args.client == "thunderbird":
        from wizard.profiles.migration import compare, thunderbird_accounts
        from wizard.profiles.thunderbird import credentials_for, default_profile, remember, write_account

        from wizard.profiles.thunderbird.writer import ews_endpoint

        endpoint = ews_endpoint(account) if account.kind == "exchange" else None
        if account.kind == "exchange" and endpoint is None:
            raise messages.write_no_ews_url()
        profile = args.profile or default_profile().path
        before = [compare(e, account) for e in thunderbird_accounts(profile, str(address)) if e.kind == account.kind]
        result = write_account(profile, account)
        out.say(messages.thunderbird_written(str(address), result.keys.updated, result.profile, result.prefs.backup or "-"))
        if endpoint is not None:
            for line in messages.thunderbird_exchange(endpoint.url, endpoint.server.host, endpoint.given, endpoint.standard):
                out.say(line)
            report["ews_url"] = endpoint.url
        if result.keys.updated and before:  # a provider's migration reaching an existing account: old and new
            out.say(T("  Updated in place (old → new):"))
            for line in render_changes(before[0].rows):
                out.say(line)
            report["changes"] = [{"what": w, "old": o, "new": n} for w, o, n in before[0].rows]
        if result.cert_override is not None:
            out.say(messages.thunderbird_trusts(", ".join(f"{c.host}:{c.port}" for c in certificates)))
        remembered = None
        if args.remember_password and password is not None:
            remembered = remember(result.profile, credentials_for(account, password))  # none for OAuth2 servers
            out.say(remembered.message)
            report["thunderbird_login"] = remembered.to_json()
        out.say(messages.thunderbird_next(remembered is not None and remembered.ok, oauth2=account.oauth2))
        report.update({"profile": str(result.profile), "keys": vars(result.keys), "backup": str(result.prefs.backup) if result.prefs.backup else None})
    elif args.client == "outlook":
        from wizard.profiles import outlook

        files = outlook.write_files(account, folder)
        report["files"] = files.to_json()
        if files.prf_problem is not None:
            out.say(files.prf_problem)
        for path in (files.prf, files.autodiscover, files.reg):
            if path is not None:
                out.say(messages.written(path))
        out.say(messages.outlook_asks(oauth2=files.oauth2))
        if sys.platform == "win32" and args.apply and not files.oauth2:  # pragma: no cover - Windows only
            outlook.apply_on_windows(files)
            out.say(messages.outlook_started())
        else:
            for n, step in enumerate(outlook.steps(files), 1):
                out.say(messages.numbered(n, step))
    elif args.client == "apple":
        from wizard.profiles import apple

        signer = None
        if args.signing_cert or args.signing_key:
            if not (args.signing_cert and args.signing_key):
                raise messages.signing_needs_pair()
            signer = apple.Signer.from_files(args.signing_cert, args.signing_key)
        files = apple.write_files(account, folder, signer=signer, password=password if args.include_password else None, catalog=out.catalog)
        report["files"] = files.to_json()
        for path in files.paths:
            out.say(messages.written(path))
        if files.skipped_certificates:
            out.say(messages.certificate_not_fetched(", ".join(files.skipped_certificates)))
        for step in apple.steps(files):
            out.say(step)
        if sys.platform == "darwin" and len(files.paths) == 1:  # pragma: no cover - macOS only
            apple.open_for_install(files.paths[0])
    else:
        from wizard.profiles import sheet

        path = sheet.write_html(account, folder, out.catalog)
        report["files"] = {"html": str(path)}
        out.say(messages.written(path))
    if provider is not None:
        report["provider"] = provider.to_json(out.catalog)
        for line in render_checklist(provider):
            out.say(line)
    if out.json_mode:
        out.emit_json(report)
    return 0
