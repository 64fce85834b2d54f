"""`mailsetup discover ADDRESS`: find the provider's settings, step by step."""

from __future__ import annotations

import argparse
from dataclasses import replace

from wizard.cli.commands import common
from wizard.cli.options import DEFAULT_DEADLINE
from wizard.cli.output import Output
from wizard.cli.packlines import render_provider
from wizard.cli.render import domain_warning, render_configs, render_step
from wizard.i18n import Catalog
from wizard.launch import brand_of, build_context, packs, prepare_trust



def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    parser.add_argument("--deadline", metavar="S", type=common.seconds_type(catalog), default=DEFAULT_DEADLINE, help=common.h(catalog, "give up waiting after this many seconds (default 8)"))
    common.add_password_stdin(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    address = common.parse_address(args.address)
    prepare_trust(args)  # the CA store loads in a thread from here, while the network layer is imported
    password = common.read_password(args, out)

    def show(step) -> None:
        if step.status.final:  # one line per step, when it ends
            out.say(render_step(step))

    # The deadline (and a silent run's give-up, which counts from its start) runs from the
    # command's own start: the person's wait includes the start-up. The run's first
    # connections open, and its first request goes out, while the engine is imported.
    ctx = build_context(args, sink=show, deadline_seconds=args.deadline)
    ctx.deadline = replace(ctx.deadline, started=min(getattr(args, "started", ctx.deadline.start), ctx.deadline.start))
    ctx.prepare_tls()
    presets, brand = packs(args), brand_of(args)
    head = common.head_start(ctx, address, presets, brand)
    try:
        from wizard.model.lookalike import look
        from wizard.discovery import discover
        from wizard.discovery.describe import why_nothing

        result = discover(address, ctx, password=password, presets=presets, brand=brand)
    finally:
        head.close()
    looks = look(address.domain)
    if out.json_mode:
        report = result.to_json(out.catalog)
        if looks.suspicious:  # only then, like "provider": the contract's keys stay as they were
            report["domain"] = {"ascii": looks.ascii, "unicode": looks.unicode, "lookalike": True}
        out.emit_json(report)
        return 0 if result.configs else 1
    warning = domain_warning(address.domain)
    if warning is not None:
        out.say(warning)
    if result.configs:
        from wizard.model.lookalike import mark

        for line in render_configs(mark(c, address.domain) for c in result.configs):
            out.say(line)
    else:
        out.say(why_nothing(result.outcome, address.domain))
    if result.provider is not None:
        for line in render_provider(result.provider):
            out.say(line)
    return 0 if result.configs else 1
