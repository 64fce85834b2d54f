"""Global options, accepted before or after the subcommand, and the NetContext they build."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from wizard.i18n import LANGUAGES, Catalog, T, Text
from wizard.model.errors import UserError
from wizard.net import DnsServer, Endpoints, NetContext, Timeouts, Trust

DEFAULT_DEADLINE = 8.0


def add_global_options(parser: argparse.ArgumentParser, catalog: Catalog, *, suppress: bool) -> None:
    """On subparsers the defaults are suppressed, so a value given before the subcommand
    is not overwritten by the subparser's default."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    h: Callable[[str], str] = lambda s: Text(s).render(catalog)
    group = parser.add_argument_group(h("global options"))
    group.add_argument("--dns", metavar="HOST[:PORT]", default=default(None), help=h("ask this DNS server instead of the system's"))
    group.add_argument("--ca-file", metavar="FILE", action="append", default=default([]), type=Path, help=h("also trust the certificate authorities in this PEM file"))
    group.add_argument("--ispdb-url", metavar="URL", default=default(None), help=h("base URL of the ISPDB (the domain is appended)"))
    group.add_argument("--lang", choices=LANGUAGES, default=default(None), help=h("language of messages: en, da or nb"))
    group.add_argument("--json", action="store_true", default=default(False), help=h("print one JSON object instead of lines for people"))
    group.add_argument("--brand", metavar="ID", default=default(None), help=h("run as this provider's wizard: its pack applies to every address (for example altibox or mamut)"))
    group.add_argument("--providers", metavar="DIR", action="append", default=default([]), type=Path, help=h("also read provider packs (*.toml) from this folder; a pack there replaces a bundled one with the same id"))


def check_global_options(args: argparse.Namespace) -> None:
    """Fail early, naming the option, before any command starts work."""
    if args.dns:
        DnsServer.parse(args.dns)
    Trust(ca_files=tuple(args.ca_file or ()))
    if args.ispdb_url and not args.ispdb_url.startswith(("https://", "http://")):
        raise UserError("ispdb-url-invalid", T("“{value}” is not a web address; the ISPDB URL must start with https://.", value=args.ispdb_url))
    for folder in getattr(args, "providers", None) or ():
        if not Path(folder).is_dir():
            raise UserError("providers-missing", T("The folder “{folder}” given with --providers does not exist.", folder=folder))
    brand_of(args)


def packs(args: argparse.Namespace):
    """The provider packs: --providers folders first, then the bundled ones (PresetError, a
    UserError naming the bad field, when one is broken)."""
    from wizard.providers import load_presets

    return load_presets(tuple(getattr(args, "providers", None) or ()))


def brand_of(args: argparse.Namespace):
    """The pack of --brand ID (or of the installer's default brand), None when unbranded.
    An unknown id is a usage error naming the known ones."""
    from wizard.providers import default_brand_id

    wanted = getattr(args, "brand", None) or default_brand_id()
    if not wanted:
        return None
    presets = packs(args)
    provider = presets.by_id(wanted)
    if provider is None:
        raise UserError("brand-unknown", T("There is no provider pack “{brand}”; known packs: {known}.", brand=wanted, known=", ".join(presets.ids) or "-"))
    return provider


def build_context(args: argparse.Namespace, sink=None, deadline_seconds: float | None = None) -> NetContext:
    from wizard.net import Deadline

    dns = DnsServer.parse(args.dns) if args.dns else None
    trust = Trust(ca_files=tuple(args.ca_file or ()))
    endpoints = Endpoints(ispdb_url=args.ispdb_url) if args.ispdb_url else Endpoints()
    ctx = NetContext(trust=trust, dns_server=dns, timeouts=Timeouts(), deadline=Deadline(seconds=deadline_seconds), endpoints=endpoints)
    if sink is not None:
        ctx.sink = sink
    return ctx
