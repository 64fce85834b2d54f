"""`mailsetup migrate ADDRESS`: move the accounts a person already has to the servers found now.

It finds the address's accounts in the Thunderbird profiles (every profile on this machine, or
the ones given with --profile) and in the Apple/Outlook files written earlier into --out, shows
old and new side by side, then updates them in place (Thunderbird: same account, prefs.js backed
up first; Apple/Outlook: the files rewritten, same profile identifier). With --dry-run it only
shows. It also names accounts of any address that still use a server the provider is switching
off, and ends with the provider's checklist of what to redo by hand."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from wizard.cli.commands import common
from wizard.cli.commands import write as write_command
from wizard.cli.output import Output
from wizard.cli.packlines import render_changes, render_checklist
from wizard.i18n import Catalog, T
from wizard.profiles import messages



def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    parser.add_argument("--profile", metavar="DIR", type=Path, action="append", default=[], help=common.h(catalog, "a Thunderbird profile folder to update (default: every profile found)"))
    parser.add_argument("--out", metavar="DIR", type=Path, help=common.h(catalog, "the folder with Apple and Outlook files written earlier (they are rewritten there)"))
    parser.add_argument("--account-type", choices=("imap", "pop3", "exchange"), help=common.h(catalog, "which kind of account to set up"))
    parser.add_argument("--dry-run", action="store_true", help=common.h(catalog, "only show what would change"))
    parser.add_argument("--name", default="", metavar="NAME", help=argparse.SUPPRESS)
    common.add_servers(parser, catalog)
    parser.add_argument("--ews-url", metavar="URL", help=common.h(catalog, "use this Exchange web service (EWS) address instead of discovering one, e.g. https://mail.example.com/EWS/Exchange.asmx"))
    common.add_fingerprint(parser, catalog)


def _profiles(args: argparse.Namespace) -> tuple[Path, ...]:
    if args.profile:
        return tuple(args.profile)
    from wizard.profiles.thunderbird import locate

    try:
        return tuple(p.path for p in locate.find_profiles())
    except Exception:  # noqa: BLE001 - no Thunderbird here: nothing to migrate in it
        return ()


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.profiles.account import Account, AccountError
    from wizard.profiles.migration import find_changes, kind_to_keep, retired_in_use

    address = common.parse_address(args.address)
    provider = None
    config = write_command._manual_config(args)
    if config is None:
        from wizard.profiles import messages

        config, provider = write_command.discovered(args, address, refusal=messages.migrate_needs_consent)
    profiles = _profiles(args)
    folders = (args.out,) if args.out else ()
    # Keep the existing account's type so Thunderbird updates it rather than adding a twin
    probe_account = Account.from_config(address, config, args.account_type)
    changes = find_changes(str(address), probe_account, profiles=profiles, folders=folders)
    kind = args.account_type or kind_to_keep(changes) or probe_account.kind
    try:
        account = Account.from_config(address, config, kind)
    except AccountError:
        if args.account_type:
            raise
        account = probe_account  # the kind the account had is not offered any more: the proposal
    changes = find_changes(str(address), account, profiles=profiles, folders=folders)
    certificates = write_command._certificates(args, write_command.chosen_servers(account))
    report: dict[str, object] = {"address": str(address), "account": account.kind, "changes": [], "updated": [], "retired_in_use": [], "certificates": []}
    for info in write_command.announced(args, provider, (account.incoming, account.outgoing)):
        out.say(T("The certificate of {host}:{port} is the one {provider} announced (SHA-256 {sha256}).", host=info.host, port=info.port, provider=provider.title, sha256=info.sha256))
        certificates = tuple(c for c in certificates if (c.host, c.port) != (info.host, info.port)) + (info,)
        report["certificates"].append({"host": info.host, "port": info.port, "sha256": info.sha256, "announced": True})  # type: ignore[union-attr]
    account = dataclasses.replace(account, certificates=certificates)

    if provider is not None:
        out.say(T("Provider: {provider}", provider=provider.title))
        report["provider"] = provider.to_json(out.catalog)
    if not changes:
        out.say(T("No existing account for {address} was found; nothing to move. To add one, use: mailsetup write {address} --client thunderbird", address=str(address)))
    for change in changes:
        existing = change.existing
        item = {"client": existing.client, "location": str(existing.location), "key": existing.key, "moves": change.moves,
                "rows": [{"what": w, "old": o, "new": n} for w, o, n in change.rows]}
        report["changes"].append(item)  # type: ignore[union-attr]
        if change.moves:
            out.say(T("{client} ({location}, {key}) points at other servers:", client=existing.client, location=str(existing.location), key=existing.key))
        else:
            out.say(T("{client} ({location}, {key}) already uses the servers found now.", client=existing.client, location=str(existing.location), key=existing.key))
        for line in render_changes(change.rows):
            out.say(line)
    if not args.dry_run:
        _update(args, out, account, changes, report)
    elif any(c.moves for c in changes):
        out.say(T("Nothing was changed (--dry-run)."))
    if provider is not None:
        for existing, retired in retired_in_use(provider, profiles=profiles, folders=folders):
            out.say(T("{client} ({location}): the account for {address} uses {host}, which is being switched off.", client=existing.client, location=str(existing.location), address=existing.address, host=retired.host))
            if retired.note is not None:
                out.say(T("  {note}", note=retired.note))
            report["retired_in_use"].append({"client": existing.client, "location": str(existing.location), "address": existing.address, "host": retired.host})  # type: ignore[union-attr]
        for line in render_checklist(provider):
            out.say(line)
        if provider.two_factor is not None and provider.two_factor.available and provider.two_factor.note is not None:
            out.say(T("  {note}", note=provider.two_factor.note))
    if out.json_mode:
        out.emit_json(report)
    return 0


def _update(args: argparse.Namespace, out: Output, account, changes, report: dict[str, object]) -> None:
    """In place: Thunderbird through its writer (backup, same keys); Apple and Outlook files
    rewritten in their folder (the old file kept as a backup by the writer where it does so)."""
    done: set[tuple[str, str]] = set()
    for change in changes:
        existing = change.existing
        if not change.moves:
            continue
        if existing.client == "thunderbird":
            key = ("thunderbird", str(existing.location))
            if key in done or existing.kind != account.kind:
                continue
            from wizard.profiles.thunderbird import write_account

            result = write_account(existing.location, account)
            out.say(messages.thunderbird_written(str(account.address), result.keys.updated, result.profile, result.prefs.backup or "-"))
            report["updated"].append({"client": "thunderbird", "profile": str(result.profile), "account": result.keys.account,  # type: ignore[union-attr]
                                      "in_place": result.keys.updated, "backup": str(result.prefs.backup) if result.prefs.backup else None})
            done.add(key)
        elif existing.client in ("apple", "outlook"):
            folder = Path(existing.location).parent
            key = (existing.client, str(folder))
            if key in done:
                continue
            if existing.client == "apple":
                from wizard.profiles import apple

                files = apple.write_files(account, folder, catalog=out.catalog)
                paths = files.paths
            else:
                from wizard.profiles import outlook

                written = outlook.write_files(account, folder)
                paths = tuple(p for p in (written.prf, written.autodiscover, written.reg) if p is not None)
            for path in paths:
                out.say(messages.written(path))
            report["updated"].append({"client": existing.client, "files": [str(p) for p in paths], "in_place": True})  # type: ignore[union-attr]
            done.add(key)
