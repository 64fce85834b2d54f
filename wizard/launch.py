"""What a run is set up from, by window or by command: the global options (--dns, --ca-file,
--ispdb-url, --brand, --providers) checked, and turned into provider packs, a brand and the
NetContext. Both shells use it; the argparse side of the options stays in the CLI."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.i18n import T
from wizard.model.errors import UserError
from wizard.providers.bundled import default_brand_id

if TYPE_CHECKING:  # loaded when used: the window opens before the network layer is imported,
    from wizard.net import NetContext  # and before the provider packs unless --brand,
    from wizard.net.context import EventSink  # --providers or an installer's brand needs them
    from wizard.net.opening import Opening
    from wizard.net.trust import Trust
    from wizard.providers.index import PackFacts
    from wizard.providers.model import Presets, Provider


def check_global_options(args: argparse.Namespace) -> None:
    """Fail early, naming the option, before any command starts work."""
    if args.dns:
        from wizard.net.nameservers import DnsServer  # only when --dns is given

        DnsServer.parse(args.dns)
    if args.ca_file:
        from wizard.net.trust import Trust  # ssl with it: without --ca-file there is nothing to check

        Trust(ca_files=tuple(args.ca_file))
    if args.ispdb_url and not args.ispdb_url.startswith(("https://", "http://")):
        raise UserError("ispdb-url-invalid", T("“{value}” is not a web address; the ISPDB URL must start with https://.", value=args.ispdb_url))
    for folder in getattr(args, "providers", None) or ():
        if not Path(folder).is_dir():
            raise UserError("providers-missing", T("The folder “{folder}” given with --providers does not exist.", folder=folder))
    brand_of(args)


def packs(args: argparse.Namespace) -> Presets:
    """The provider packs: --providers folders first, then the bundled ones (PresetError, a
    UserError naming the bad field, when one is broken)."""
    from wizard.providers import load_presets

    return load_presets(tuple(getattr(args, "providers", None) or ()))


def first_packs(args: argparse.Namespace, brand: Provider | None) -> Presets | PackFacts:
    """What a run's first moves are decided from (wizard.discovery.first): the bundled packs'
    facts from their index where only those packs count (no --providers, no brand) and the
    index holds for them, else the packs themselves."""
    if brand is None and not getattr(args, "providers", None):
        from wizard.providers.index import bundled_facts

        facts = bundled_facts()
        if facts is not None:
            return facts
    return packs(args)


def brand_of(args: argparse.Namespace) -> Provider | None:
    """The pack of --brand ID (or of the installer's default brand), None when unbranded.
    An unknown id is a usage error naming the known ones."""
    wanted = getattr(args, "brand", None) or default_brand_id()
    if not wanted:
        return None
    presets = packs(args)
    provider = presets.by_id(wanted)
    if provider is None:
        raise UserError("brand-unknown", T("There is no provider pack “{brand}”; known packs: {known}.", brand=wanted, known=", ".join(presets.ids) or "-"))
    return provider


def trust_of(args: argparse.Namespace) -> Trust:
    """The certificates a run believes: the system's store and any --ca-file."""
    from wizard.net.trust import Trust

    return Trust(ca_files=tuple(args.ca_file or ()))


def begin_opening(args: argparse.Namespace, urls: tuple[str, ...], deadline_seconds: float) -> Opening | None:
    """The opening of `urls` begun (wizard.net.opening): their names asked of the run's own
    nameservers, their connections opened and ClientHellos written before asyncio is
    imported. The command's thread gives way to it until those are out, then starts loading
    the CA store (wizard.net.castore.prepare) into the context they were written with: the
    certificates are judged only when the servers' answers are read, a round trip later."""
    from wizard.net.tls import unloaded_context

    trust = trust_of(args)
    context = unloaded_context()
    opening = None
    # not on Windows, whose select reports a refused connection as an exception, never as
    # writable: there the head start opens its connections itself, as it always has
    if urls and sys.platform != "win32":
        from wizard.net.nameservers import DnsServer, system_nameservers
        from wizard.net.opening import Opening

        servers = (DnsServer.parse(args.dns),) if args.dns else system_nameservers()
        opening = Opening.begin(urls, servers, context, deadline_seconds)
        opening.give_way()
    from wizard.net import castore

    castore.prepare(trust.use_system, trust.ca_files, context)
    return opening


def build_context(args: argparse.Namespace, sink: EventSink | None = None, deadline_seconds: float | None = None, *, started: float | None = None) -> NetContext:
    """The run's NetContext from the global options. Its deadline counts from `started` (a
    time.monotonic() reading: when the person's wait began, see `command_context`), else
    from this call, read before the network layer is imported: the wait includes that too."""
    begun = time.monotonic() if started is None else started
    from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts

    dns = DnsServer.parse(args.dns) if args.dns else None
    trust = trust_of(args)
    endpoints = Endpoints(ispdb_url=args.ispdb_url) if args.ispdb_url else Endpoints()
    validates = True if getattr(args, "dns_validates", False) else None
    deadline = Deadline(started=begun, seconds=deadline_seconds)
    ctx = NetContext(trust=trust, dns_server=dns, dns_validates=validates, timeouts=Timeouts(), deadline=deadline, endpoints=endpoints)
    if sink is not None:
        ctx.sink = sink
    return ctx


def command_context(args: argparse.Namespace, sink: EventSink | None = None, deadline_seconds: float | None = None) -> NetContext:
    """`build_context` for a command whose --deadline is the person's whole wait: counted
    from the command's own start (`args.started`, set by the CLI's main before anything is
    imported), so start-up and every earlier phase of the command come out of it."""
    return build_context(args, sink, deadline_seconds, started=getattr(args, "started", None))
