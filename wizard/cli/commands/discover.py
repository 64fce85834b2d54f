"""`mailsetup discover ADDRESS`: find the provider's settings, step by step."""

from __future__ import annotations

import argparse

from wizard.cli.commands import common
from wizard.cli.options import DEFAULT_DEADLINE, discovery_deadline
from wizard.cli.output import Output
from wizard.cli.packlines import render_provider
from wizard.cli.render import domain_warning, render_configs, render_step
from wizard.i18n import Catalog


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    parser.add_argument("--deadline", metavar="S", type=common.seconds_type(catalog), default=DEFAULT_DEADLINE, help=common.h(catalog, "give up waiting after this many seconds (default 8)"))
    common.add_password_stdin(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    address = common.parse_address(args.address)
    password = common.read_password(args, out)

    def show(step) -> None:
        if step.status.final:  # one line per step, when it ends
            out.say(render_step(step))

    # its first connections open, and its first request goes out, while the engine is imported
    result = common.start_discovery(args, address, show, discovery_deadline("discover", args.deadline)).run(address, password)
    from wizard.model.lookalike import look
    from wizard.discovery.describe import why_nothing

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
