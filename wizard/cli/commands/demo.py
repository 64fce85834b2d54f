"""`mailsetup demo`: the wizard against the built-in demo provider, for rehearsing a call.

`mailsetup demo --serve` runs only the provider (no window) and prints how to point the
other commands at it, for scripted rehearsals and for machines without a display."""

from __future__ import annotations

import argparse
import time

from wizard.cli.output import Output
from wizard.i18n import Catalog, T, Text

NAME = "demo"
HELP = T("open the wizard on the built-in demo provider (no internet needed)")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    h = lambda s: Text(s).render(catalog)  # noqa: E731
    parser.add_argument("--serve", action="store_true", help=h("run only the demo provider, without the window, and print how to reach it"))
    parser.add_argument("--seconds", type=float, default=None, metavar="S", help=h("with --serve: stop after this many seconds (default: until Ctrl+C)"))


def run(args: argparse.Namespace, out: Output) -> int:
    if not args.serve:
        from wizard.gui.app import run_demo

        return run_demo(args)
    from wizard.demo import DemoProvider

    provider = DemoProvider(mnemonic_ports=True)
    info = provider.start()
    try:
        if out.json_mode:
            out.emit_json(info.to_json())
        else:
            out.say(T("The demo provider is running on this computer. Sign in as {user} with the password {password}", user=info.user, password=info.password))
            out.say(T("Point the commands at it with: {options}", options=f"--dns {info.dns} --ca-file {info.ca_file} --ispdb-url {info.ispdb_url}"))
            out.say(T("Press Ctrl+C to stop it."))
        deadline = None if args.seconds is None else time.monotonic() + args.seconds
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.2 if deadline is None else min(0.2, max(0.0, deadline - time.monotonic())))
    except KeyboardInterrupt:
        pass
    finally:
        provider.stop()
    return 0
